#include "chart/palette.hpp"

#include "chart/chart.hpp"

namespace briefing::chart {

namespace {

constexpr Color rgb(int r, int g, int b) { return Color{r / 255.0, g / 255.0, b / 255.0}; }

}  // namespace

double luma(const Color& c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b; }

Color lighter(const Color& c, double amount) {
  return Color{c.r + (1 - c.r) * amount, c.g + (1 - c.g) * amount, c.b + (1 - c.b) * amount};
}

Color hatch_ink(const Color& fill) {
  if (luma(fill) < 0.6) return Color{1, 1, 1};
  return Color{fill.r * 0.45, fill.g * 0.45, fill.b * 0.45};
}

bool needs_outline(const Color& fill) { return luma(fill) > 0.7; }

std::vector<SeriesLook> print_palette() {
  // Grays (luma): navy 0.27, orange 0.64, green 0.42, pale blue 0.84, vermilion 0.47, gray 0.55.
  // The first four are at least 0.12 apart; from the third series on, hatching and marker
  // shapes carry the difference.
  return {
      {rgb(31, 78, 121), rgb(31, 78, 121), Hatch::none, Marker::circle, {}},
      {rgb(230, 159, 0), rgb(204, 134, 0), Hatch::none, Marker::square, {}},
      {rgb(0, 158, 115), rgb(0, 130, 95), Hatch::diagonal, Marker::triangle, {5, 2}},
      {rgb(191, 221, 242), rgb(86, 150, 205), Hatch::back_diagonal, Marker::diamond, {2, 2}},
      {rgb(213, 94, 0), rgb(190, 84, 0), Hatch::cross, Marker::triangle_down, {6, 2, 2, 2}},
      {rgb(140, 140, 140), rgb(110, 110, 110), Hatch::horizontal, Marker::square, {1, 2}},
  };
}

}  // namespace briefing::chart
