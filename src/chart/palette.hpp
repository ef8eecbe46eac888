#pragma once
// Colour arithmetic for print: how dark a colour prints in gray, and what stays legible on it.
#include "base/geom.hpp"

namespace briefing::chart {

// Gray level (0 black, 1 white) a grayscale device prints: Rec. 601 luma, as poppler and most
// printer drivers convert.
double luma(const Color& c);

// `c` moved towards white by `amount` (0..1).
Color lighter(const Color& c, double amount);

// Hatching drawn over `fill`: white on dark fills, a dark shade of the fill on light ones.
Color hatch_ink(const Color& fill);

// Fills this light need an outline to stand out from white paper.
bool needs_outline(const Color& fill);

}  // namespace briefing::chart
