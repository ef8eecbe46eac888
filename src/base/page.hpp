#pragma once
// The finished layout: pages of positioned items. Layout writes it, renderers only read it.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "base/diag.hpp"
#include "base/geom.hpp"

namespace briefing {

using FaceId = int;  // index into the FontBook's faces

// One glyph of shaped text (HarfBuzz), in ems of its face: multiply by the type size.
struct PlacedGlyph {
  std::uint32_t id = 0;       // glyph index in the face's font file
  float advance = 0;          // where the pen moves after it, kerning included
  float dx = 0, dy = 0;       // offset of the glyph from the pen (dy up, as fonts measure)
  std::uint32_t cluster = 0;  // byte offset in the run's text of the first character it draws
  float width = 0;            // the font's own advance, without kerning: what the PDF declares
};

// Text set in one face; x,y is the start of the baseline (page coordinates, y down). The glyphs
// are in visual order (left to right) and every renderer draws them as they are; `text` is what
// they say, in logical order, for copying out of the PDF.
// The glyphs are not the run's own: the font::FontBook that shaped them holds them, each word
// once however often it is set, and outlives the pages drawn from it. A word and the spaces
// after it are shaped apart (a word's glyphs do not depend on what follows it), so a run has
// two parts.
struct GlyphRun {
  FaceId face = 0;
  double size = 10;
  double x = 0, y = 0;
  std::string text;  // NFC UTF-8; every character is covered by `face`
  Color color;
  std::span<const PlacedGlyph> glyphs{};  // what text's first `spaces_at` bytes draw (all of it
                                          // when there are no spaces)
  bool rtl = false;  // set right to left: the glyphs' clusters run backwards through `text`
  std::span<const PlacedGlyph> spaces{};  // what the rest draws, clusters counted from spaces_at
  std::uint32_t spaces_at = 0;
};

// A run's glyphs in visual order (a right-to-left run's spaces come first), their clusters
// counted from the start of its text. The run's own glyphs when it has no spaces; otherwise both
// parts, copied into `scratch`.
inline std::span<const PlacedGlyph> drawn_glyphs(const GlyphRun& run,
                                                 std::vector<PlacedGlyph>& scratch) {
  if (run.spaces.empty()) return run.glyphs;
  scratch.clear();
  auto add_spaces = [&] {
    for (PlacedGlyph glyph : run.spaces) {
      glyph.cluster += run.spaces_at;
      scratch.push_back(glyph);
    }
  };
  if (run.rtl) add_spaces();
  scratch.insert(scratch.end(), run.glyphs.begin(), run.glyphs.end());
  if (!run.rtl) add_spaces();
  return scratch;
}

struct Fill {
  Rect rect;
  Color color;
};

struct Stroke {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color;
};

struct PathPoint {
  double x = 0, y = 0;
};

enum class PathVerb { move, line, curve, close };

// One segment of a path: move and line use p[0]; a cubic curve has its two control points in
// p[0] and p[1] and ends at p[2]; close uses none.
struct PathOp {
  PathVerb verb = PathVerb::move;
  std::array<PathPoint, 3> p{};
};

enum class LineCap { butt, round, square };
enum class LineJoin { miter, round, bevel };

// Vector geometry (charts): filled with the nonzero rule, then stroked. Coordinates are page
// coordinates like every other item.
struct Path {
  std::vector<PathOp> ops;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  double line_width = 0.5;
  // On/off lengths in whole points, 1 to 100 each, at most 8 (what libharu can write); empty =
  // solid.
  std::vector<int> dash;
  LineCap cap = LineCap::butt;
  LineJoin join = LineJoin::miter;
  // When not empty, painting is limited to the inside of this closed outline (hatching).
  std::vector<PathOp> clip;
  // Filled with the even-odd rule instead (an SVG's fill-rule="evenodd").
  bool even_odd = false;
};

// A Path kept out of line, with the value semantics of a Path: a page holds thousands of items,
// nearly all of them glyph runs, and a variant is as large as its largest alternative (a Path in
// place made every item 160 bytes; boxed, 96).
class PathBox {
 public:
  // Implicit, so that a Path goes into an Item as it is.
  PathBox(Path path) : path_(std::make_unique<Path>(std::move(path))) {}
  PathBox(const PathBox& other) : path_(std::make_unique<Path>(*other.path_)) {}
  PathBox(PathBox&&) noexcept = default;
  PathBox& operator=(const PathBox& other) {
    path_ = std::make_unique<Path>(*other.path_);
    return *this;
  }
  PathBox& operator=(PathBox&&) noexcept = default;
  ~PathBox() = default;

