#include "bind/charts.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "bind/bind.hpp"
#include "bind/language.hpp"
#include "xml/values.hpp"

namespace briefing::bind {

namespace {

std::string located(const Location& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.col);
}

struct Measured {
  data::Kind kind;
  std::string unit;
};

chart::Unit chart_unit(const Measured& m) {
  switch (m.kind) {
    case data::Kind::money:
      return {chart::Measure::money, m.unit};
    case data::Kind::percent:
      return {chart::Measure::percent, ""};
    default:
      return {chart::Measure::count, m.unit};
  }
}

bool full_year(const Period& period) {
  return !period.is_range() && !period.is_open() && period.from().unit == Period::Unit::year;
}

// "2025-01/2025-11" among full years: the year, marked "January–November only", so that the
// chart hatches it instead of comparing it silently with whole years.
chart::Category category_of(const Period& period, bool among_years, std::string_view lang) {
  if (!among_years || !period.months_of_one_year()) return {period.text(lang), ""};
  int year = period.from().year;
  auto months = Period::months(0, period.from().index, period.to().index).text(lang);
  bool vi = vietnamese(lang);
  return {std::to_string(year), vi ? "chỉ " + months : months + " only"};
}

// An article cited through a side panel or a photo caption is named with it (see
// data::Fact::from_sidebar, from_caption).
std::string source_line(const std::vector<std::string>& ids, const std::set<std::string>& panels,
                        const std::set<std::string>& captions, const model::Chart& chart,
                        std::string_view lang) {
  bool vi = vietnamese(lang);
  std::string names;
  for (const auto& id : ids) {
    auto found = chart.articles.find(id);
    if (!names.empty()) names += "; ";
    names += found == chart.articles.end() ? id : found->second;
    if (panels.count(id)) names += side_panel_mark(lang);
    if (captions.count(id)) names += photo_caption_mark(lang);
  }
  return (vi ? "Nguồn: " : "Source: ") + names + ".";
}

class ChartBinder {
 public:
  ChartBinder(model::Chart& chart, const data::FactSheet& sheet, std::string_view lang,
              Diagnostics& diags)
      : chart_(chart), sheet_(sheet), lang_(lang), diags_(diags) {}

  void from_series() {
    std::vector<const data::Series*> found;
    for (const auto& id : chart_.series) {
      const data::Series* series = sheet_.find_series(id);
      if (!series) {
        unknown("series", id, series_ids());
        continue;
      }
      if (same_measure(*series, {series->kind, series->unit}) && verified(*series))
        found.push_back(series);
    }
    if (!ok_ || found.empty()) return;
    std::set<Period> periods;
    for (const auto* series : found)
      for (const auto& point : series->points) periods.insert(point.period);
    bool among_years = std::any_of(periods.begin(), periods.end(), full_year);
    auto& data = chart_.spec.data;
    for (const auto& period : periods)
      data.categories.push_back(category_of(period, among_years, lang_));
    for (const auto* series : found) data.series.push_back(values_of(*series, periods));
    data.unit = chart_unit(*measure_);
    chart_.spec.source = source_line(articles_, panels_, captions_, chart_, lang_);
  }

  void from_facts() {
    chart::Series values;
    values.label = chart_.spec.value_title;
    for (const auto& category : chart_.categories) {
      const data::Fact* fact = sheet_.fact(category.fact);
      if (!fact) {
        unknown("fact", category.fact, fact_ids(), category.where);
        continue;
      }
      if (!fact->verified) {
        refuse(category.where,
               "fact '" + fact->id + "' failed its check (" + located(fact->where) + ")");
        continue;
      }
      if (fact->upper) {
        error(category.where, "fact '" + fact->id + "' is the range " +
                                  data::format_fact(*fact, "en") +
                                  ", and a chart draws one value a category; cite it in the text");
        continue;
      }
      if (!same_measure(*fact, {fact->kind, fact->unit}, category.where)) continue;
      chart_.spec.data.categories.push_back({category.label, ""});
      values.values.push_back(fact->value.to_double());
      values.exact.push_back(fact->value);
      values.qualifiers.push_back(fact->qualifier);
      cite(fact->article, fact->from_sidebar, fact->from_caption);
    }
    if (!ok_) return;
    chart_.spec.data.series.push_back(std::move(values));
    chart_.spec.data.unit = chart_unit(*measure_);
    chart_.spec.source = source_line(articles_, panels_, captions_, chart_, lang_);
  }

