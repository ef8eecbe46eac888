#include "layout/table_columns.hpp"

#include <algorithm>
#include <numeric>

namespace briefing::layout {

double cell_padding(const model::Style& style) { return style.padding > 0 ? style.padding : 3; }

namespace {

Columns at(std::vector<double> widths) {
  Columns c;
  double x = 0;
  for (double w : widths) {
    c.x.push_back(x);
    c.w.push_back(w);
    x += w;
  }
  return c;
}

Columns given(const model::Table& t, double width, std::size_t count) {
  std::vector<double> fr = t.widths;
  if (fr.size() != count) fr.assign(count, 1.0 / double(count));
  double sum = std::accumulate(fr.begin(), fr.end(), 0.0);
  for (double& f : fr) f = width * f / sum;
  return at(std::move(fr));
}

double ink(const Piece& piece) {
  double advance = 0;
  for (const PlacedGlyph& glyph : piece.glyphs) advance += glyph.advance;
  return advance * piece.size;
}

// The least and the most width a cell's content asks for, padding included.
struct Need {
  double least = 0, most = 0;
};

Need measure(const BlockContext& ctx, const model::Style& style, const model::Cell& cell) {
  double pad = 2 * cell_padding(style);
  if (cell.image) {
    Diagnostics quiet;  // the cell is set again at its width, and warns then
    double w = image_size(*cell.image, ctx.width - pad, quiet).w;
    return {w + pad, w + pad};
  }
  // Set on one unbounded line: its width is the text's unbroken, its widest piece the least.
  Diagnostics quiet;
  BlockContext measuring{ctx.fonts,   quiet,    ctx.width,
                         ctx.english, ctx.page, ctx.missing_glyphs_error};
  model::Style one = style;
  one.align = model::Align::left;
  one.hyphenate = false;
  Need need;
  constexpr double kUnbounded = 1e6;
  for (const Line& line : set_text(measuring, one, cell.runs, kUnbounded, 0)) {
    need.most = std::max(need.most, line.width);
    for (const Piece& piece : line.pieces) need.least = std::max(need.least, ink(piece));
  }
  return {need.least + pad, need.most + pad};
}

// A cell across several columns widens them, evenly, where they are narrower than it needs.
void widen(std::vector<Need>& columns, const model::Cell& cell, const Need& need) {
  auto first = columns.begin() + cell.column, last = first + cell.colspan;
  double least = 0, most = 0;
  for (auto it = first; it != last; ++it) least += it->least, most += it->most;
  for (auto it = first; it != last; ++it) {
    it->least += std::max(0.0, need.least - least) / cell.colspan;
    it->most += std::max(0.0, need.most - most) / cell.colspan;
  }
}

// The frame shared out as CSS does for a table as wide as its container: all columns at their
// widest and the rest in proportion to it; else each at its least plus a share of the rest in
// proportion to what it could still use; else the least widths scaled down to the frame.
std::vector<double> share(const std::vector<Need>& columns, double width) {
  double least = 0, most = 0;
  for (const auto& c : columns) least += c.least, most += c.most;
  std::vector<double> out;
  for (const auto& c : columns) {
    if (most <= 0)
      out.push_back(width / double(columns.size()));
    else if (most <= width)
      out.push_back(c.most * width / most);
    else if (least <= width)
      out.push_back(c.least + (width - least) * (c.most - c.least) / (most - least));
    else
      out.push_back(c.least * width / least);
  }
  return out;
}

}  // namespace

Columns table_columns(const BlockContext& ctx, const model::Table& t) {
  if (!t.widths.empty()) return given(t, ctx.width, t.columns);
  std::vector<Need> columns(t.columns);
  std::vector<std::pair<const model::Cell*, Need>> spanning;
  for (const auto* rows : {&t.header, &t.rows}) {
    const model::Style& style = rows == &t.header ? t.head_style : t.cell_style;
    for (const auto& row : *rows)
      for (const auto& cell : row.cells) {
        if (cell.column + cell.colspan > columns.size()) continue;
        Need need = measure(ctx, style, cell);
        if (cell.colspan > 1) {
          spanning.emplace_back(&cell, need);
          continue;
        }
        auto& c = columns[cell.column];
        c.least = std::max(c.least, need.least);
        c.most = std::max(c.most, need.most);
      }
  }
  for (const auto& [cell, need] : spanning) widen(columns, *cell, need);
  return at(share(columns, ctx.width));
}

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// The byte of `text` where its first number's decimal point stands (or where the number ends).
std::optional<std::size_t> decimal_at(std::string_view text, char mark) {
  std::size_t i = 0;
  while (i < text.size() && !digit(text[i])) ++i;
  if (i == text.size()) return std::nullopt;
  const char group = mark == '.' ? ',' : '.';
  while (i < text.size()) {
    if (digit(text[i])) {
      ++i;
      continue;
    }
    bool inside = i + 1 < text.size() && digit(text[i + 1]);
    if (inside && text[i] == mark) return i;
    if (!inside || text[i] != group) break;
    ++i;
  }
  return i;
}

}  // namespace

std::optional<double> decimal_x(const Line& line, char mark) {
  for (const Piece& piece : line.pieces) {
    if (piece.rtl) continue;
    std::string_view text(piece.text);
    text = text.substr(0, std::min(piece.ink, text.size()));
    auto at = decimal_at(text, mark);
    if (!at) continue;
    double advance = 0;
    for (const PlacedGlyph& glyph : piece.glyphs)
      if (glyph.cluster < *at) advance += glyph.advance;
    return piece.x + advance * piece.size;
  }
  return std::nullopt;
}

}  // namespace briefing::layout
