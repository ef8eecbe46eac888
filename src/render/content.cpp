#include "render/content.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <numbers>
#include <string>
#include <variant>
#include <vector>

#include "base/picture.hpp"
#include "render/deflated.hpp"
#include "render/faces.hpp"

namespace briefing::render {

namespace {

// Coordinates, sizes and colour components are far inside this: a page is A4 or Letter, and
// charts draw only values check_chart admits. Reals this large are still plain fixed notation
// every reader takes, and times 1000 they stay exact in a long long.
constexpr double kLargestNumber = 1e9;

// "72", "72.5", "0.125": fixed notation with at most `decimals` (1 to 3) digits, trailing zeros
// dropped, so the same value is always the same bytes. Integer arithmetic: a page holds
// thousands of numbers. Never an exponent, "nan" or "inf": a number that is not finite or is
// beyond kLargestNumber cannot come from the stages before (the assertion), and in a release
// build is written clamped (NaN as 0) rather than as a token that ends the content stream for
// the reader and loses the rest of the page.
void append_number(std::string& out, double value, int decimals) {
  assert(std::isfinite(value) && std::fabs(value) <= kLargestNumber);
  value = std::isnan(value) ? 0 : std::clamp(value, -kLargestNumber, kLargestNumber);
  static constexpr long long scales[] = {1, 10, 100, 1000};
  long long scale = scales[decimals];
  long long scaled = std::llround(value * double(scale));
  if (scaled < 0) {
    out += '-';
    scaled = -scaled;
  }
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, scaled / scale).ptr;
  out.append(digits, end);
  long long fraction = scaled % scale;
  if (fraction == 0) return;
  out += '.';
  for (long long unit = scale / 10; unit > 0 && fraction > 0; unit /= 10) {
    out += char('0' + fraction / unit);
    fraction %= unit;
  }
}

// The name of the n-th font (from 0) a page's operators use: F1, F2, ... The names are the
// content stream's own; write_contents puts them in the page's resources.
std::string font_resource_name(std::size_t n) { return "F" + std::to_string(n + 1); }
// Likewise the n-th picture: Im1, Im2, ...
std::string picture_resource_name(std::size_t n) { return "Im" + std::to_string(n + 1); }

// One CID of a literal string: the fonts' CIDs are glyph indexes (cid_font.hpp).
// Bytes that a literal string reads specially are escaped; everything else is written as it is,
// half the size of hex.
void append_cid(std::string& out, std::uint32_t c) {
  for (unsigned byte : {unsigned(c >> 8), unsigned(c & 0xFF)}) {
    if (byte == '(' || byte == ')' || byte == '\\') {
      out += '\\';
      out += char(byte);
    } else if (byte == '\r' || byte == '\n') {
      out += byte == '\r' ? "\\r" : "\\n";
    } else {
      out += char(byte);
    }
  }
}

// Writes a page's content stream. Layout has placed every run; the runs of a line that share
// font, size and colour become one TJ array whose numbers move each word to where layout put it
// (justification), measured with the widths the PDF itself declares. Other runs start with a Td.
// State operators are written only when the state changes.
class Painter {
 public:
  Painter(double height, const std::vector<int>& file_of_face)
      : height_(height), file_of_face_(file_of_face) {}

  void operator()(const GlyphRun& run) {
    std::span<const PlacedGlyph> glyphs = drawn_glyphs(run, scratch_);
    if (glyphs.empty()) return;
    begin_text();
    double y = up(run.y);
    bool continues = array_open_ && run.face == face_ && run.size == size_ &&
                     run.color == state_.fill && y == array_y_;
    if (!continues) {
      close_array();
      if (run.face != face_ || run.size != size_) {
        ops_ += '/';
        ops_ += font_name(run.face);
        ops_ += ' ';
        append_number(ops_, run.size, 2);
        ops_ += " Tf\n";
        face_ = run.face;
        size_ = run.size;
      }
      fill_colour(run.color);
      move_text(run.x, y);
      ops_ += '[';
      array_open_ = true;
      array_y_ = y;
      pen_ = line_x_;
    } else {
      // TJ numbers are thousandths of an em, subtracted from the pen.
      long long shift = std::llround((pen_ - run.x) * 1000 / run.size);
      ops_ += ' ';
      ops_ += std::to_string(shift);
      ops_ += ' ';
      pen_ -= double(shift) * run.size / 1000;
    }
    show(run, glyphs);
  }

