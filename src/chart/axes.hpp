#pragma once
// Internal to chart: the value axis (ticks, labels, title) shared by column and bar charts.
#include <functional>
#include <string>
#include <vector>

#include "chart/draw.hpp"
#include "chart/ticks.hpp"

namespace briefing::chart {

struct ValueAxis {
  Ticks ticks;
  std::vector<std::string> labels;
  double widest = 0;  // of the labels
};

// Ticks for the chart's values along an axis `length` points long, no two closer than
// `spacing`; bars and areas start at zero, lines need not.
ValueAxis value_axis(const Canvas& c, double length, double spacing);

// "Bilateral trade, USD bn": what the values measure and their unit, either may be missing.
std::string axis_title(const Canvas& c);

// Maps a value to a coordinate: `from` is where ticks.lo lands, `to` where ticks.hi does.
std::function<double(double)> value_map(const Ticks& ticks, double from, double to);

// Quiet grid lines at every tick but zero, and a firmer line at zero when the axis has it.
void draw_grid(Canvas& c, const Ticks& ticks, const std::function<double(double)>& at,
               bool vertical_lines, double from, double to);
void draw_zero_line(Canvas& c, const Ticks& ticks, const std::function<double(double)>& at,
                    bool vertical_line, double from, double to);

// Values on bar ends when every one of them fits into `room`: "USD 172 bn" if those fit, else
// the bare number; empty when even those do not fit. Values must be >= 0.
std::vector<std::string> bar_value_labels(const Canvas& c, double room);

// A value label on the chart's background, so grid lines do not run through its figures.
void value_tag(Canvas& c, const std::string& text, double x, double baseline, Align align);

}  // namespace briefing::chart
