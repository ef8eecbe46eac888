#include "render/content.hpp"

#include <variant>

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
    if (stroke.width != line_width_) {
      HPDF_Page_SetLineWidth(page_, stroke.width);
      line_width_ = stroke.width;
    }
    HPDF_Page_MoveTo(page_, stroke.x1, up(stroke.y1));
    HPDF_Page_LineTo(page_, stroke.x2, up(stroke.y2));
    HPDF_Page_Stroke(page_);
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
    if (c == fill_) return;
    HPDF_Page_SetRGBFill(page_, c.r, c.g, c.b);
    fill_ = c;
  }

  void stroke_colour(const Color& c) {
    if (c == stroke_) return;
    HPDF_Page_SetRGBStroke(page_, c.r, c.g, c.b);
    stroke_ = c;
  }

  HPDF_Page page_;
  double height_;
  const std::vector<HPDF_Font>& fonts_;
  bool in_text_ = false;
  // The text state (font, size) and colours carry across BT/ET within a page's stream; every
  // stream starts with black fill and stroke and a 1 pt line.
  HPDF_Font font_ = nullptr;
  double size_ = 0;
  Color fill_, stroke_;
  double line_width_ = 1;
};

}  // namespace

void paint_page(HPDF_Page target, const Page& page, const std::vector<HPDF_Font>& fonts) {
  Painter painter(target, page.height, fonts);
  for (const auto& item : page.items) std::visit(painter, item);
  painter.end_text();
}

}  // namespace briefing::render
