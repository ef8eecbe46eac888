#include "render/content.hpp"

#include <hpdf_pages.h>

#include <charconv>
#include <cmath>
#include <string>
#include <variant>
#include <vector>

#include "base/unicode.hpp"

namespace briefing::render {

namespace {

// "72", "72.5", "0.125": fixed notation, trailing zeros dropped, so the same value is always the
// same bytes.
void append_number(std::string& out, double value, int decimals) {
  char digits[32];
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  if (rounded == 0) rounded = 0;  // no "-0"
  auto [end, ec] =
      std::to_chars(digits, digits + sizeof digits, rounded, std::chars_format::fixed, decimals);
  std::string_view text(digits, static_cast<std::size_t>(end - digits));
  if (text.find('.') != std::string_view::npos) {
    while (text.back() == '0') text.remove_suffix(1);
    if (text.back() == '.') text.remove_suffix(1);
  }
  out += text;
}

// The run as a hex string of CIDs: libharu's UTF-8 encoder makes fonts whose CIDs are the code
// points; beyond the BMP it prints a space, as faces.cpp warns.
void append_cids(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  out += '<';
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = next_code_point(text, pos);
    if (c > 0xFFFF) c = U' ';
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(c >> shift) & 0xF];
  }
  out += "> Tj\n";
}

// Text goes into the page's content stream as operators written here rather than through
// HPDF_Page_TextOut, which formats every number with a 512-byte scratch buffer and measures
// every string again; layout has already placed each run. Other operators go through libharu,
// after the text written so far.
class Painter {
 public:
  Painter(HPDF_Page page, double height, const std::vector<HPDF_Font>& fonts)
      : page_(page), height_(height), fonts_(fonts) {}

  void operator()(const GlyphRun& run) {
    if (run.text.empty()) return;
    begin_text();
    HPDF_Font font = fonts_[static_cast<std::size_t>(run.face)];
    if (font != font_ || run.size != size_) {
      ops_ += '/';
      ops_ += HPDF_Page_GetLocalFontName(page_, font);
      ops_ += ' ';
      append_number(ops_, run.size, 2);
      ops_ += " Tf\n";
      font_ = font;
      size_ = run.size;
    }
    fill_colour(run.color);
    move_text(run.x, up(run.y));
    append_cids(ops_, run.text);
  }

  void operator()(const Fill& fill) {
    end_text();
    fill_colour(fill.color);
    const Rect& r = fill.rect;
    HPDF_Page_Rectangle(haru(), r.x, up(r.y + r.h), r.w, r.h);
    HPDF_Page_Fill(page_);
  }

  void operator()(const Stroke& stroke) {
    end_text();
    flush();
    stroke_colour(stroke.color);
    line_width(stroke.width);
    // Rules are solid with the default cap; a chart path may have changed both.
    if (!state_.dash.empty()) {
      HPDF_Page_SetDash(page_, nullptr, 0, 0);
      state_.dash.clear();
    }
    if (state_.cap != LineCap::butt) {
      HPDF_Page_SetLineCap(page_, HPDF_BUTT_END);
      state_.cap = LineCap::butt;
    }
    HPDF_Page_MoveTo(page_, stroke.x1, up(stroke.y1));
    HPDF_Page_LineTo(page_, stroke.x2, up(stroke.y2));
    HPDF_Page_Stroke(page_);
  }

  void operator()(const Path& path) {
    if (path.ops.empty()) return;
    end_text();
    flush();
    if (path.clip.empty()) {
      paint(path);
      return;
    }
    // The clip lasts until the matching Q, which also restores the colours and line state set
    // inside it; the cached values must follow.
    const GraphicState saved = state_;
    HPDF_Page_GSave(page_);
    trace(path.clip);
    HPDF_Page_Clip(page_);
    HPDF_Page_EndPath(page_);
    paint(path);
    HPDF_Page_GRestore(page_);
    state_ = saved;
  }

  void end_text() {
    if (!in_text_) return;
    ops_ += "ET\n";
    in_text_ = false;
  }

