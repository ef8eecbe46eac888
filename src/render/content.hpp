#pragma once
// Page content streams, written here rather than through libharu's page operators: layout has
// placed every run, so text is Td/Tj only (no widths measured again, no word spacing), text
// strings are two-byte CIDs, consecutive runs share one BT/ET block, and font, colour and line
// operators are written only when they change. A page of body text is mostly "x y Td (..) Tj".
#include <hpdf.h>

#include <string>
#include <vector>

#include "base/page.hpp"

namespace briefing::render {

// The operators that paint `page` in painting order. `fonts` is indexed by FaceId (see
// embed_faces); each font used is added to the target page's resources.
std::string paint_page(HPDF_Page target, const Page& page, const std::vector<HPDF_Font>& fonts);

// Appends the operators to the page's content stream (which libharu compresses as it saves).
void write_contents(HPDF_Page target, const std::string& ops);

}  // namespace briefing::render
