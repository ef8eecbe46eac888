#include "chart/axes.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace briefing::chart {

namespace {

struct Range {
  double lo = std::numeric_limits<double>::infinity();
  double hi = -std::numeric_limits<double>::infinity();
  void add(double v) { lo = std::min(lo, v), hi = std::max(hi, v); }
};

Range value_range(const ChartSpec& spec) {
  Range range;
  for (std::size_t i = 0; i < spec.data.categories.size(); ++i) {
    double total = 0;
    for (const Series& series : spec.data.series) {
      double v = series.values[i];
      if (std::isnan(v)) continue;
      total += v;
      if (!stacks(spec)) range.add(v);
    }
    if (stacks(spec)) range.add(total);
  }
  return range;
}

}  // namespace

ValueAxis value_axis(const Canvas& c, double length, double spacing) {
  Range range = value_range(c.spec);
  // Three ticks at least, as two can force a coarse step (99..101 would need 0..200); six at
  // most, more is clutter.
  int most = std::clamp(static_cast<int>(length / spacing) + 1, 3, 6);
  ValueAxis axis;
  axis.ticks = nice_ticks(range.lo, range.hi, most, c.spec.kind != ChartKind::line);
  int decimals = step_decimals(axis.ticks.step, c.scale);
  for (double v : axis.ticks.values) {
    axis.labels.push_back(tick_label(c.data.unit, c.scale, v, decimals));
    axis.widest = std::max(axis.widest, c.texts.width(c.label, axis.labels.back()));
  }
  return axis;
}

std::string axis_title(const Canvas& c) {
  std::string unit = unit_title(c.data.unit, c.scale);
  if (c.spec.value_title.empty()) return unit;
  if (unit.empty()) return c.spec.value_title;
  return c.spec.value_title + ", " + unit;
}

std::function<double(double)> value_map(const Ticks& ticks, double from, double to) {
  double lo = ticks.lo, span = ticks.hi - ticks.lo;
  return [=](double v) { return from + (v - lo) / span * (to - from); };
}

void draw_grid(Canvas& c, const Ticks& ticks, const std::function<double(double)>& at,
               bool vertical_lines, double from, double to) {
  for (double v : ticks.values) {
    if (v == 0) continue;
    double p = at(v);
    c.stroke(vertical_lines ? c.pen.line({p, from}, {p, to}) : c.pen.line({from, p}, {to, p}),
             c.spec.style.grid, 0.4);
  }
}

void draw_zero_line(Canvas& c, const Ticks& ticks, const std::function<double(double)>& at,
                    bool vertical_line, double from, double to) {
  if (ticks.lo > 0 || ticks.hi < 0) return;
  double p = at(0);
  c.stroke(vertical_line ? c.pen.line({p, from}, {p, to}) : c.pen.line({from, p}, {to, p}),
           c.spec.style.baseline, 0.75);
}

std::vector<std::string> bar_value_labels(const Canvas& c, double room) {
  const Series& series = c.data.series.front();
  auto make = [&](bool full) {
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < series.values.size(); ++i) {
      std::string text = full ? value_label(c.data.unit, c.scale, series.values[i],
                                            c.qualifier(0, i), c.exact(0, i))
                              : bare_value(c.data.unit, c.scale, series.values[i], c.exact(0, i));
      if (c.texts.width(c.label, text) > room) return std::vector<std::string>{};
      labels.push_back(std::move(text));
    }
    return labels;
  };
  std::vector<std::string> labels = make(true);
  return labels.empty() ? make(false) : labels;
}

void value_tag(Canvas& c, const std::string& text, double x, double baseline, Align align) {
  std::vector<Item> label;
  Rect box = c.texts.line(c.label, text, x, baseline, align, label);
  c.fill(c.pen.rect(Rect{box.x - 1, box.y - 1, box.w + 2, box.h + 2}), c.spec.style.background);
  c.items.insert(c.items.end(), label.begin(), label.end());
}

}  // namespace briefing::chart
