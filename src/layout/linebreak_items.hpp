#pragma once
// From glyphs to Knuth-Plass items: boxes for word fragments, glue for spaces, penalties where
// UAX #14 allows a break without a space, at English hyphenation points and, inside a word too
// wide for any line, between its characters.
#include <vector>

#include "layout/knuth_plass.hpp"
#include "layout/linebreak_text.hpp"

namespace briefing::layout {

// Justified text gets stretchable spaces; ragged text (left, right, centre) gets the paper's
// ragged-right items, whose stretch sits only at the end of each line. The list ends in a
// forced break.
std::vector<BreakItem> build_items(const ParagraphText& text, const std::vector<StyledRun>& runs,
                                   const ParagraphShape& shape, const font::FontBook& fonts);

}  // namespace briefing::layout
