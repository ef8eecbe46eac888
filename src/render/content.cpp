#include "render/content.hpp"

#include <variant>
#include <vector>

namespace briefing::render {

namespace {

class Painter {
 public:
  Painter(HPDF_Page page, double height, const std::vector<HPDF_Font>& fonts)
      : page_(page), height_(height), fonts_(fonts) {}

  void operator()(const GlyphRun& run) {
    if (run.text.empty()) return;
    begin_text();
    HPDF_Font font = fonts_[static_cast<std::size_t>(run.face)];
    if (font != font_ || run.size != size_) {
      HPDF_Page_SetFontAndSize(page_, font, run.size);
      font_ = font;
      size_ = run.size;
    }
    fill_colour(run.color);
    HPDF_Page_TextOut(page_, run.x, up(run.y), run.text.c_str());
  }

  void operator()(const Fill& fill) {
    end_text();
    fill_colour(fill.color);
    const Rect& r = fill.rect;
    HPDF_Page_Rectangle(page_, r.x, up(r.y + r.h), r.w, r.h);
    HPDF_Page_Fill(page_);
  }

  void operator()(const Stroke& stroke) {
    end_text();
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
    HPDF_Page_EndText(page_);
    in_text_ = false;
  }

 private:
  // Page coordinates grow downwards from the top; PDF user space grows upwards from the bottom.
  double up(double y) const { return height_ - y; }

  void begin_text() {
    if (in_text_) return;
    HPDF_Page_BeginText(page_);
    in_text_ = true;
  }

  void fill_colour(const Color& c) {
    if (c == state_.fill) return;
    HPDF_Page_SetRGBFill(page_, c.r, c.g, c.b);
    state_.fill = c;
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
  bool in_text_ = false;
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
}

}  // namespace briefing::render
