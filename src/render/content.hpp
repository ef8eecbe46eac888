#pragma once
// Page content streams, written here rather than through libharu's page operators: layout has
// placed every run, so a line of text is one TJ array of two-byte CID strings whose numbers put
// each word where layout did (no widths measured again, no word spacing); font, colour and line
// operators are written only when they change.
#include <hpdf.h>

#include <string>
#include <vector>

#include "base/page.hpp"
#include "font/font.hpp"

namespace briefing::render {

// The operators that paint `page` in painting order. `fonts` is indexed by FaceId (see
// embed_faces); each font used is added to the target page's resources.
std::string paint_page(HPDF_Page target, const Page& page, const std::vector<HPDF_Font>& fonts,
                       const font::FontBook& book);

// Appends the operators to the page's content stream (which libharu compresses as it saves).
void write_contents(HPDF_Page target, const std::string& ops);

}  // namespace briefing::render
