#pragma once
// Legibility of text on its background, as WCAG 2 measures it: relative luminance of sRGB
// colours and the contrast ratio between two of them (1:1 to 21:1). Body text needs 4.5:1.
#include "base/geom.hpp"

namespace briefing {

constexpr double kLegibleContrast = 4.5;

double relative_luminance(const Color& c);
double contrast_ratio(const Color& a, const Color& b);

// `ink` darkened toward black (or lightened toward white on a dark background) just enough to
// reach kLegibleContrast on `background`; `ink` itself when it already does.
Color legible_on(const Color& ink, const Color& background);

}  // namespace briefing
