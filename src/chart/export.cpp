#include "chart/export.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <zlib.h>

#include <cctype>
#include <cmath>
#include <map>
#include <memory>
#include <variant>

#include "base/unicode.hpp"

namespace briefing::chart {

namespace {

// Cairo keeps font faces in its own caches beyond any one export, and each FT_Face must outlive
// its cairo face, so the FreeType library lives as long as the process.
FT_Library freetype() {
  static FT_Library library = [] {
    FT_Library made = nullptr;
    return FT_Init_FreeType(&made) == 0 ? made : nullptr;
  }();
  return library;
}

const cairo_user_data_key_t kFaceKey{};

void done_face(void* face) { FT_Done_Face(static_cast<FT_Face>(face)); }

struct FontFace {
  FT_Face ft = nullptr;
  cairo_font_face_t* cairo = nullptr;
};

// Cairo faces for the FontBook's faces, opened on first use from the same files.
class Faces {
 public:
  Faces(const font::FontBook& fonts, Diagnostics& diags) : fonts_(fonts), diags_(diags) {}
  ~Faces() {
    for (auto& [id, face] : faces_) cairo_font_face_destroy(face.cairo);
  }
  Faces(const Faces&) = delete;
  Faces& operator=(const Faces&) = delete;

  const FontFace* get(FaceId id) {
    auto found = faces_.find(id);
    if (found != faces_.end()) return &found->second;
    const std::string& path = fonts_.info(id).path;
    FontFace face;
    if (!freetype() || FT_New_Face(freetype(), path.c_str(), 0, &face.ft) != 0) {
      diags_.error({path}, "cannot open the font file for the chart export");
      return nullptr;
    }
    face.cairo = cairo_ft_font_face_create_for_ft_face(face.ft, FT_LOAD_NO_HINTING);
    cairo_font_face_set_user_data(face.cairo, &kFaceKey, face.ft, done_face);
    return &faces_.emplace(id, face).first->second;
  }

  const font::FontBook& fonts() const { return fonts_; }

 private:
  const font::FontBook& fonts_;
  Diagnostics& diags_;
  std::map<FaceId, FontFace> faces_;
};

void trace(cairo_t* cr, const std::vector<PathOp>& ops) {
  for (const PathOp& op : ops) {
    const auto& p = op.p;
    switch (op.verb) {
      case PathVerb::move:
        cairo_move_to(cr, p[0].x, p[0].y);
        break;
      case PathVerb::line:
        cairo_line_to(cr, p[0].x, p[0].y);
        break;
      case PathVerb::curve:
        cairo_curve_to(cr, p[0].x, p[0].y, p[1].x, p[1].y, p[2].x, p[2].y);
        break;
      case PathVerb::close:
        cairo_close_path(cr);
        break;
    }
  }
}

class Painter {
 public:
  Painter(cairo_t* cr, Faces& faces) : cr_(cr), faces_(faces) {}

  void operator()(const GlyphRun& run) {
    const FontFace* face = faces_.get(run.face);
    if (!face) return;
    cairo_set_font_face(cr_, face->cairo);
    cairo_set_font_size(cr_, run.size);
    colour(run.color);
    // One glyph per character at the FontBook's advance, as the PDF renderer places them; the
    // clusters keep the text, so the PDF export's labels can be copied.
    std::vector<cairo_glyph_t> glyphs;
    std::vector<cairo_text_cluster_t> clusters;
    double x = run.x;
    std::size_t pos = 0;
    while (pos < run.text.size()) {
      std::size_t start = pos;
      char32_t c = next_code_point(run.text, pos);
      glyphs.push_back({FT_Get_Char_Index(face->ft, c), x, run.y});
      clusters.push_back({static_cast<int>(pos - start), 1});
      x += faces_.fonts().advance(run.face, c) * run.size;
    }
    cairo_show_text_glyphs(cr_, run.text.data(), static_cast<int>(run.text.size()), glyphs.data(),
                           static_cast<int>(glyphs.size()), clusters.data(),
                           static_cast<int>(clusters.size()), cairo_text_cluster_flags_t{});
  }

  void operator()(const Fill& fill) {
    colour(fill.color);
    cairo_rectangle(cr_, fill.rect.x, fill.rect.y, fill.rect.w, fill.rect.h);
    cairo_fill(cr_);
  }

  void operator()(const Stroke& stroke) {
    colour(stroke.color);
    cairo_set_line_width(cr_, stroke.width);
    cairo_set_dash(cr_, nullptr, 0, 0);
    cairo_set_line_cap(cr_, CAIRO_LINE_CAP_BUTT);
    cairo_move_to(cr_, stroke.x1, stroke.y1);
    cairo_line_to(cr_, stroke.x2, stroke.y2);
    cairo_stroke(cr_);
  }

