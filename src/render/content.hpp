#pragma once
// Page content streams. Layout has positioned every run, so text is placed with Td/Tj only
// (no widths, no word spacing), consecutive runs share one BT/ET block, and font, colour and line
// width operators are written only when they change: a page of body text is mostly "x y Td
// <...> Tj".
#include <hpdf.h>

#include <vector>

#include "base/page.hpp"

namespace briefing::render {

// Paints `page` onto `target` in painting order. `fonts` is indexed by FaceId (see embed_faces).
// libharu errors go to the document's error record.
void paint_page(HPDF_Page target, const Page& page, const std::vector<HPDF_Font>& fonts);

}  // namespace briefing::render
