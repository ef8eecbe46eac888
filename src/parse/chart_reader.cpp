#include "parse/chart_reader.hpp"

#include <charconv>
#include <cmath>
#include <sstream>

#include "parse/inline.hpp"

namespace briefing::parse {

using xml::Reader;

namespace {

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

// "NaN" marks a missing value (drawn as a gap); anything else must be a finite number.
std::optional<double> literal_value(const std::string& word) {
  if (word == "NaN") return std::nan("");
  double value = 0;
  auto [end, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
  if (ec != std::errc() || end != word.data() + word.size() || !std::isfinite(value))
    return std::nullopt;
  return value;
}

ChartSeriesSpec read_series(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"label", "values", "reason"});
  ChartSeriesSpec series;
  series.where = r.where(node);
  series.label = r.text(node, "label").value_or("");
  if (node.attribute("reason")) {
    series.reason = r.text(node, "reason").value_or("");
    if (series.reason.find_first_not_of(" \t\r\n") == std::string::npos)
      r.error(r.where(node, "reason"),
              "'reason' says why these values are printed unverified: it cannot be empty");
  }
  for (const std::string& word : words(r.required_text(node, "values").value_or(""))) {
    auto value = literal_value(word);
    if (!value) {
      r.error(r.where(node, "values"),
              "'" + word + "' is not a number (write NaN for a missing value)");
      continue;
    }
    series.values.push_back(*value);
  }
  return series;
}

ChartCategorySpec read_category(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"label", "fact"});
  return {r.required_text(node, "label").value_or(""), r.text(node, "fact").value_or(""),
          r.where(node)};
}

// A chart draws either facts.xml series, or one value per category (literal series or the
// categories' facts); mixing the two has no meaning.
void check_sources(Reader& r, const ChartSpec& chart) {
  bool with_facts = false, without_facts = false;
  for (const auto& category : chart.categories)
    (category.fact.empty() ? without_facts : with_facts) = true;
  if (!chart.series.empty() && !chart.categories.empty())
    r.error(chart.categories.front().where,
            "a chart with 'series' takes its categories from the series' periods; remove the "
            "<category> elements or the 'series' attribute");
  else if (with_facts && (without_facts || !chart.inline_series.empty()))
    r.error(chart.where,
            "either every <category> names a fact, or the values come from <series> elements");
  else if (chart.series.empty() && chart.categories.empty())
    r.error(chart.where,
            "a chart needs data: 'series' (ids from facts.xml), <category fact=\"…\"> elements, "
            "or <category> and <series values=\"…\"> elements for a draft");
  else if (without_facts && chart.inline_series.empty())
    r.error(chart.where, "these categories have no values: add <series values=\"…\"> elements");
}

}  // namespace

ChartSpec read_chart(Reader& r, pugi::xml_node node, bool keep_together) {
  r.check_attributes(node, {"type", "series", "title", "subtitle", "value-title", "category-title",
                            "note", "height", "keep-together", "place", "span"});
  ChartSpec chart;
  chart.where = r.where(node);
  chart.span = read_span(r, node);
  chart.type = r.choice<std::string>(node, "type",
                                     {{"bar", "bar"},
                                      {"hbar", "hbar"},
                                      {"grouped", "grouped"},
                                      {"stacked", "stacked"},
                                      {"line", "line"},
                                      {"area", "area"},
                                      {"pie", "pie"},
                                      {"donut", "donut"}})
                   .value_or("bar");
  chart.title = r.text(node, "title").value_or("");
  chart.subtitle = r.text(node, "subtitle").value_or("");
  chart.value_title = r.text(node, "value-title").value_or("");
  chart.category_title = r.text(node, "category-title").value_or("");
  chart.note = r.text(node, "note").value_or("");
  for (const char* name : {"title", "subtitle", "value-title", "category-title", "note"})
    if (node.attribute(name)) chart.text_where[name] = r.where(node, name);
  chart.series = words(r.text(node, "series").value_or(""));
  if (auto height = r.length(node, "height")) chart.height = *height;
  chart.keep_together = keep_together;
  chart.place = read_place(r, node);
  r.read_children(node,
                  {{"category", false,
                    [&](pugi::xml_node n) { chart.categories.push_back(read_category(r, n)); }},
                   {"series", false,
                    [&](pugi::xml_node n) { chart.inline_series.push_back(read_series(r, n)); }}});
  check_sources(r, chart);
  return chart;
}

}  // namespace briefing::parse
