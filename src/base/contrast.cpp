#include "base/contrast.hpp"

#include <algorithm>
#include <cmath>

namespace briefing {

namespace {

double linear(double channel) {
  return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

Color toward(const Color& c, double target, double amount) {
  return Color{c.r + (target - c.r) * amount, c.g + (target - c.g) * amount,
               c.b + (target - c.b) * amount};
}

}  // namespace

double relative_luminance(const Color& c) {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrast_ratio(const Color& a, const Color& b) {
  double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Color legible_on(const Color& ink, const Color& background) {
  if (contrast_ratio(ink, background) >= kLegibleContrast) return ink;
  // Black on a light background, white on a dark one: whichever end reaches further.
  double target =
      contrast_ratio(Color{0, 0, 0}, background) >= contrast_ratio(Color{1, 1, 1}, background)
          ? 0.0
          : 1.0;
  // Contrast grows monotonically along the way, so halving finds the least change.
  double low = 0, high = 1;
  for (int i = 0; i < 20; ++i) {
    double mid = (low + high) / 2;
    (contrast_ratio(toward(ink, target, mid), background) >= kLegibleContrast ? high : low) = mid;
  }
  return toward(ink, target, high);
}

}  // namespace briefing