  void operator()(const PathBox& path) { (*this)(*path); }

  void operator()(const Path& path) {
    cairo_save(cr_);
    if (!path.clip.empty()) {
      trace(cr_, path.clip);
      cairo_clip(cr_);
    }
    trace(cr_, path.ops);
    if (path.fill) {
      colour(*path.fill);
      cairo_fill_preserve(cr_);
    }
    if (path.stroke) {
      colour(*path.stroke);
      line_style(path);
      cairo_stroke_preserve(cr_);
    }
    cairo_new_path(cr_);
    cairo_restore(cr_);
  }

 private:
  void colour(const Color& c) { cairo_set_source_rgb(cr_, c.r, c.g, c.b); }

  void line_style(const Path& path) {
    cairo_set_line_width(cr_, path.line_width);
    std::vector<double> dash(path.dash.begin(), path.dash.end());
    cairo_set_dash(cr_, dash.data(), static_cast<int>(dash.size()), 0);
    cairo_set_line_cap(cr_, path.cap == LineCap::round    ? CAIRO_LINE_CAP_ROUND
                            : path.cap == LineCap::square ? CAIRO_LINE_CAP_SQUARE
                                                          : CAIRO_LINE_CAP_BUTT);
    cairo_set_line_join(cr_, path.join == LineJoin::round   ? CAIRO_LINE_JOIN_ROUND
                             : path.join == LineJoin::bevel ? CAIRO_LINE_JOIN_BEVEL
                                                            : CAIRO_LINE_JOIN_MITER);
  }

  cairo_t* cr_;
  Faces& faces_;
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  auto* out = static_cast<Bytes*>(closure);
  out->insert(out->end(), data, data + length);
  return CAIRO_STATUS_SUCCESS;
}

// Paints the frame onto `surface`: a raster on a white background, or a vector stream, which is
// then complete. False after reporting a Cairo or font error.
bool paint(cairo_surface_t* surface, const Frame& frame, double scale, bool raster,
           const font::FontBook& fonts, Diagnostics& diags) {
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
  {
    Faces faces(fonts, diags);
    Painter painter(cr, faces);
    for (const Item& item : frame.items) std::visit(painter, item);
    cairo_status_t status = cairo_status(cr);
    cairo_destroy(cr);
    // A vector surface writes its stream when finished; an image is still to be encoded.
    if (raster)
      cairo_surface_flush(surface);
    else
      cairo_surface_finish(surface);
    if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(surface);
    if (status != CAIRO_STATUS_SUCCESS)
      diags.error({}, std::string("cannot draw the chart: ") + cairo_status_to_string(status));
  }
  return diags.error_count() == errors_before;
}

using SurfaceHandle = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

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

// Cairo numbers SVG surfaces with a counter over the whole process, so the same chart would come
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

}  // namespace

std::optional<Bytes> to_png(const Frame& frame, const font::FontBook& fonts, Diagnostics& diags,
                            double dpi) {
  const double scale = dpi / 72;
  int w = static_cast<int>(std::ceil(frame.width * scale - 1e-6));
  int h = static_cast<int>(std::ceil(frame.height * scale - 1e-6));
  SurfaceHandle surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h),
                        cairo_surface_destroy);
  if (!paint(surface.get(), frame, scale, true, fonts, diags)) return std::nullopt;
  Bytes png;
  cairo_status_t status = cairo_surface_write_to_png_stream(surface.get(), append, &png);
  if (status != CAIRO_STATUS_SUCCESS) {
    diags.error({},
                std::string("cannot write the chart as PNG: ") + cairo_status_to_string(status));
    return std::nullopt;
  }
  set_resolution(png, dpi);
  return png;
}

std::optional<Bytes> to_svg(const Frame& frame, const font::FontBook& fonts, Diagnostics& diags) {
  Bytes svg;
  SurfaceHandle surface(
      cairo_svg_surface_create_for_stream(append, &svg, frame.width, frame.height),
      cairo_surface_destroy);
  cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_PT);
  if (!paint(surface.get(), frame, 1, false, fonts, diags)) return std::nullopt;
  return renumber_surfaces(svg);
}

std::optional<Bytes> to_pdf(const Frame& frame, const font::FontBook& fonts, const PdfInfo& info,
                            Diagnostics& diags) {
  Bytes pdf;
  SurfaceHandle surface(
      cairo_pdf_surface_create_for_stream(append, &pdf, frame.width, frame.height),
      cairo_surface_destroy);
  std::string date = (info.date.empty() ? "1970-01-01" : info.date) + "T00:00:00Z";
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, date.c_str());
  if (!info.title.empty())
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, info.title.c_str());
  if (!paint(surface.get(), frame, 1, false, fonts, diags)) return std::nullopt;
  return pdf;
}

}  // namespace briefing::chart
