#pragma once
// The document information dictionary and the catalog's /Lang. Dates come from the brief, never
// from the clock, so the same input gives the same bytes.
#include "base/diag.hpp"
#include "base/page.hpp"
#include "render/haru_doc.hpp"

namespace briefing::render {

// Strings are UTF-8 (libharu writes them as UTF-16BE with a byte order mark). An empty field is
// left out. Errors for a date that is not YYYY-MM-DD; a warning for a language that is not a
// BCP 47 tag.
void write_metadata(HaruDoc& pdf, const DocInfo& info, Diagnostics& diags);

}  // namespace briefing::render