  // Writes the operators held back so far; libharu's own come after them.
  void flush() {
    if (ops_.empty()) return;
    auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
    HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(ops_.data()),
                      static_cast<HPDF_UINT>(ops_.size()));
    ops_.clear();
  }

 private:
  // Page coordinates grow downwards from the top; PDF user space grows upwards from the bottom.
  double up(double y) const { return height_ - y; }

  HPDF_Page haru() {
    flush();
    return page_;
  }

  // BT resets the text line matrix, so the first Td of a block is absolute.
  void begin_text() {
    if (in_text_) return;
    ops_ += "BT\n";
    in_text_ = true;
    line_x_ = line_y_ = 0;
  }

  // Td moves from the start of the previous run; the offsets are rounded first and the start
  // kept as written, so rounding never accumulates along a line.
  void move_text(double x, double y) {
    double dx = std::round((x - line_x_) * 100) / 100, dy = std::round((y - line_y_) * 100) / 100;
    append_number(ops_, dx, 2);
    ops_ += ' ';
    append_number(ops_, dy, 2);
    ops_ += " Td\n";
    line_x_ += dx;
    line_y_ += dy;
  }

  void fill_colour(const Color& c) {
    if (c == state_.fill) return;
    for (double v : {c.r, c.g, c.b}) {
      append_number(ops_, v, 3);
      ops_ += ' ';
    }
    ops_ += "rg\n";
    state_.fill = c;
    if (!in_text_) flush();  // a fill or path drawn by libharu follows
  }

  void stroke_colour(const Color& c) {
    if (c == state_.stroke) return;
    HPDF_Page_SetRGBStroke(page_, c.r, c.g, c.b);
    state_.stroke = c;
  }

  void line_width(double width) {
    if (width == state_.line_width) return;
    HPDF_Page_SetLineWidth(page_, width);
    state_.line_width = width;
  }

  void line_style(const Path& path) {
    line_width(path.line_width);
    if (path.dash != state_.dash) {
      std::vector<HPDF_UINT16> pattern(path.dash.begin(), path.dash.end());
      HPDF_Page_SetDash(page_, pattern.empty() ? nullptr : pattern.data(),
                        static_cast<HPDF_UINT>(pattern.size()), 0);
      state_.dash = path.dash;
    }
    if (path.cap != state_.cap) {
      HPDF_Page_SetLineCap(page_, path.cap == LineCap::round    ? HPDF_ROUND_END
                                  : path.cap == LineCap::square ? HPDF_PROJECTING_SCUARE_END
                                                                : HPDF_BUTT_END);
      state_.cap = path.cap;
    }
    if (path.join != state_.join) {
      HPDF_Page_SetLineJoin(page_, path.join == LineJoin::round   ? HPDF_ROUND_JOIN
                                   : path.join == LineJoin::bevel ? HPDF_BEVEL_JOIN
                                                                  : HPDF_MITER_JOIN);
      state_.join = path.join;
    }
  }

  void trace(const std::vector<PathOp>& ops) {
    for (const PathOp& op : ops) {
      const auto& p = op.p;
      switch (op.verb) {
        case PathVerb::move:
          HPDF_Page_MoveTo(page_, p[0].x, up(p[0].y));
          break;
        case PathVerb::line:
          HPDF_Page_LineTo(page_, p[0].x, up(p[0].y));
          break;
        case PathVerb::curve:
          HPDF_Page_CurveTo(page_, p[0].x, up(p[0].y), p[1].x, up(p[1].y), p[2].x, up(p[2].y));
          break;
        case PathVerb::close:
          HPDF_Page_ClosePath(page_);
          break;
      }
    }
  }

  void paint(const Path& path) {
    if (!path.fill && !path.stroke) return;
    if (path.fill) fill_colour(*path.fill);
    if (path.stroke) {
      stroke_colour(*path.stroke);
      line_style(path);
    }
    trace(path.ops);
    if (path.fill && path.stroke)
      HPDF_Page_FillStroke(page_);
    else if (path.fill)
      HPDF_Page_Fill(page_);
    else
      HPDF_Page_Stroke(page_);
  }

  // What the content stream has set so far, so operators are written only on a change.
  struct GraphicState {
    Color fill, stroke;
    double line_width = 1;
    std::vector<int> dash;
    LineCap cap = LineCap::butt;
    LineJoin join = LineJoin::miter;
  };

  HPDF_Page page_;
  double height_;
  const std::vector<HPDF_Font>& fonts_;
  std::string ops_;  // written but not yet in the stream
  bool in_text_ = false;
  double line_x_ = 0, line_y_ = 0;  // where the last Td put the text line
  // The text state (font, size) and colours carry across BT/ET within a page's stream; every
  // stream starts with black fill and stroke, a solid 1 pt line, butt caps and mitred joins.
  HPDF_Font font_ = nullptr;
  double size_ = 0;
  GraphicState state_;
};

}  // namespace

void paint_page(HPDF_Page target, const Page& page, const std::vector<HPDF_Font>& fonts) {
  Painter painter(target, page.height, fonts);
  for (const auto& item : page.items) std::visit(painter, item);
  painter.end_text();
  painter.flush();
}

}  // namespace briefing::render
