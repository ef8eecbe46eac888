#include "model/chart_block.hpp"

#include <algorithm>

#include "base/contrast.hpp"
#include "model/styles.hpp"

namespace briefing::model {

namespace {

// Labels and notes a step below the chart's text size, as in a figure caption; never below
// 6 pt, the smallest size that survives a monochrome office printer.
chart::ChartStyle chart_style(const Style& style, const Style& title_style) {
  chart::ChartStyle out;
  out.family = style.family;
  out.title_size = title_style.size;
  out.subtitle_size = style.size;
  out.label_size = std::max(6.0, style.size - 1.5);
  out.note_size = std::max(6.0, style.size - 2);
  out.text = style.color;
  if (style.has_background) out.background = style.background;
  // Notes and axis labels are the smallest text of a page: never fainter than legible.
  out.muted = legible_on(out.muted, out.background);
  return out;
}

chart::ChartData literal_data(const parse::ChartSpec& spec) {
  chart::ChartData data;
  for (const auto& category : spec.categories) data.categories.push_back({category.label, ""});
  for (const auto& series : spec.inline_series)
    data.series.push_back({series.label, series.values, {}});
  return data;
}

}  // namespace

Chart make_chart(const parse::ChartSpec& spec, const std::vector<parse::ArticleSpec>& articles,
                 const Style& style, const Style& title_style) {
  Chart chart;
  // The parser accepts only the kinds chart_kind knows.
  chart.spec.kind = chart::chart_kind(spec.type).value_or(chart::ChartKind::bar);
  chart.spec.title = spec.title;
  chart.spec.subtitle = spec.subtitle;
  chart.spec.value_title = spec.value_title;
  chart.spec.category_title = spec.category_title;
  if (!spec.note.empty()) chart.spec.notes.push_back(spec.note);
  chart.spec.style = chart_style(style, title_style);
  chart.spec.where = spec.where;
  chart.series = spec.series;
  bool from_facts = std::any_of(spec.categories.begin(), spec.categories.end(),
                                [](const auto& c) { return !c.fact.empty(); });
  if (from_facts)
    for (const auto& category : spec.categories)
      chart.categories.push_back({category.label, category.fact, category.where});
  else if (spec.series.empty())
    chart.spec.data = literal_data(spec);
  for (const auto& series : spec.inline_series)
    chart.literal_values.push_back({series.reason, series.where});
  chart.text_where = spec.text_where;
  for (const auto& article : articles)
    chart.articles[article.id] =
        article.title.empty() ? article.agency : "\u201C" + article.title + "\u201D";
  chart.height = spec.height;
  chart.style = style;
  if (spec.keep_together) chart.style.keep_together = true;
  if (spec.place) chart.style.place = to_place(*spec.place);
  if (spec.span) chart.style.span_all = *spec.span;
  chart.where = spec.where;
  return chart;
}

chart::ChartSpec make_sparkline(const Style& value_style, const Location& where) {
  chart::ChartSpec spec;
  spec.kind = chart::ChartKind::sparkline;
  spec.style.family = value_style.family;
  spec.style.palette.front().line = value_style.color;
  spec.where = where;
  return spec;
}

}  // namespace briefing::model
