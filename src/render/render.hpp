#pragma once
// Writes a PagedDocument as PDF with libharu: embedded subset Unicode fonts (Identity-H), links,
// outline and metadata. Deterministic: no clock, no random IDs. Or as a text dump (dump.cpp).
#include <optional>
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "base/page.hpp"
#include "font/font.hpp"

namespace briefing::render {

// Returns the PDF bytes, or nullopt after reporting an error.
std::optional<std::vector<unsigned char>> render_pdf(const PagedDocument& doc,
                                                     const font::FontBook& fonts,
                                                     Diagnostics& diags);

// The pages as stable text, one line per item (the format is in docs/golden.md): the same
// bytes on every run and machine, for golden tests and for reading what layout decided.
std::string dump_pages(const PagedDocument& doc, const font::FontBook& fonts);

}  // namespace briefing::render
