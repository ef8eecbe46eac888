#pragma once
// Page content streams, written here rather than through libharu's page operators: layout has
// placed every run, so a line of text is one TJ array of two-byte CID strings whose numbers put
// each word where layout did (no widths measured again, no word spacing); font, colour and line
// operators are written only when they change. libharu 2.3.0 would deflate every stream one
// after another as it saves; these are deflated as they are painted, on the thread that waits
// for the fonts.
#include <map>
#include <string>
#include <vector>

#include "base/page.hpp"
#include "render/haru_seam.hpp"

namespace briefing::render {

// A page's content stream as the PDF stores it (deflated), and the font files its operators
// name, by index in the document's list of files: the n-th is named "F<n>" (from F1), and
// write_contents lists it under that name in the page's resources.
// Likewise the n-th opacity its artifacts are painted with is the graphics state "GS<n>".
struct PageContent {
  std::string deflated;
  std::vector<int> fonts;
  // The pictures it shows, in order of first use: the n-th is named "Im<n>" (from Im1).
  std::vector<const Picture*> pictures{};
  std::vector<double> opacities{};  // of the graphics states it names: "GS<n>" (from GS1)
};

// The operators that paint `page` in painting order, compressed. `file_of_face` gives each
// face's font file. Needs no libharu object, so pages are painted and compressed while the fonts
// are embedded.
PageContent paint_page(const Page& page, const std::vector<int>& file_of_face);

// An SVG's paths as the deflated content stream of a form XObject whose box is the drawing's
// size (y up, as every PDF content is).
std::string paint_drawing(const Picture& drawing);

// Stores the stream as the page's contents and lists its fonts, pictures and graphics states in
// the page's resources under the names its operators use. `by_file` holds the embedded font of
// each file, `by_picture` the XObject of each picture, `states` a graphics state (ExtGState)
// for each opacity of the document. False when libharu fails.
bool write_contents(haru::ObjectRef target, const PageContent& content,
                    const std::vector<haru::ObjectRef>& by_file,
                    const std::map<const Picture*, haru::ObjectRef>& by_picture,
                    const std::map<double, haru::ObjectRef>& states);

}  // namespace briefing::render
