#pragma once
// Lengths are PostScript points (1/72 in) everywhere after parsing.

namespace briefing {

struct Color {
  double r = 0, g = 0, b = 0;
  bool operator==(const Color&) const = default;
};

// Page coordinates: origin at the top-left corner of the page, y grows downwards.
struct Rect {
  double x = 0, y = 0, w = 0, h = 0;
};

}  // namespace briefing