  void operator()(const Fill& fill) {
    end_text();
    fill_colour(fill.color);
    const Rect& r = fill.rect;
    numbers({r.x, up(r.y + r.h), r.w, r.h});
    ops_ += "re f\n";
  }

  void operator()(const Stroke& stroke) {
    end_text();
    stroke_colour(stroke.color);
    line_width(stroke.width);
    // Rules are solid with the default cap; a chart path may have changed both.
    dash({});
    cap(LineCap::butt);
    numbers({stroke.x1, up(stroke.y1)});
    ops_ += "m ";
    numbers({stroke.x2, up(stroke.y2)});
    ops_ += "l S\n";
  }

  void operator()(const PathBox& path) { (*this)(*path); }

  // A picture is an XObject drawn into its rectangle: a raster fills the unit square, a drawing
  // (a form) its own size in CSS pixels, so the matrix scales either to the rectangle.
  void operator()(const Image& image) {
    const Picture& picture = *image.picture;
    end_text();
    const Rect& r = image.rect;
    double sx = picture.raster() ? r.w : r.w / picture.width;
    double sy = picture.raster() ? r.h : r.h / picture.height;
    ops_ += "q\n";
    for (double v : {sx, 0.0, 0.0, sy, r.x, up(r.y + r.h)}) {
      append_number(ops_, v, 3);
      ops_ += ' ';
    }
    ops_ += "cm\n/";
    ops_ += picture_resource_name(picture_index(image.picture.get()));
    ops_ += " Do\nQ\n";
  }

  void operator()(const Path& path) {
    if (path.ops.empty()) return;
    end_text();
    if (path.clip.empty()) {
      paint(path);
      return;
    }
    // The clip lasts until the matching Q, which also restores the colours and line state set
    // inside it; the cached values must follow.
    const GraphicState saved = state_;
    ops_ += "q\n";
    trace(path.clip);
    ops_ += "W n\n";
    paint(path);
    ops_ += "Q\n";
    state_ = saved;
  }

  // An artifact's items as one marked group (a pagination artifact, subtype watermark, as tagged
  // PDF sorts stamps), turned and made translucent inside q/Q; the state they set ends there.
  void operator()(const Artifact& artifact) {
    end_text();
    const GraphicState saved = state_;
    const FaceId face = face_;
    const double size = size_;
    ops_ += "/Artifact <</Type /Pagination /Subtype /Watermark>> BDC\nq\n";
    if (artifact.rotate != 0) {
      // A turn about (cx, cy): to the origin, turned, and back.
      double turn = artifact.rotate * std::numbers::pi / 180;
      double c = std::cos(turn), s = std::sin(turn), x = artifact.cx, y = up(artifact.cy);
      for (double v : {c, s, -s, c}) {
        append_number(ops_, v, 3);
        ops_ += ' ';
      }
      numbers({x - c * x + s * y, y - s * x - c * y});
      ops_ += "cm\n";
    }
    if (artifact.opacity < 1) ops_ += "/" + state_name(artifact.opacity) + " gs\n";
    for (const Item& item : artifact.items) std::visit(*this, item);
    end_text();
    ops_ += "Q\nEMC\n";
    state_ = saved;
    face_ = face;
    size_ = size;
  }

  std::string finish() {
    end_text();
    return std::move(ops_);
  }

  std::vector<int> fonts() const { return fonts_; }
  std::vector<const Picture*> pictures() const { return pictures_; }
  std::vector<double> opacities() const { return opacities_; }

 private:
  std::string state_name(double opacity) {
    auto it = std::find(opacities_.begin(), opacities_.end(), opacity);
    if (it == opacities_.end()) it = opacities_.insert(it, opacity);
    return "GS" + std::to_string(it - opacities_.begin() + 1);
  }

  std::size_t picture_index(const Picture* picture) {
    auto it = std::find(pictures_.begin(), pictures_.end(), picture);
    if (it == pictures_.end()) it = pictures_.insert(it, picture);
    return std::size_t(it - pictures_.begin());
  }

