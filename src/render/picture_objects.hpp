#pragma once
// The pictures of a document as PDF XObjects, each stored once however many pages show it: a
// PNG as a deflated image (its transparency as a soft mask), a JPEG as it is under DCTDecode, an
// SVG as a form of vector paths.
#include <map>

#include "base/page.hpp"
#include "render/haru_doc.hpp"

namespace briefing::render {

// Every picture the pages show, by the Picture they share; empty after an error (in `diags`).
std::map<const Picture*, haru::ObjectRef> embed_pictures(HaruDoc& pdf, const PagedDocument& doc,
                                                         Diagnostics& diags);

}  // namespace briefing::render
