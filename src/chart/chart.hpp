#pragma once
// Charts: a ChartSpec and a size become a Frame of page items. The geometry (bars, lines, slices,
// markers, hatching, grid) is built with Cairo's path API and copied out as Path items; the text
// is GlyphRuns in the FontBook's faces, measured with it. Layout places the frame like any other
// content, the libharu renderer draws it as vector paths and selectable text, and `briefing
// charts` has the render stage paint the same items with Cairo for slides and the web.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.hpp"
#include "base/diag.hpp"
#include "base/page.hpp"
#include "font/font.hpp"

namespace briefing::chart {

// bar: vertical bars (several series are drawn side by side, like grouped); hbar: horizontal
// bars for long category names; stacked bars and areas of several series add up; pie and donut
// show one series as parts of a whole; a sparkline is a bare line for a key-figure box.
enum class ChartKind { bar, hbar, grouped, stacked, line, area, pie, donut, sparkline };

// "bar", "hbar", "grouped", "stacked", "line", "area", "pie", "donut", "sparkline".
std::optional<ChartKind> chart_kind(std::string_view name);
std::string_view kind_name(ChartKind kind);

enum class Measure { count, money, percent };

// What the values are; decides how numbers are written ("USD 172 bn", "20,000", "60%").
struct Unit {
  Measure measure = Measure::count;
  // money: the currency code ("USD"); count: what is counted ("students", may be empty);
  // percent: unused (values are percentages: 60 means 60%).
  std::string name;
};

struct Category {
  std::string label;  // "2024", "Durian"
  // Set when the period is shorter than the others ("January–November only"): its bars are
  // hatched and its label is marked, so it is not silently compared with full periods.
  std::string partial;
};

struct Series {
  std::string label;  // legend text
  // One value per category. NaN means "no data" and is allowed only in line, area (one series)
  // and sparkline charts, where it leaves a gap; infinities are never allowed.
  std::vector<double> values;
  // Empty, or one per category: the source's qualifier ("nearly", "over", "") for that value.
  std::vector<std::string> qualifiers;
  // Empty, or one per category: the exact figure each value was drawn from (facts and series
  // points), so that value labels print its digits rather than those of the nearest double.
  std::vector<Decimal> exact{};
};

struct ChartData {
  std::vector<Category> categories;
  std::vector<Series> series;
  Unit unit;
};

enum class Hatch { none, diagonal, back_diagonal, cross, horizontal };
enum class Marker { circle, square, triangle, diamond, triangle_down };

// How one series looks; colour alone never tells series apart (grayscale printers).
struct SeriesLook {
  Color fill;  // bars, areas, slices, legend swatches
  Color line;  // lines and markers: dark enough to read as a thin line on white
  Hatch hatch = Hatch::none;
  Marker marker = Marker::circle;
  std::vector<int> dash;  // line charts; whole points (see Path::dash)
};

// Okabe–Ito hues (safe for the common colour-vision deficiencies) ordered so that neighbouring
// series differ in lightness, with hatching and markers for the series whose grays come close.
std::vector<SeriesLook> print_palette();

struct ChartStyle {
  std::string family = "sans";  // a manifest family
  double title_size = 9.5, subtitle_size = 8, label_size = 7, note_size = 6.5;
  Color text{0.13, 0.13, 0.13};
  Color muted{0.38, 0.38, 0.38};  // axis labels, notes, source
  Color grid{0.82, 0.82, 0.82};
  Color baseline{0.25, 0.25, 0.25};
  // What the chart is drawn on: value labels are cut out of the grid in this colour, so that on
  // a tinted panel they do not sit in white patches.
  Color background{1, 1, 1};
  std::vector<SeriesLook> palette = print_palette();
};

struct ChartSpec {
  ChartKind kind = ChartKind::bar;
  std::string title, subtitle;  // drawn inside the frame when not empty
  // What the values measure ("Bilateral trade"); the axis title adds the unit ("…, USD bn").
  std::string value_title;
  std::string category_title;  // optional ("Year")
  ChartData data;
  std::vector<std::string> notes;  // printed under the chart, after the generated ones
  std::string source;              // printed as given, e.g. "Source: VnExpress, 3 December 2025"
  ChartStyle style;
  Location where;  // the brief element the chart comes from, for diagnostics
};

// A finished chart: items in chart-local coordinates (origin top-left, y down, points).
struct Frame {
  double width = 0, height = 0;
  std::vector<Item> items;
};

// Draws `spec` into a width × height frame. Reports bad data (empty or mismatched series,
// non-finite values, negative slices...) and a frame too small for the chart's texts at
// spec.where, and then returns nullopt: a chart is either right or absent.
std::optional<Frame> draw_chart(const ChartSpec& spec, double width, double height,
                                const font::FontBook& fonts, Diagnostics& diags);

// Appends the frame's items to `out`, its top-left corner at (x, y).
void place(const Frame& frame, double x, double y, std::vector<Item>& out);

}  // namespace briefing::chart
