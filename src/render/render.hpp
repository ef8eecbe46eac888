#pragma once
// Writes a PagedDocument as PDF with libharu: embedded subset Unicode fonts (Identity-H), links,
// outline and metadata; paints its pages one by one with Cairo, as PNG, SVG or one-page PDF
// pictures (page previews, charts for slides and the web); or dumps them as text (dump.cpp).
// Deterministic: no clock, no random IDs.
#include <cstddef>
#include <memory>
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

// Pictures of the pages of `doc` painted by Cairo from the page items, text in the same font
// files and at the same advances as the PDF, so a picture looks like its page in the PDF (links
// and the outline are not drawn). The fonts are opened once for all the pages painted.
class PagePainter {
 public:
  // Errors for text in a face the book does not have; then every call below returns nullopt.
  PagePainter(const PagedDocument& doc, const font::FontBook& fonts, Diagnostics& diags);
  ~PagePainter();
  PagePainter(const PagePainter&) = delete;
  PagePainter& operator=(const PagePainter&) = delete;

  // Each returns the file's bytes, or nullopt after reporting an error (Cairo's, or a font file
  // that cannot be opened) at the page's number.

  // On a white background, ceil(size × dpi / 72) pixels, with the resolution recorded in the
  // file so that slide programs size it right.
  std::optional<std::vector<unsigned char>> png(std::size_t page, double dpi);
  std::optional<std::vector<unsigned char>> svg(std::size_t page);
  // A one-page PDF drawn by Cairo: `title`, and `date` (yyyy-mm-dd, from the brief; never the
  // clock, so the same page gives the same bytes; empty: 1970-01-01) as its creation date.
  std::optional<std::vector<unsigned char>> pdf(std::size_t page, const std::string& title,
                                                const std::string& date);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace briefing::render
