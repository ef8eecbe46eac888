#pragma once
// Page content streams, written here rather than through libharu's page operators: layout has
// placed every run, so a line of text is one TJ array of two-byte CID strings whose numbers put
// each word where layout did (no widths measured again, no word spacing); font, colour and line
// operators are written only when they change. libharu 2.3.0 would deflate every stream one
// after another as it saves; these are deflated as they are painted, on the thread that waits
// for the fonts.
#include <hpdf.h>

#include <string>
#include <vector>

#include "base/page.hpp"
#include "font/font.hpp"

namespace briefing::render {

// A page's content stream as the PDF stores it (deflated), and the font files its operators
// name, by index in the document's list of files: the n-th is named "F<n>", the name libharu
// gives the n-th font a page asks for.
struct PageContent {
  std::string deflated;
  std::vector<int> fonts;
};

// The operators that paint `page` in painting order, compressed. `file_of_face` gives each
// face's font file. Needs no libharu object, so pages are painted and compressed while the fonts
// are embedded.
PageContent paint_page(const Page& page, const font::FontBook& book,
                       const std::vector<int>& file_of_face);

// Adds the fonts to the page's resources in the order its operators name them and stores the
// stream, marked as deflated. `by_file` holds the embedded font of each file. False, with
// nothing stored, where libharu's names for the fonts are not the ones the operators use.
bool write_contents(HPDF_Page target, const PageContent& content,
                    const std::vector<HPDF_Font>& by_file);

}  // namespace briefing::render