  const Path& operator*() const { return *path_; }
  Path& operator*() { return *path_; }
  const Path* operator->() const { return path_.get(); }
  Path* operator->() { return path_.get(); }

 private:
  std::unique_ptr<Path> path_;
};

struct Picture;  // base/picture.hpp

// A picture (<image>) shown in `rect`, scaled to fill it. Pictures are shared: every Image of
// the same file points to the same Picture, which the PDF stores once.
struct Image {
  Rect rect;
  std::shared_ptr<const Picture> picture;
  std::string alt;  // what it shows, for tagging; empty: decorative
};

using Item = std::variant<GlyphRun, Fill, Stroke, PathBox, Image>;

// `item` moved by (dx, dy): placing content that was set relative to its box.
inline Item translated(Item item, double dx, double dy) {
  auto move_ops = [&](std::vector<PathOp>& ops) {
    for (PathOp& op : ops)
      for (PathPoint& point : op.p) point.x += dx, point.y += dy;
  };
  std::visit(
      [&](auto& it) {
        using T = std::decay_t<decltype(it)>;
        if constexpr (std::is_same_v<T, GlyphRun>) {
          it.x += dx, it.y += dy;
        } else if constexpr (std::is_same_v<T, Fill> || std::is_same_v<T, Image>) {
          it.rect.x += dx, it.rect.y += dy;
        } else if constexpr (std::is_same_v<T, Stroke>) {
          it.x1 += dx, it.x2 += dx, it.y1 += dy, it.y2 += dy;
        } else {
          move_ops(it->ops);
          move_ops(it->clip);
        }
      },
      item);
  return item;
}

// A clickable area that jumps to a page of the same document.
struct PageLink {
  Rect rect;
  int target_page = 0;  // 0-based
  double target_y = 0;  // page coordinates of the destination's top
};

struct UriLink {
  Rect rect;
  std::string uri;
};

// Printed apart from a page's content, under or over it as one group (a stamp: a watermark, a
// classification line). Renderers mark it as an artifact, so that a tagged PDF and a reader's
// text tools do not take it for the document's text.
struct Artifact {
  std::vector<Item> items;  // page coordinates, before the turn
  bool over = false;        // painted over the items, else under them
  double opacity = 1;
  double rotate = 0;  // degrees, counterclockwise, about (cx, cy)
  double cx = 0, cy = 0;
};

struct Page {
  double width = 595.276, height = 841.89;
  std::vector<Item> items;  // in painting order
  std::vector<PageLink> links;
  std::vector<UriLink> uris;
  std::vector<Artifact> artifacts{};  // in painting order, under then over the items
  // For professional printing: the finished page (TrimBox) inside the paper, and how far what
  // prints to its edge runs past it (BleedBox); w = 0: the page is the paper.
  Rect trim{};
  double bleed = 0;
};

// Every item a page paints, its artifacts' included, in no particular order (for what collects
// glyphs or checks limits).
template <class Visit>
void for_each_item(const Page& page, Visit&& visit) {
  for (const Artifact& artifact : page.artifacts)
    for (const Item& item : artifact.items) visit(item);
  for (const Item& item : page.items) visit(item);
}

struct OutlineEntry {
  std::string title;
  int level = 1;     // 1 = top level
  int page = 0;      // 0-based
  double y = 0;      // page coordinates of the heading's top
  Location where{};  // of the heading, for the writer's messages
};

struct DocInfo {
  std::string title, author, subject, keywords, language, creator;
  std::string date;  // ISO 8601 date from the brief, never the clock
  // Where the brief gives each text, for the writer's messages.
  Location title_where{}, author_where{}, subject_where{}, keywords_where{}, language_where{};
};

struct PagedDocument {
  DocInfo info;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
};

}  // namespace briefing
