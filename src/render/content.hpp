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

// A page's operators, with the places where a font's name on the page belongs: the names are
// the page's resources, which only libharu can give, once the fonts are embedded.
struct PageContent {
  std::string ops;
  std::vector<std::pair<std::size_t, FaceId>> fonts;  // offset in `ops`, face
};

// The operators that paint `page` in painting order. Needs no libharu object, so pages are
// painted while the fonts are embedded.
PageContent paint_page(const Page& page, const font::FontBook& book);

// Names the fonts (adding them to the page's resources) and appends the operators to the page's
// content stream, which libharu compresses as it saves. `fonts` is indexed by FaceId.
void write_contents(HPDF_Page target, const PageContent& content,
                    const std::vector<HPDF_Font>& fonts);

}  // namespace briefing::render
