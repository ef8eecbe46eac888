#include "render/cairo_painter.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <cairo-ft.h>

#include <algorithm>
#include <cstdint>
#include <numbers>
#include <variant>

#include "render/cairo_pictures.hpp"

namespace briefing::render {

namespace {

// Cairo keeps font faces in its own caches beyond any one picture, and each FT_Face must outlive
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

}  // namespace

struct CairoFaces::Face {
  FT_Face ft = nullptr;
  cairo_font_face_t* cairo = nullptr;  // owns `ft` (kFaceKey)
};

CairoFaces::CairoFaces(const PagedDocument& doc, const font::FontBook& fonts, Diagnostics& diags)
    : fonts_(fonts),
      diags_(diags),
      errors_before_(diags.error_count()),
      files_(font_files(doc, fonts, diags)),
      file_of_face_(file_of_face(files_, fonts)),
      complete_(diags.error_count() == errors_before_),
      opened_(files_.size()),
      failed_(files_.size()) {}

CairoFaces::~CairoFaces() {
  for (const auto& face : opened_)
    if (face) cairo_font_face_destroy(face->cairo);
}

const CairoFaces::Face* CairoFaces::get(FaceId id) {
  if (id < 0 || static_cast<std::size_t>(id) >= file_of_face_.size()) return nullptr;
  const int index = file_of_face_[static_cast<std::size_t>(id)];
  if (index < 0) return nullptr;
  const auto file = static_cast<std::size_t>(index);
  if (opened_[file] || failed_[file]) return opened_[file].get();
  FT_Face ft = nullptr;
  if (!freetype() ||
      FT_New_Face(freetype(), files_[file].path.c_str(), FT_Long(files_[file].index), &ft) != 0) {
    failed_[file] = true;
    diags_.error(files_[file].declared,
                 "cannot open font '" + files_[file].path + "' to paint the pages");
    return nullptr;
  }
  auto face = std::make_unique<Face>();
  face->ft = ft;
  face->cairo = cairo_ft_font_face_create_for_ft_face(ft, FT_LOAD_NO_HINTING);
  cairo_font_face_set_user_data(face->cairo, &kFaceKey, ft, done_face);
  opened_[file] = std::move(face);
  return opened_[file].get();
}

namespace {

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

class ItemPainter {
 public:
  ItemPainter(cairo_t* cr, CairoFaces& faces) : cr_(cr), faces_(faces) {}

  void operator()(const GlyphRun& run) {
    const CairoFaces::Face* face = faces_.get(run.face);
    std::vector<PlacedGlyph> scratch;
    std::span<const PlacedGlyph> placed = drawn_glyphs(run, scratch);
    if (!face || placed.empty()) return;
    cairo_set_font_face(cr_, face->cairo);
    cairo_set_font_size(cr_, run.size);
    colour(run.color);
    // The shaped glyphs where the PDF renderer places them; the clusters keep the text, so a
    // PDF picture's text can be copied.
    std::vector<cairo_glyph_t> glyphs;
    glyphs.reserve(placed.size());
    double x = run.x;
    for (const PlacedGlyph& glyph : placed) {
      glyphs.push_back({glyph.id, x + glyph.dx * run.size, run.y - glyph.dy * run.size});
      x += glyph.advance * run.size;
    }
    std::vector<cairo_text_cluster_t> clusters = text_clusters(run, placed);
    if (clusters.empty()) {
      cairo_show_glyphs(cr_, glyphs.data(), static_cast<int>(glyphs.size()));
      return;
    }
    cairo_show_text_glyphs(
        cr_, run.text.data(), static_cast<int>(run.text.size()), glyphs.data(),
        static_cast<int>(glyphs.size()), clusters.data(), static_cast<int>(clusters.size()),
        run.rtl ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD : cairo_text_cluster_flags_t{});
  }

  // Cairo's clusters (bytes, glyphs) in the glyphs' order: consecutive glyphs of one HarfBuzz
  // cluster form one. Empty when the clusters do not cover the text in order.
  static std::vector<cairo_text_cluster_t> text_clusters(const GlyphRun& run,
                                                         std::span<const PlacedGlyph> placed) {
    std::vector<cairo_text_cluster_t> clusters;
    std::vector<std::uint32_t> starts;
    for (const PlacedGlyph& glyph : placed) {
      if (starts.empty() || starts.back() != glyph.cluster) {
        starts.push_back(glyph.cluster);
        clusters.push_back({0, 0});
      }
      ++clusters.back().num_glyphs;
    }
    if (run.rtl) std::reverse(starts.begin(), starts.end());
    for (std::size_t i = 0; i < starts.size(); ++i) {
      std::size_t end = i + 1 < starts.size() ? starts[i + 1] : run.text.size();
      if ((i == 0 && starts[i] != 0) || end <= starts[i]) return {};
      std::size_t k = run.rtl ? starts.size() - 1 - i : i;
      clusters[k].num_bytes = int(end - starts[i]);
    }
    return clusters;
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

  void operator()(const Image& image) {
    const Picture& picture = *image.picture;
    const Rect& r = image.rect;
    cairo_save(cr_);
    cairo_translate(cr_, r.x, r.y);
    cairo_scale(cr_, r.w / picture.width, r.h / picture.height);
    if (!picture.raster()) {
      for (const Path& path : picture.paths) (*this)(path);
    } else if (cairo_surface_t* pixels = raster_surface(picture)) {
      cairo_set_source_surface(cr_, pixels, 0, 0);
      cairo_pattern_set_filter(cairo_get_source(cr_), CAIRO_FILTER_GOOD);
      cairo_rectangle(cr_, 0, 0, picture.width, picture.height);
      cairo_fill(cr_);
      cairo_surface_destroy(pixels);
    }
    cairo_restore(cr_);
  }

  void operator()(const Path& path) {
    cairo_save(cr_);
    if (!path.clip.empty()) {
      trace(cr_, path.clip);
      cairo_clip(cr_);
    }
    trace(cr_, path.ops);
    cairo_set_fill_rule(cr_, path.even_odd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING);
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
  CairoFaces& faces_;
};

}  // namespace

void paint_items(cairo_t* cr, const std::vector<Item>& items, CairoFaces& faces) {
  ItemPainter painter(cr, faces);
  for (const Item& item : items) std::visit(painter, item);
}

// Turned about its centre (Cairo's y grows downwards, so a counterclockwise turn is a negative
// angle) and painted through a group at its opacity.
void paint_artifact(cairo_t* cr, const Artifact& artifact, CairoFaces& faces) {
  cairo_save(cr);
  cairo_translate(cr, artifact.cx, artifact.cy);
  cairo_rotate(cr, -artifact.rotate * std::numbers::pi / 180);
  cairo_translate(cr, -artifact.cx, -artifact.cy);
  cairo_push_group(cr);
  paint_items(cr, artifact.items, faces);
  cairo_pop_group_to_source(cr);
  cairo_paint_with_alpha(cr, artifact.opacity);
  cairo_restore(cr);
}

void paint_page(cairo_t* cr, const Page& page, CairoFaces& faces) {
  for (const Artifact& artifact : page.artifacts)
    if (!artifact.over) paint_artifact(cr, artifact, faces);
  paint_items(cr, page.items, faces);
  for (const Artifact& artifact : page.artifacts)
    if (artifact.over) paint_artifact(cr, artifact, faces);
}

}  // namespace briefing::render
