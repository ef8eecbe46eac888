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
    piece_levels_.clear();
    piece_spans_.clear();
    for (int i = range.start; i < range.end; ++i) place(line, items_[i], range.ratio);
    const BreakItem& end = items_[range.end];
    if (end.kind == BreakItem::Kind::penalty && end.width > 0 && !line.pieces.empty()) {
      line.pieces.back().text += '-';
      line.pieces.back().width += end.width;
    }
    shape_pieces(line);
    if (text_.mixed) reorder(line);
    if (!line.pieces.empty()) line.width = line.pieces.back().x + line.pieces.back().width;
    if (shape_.align == LineAlign::justify && range.full && !last && !line.pieces.empty()) {
      // Summing the adjusted glue leaves rounding noise; the right edge is exact by definition.
      line.pieces.back().x = shape_.width - line.pieces.back().width;
      line.width = shape_.width;
    }
    align(line, last);
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
          piece_levels_.back() == glyph.level && std::abs(open.x + open.width - x_) < 1e-6) {
        open.text += text;
        open.width += item.width;
        piece_spans_.back().second = item.last;
        return;
      }
    }
    Piece& piece = line.pieces.emplace_back();
    piece.x = x_;
    piece.width = item.width;
    piece.face = glyph.face;
    piece.size = run.size;
    piece.color = run.color;
    piece.text = text;
    piece.href = run.href;
    piece.link_to = run.link_to;
    piece.page_of = run.page_of;
    piece.note = run.note;
    piece.anchor = run.anchor;
    piece_runs_.push_back(glyph.run);
    piece_levels_.push_back(glyph.level);
    piece_spans_.push_back({item.first, item.last});
    open_run_ = glyph.run;
    sealed_ = false;
  }

  // Each piece is shaped as it stands, so the hyphen of a broken word is shaped with it; the
  // last piece takes its shaped width, which the justified right edge is aligned to.
  void shape_pieces(Line& line) {
    for (std::size_t i = 0; i < line.pieces.size(); ++i) {
      Piece& piece = line.pieces[i];
      const StyledRun& run = runs_[std::size_t(piece_runs_[i])];
      font::Direction direction = shaping_direction(text_.mixed, piece_levels_[i]);
      std::string_view text = piece.text;
      piece.ink = std::min(piece.ink, text.size());
      auto [first, last] = piece_spans_[i];
      const ParagraphText::Word* word = text_.word(first, last);
      if (word && text_.slice(first, last).size() == piece.ink)
        piece.glyphs = word->glyphs;  // the word as it was measured
      else
        piece.glyphs = fonts_.shape(piece.face, text.substr(0, piece.ink), run.features, direction);
      std::string_view spaces = text.substr(piece.ink);
      if (spaces != space_text_ || piece.face != space_face_ || direction != space_direction_ ||
          piece_runs_[i] != space_run_) {
        space_glyphs_ = fonts_.shape(piece.face, spaces, run.features, direction);
        space_text_ = spaces;
        space_face_ = piece.face;
        space_direction_ = direction;
        space_run_ = piece_runs_[i];
      }
      piece.space_glyphs = space_glyphs_;
      piece.rtl = direction == font::Direction::rtl;
      if (piece.rtl) piece.lead = advance_of(piece.space_glyphs) * piece.size;
    }
    if (line.pieces.empty()) return;
    Piece& last = line.pieces.back();
    last.width = advance_of(last.glyphs) * last.size;
  }

  static double advance_of(std::span<const PlacedGlyph> glyphs) {
    double advance = 0;
    for (const PlacedGlyph& glyph : glyphs) advance += glyph.advance;
    return advance;
  }

  void append_spaces(Line& line, const BreakItem& item) {
    if (item.first == item.last || line.pieces.empty()) return;
    Piece& piece = line.pieces.back();
    // A space between text of two directions takes the paragraph's level, not the word's: it
    // is left to the gap, or a right-to-left word would draw it on its far side.
    if (piece.ink == std::string::npos) piece.ink = piece.text.size();
    for (int i = item.first; i < item.last; ++i) {
      const Glyph& space = text_.glyphs[i];
      if (space.level == piece_levels_.back() && fonts_.has_glyph(piece.face, space.c))
        piece.text += text_.slice(i, i + 1);
    }
    sealed_ = true;
  }

  // Pieces set in logical order go to visual order (rule L2), keeping the line's extent: two
  // pieces next to each other in both orders keep the gap between them, and the other gaps are
  // handed out, in logical order, to the pairs that became neighbours.
  void reorder(Line& line) const {
    std::size_t n = line.pieces.size();
    if (n < 2) return;
    std::vector<int> order = visual_order(piece_levels_);
    std::vector<double> gap_after(n, 0);
    for (std::size_t i = 0; i + 1 < n; ++i)
      gap_after[i] = line.pieces[i + 1].x - (line.pieces[i].x + line.pieces[i].width);
    std::vector<bool> used(n, false);
    for (std::size_t k = 0; k + 1 < n; ++k) {
      int a = order[k], b = order[k + 1];
      if (std::abs(a - b) == 1) used[std::size_t(std::min(a, b))] = true;
    }
    std::size_t pool = 0;
    auto next_free = [&] {
      while (pool + 1 < n && used[pool]) ++pool;
      used[pool] = true;
      return gap_after[pool];
    };
    std::vector<Piece> visual;
    visual.reserve(n);
    double x = line.pieces.front().x;
    for (std::size_t k = 0; k < n; ++k) {
      Piece piece = std::move(line.pieces[std::size_t(order[k])]);
      piece.x = x;
      x += piece.width;
      if (k + 1 < n) {
        int a = order[k], b = order[k + 1];
        x += std::abs(a - b) == 1 ? gap_after[std::size_t(std::min(a, b))] : next_free();
      }
      visual.push_back(std::move(piece));
    }
    line.pieces = std::move(visual);
  }

  void align(Line& line, bool last) const {
    double slack = shape_.width - line.width;
    bool right = shape_.align == LineAlign::right ||
                 (text_.rtl && shape_.align == LineAlign::justify && last);
    double shift = right ? slack : shape_.align == LineAlign::center ? slack / 2 : 0;
    line.set_as = right                               ? LineAlign::right
                  : shape_.align == LineAlign::center ? LineAlign::center
                                                      : LineAlign::left;
    if (shape_.align == LineAlign::justify && line.width >= shape_.width - 1e-6 && !last)
      line.set_as = LineAlign::justify;
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
  std::vector<int> piece_runs_;                   // the run of each piece of the line being set
  std::vector<std::uint8_t> piece_levels_;        // and its bidi level
  std::vector<std::pair<int, int>> piece_spans_;  // and the glyphs its text is made of
  // The spaces after the last piece shaped: nearly every piece ends in the same one.
  std::string space_text_;
  FaceId space_face_ = -1;
  font::Direction space_direction_ = font::Direction::automatic;
  int space_run_ = -1;
  std::span<const PlacedGlyph> space_glyphs_;
};

}  // namespace

std::vector<Line> set_paragraph(const std::vector<StyledRun>& runs, const ParagraphShape& shape,
                                const font::FontBook& fonts, Diagnostics& diags) {
  ParagraphText text = collect_glyphs(runs, shape, fonts, diags);
  std::vector<BreakItem> items = build_items(text, runs, shape, fonts);
  bool has_text = std::any_of(items.begin(), items.end(), [](const BreakItem& item) {
    return item.kind == BreakItem::Kind::box;
  });
  if (!has_text) return {};
  double first_width = shape.width - shape.first_indent;
  std::vector<LineBreak> breaks = shape.align == LineAlign::justify
                                      ? break_lines(items, first_width, shape.width)
                                      : first_fit_lines(items, first_width, shape.width);
  ParagraphShape set_shape = shape;
  if (text.rtl && shape.align == LineAlign::left) set_shape.align = LineAlign::right;
  LineSetter setter(text, items, runs, set_shape, fonts);
  std::vector<Line> lines;
  lines.reserve(breaks.size());
  for (std::size_t i = 0; i < breaks.size(); ++i)
    lines.push_back(setter.set(breaks[i], i == 0, i + 1 == breaks.size()));
  return lines;
}

}  // namespace briefing::layout