  std::string font_name(FaceId face) {
    int file = file_of_face_[static_cast<std::size_t>(face)];
    auto it = std::find(fonts_.begin(), fonts_.end(), file);
    if (it == fonts_.end()) it = fonts_.insert(it, file);
    return font_resource_name(std::size_t(it - fonts_.begin()));
  }

  // The run's glyphs as literal strings, each glyph moved to where shaping put it (kerning,
  // mark offsets) by a TJ number wherever the viewer's pen, which advances by the widths the
  // font declares, would put it elsewhere. Each glyph is placed from the run's own start, so
  // rounding never accumulates.
  void show(const GlyphRun& run, std::span<const PlacedGlyph> glyphs) {
    ops_ += '(';
    double wanted = run.x;                     // where shaping's pen is
    const double half_step = run.size / 2000;  // half a thousandth of an em, in points
    for (const PlacedGlyph& glyph : glyphs) {
      double off = pen_ - (wanted + glyph.dx * run.size);
      // Most glyphs sit where the declared widths put them: no rounding to do.
      long long shift = std::fabs(off) < half_step ? 0 : std::llround(off * 1000 / run.size);
      if (shift != 0) {
        ops_ += ')';
        ops_ += std::to_string(shift);
        ops_ += '(';
        pen_ -= double(shift) * run.size / 1000;
      }
      if (glyph.dy != 0) {
        raised(run, glyph);
      } else {
        append_cid(ops_, glyph.id);
      }
      pen_ += pdf_width(glyph.width) * run.size / 1000;
      wanted += glyph.advance * run.size;
    }
    ops_ += ')';
  }

  // A mark placed above or below the baseline: the text rise lifts it alone, outside the array.
  void raised(const GlyphRun& run, const PlacedGlyph& glyph) {
    ops_ += ")] TJ\n";
    append_number(ops_, glyph.dy * run.size, 2);
    ops_ += " Ts [(";
    append_cid(ops_, glyph.id);
    ops_ += ")] TJ\n0 Ts [(";
  }

  void close_array() {
    if (!array_open_) return;
    ops_ += "] TJ\n";
    array_open_ = false;
  }
  // Page coordinates grow downwards from the top; PDF user space grows upwards from the bottom.
  double up(double y) const { return height_ - y; }

  // Coordinates to a hundredth of a point (0.0035 mm), each followed by a space.
  void numbers(std::initializer_list<double> values) {
    for (double v : values) {
      append_number(ops_, v, 2);
      ops_ += ' ';
    }
  }

  // BT resets the text line matrix, so the first Td of a block is absolute.
  void begin_text() {
    if (in_text_) return;
    ops_ += "BT\n";
    in_text_ = true;
    line_x_ = line_y_ = 0;
  }

  void end_text() {
    if (!in_text_) return;
    close_array();
    ops_ += "ET\n";
    in_text_ = false;
  }

  // Td moves from the start of the previous run; the offsets are rounded first and the start
  // kept as written, so rounding never accumulates along a line.
  void move_text(double x, double y) {
    double dx = std::round((x - line_x_) * 100) / 100, dy = std::round((y - line_y_) * 100) / 100;
    numbers({dx, dy});
    ops_ += "Td\n";
    line_x_ += dx;
    line_y_ += dy;
  }

  void colour(const Color& c, const char* op) {
    for (double v : {c.r, c.g, c.b}) {
      append_number(ops_, v, 3);
      ops_ += ' ';
    }
    ops_ += op;
  }

  void fill_colour(const Color& c) {
    if (c == state_.fill) return;
    colour(c, "rg\n");
    state_.fill = c;
  }

  void stroke_colour(const Color& c) {
    if (c == state_.stroke) return;
    colour(c, "RG\n");
    state_.stroke = c;
  }

  void line_width(double width) {
    if (width == state_.line_width) return;
    numbers({width});
    ops_ += "w\n";
    state_.line_width = width;
  }

  void dash(const std::vector<int>& pattern) {
    if (pattern == state_.dash) return;
    ops_ += '[';
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (i) ops_ += ' ';
      ops_ += std::to_string(pattern[i]);
    }
    ops_ += "] 0 d\n";
    state_.dash = pattern;
  }

  void cap(LineCap value) {
    if (value == state_.cap) return;
    ops_ += value == LineCap::round ? "1 J\n" : value == LineCap::square ? "2 J\n" : "0 J\n";
    state_.cap = value;
  }

