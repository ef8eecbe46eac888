#include <cmath>
#include <cstdio>

#include "chart/draw.hpp"
#include "chart/numbers.hpp"

namespace briefing::chart {

namespace {

class Checker {
 public:
  Checker(const ChartSpec& spec, Diagnostics& diags) : spec_(spec), diags_(diags) {}

  bool ok() const { return ok_; }

  void error(std::string message) {
    diags_.error(spec_.where, std::move(message));
    ok_ = false;
  }

  std::string name(std::size_t s) const {
    const std::string& label = spec_.data.series[s].label;
    return label.empty() ? "series " + std::to_string(s + 1) : "series '" + label + "'";
  }

  std::string category(std::size_t i) const { return "'" + spec_.data.categories[i].label + "'"; }

  void shape() {
    const ChartData& data = spec_.data;
    if (data.categories.empty()) error(std::string(kind()) + " chart has no categories");
    if (data.series.empty()) error(std::string(kind()) + " chart has no series");
    bool one_series = spec_.kind == ChartKind::pie || spec_.kind == ChartKind::donut ||
                      spec_.kind == ChartKind::sparkline;
    if (one_series && data.series.size() > 1)
      error(std::string(kind()) + " chart shows one series, not " +
            std::to_string(data.series.size()));
    if (spec_.kind == ChartKind::sparkline && data.categories.size() < 2)
      error("sparkline needs at least two points");
    for (std::size_t s = 0; s < data.series.size(); ++s) {
      const Series& series = data.series[s];
      if (series.values.size() != data.categories.size())
        error(name(s) + " has " + std::to_string(series.values.size()) + " values for " +
              std::to_string(data.categories.size()) + " categories");
      if (!series.qualifiers.empty() && series.qualifiers.size() != series.values.size())
        error(name(s) + " has " + std::to_string(series.qualifiers.size()) + " qualifiers for " +
              std::to_string(series.values.size()) + " values");
      if (!series.exact.empty() && series.exact.size() != series.values.size())
        error(name(s) + " has " + std::to_string(series.exact.size()) + " exact figures for " +
              std::to_string(series.values.size()) + " values");
      if (series.label.empty() && data.series.size() > 1)
        error(name(s) + " needs a label for the legend");
    }
    int partial = 0;
    for (const Category& c : data.categories) partial += !c.partial.empty();
    if (partial > kMaxPartialMarks)
      error(std::to_string(partial) + " partial periods; at most " +
            std::to_string(kMaxPartialMarks) + " can be marked");
  }

  void values() {
    const ChartData& data = spec_.data;
    bool gaps = spec_.kind == ChartKind::line || spec_.kind == ChartKind::sparkline ||
                (spec_.kind == ChartKind::area && data.series.size() == 1);
    bool stacks = spec_.kind == ChartKind::stacked || spec_.kind == ChartKind::pie ||
                  spec_.kind == ChartKind::donut ||
                  (spec_.kind == ChartKind::area && data.series.size() > 1);
    for (std::size_t s = 0; s < data.series.size(); ++s) {
      const auto& values = data.series[s].values;
      std::size_t present = 0;
      for (std::size_t i = 0; i < values.size() && i < data.categories.size(); ++i) {
        double v = values[i];
        present += !std::isnan(v);
        if (std::isinf(v)) {
          error(name(s) + ": the value for " + category(i) + " is infinite");
        } else if (std::isnan(v) && !gaps) {
          error(name(s) + ": no value for " + category(i) + "; only line charts (and area " +
                "charts of one series) can show a gap");
        } else if (v < 0 && stacks) {
          error(name(s) + ": negative value for " + category(i) + " in a " + std::string(kind()) +
                " chart, whose parts must add up");
        }
      }
      if (present == 0 && !values.empty()) error(name(s) + " has no values");
    }
  }

  // Values beyond what the axis arithmetic and the labels can carry (1e308 stacked, subnormal
  // 4e-320) are refused here, so drawing never meets an overflow or a zero-width range.
  void magnitudes() {
    const ChartData& data = spec_.data;
    bool stacks = spec_.kind == ChartKind::stacked || spec_.kind == ChartKind::pie ||
                  spec_.kind == ChartKind::donut ||
                  (spec_.kind == ChartKind::area && data.series.size() > 1);
    for (std::size_t i = 0; i < data.categories.size(); ++i) {
      double total = 0;
      for (std::size_t s = 0; s < data.series.size(); ++s) {
        if (i >= data.series[s].values.size()) continue;
        double v = data.series[s].values[i];
        if (!std::isfinite(v)) continue;
        if (std::fabs(v) > kLargestValue)
          error(name(s) + ": the value for " + category(i) + " (" + shown(v) +
                ") is too large to chart; at most 1e15 in magnitude");
        else if (v != 0 && std::fabs(v) < kSmallestValue)
          error(name(s) + ": the value for " + category(i) + " (" + shown(v) +
                ") is too small to chart; other than 0, at least 1e-6 in magnitude");
        else
          total += std::fabs(v);
      }
      if (stacks && spec_.kind != ChartKind::pie && spec_.kind != ChartKind::donut &&
          total > kLargestValue)
        error("the values for " + category(i) + " add up to " + shown(total) +
              ", too large to chart; a stack is at most 1e15");
    }
  }

  void shares() {
    if (spec_.kind != ChartKind::pie && spec_.kind != ChartKind::donut) return;
    if (spec_.data.series.size() != 1) return;
    double total = 0;
    for (double v : spec_.data.series[0].values)
      if (std::isfinite(v) && v > 0) total += v;
    if (total <= 0) error(std::string(kind()) + " chart has nothing to divide: all values are 0");
    if (total > kLargestValue)
      error(std::string(kind()) + " chart's values add up to " + shown(total) +
            ", too large to chart; the whole is at most 1e15");
    else if (spec_.data.unit.measure == Measure::percent && total > 100.5)
      error(std::string(kind()) + " chart of percentages adds up to " +
            std::to_string(std::llround(total)) + "%, more than the whole");
  }

 private:
  std::string_view kind() const { return kind_name(spec_.kind); }

  // "1e+308", "4e-320": short, in the notation the brief may have used.
  static std::string shown(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
  }

  const ChartSpec& spec_;
  Diagnostics& diags_;
  bool ok_ = true;
};

}  // namespace

bool check_chart(const ChartSpec& spec, double width, double height, const font::FontBook& fonts,
                 Diagnostics& diags) {
  Checker check(spec, diags);
  if (!(width > 0 && height > 0))
    check.error("chart needs a positive size, not " + format_number(width, 1) + " × " +
                format_number(height, 1) + " pt");
  if (!fonts.has_family(spec.style.family))
    check.error("unknown font family '" + spec.style.family + "' for the chart");
  if (spec.style.palette.empty()) check.error("chart style has no series looks");
  check.shape();
  check.values();
  check.magnitudes();
  check.shares();
  return check.ok();
}

}  // namespace briefing::chart
