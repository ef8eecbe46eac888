#include "layout/paragraph.hpp"

#include <algorithm>
#include <cmath>

#include "layout/knuth_plass.hpp"
#include "layout/linebreak_items.hpp"
#include "layout/linebreak_text.hpp"

namespace briefing::layout {
namespace {

// Places the items of each chosen line: a piece per word (per face and run inside a word),
// carrying its trailing spaces so that text extracted from the PDF keeps them.
class LineSetter {
 public:
  LineSetter(const ParagraphText& text, const std::vector<BreakItem>& items,
             const std::vector<StyledRun>& runs, const ParagraphShape& shape,
             const font::FontBook& fonts)
      : text_(text), items_(items), runs_(runs), shape_(shape), fonts_(fonts) {}

  Line set(const LineBreak& range, bool first, bool last) {
    Line line;
    line.last = last;
    x_ = first ? shape_.first_indent : 0;
    sealed_ = true;
    piece_runs_.clear();
    for (int i = range.start; i < range.end; ++i) place(line, items_[i], range.ratio);
    const BreakItem& end = items_[range.end];
    if (end.kind == BreakItem::Kind::penalty && end.width > 0 && !line.pieces.empty()) {
      line.pieces.back().text += '-';
      line.pieces.back().width += end.width;
    }
    shape_pieces(line);
    if (!line.pieces.empty()) line.width = line.pieces.back().x + line.pieces.back().width;
    if (shape_.align == LineAlign::justify && range.full && !last && !line.pieces.empty()) {
      // Summing the adjusted glue leaves rounding noise; the right edge is exact by definition.
      line.pieces.back().x = shape_.width - line.pieces.back().width;
      line.width = shape_.width;
    }
    align(line);
    measure_height(line);
    return line;
  }

 private:
  void place(Line& line, const BreakItem& item, double ratio) {
    if (item.kind == BreakItem::Kind::box) {
      place_box(line, item);
      x_ += item.width;
    } else if (item.kind == BreakItem::Kind::glue) {
      append_spaces(line, item);
      x_ += item.width + (ratio >= 0 ? ratio * item.stretch : ratio * item.shrink);
    }
  }

  // A box that continues the open piece without a gap and in the same style joins it: a word
  // stays one piece even where it could have been hyphenated.
  void place_box(Line& line, const BreakItem& item) {
    const Glyph& glyph = text_.glyphs[item.first];
    const StyledRun& run = runs_[glyph.run];
    std::string_view text = text_.slice(item.first, item.last);
    if (!sealed_) {
      Piece& open = line.pieces.back();
      if (open_run_ == glyph.run && open.face == glyph.face &&
          std::abs(open.x + open.width - x_) < 1e-6) {
        open.text += text;
        open.width += item.width;
        return;
      }
    }
    line.pieces.push_back(
        {x_, item.width, glyph.face, run.size, run.color, std::string(text), run.href, {}, false});
    piece_runs_.push_back(glyph.run);
    open_run_ = glyph.run;
    sealed_ = false;
  }

  // Each piece is shaped as it stands, so the hyphen of a broken word is shaped with it; the
  // last piece takes its shaped width, which the justified right edge is aligned to.
  void shape_pieces(Line& line) {
    for (std::size_t i = 0; i < line.pieces.size(); ++i) {
      Piece& piece = line.pieces[i];
      const StyledRun& run = runs_[std::size_t(piece_runs_[i])];
      piece.glyphs = fonts_.shape(piece.face, piece.text, run.features);
    }
    if (line.pieces.empty()) return;
    Piece& last = line.pieces.back();
    std::size_t ink_end = last.text.find_last_not_of(' ') + 1;
    double width = 0;
    for (const PlacedGlyph& glyph : last.glyphs)
      if (glyph.cluster < ink_end) width += double(glyph.advance) * last.size;
    last.width = width;
  }

  void append_spaces(Line& line, const BreakItem& item) {
    if (item.first == item.last || line.pieces.empty()) return;
    Piece& piece = line.pieces.back();
    for (int i = item.first; i < item.last; ++i) {
      if (fonts_.has_glyph(piece.face, text_.glyphs[i].c)) piece.text += text_.slice(i, i + 1);
    }
    sealed_ = true;
  }

  void align(Line& line) const {
    double slack = shape_.width - line.width;
    double shift = shape_.align == LineAlign::right    ? slack
                   : shape_.align == LineAlign::center ? slack / 2
                                                       : 0;
    if (shift <= 0) return;
    for (Piece& piece : line.pieces) piece.x += shift;
    line.width += shift;
  }

  void measure_height(Line& line) const {
    if (line.pieces.empty()) {
      const StyledRun& run = runs_.front();
      line.ascent = fonts_.ascender(run.face) * run.size;
      line.descent = -fonts_.descender(run.face) * run.size;
    }
    for (const Piece& piece : line.pieces) {
      line.ascent = std::max(line.ascent, fonts_.ascender(piece.face) * piece.size);
      line.descent = std::max(line.descent, -fonts_.descender(piece.face) * piece.size);
    }
  }

  const ParagraphText& text_;
  const std::vector<BreakItem>& items_;
  const std::vector<StyledRun>& runs_;
  const ParagraphShape& shape_;
  const font::FontBook& fonts_;
  double x_ = 0;
  bool sealed_ =
      true;  // the last piece ends in a space, or there is none: the next box starts anew
  int open_run_ = -1;
  std::vector<int> piece_runs_;  // the run of each piece of the line being set
};

}  // namespace

std::vector<Line> set_paragraph(const std::vector<StyledRun>& runs, const ParagraphShape& shape,
                                const font::FontBook& fonts, Diagnostics& diags) {
  ParagraphText text = collect_glyphs(runs, fonts, diags);
  std::vector<BreakItem> items = build_items(text, runs, shape, fonts);
  bool has_text = std::any_of(items.begin(), items.end(), [](const BreakItem& item) {
    return item.kind == BreakItem::Kind::box;
  });
  if (!has_text) return {};
  double first_width = shape.width - shape.first_indent;
  std::vector<LineBreak> breaks = shape.align == LineAlign::justify
                                      ? break_lines(items, first_width, shape.width)
                                      : first_fit_lines(items, first_width, shape.width);
  LineSetter setter(text, items, runs, shape, fonts);
  std::vector<Line> lines;
  lines.reserve(breaks.size());
  for (std::size_t i = 0; i < breaks.size(); ++i)
    lines.push_back(setter.set(breaks[i], i == 0, i + 1 == breaks.size()));
  return lines;
}

}  // namespace briefing::layout
