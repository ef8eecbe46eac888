#pragma once
// Internal to render: page items painted onto a Cairo context, text in the font files the PDF
// embeds (faces.hpp) at the FontBook's advances, so a picture looks like the page in the PDF.
#include <cairo.h>

#include <memory>
#include <vector>

#include "base/diag.hpp"
#include "base/page.hpp"
#include "font/font.hpp"
#include "render/faces.hpp"

namespace briefing::render {

// The Cairo face of each font file the pages draw with, opened on first use and kept for every
// page painted after.
class CairoFaces {
 public:
  // The files of the faces `doc` draws with (font_files): errors for a face the book lacks.
  CairoFaces(const PagedDocument& doc, const font::FontBook& fonts, Diagnostics& diags);
  ~CairoFaces();
  CairoFaces(const CairoFaces&) = delete;
  CairoFaces& operator=(const CairoFaces&) = delete;

  struct Face;  // a FreeType face and the Cairo face made from it
  // nullptr after reporting that the file cannot be opened (or for a face no run uses).
  const Face* get(FaceId face);
  const font::FontBook& fonts() const { return fonts_; }
  // False when a run is set in a face the book lacks: then nothing is painted.
  bool complete() const { return complete_; }

 private:
  const font::FontBook& fonts_;
  Diagnostics& diags_;
  const int errors_before_;
  std::vector<FontFile> files_;
  std::vector<int> file_of_face_;
  bool complete_;
  std::vector<std::unique_ptr<Face>> opened_;  // per file; null until first used
  std::vector<bool> failed_;                   // per file: reported once
};

// Paints `items` in order; a run whose font cannot be opened is left out (its error reported).
void paint_items(cairo_t* cr, const std::vector<Item>& items, CairoFaces& faces);
// A whole page: its artifacts under and over its items.
void paint_page(cairo_t* cr, const Page& page, CairoFaces& faces);

}  // namespace briefing::render
