#pragma once
// Layout stage: Document -> PagedDocument. Blocks become a vertical list of boxes (lines, table
// rows, panels) with break rules; the page builder fills pages from that list; finishing adds
// running headers and footers, page numbers, the table of contents, links and the outline.
#include "base/diag.hpp"
#include "base/page.hpp"
#include "font/font.hpp"
#include "model/document.hpp"

namespace briefing::layout {

PagedDocument layout_document(const model::Document& doc, const font::FontBook& fonts,
                              Diagnostics& diags);

}  // namespace briefing::layout