 private:
  chart::Series values_of(const data::Series& series, const std::set<Period>& periods) {
    chart::Series out{series.label, {}, {}};
    for (const auto& period : periods) {
      auto point = std::find_if(series.points.begin(), series.points.end(),
                                [&](const data::Point& p) { return p.period == period; });
      bool found = point != series.points.end();
      out.values.push_back(found ? point->value.to_double() : std::nan(""));
      // A missing point is a gap, never labelled; it keeps its place so that indices agree.
      out.exact.push_back(found ? point->value : Decimal{});
      if (found) cite(point->article, series.from_sidebar, series.from_caption);
    }
    return out;
  }

  void cite(const std::string& article, bool from_sidebar, bool from_caption) {
    if (std::find(articles_.begin(), articles_.end(), article) == articles_.end())
      articles_.push_back(article);
    if (from_sidebar) panels_.insert(article);
    if (from_caption) captions_.insert(article);
  }

  bool verified(const data::Series& series) {
    bool all = true;
    for (const auto& point : series.points)
      if (!point.verified) {
        refuse(chart_.where, "point " + point.period.iso() + " of series '" + series.id +
                                 "' failed its check (" + located(point.where) + ")");
        all = false;
      }
    return all;
  }

  // A chart has one value axis: every value must measure the same thing in the same unit.
  template <class Source>
  bool same_measure(const Source& source, Measured m, const Location& where = {}) {
    if (!measure_) {
      measure_ = m;
      return true;
    }
    if (measure_->kind == m.kind && measure_->unit == m.unit) return true;
    error(where.file.empty() ? chart_.where : where,
          "'" + source.id + "' is a " + std::string(data::kind_name(m.kind)) +
              (m.unit.empty() ? "" : " in " + m.unit) + ", unlike the chart's other values (" +
              std::string(data::kind_name(measure_->kind)) +
              (measure_->unit.empty() ? "" : " in " + measure_->unit) +
              "); a chart has one value axis");
    return false;
  }

  std::vector<std::string_view> series_ids() const {
    std::vector<std::string_view> ids;
    for (const auto& s : sheet_.series) ids.push_back(s.id);
    return ids;
  }

  std::vector<std::string_view> fact_ids() const {
    std::vector<std::string_view> ids;
    for (const auto& f : sheet_.facts) ids.push_back(f.id);
    return ids;
  }

  void unknown(const std::string& what, const std::string& id,
               const std::vector<std::string_view>& ids, const Location& where = {}) {
    auto close = xml::closest_name(id, ids);
    error(where.file.empty() ? chart_.where : where,
          "unknown " + what + " '" + id + "'" +
              (close.empty() ? "" : " (did you mean '" + close + "'?)") +
              (ids.empty() ? "; the facts file defines no " + what : ""));
  }

  void refuse(const Location& where, const std::string& why) {
    error(where, why + "; nothing is drawn from unverified data");
  }

  void error(const Location& where, std::string message) {
    diags_.error(where, std::move(message));
    ok_ = false;
  }

  model::Chart& chart_;
  const data::FactSheet& sheet_;
  std::string_view lang_;
  Diagnostics& diags_;
  std::optional<Measured> measure_;
  // In the order the chart first draws from them.
  std::vector<std::string> articles_;
  std::set<std::string> panels_;    // articles cited through their side panel
  std::set<std::string> captions_;  // articles cited through a photo caption
  bool ok_ = true;
};

}  // namespace

void bind_chart(model::Chart& chart, const data::FactSheet& sheet, std::string_view lang,
                Diagnostics& diags) {
  ChartBinder binder(chart, sheet, lang, diags);
  if (!chart.series.empty())
    binder.from_series();
  else if (!chart.categories.empty())
    binder.from_facts();
}

}  // namespace briefing::bind
