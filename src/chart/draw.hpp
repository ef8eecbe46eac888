#pragma once
// Internal to chart: the drawing state shared by the chart kinds, and one entry per kind.
#include <string>
#include <vector>

#include "chart/chart.hpp"
#include "chart/numbers.hpp"
#include "chart/pen.hpp"
#include "chart/text.hpp"

namespace briefing::chart {

// Marks that tie a partial period's label to its note ("2025*" ... "* 2025: January–November").
inline constexpr int kMaxPartialMarks = 6;
// The values a chart draws and labels: 0, or a magnitude from kSmallestValue to kLargestValue;
// stacked and pie totals at most kLargestValue. Within these every tick, scale and coordinate
// is a finite double far from overflow, and every label fits its buffer.
inline constexpr double kLargestValue = 1e15;
inline constexpr double kSmallestValue = 1e-6;

// validate.cpp: every problem with the data is reported; true when there was none.
bool check_chart(const ChartSpec& spec, double width, double height, const font::FontBook& fonts,
                 Diagnostics& diags);

struct Canvas {
  Canvas(const ChartSpec& spec, const font::FontBook& fonts, Diagnostics& diags);

  const ChartSpec& spec;
  const ChartData& data;
  Diagnostics& diags;
  Texts texts;
  Pen pen;
  std::vector<Item> items;
  TextLook title, subtitle, label, note;
  std::vector<std::string> marks;  // per category: "" or its partial-period mark
  Scale scale;                     // one for the whole chart: ticks, labels and notes agree

  const SeriesLook& look(std::size_t series) const;
  // The category label with its partial-period mark.
  std::string category_label(std::size_t category) const;
  bool partial(std::size_t category) const { return !marks[category].empty(); }
  std::string qualifier(std::size_t series, std::size_t category) const;
  // The exact figure of a value, when the series has them (Series::exact), else null.
  const Decimal* exact(std::size_t series, std::size_t category) const;

  void fill(Ops ops, const Color& colour);
  void stroke(Ops ops, const Color& colour, double width, std::vector<int> dash = {},
              LineCap cap = LineCap::butt);
  // A bar, slice or area in a series' look: fill, hatching clipped to the shape, outline on
  // light fills. A partial period is drawn lighter and hatched, whatever the series' look.
  void shape(const Ops& ops, const Rect& bounds, const SeriesLook& look, bool partial_period);
  void marker(const SeriesLook& look, PathPoint at, double size, bool open);
  // "Too small" is the author's to fix: report what the chart needed, in the `dimension`
  // ("width", "height") that fell short.
  void too_small(const std::string& what, double needed, double available,
                 const std::string& dimension);
};

// Stacked kinds add their series up: stacked bars, and area charts of several series.
bool stacks(const ChartSpec& spec);
// The largest absolute value shown (a stack's total where series add up).
double magnitude(const ChartSpec& spec);

// Kinds: each draws into `area` (below title and legend, above the notes).
void draw_columns(Canvas& c, const Rect& area);  // bar, grouped, stacked, line, area
void draw_hbars(Canvas& c, const Rect& area);
void draw_pie(Canvas& c, const Rect& area);
void draw_sparkline(Canvas& c, const Rect& area);

}  // namespace briefing::chart
