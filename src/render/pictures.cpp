// PagePainter (render.hpp): Cairo surfaces for PNG, SVG and PDF pictures of single pages, and
// what Cairo leaves out of those files or writes differently from run to run.
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <zlib.h>

#include <cctype>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>

#include "render/cairo_painter.hpp"
#include "render/render.hpp"

namespace briefing::render {

namespace {

using Bytes = std::vector<unsigned char>;
using SurfaceHandle = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  auto* out = static_cast<Bytes*>(closure);
  out->insert(out->end(), data, data + length);
  return CAIRO_STATUS_SUCCESS;
}

void put_u32(Bytes& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back((v >> shift) & 0xFF);
}

// Cairo writes no resolution; a pHYs chunk right after IHDR (the PNG signature and IHDR take
// the first 33 bytes) says how many pixels make a metre.
void set_resolution(Bytes& png, double dpi) {
  Bytes chunk;
  put_u32(chunk, 9);
  for (char c : {'p', 'H', 'Y', 's'}) chunk.push_back(static_cast<unsigned char>(c));
  auto per_metre = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
  put_u32(chunk, per_metre);
  put_u32(chunk, per_metre);
  chunk.push_back(1);  // unit: metre
  uLong crc = crc32(0, chunk.data() + 4, 13);
  put_u32(chunk, static_cast<std::uint32_t>(crc));
  png.insert(png.begin() + 33, chunk.begin(), chunk.end());
}

// Cairo numbers SVG surfaces with a counter over the whole process, so the same page would come
// out as "surface128" or "surface915" depending on what was drawn before; number them from 1 in
// the order they appear.
Bytes renumber_surfaces(const Bytes& svg) {
  const std::string text(svg.begin(), svg.end()), word = "surface";
  std::map<std::string, std::string> renamed;
  std::string out;
  std::size_t pos = 0;
  for (std::size_t at; (at = text.find(word, pos)) != std::string::npos;) {
    std::size_t digits = at + word.size(), end = digits;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]))) ++end;
    bool id = at > 0 && (text[at - 1] == '"' || text[at - 1] == '#') && end > digits;
    out.append(text, pos, digits - pos);
    if (id) {
      auto [it, added] = renamed.try_emplace(text.substr(digits, end - digits), "");
      if (added) it->second = std::to_string(renamed.size());
      out += it->second;
    } else {
      out.append(text, digits, end - digits);
    }
    pos = end;
  }
  out.append(text, pos);
  return Bytes(out.begin(), out.end());
}

std::string page_name(std::size_t page) { return "page " + std::to_string(page + 1); }

}  // namespace

struct PagePainter::Impl {
  Impl(const PagedDocument& pages, const font::FontBook& fonts, Diagnostics& messages)
      : doc(pages), diags(messages), faces(pages, fonts, messages) {}

  // The page to paint, or null when there is none (reported here) or its faces were not all
  // found (reported once, when the faces were gathered).
  const Page* find(std::size_t page) {
    if (!faces.complete()) return nullptr;
    if (page < doc.pages.size()) return &doc.pages[page];
    diags.error({}, "cannot paint " + page_name(page) + ": the document has no such page");
    return nullptr;
  }

  // Paints the page onto `surface`: a raster on a white background, or a vector stream, which is
  // then complete. False after reporting a Cairo or font error.
  bool paint(cairo_surface_t* surface, std::size_t page, double scale, bool raster) {
    const int errors_before = diags.error_count();
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    // Outlines as designed: no hinting, and glyphs where the FontBook put them.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_set_font_options(cr, options);
    cairo_font_options_destroy(options);
    if (raster) {
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_paint(cr);
    }
    paint_page(cr, doc.pages[page], faces);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    // A vector surface writes its stream when finished; an image is still to be encoded.
    if (raster)
      cairo_surface_flush(surface);
    else
      cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
    if (status != CAIRO_STATUS_SUCCESS)
      diags.error({}, "cannot paint " + page_name(page) + ": " + cairo_status_to_string(status));
    return diags.error_count() == errors_before;
  }

  const PagedDocument& doc;
  Diagnostics& diags;
  CairoFaces faces;
};

PagePainter::PagePainter(const PagedDocument& doc, const font::FontBook& fonts, Diagnostics& diags)
    : impl_(std::make_unique<Impl>(doc, fonts, diags)) {}

PagePainter::~PagePainter() = default;

std::optional<Bytes> PagePainter::png(std::size_t page, double dpi) {
  const Page* found = impl_->find(page);
  if (!found) return std::nullopt;
  const double scale = dpi / 72;
  int w = static_cast<int>(std::ceil(found->width * scale - 1e-6));
  int h = static_cast<int>(std::ceil(found->height * scale - 1e-6));
  SurfaceHandle surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h),
                        cairo_surface_destroy);
  if (!impl_->paint(surface.get(), page, scale, true)) return std::nullopt;
  Bytes png;
  cairo_status_t status = cairo_surface_write_to_png_stream(surface.get(), append, &png);
  if (status != CAIRO_STATUS_SUCCESS) {
    impl_->diags.error(
        {}, "cannot write " + page_name(page) + " as PNG: " + cairo_status_to_string(status));
    return std::nullopt;
  }
  set_resolution(png, dpi);
  return png;
}

std::optional<Bytes> PagePainter::svg(std::size_t page) {
  const Page* found = impl_->find(page);
  if (!found) return std::nullopt;
  Bytes svg;
  SurfaceHandle surface(
      cairo_svg_surface_create_for_stream(append, &svg, found->width, found->height),
      cairo_surface_destroy);
  cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_PT);
  if (!impl_->paint(surface.get(), page, 1, false)) return std::nullopt;
  return renumber_surfaces(svg);
}

std::optional<Bytes> PagePainter::pdf(std::size_t page, const std::string& title,
                                      const std::string& date) {
  const Page* found = impl_->find(page);
  if (!found) return std::nullopt;
  Bytes pdf;
  SurfaceHandle surface(
      cairo_pdf_surface_create_for_stream(append, &pdf, found->width, found->height),
      cairo_surface_destroy);
  std::string created = (date.empty() ? "1970-01-01" : date) + "T00:00:00Z";
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, created.c_str());
  if (!title.empty())
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  if (!impl_->paint(surface.get(), page, 1, false)) return std::nullopt;
  return pdf;
}

}  // namespace briefing::render
