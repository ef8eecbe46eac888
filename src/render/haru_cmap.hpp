#pragma once
// A faster lookup table for libharu's TrueType fonts, with the same answers.
//
// libharu 2.3.0's HPDF_GetFont with the UTF-8 encoder walks all 65,536 BMP code points through
// the font's format-4 cmap, searching its segments linearly: about 16 million instructions for a
// subset of a Noto face, the largest single cost of a short brief. Before that walk, the loaded
// font's in-memory cmap is replaced by one with a single segment over the code points the document
// draws (plus the closing 0xFFFF segment), which answers any code point in a few steps. The font
// embedded in the PDF is unchanged: libharu copies its tables from the file, not from this lookup.
#include <hpdf.h>

#include <set>

namespace briefing::render {

// For the font libharu loaded as `name` from a subset whose cmap maps exactly `chars`. Returns
// false, changing nothing, where the font is not a format-4 TrueType font of libharu 2.3.0.
bool compact_cmap(HPDF_Doc pdf, const char* name, const std::set<char32_t>& chars);

}  // namespace briefing::render
