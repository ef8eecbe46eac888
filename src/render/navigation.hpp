#pragma once
// Links and the outline (bookmarks). Both jump to a page position and keep the reader's zoom.
#include <hpdf.h>

#include <string>
#include <vector>

#include "base/diag.hpp"
#include "base/page.hpp"

namespace briefing::render {

// PDF link addresses are 7-bit ASCII: an IRI's other bytes are percent-encoded.
std::string ascii_uri(const std::string& uri);

// `targets` holds the PDF page of every document page. Errors for links or outline entries that
// point at pages the document lacks; libharu errors go to the document's error record.
void add_links(const PagedDocument& doc, const std::vector<HPDF_Page>& targets, Diagnostics& diags);

// Nests entries by level under the nearest shallower entry before them; top-level entries start
// open, so a reader shows the first two levels.
void add_outline(HPDF_Doc pdf, const PagedDocument& doc, const std::vector<HPDF_Page>& targets,
                 Diagnostics& diags);

}  // namespace briefing::render