  void join(LineJoin value) {
    if (value == state_.join) return;
    ops_ += value == LineJoin::round ? "1 j\n" : value == LineJoin::bevel ? "2 j\n" : "0 j\n";
    state_.join = value;
  }

  void trace(const std::vector<PathOp>& ops) {
    for (const PathOp& op : ops) {
      const auto& p = op.p;
      switch (op.verb) {
        case PathVerb::move:
          numbers({p[0].x, up(p[0].y)});
          ops_ += "m\n";
          break;
        case PathVerb::line:
          numbers({p[0].x, up(p[0].y)});
          ops_ += "l\n";
          break;
        case PathVerb::curve:
          numbers({p[0].x, up(p[0].y), p[1].x, up(p[1].y), p[2].x, up(p[2].y)});
          ops_ += "c\n";
          break;
        case PathVerb::close:
          ops_ += "h\n";
          break;
      }
    }
  }

  void paint(const Path& path) {
    if (!path.fill && !path.stroke) return;
    if (path.fill) fill_colour(*path.fill);
    if (path.stroke) {
      stroke_colour(*path.stroke);
      line_width(path.line_width);
      dash(path.dash);
      cap(path.cap);
      join(path.join);
    }
    trace(path.ops);
    ops_ += path.fill && path.stroke ? "B" : path.fill ? "f" : "S";
    ops_ += path.even_odd && path.fill ? "*\n" : "\n";
  }

  // What the content stream has set so far, so operators are written only on a change.
  struct GraphicState {
    Color fill, stroke;
    double line_width = 1;
    std::vector<int> dash;
    LineCap cap = LineCap::butt;
    LineJoin join = LineJoin::miter;
  };

  double height_;
  const std::vector<int>& file_of_face_;
  std::string ops_;
  std::vector<int> fonts_;                // the files named, in order of first use
  std::vector<const Picture*> pictures_;  // likewise
  std::vector<double> opacities_;         // the graphics states named, in order of first use
  std::vector<PlacedGlyph> scratch_;      // a run's glyphs when it has two parts
  bool array_open_ = false;               // a TJ array is being written
  double array_y_ = 0;                    // its baseline
  double pen_ = 0;                        // where the viewer's pen is in it
  bool in_text_ = false;
  double line_x_ = 0, line_y_ = 0;  // where the last Td put the text line
  // The text state (font, size) and colours carry across BT/ET within a page's stream; every
  // stream starts with black fill and stroke, a solid 1 pt line, butt caps and mitred joins.
  FaceId face_ = -1;
  double size_ = 0;
  GraphicState state_;
};

}  // namespace

PageContent paint_page(const Page& page, const std::vector<int>& file_of_face) {
  Painter painter(page.height, file_of_face);
  for (const auto& artifact : page.artifacts)
    if (!artifact.over) painter(artifact);
  for (const auto& item : page.items) std::visit(painter, item);
  for (const auto& artifact : page.artifacts)
    if (artifact.over) painter(artifact);
  return {deflate(painter.finish()), painter.fonts(), painter.pictures(), painter.opacities()};
}

std::string paint_drawing(const Picture& drawing) {
  const std::vector<int> no_fonts;
  Painter painter(drawing.height, no_fonts);
  for (const Path& path : drawing.paths) painter(path);
  return deflate(painter.finish());
}

bool write_contents(haru::ObjectRef target, const PageContent& content,
                    const std::vector<haru::ObjectRef>& by_file,
                    const std::map<const Picture*, haru::ObjectRef>& by_picture,
                    const std::map<double, haru::ObjectRef>& states) {
  std::vector<haru::Resource> fonts, pictures, named_states;
  for (std::size_t n = 0; n < content.fonts.size(); ++n)
    fonts.push_back({font_resource_name(n), by_file[static_cast<std::size_t>(content.fonts[n])]});
  for (std::size_t n = 0; n < content.pictures.size(); ++n)
    pictures.push_back({picture_resource_name(n), by_picture.at(content.pictures[n])});
  for (std::size_t n = 0; n < content.opacities.size(); ++n)
    named_states.push_back({"GS" + std::to_string(n + 1), states.at(content.opacities[n])});
  return haru::set_page_content(target, content.deflated, fonts, pictures, named_states);
}

}  // namespace briefing::render
