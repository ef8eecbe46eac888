// Tables: one box per row (or per group of rows a row span joins), the header rows repeated on
// every page; a row (or such a group) taller than a page is split between lines of its cells.
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

#include "layout/builder.hpp"
#include "layout/table_columns.hpp"

namespace briefing::layout {

namespace {

constexpr Color kRuleColor{0.35, 0.35, 0.35};
constexpr Color kHairColor{0.7, 0.7, 0.7};
constexpr Color kStripe{0.95, 0.95, 0.95};

// A cell set into lines, before it is drawn.
struct SetCell {
  const model::Cell* cell = nullptr;
  std::vector<Line> lines;
  double x = 0;      // its text's left edge in the table (its column's, plus padding)
  double shift = 0;  // moved left so that its decimal point lines up with its column's
  // Its picture, placed in the cell's text area (below its padding); none for text.
  std::optional<Image> image;
};

struct SetRow {
  std::vector<SetCell> cells;
  std::size_t lines = 0;  // of the cell with the most
};

SetRow set_row(const BlockContext& ctx, const model::Row& row, const model::Style& style,
               const Columns& cols) {
  double pad = cell_padding(style);
  SetRow set;
  set.cells.reserve(row.cells.size());
  for (const auto& cell : row.cells) {
    if (cell.column + cell.colspan > cols.x.size()) continue;
    SetCell& out = set.cells.emplace_back();
    out.cell = &cell;
    out.x = cols.x[cell.column] + pad;
    double room = cols.across(cell.column, cell.colspan) - 2 * pad;
    if (const auto& image = cell.image) {
      Size size = image_size(*image, room, ctx.diags);
      double x = out.x + aligned_x(cell.align, size.w, room);
      out.image = Image{Rect{x, 0, size.w, size.h}, image->picture, image->alt};
    }
    model::Style text = style;
    text.align = cell.align;
    text.hyphenate = text.hyphenate && text.align != model::Align::justify;
    out.lines = set_text(ctx, text, cell.runs, room, 0);
    set.lines = std::max(set.lines, out.lines.size());
  }
  return set;
}

// Lines up the decimal points of a column's `decimal` cells (set flush right): each moves left
// by what its number's tail is shorter than the column's longest, never past its left edge.
void align_decimals(std::vector<SetRow>& rows, const Columns& cols, const model::Style& style,
                    char mark) {
  double pad = cell_padding(style);
  std::vector<double> tail(cols.x.size(), 0);
  auto each = [&](auto&& f) {
    for (auto& row : rows)
      for (auto& cell : row.cells)
        if (cell.cell->decimal && !cell.lines.empty())
          if (auto at = decimal_x(cell.lines.front(), mark)) f(cell, *at);
  };
  auto right = [&](const SetCell& cell) {
    return cols.x[cell.cell->column] + cols.w[cell.cell->column] - pad - cell.x;
  };
  each([&](SetCell& cell, double at) {
    tail[cell.cell->column] = std::max(tail[cell.cell->column], right(cell) - at);
  });
  each([&](SetCell& cell, double at) {
    double start = right(cell);
    for (const Line& line : cell.lines)
      if (!line.pieces.empty()) start = std::min(start, line.pieces.front().x);
    cell.shift = -std::min(tail[cell.cell->column] - (right(cell) - at), start);
  });
}

double content_height(const SetCell& cell, const model::Style& style) {
  double h = double(cell.lines.size()) * style.leading;
  return cell.image ? std::max(h, cell.image->rect.h) : h;
}

void draw_cell(const SetCell& cell, const model::Style& style, double baseline, double top,
               std::size_t from, std::size_t to, Content& text) {
  std::span<const Line> lines = cell.lines;
  lines = lines.subspan(std::min(from, lines.size()));
  lines = lines.first(std::min(to - from, lines.size()));
  // Cells differ from the row's style in alignment only, which their lines already have.
  draw_lines(lines, style, baseline, cell.x + cell.shift, top, text);
  if (from == 0 && cell.image) {
    Image image = *cell.image;
    image.rect.y = top;
    text.items.push_back(std::move(image));
  }
}

void background(VBox& box, double width, const model::Style& style, bool head, bool stripe) {
  if (head && style.has_background)
    box.content.items.push_back(Fill{Rect{0, 0, width, box.height}, style.background});
  else if (stripe)
    box.content.items.push_back(Fill{Rect{0, 0, width, box.height}, kStripe});
}

void rule_below(VBox& box, double width, bool head) {
  box.content.items.push_back(
      Stroke{0, box.height, width, box.height, head ? 0.6 : 0.25, head ? kRuleColor : kHairColor});
}

// Lines [from, to) of every cell of a row as one box; the whole row unless it was split. Only
// the row's first box has the padding above its text, and only its last the padding and the
// rule below.
VBox row_box(const BlockContext& ctx, const SetRow& set, const model::Style& style,
             const Columns& cols, bool head, bool stripe, std::size_t from, std::size_t to) {
  double pad = cell_padding(style);
  double baseline = baseline_offset(ctx.fonts, style);
  double top = from == 0 ? pad : 0;
  VBox box;
  box.kind = head ? "the table's header row" : "a table row";
  Content text;
  double height = 0;
  for (const auto& cell : set.cells) {
    std::size_t lines = std::min(to, cell.lines.size());
    height = std::max(height, double(lines - std::min(from, lines)) * style.leading);
    if (from == 0 && cell.image) height = std::max(height, cell.image->rect.h);
    draw_cell(cell, style, baseline, top, from, to, text);
  }
  box.height = top + height + (to < set.lines ? 0 : pad);
  double width = cols.x.back() + cols.w.back();
  background(box, width, style, head, stripe);
  append_content(box.content, text);
  if (to < set.lines) return box;
  rule_below(box, width, head);
  return box;
}

// The rows [first, end) a row span joins to row `first`: one, when no cell spans rows.
std::size_t group_end(const std::vector<model::Row>& rows, std::size_t first) {
  std::size_t end = first + 1;
  for (std::size_t j = first; j < end && j < rows.size(); ++j)
    for (const auto& cell : rows[j].cells) end = std::max<std::size_t>(end, j + cell.rowspan);
  return std::min(end, rows.size());
}

// The tops of rows joined by row spans, and their bottom. Each row is as tall as its one-row
// cells; a spanning cell taller than its rows deepens the last of them.
std::vector<double> row_tops(std::span<const SetRow> rows, const model::Style& style) {
  double pad = cell_padding(style);
  std::vector<double> h(rows.size(), 0);
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (const auto& cell : rows[r].cells)
      if (cell.cell->rowspan == 1) h[r] = std::max(h[r], 2 * pad + content_height(cell, style));
  for (std::size_t last = 0; last < rows.size(); ++last)
    for (std::size_t r = 0; r < last; ++r)
      for (const auto& cell : rows[r].cells) {
        if (r + cell.cell->rowspan - 1 != last) continue;
        double have = 0;
        for (std::size_t k = r; k <= last; ++k) have += h[k];
        h[last] += std::max(0.0, 2 * pad + content_height(cell, style) - have);
      }
  std::vector<double> y{0};
  for (double row : h) y.push_back(y.back() + row);
  return y;
}

// The rules between rows a row span joins, whose y lies in (from, to]. Under row r, the columns
// a cell from above holds past r have none. In the head, each cell ending there has a rule of its
// own, short of its edges, so that "Exports" and "Imports" over their columns read as two groups.
void inner_rules(std::span<const SetRow> rows, const std::vector<double>& y, const Columns& cols,
                 double pad, bool head, double from, double to, Content& out) {
  for (std::size_t r = 0; r + 1 < rows.size(); ++r) {
    double at = y[r + 1];
    if (at <= from || at > to) continue;
    at -= from;
    if (head) {
      for (std::size_t k = 0; k <= r; ++k)
        for (const auto& cell : rows[k].cells)
          if (k + cell.cell->rowspan - 1 == r) {
            double x = cols.x[cell.cell->column];
            double right = x + cols.across(cell.cell->column, cell.cell->colspan);
            out.items.push_back(Stroke{x + pad, at, right - pad, at, 0.4, kRuleColor});
          }
      continue;
    }
    std::vector<char> open(cols.x.size(), 0);
    for (std::size_t k = 0; k <= r; ++k)
      for (const auto& cell : rows[k].cells)
        if (k + cell.cell->rowspan - 1 > r)
          std::fill_n(open.begin() + cell.cell->column, cell.cell->colspan, 1);
    for (std::size_t c = 0; c < open.size();) {
      if (open[c]) {
        ++c;
        continue;
      }
      std::size_t end = c;
      while (end < open.size() && !open[end]) ++end;
      out.items.push_back(
          Stroke{cols.x[c], at, cols.x[end - 1] + cols.w[end - 1], at, 0.25, kHairColor});
      c = end;
    }
  }
}

// The part [from, to) of rows a row span joins: the cells' lines whose tops fall in it, a cell's
// text starting at its first row's top; the rule below only on the last part.
VBox group_part(const BlockContext& ctx, std::span<const SetRow> rows, const std::vector<double>& y,
                const model::Style& style, const Columns& cols, bool head, bool stripe, double from,
                double to) {
  double pad = cell_padding(style);
  VBox box;
  box.kind = head ? "the table's header rows joined by a row span"
                  : "a group of table rows joined by a row span";
  box.height = to - from;
  double width = cols.x.back() + cols.w.back();
  background(box, width, style, head, stripe);
  double baseline = baseline_offset(ctx.fonts, style);
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (const auto& cell : rows[r].cells) {
      double top = y[r] + pad;
      // Lines [first, last) start inside the part.
      auto index = [&](double at) {
        return std::size_t(std::clamp(std::ceil((at - top) / style.leading - 1e-9), 0.0,
                                      double(cell.lines.size())));
      };
      std::size_t first = index(from), last = to < y.back() ? index(to) : cell.lines.size();
      if (first >= last && !(first == 0 && cell.image && from <= top && top < to)) continue;
      draw_cell(cell, style, baseline, top + double(first) * style.leading - from, first, last,
                box.content);
    }
  inner_rules(rows, y, cols, pad, head, from, to, box.content);
  if (to >= y.back()) rule_below(box, width, head);
  return box;
}

// Where rows a row span joins taller than `room` are cut between pages: at every row's or
// line's top where no cell's line is cut, as a single row is cut between its lines
// (line_slices), so that the rows start where they fall; two lines' height at each end stays
// whole. Rows with a picture are not cut (an error if they do not fit).
std::vector<double> group_cuts(std::span<const SetRow> rows, const std::vector<double>& y,
                               const model::Style& style, double room) {
  if (y.back() <= room) return {0, y.back()};
  double pad = cell_padding(style);
  std::vector<std::pair<double, double>> lines;  // each line's top and bottom
  std::vector<double> candidates(y.begin() + 1, y.end() - 1);
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (const auto& cell : rows[r].cells) {
      if (cell.image) return {0, y.back()};
      for (std::size_t i = 0; i < cell.lines.size(); ++i) {
        double top = y[r] + pad + double(i) * style.leading;
        lines.emplace_back(top, top + style.leading);
        candidates.push_back(top);
      }
    }
  std::sort(candidates.begin(), candidates.end());
  auto clean = [&](double at) {
    return std::none_of(lines.begin(), lines.end(), [&](const auto& line) {
      return line.first + 1e-6 < at && at < line.second - 1e-6;
    });
  };
  const double end = 2 * style.leading + pad;
  std::vector<double> cuts{0};
  for (double at : candidates)
    if (at >= cuts.back() + end - 1e-6 && at <= y.back() - end + 1e-6 && clean(at))
      cuts.push_back(at);
  cuts.push_back(y.back());
  return cuts;
}

// Rows joined by row spans as boxes: one, or parts cut between lines when they are taller than
// what a page holds below the table's header, a page break allowed between them.
std::vector<VBox> group_boxes(const BlockContext& ctx, std::span<const SetRow> rows,
                              const model::Style& style, const Columns& cols, bool head,
                              bool stripe, double room) {
  std::vector<double> y = row_tops(rows, style);
  std::vector<double> cuts = group_cuts(rows, y, style, room);
  std::vector<VBox> boxes;
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k)
    boxes.push_back(group_part(ctx, rows, y, style, cols, head, stripe, cuts[k], cuts[k + 1]));
  return boxes;
}

// A body row as boxes: one, or, when the row is taller than what a page holds below the
// table's header, slices of its lines (line_slices), a page break allowed between them.
std::vector<VBox> body_row(const BlockContext& ctx, const SetRow& set, const model::Style& style,
                           const Columns& cols, bool stripe, double room) {
  std::vector<VBox> boxes;
  boxes.push_back(row_box(ctx, set, style, cols, false, stripe, 0, set.lines));
  // A picture is not split: a row with one stays whole, and a page too short for it is an error.
  bool pictured = std::any_of(set.cells.begin(), set.cells.end(),
                              [](const SetCell& cell) { return cell.image.has_value(); });
  if (boxes.front().height <= room || pictured) return boxes;
  boxes.clear();
  for (LineSlice slice : line_slices(set.lines))
    boxes.push_back(row_box(ctx, set, style, cols, false, stripe, slice.from, slice.to));
  return boxes;
}

// Every column must hold at least one em of text besides its padding.
bool columns_fit(const BlockContext& ctx, const model::Table& t, const Columns& cols) {
  for (const auto* style : {&t.head_style, &t.cell_style}) {
    if (style == &t.head_style && t.header.empty()) continue;
    double pad = cell_padding(*style);
    for (std::size_t i = 0; i < cols.w.size(); ++i)
      if (!has_room(ctx, *style, cols.w[i] - 2 * pad, t.where, [&] {
            return "column " + std::to_string(i + 1) + " of the table (" + points(cols.w[i]) +
                   " wide, with " + points(pad) + " of padding each side)";
          }))
        return false;
  }
  return true;
}

VBox caption_box(const BlockContext& ctx, const model::Table& t) {
  auto lines = set_text(ctx, t.caption_style, {model::Run{t.caption, false, false, "", t.where}},
                        ctx.width, 0);
  VBox cap;
  cap.height = draw_lines(lines, t.caption_style, baseline_offset(ctx.fonts, t.caption_style), 0, 0,
                          cap.content);
  cap.where = t.where;
  cap.kind = "the table's caption";
  return cap;
}

// The header rows as boxes, rows a row span joins as one; the first draws the rule above the
// header, so that the header repeated on a later page has it too.
std::shared_ptr<std::vector<VBox>> header_boxes(const BlockContext& ctx, const model::Table& t,
                                                const Columns& cols) {
  auto header = std::make_shared<std::vector<VBox>>();
  std::vector<SetRow> sets;
  for (const auto& r : t.header) sets.push_back(set_row(ctx, r, t.head_style, cols));
  for (std::size_t i = 0; i < t.header.size();) {
    std::size_t end = group_end(t.header, i);
    if (end == i + 1)
      header->push_back(row_box(ctx, sets[i], t.head_style, cols, true, false, 0, sets[i].lines));
    else
      header->push_back(group_boxes(ctx, std::span<const SetRow>(sets).subspan(i, end - i),
                                    t.head_style, cols, true, false,
                                    std::numeric_limits<double>::infinity())
                            .front());
    i = end;
  }
  if (!header->empty())
    header->front().content.items.push_back(Stroke{0, 0, ctx.width, 0, 0.8, kRuleColor});
  return header;
}

}  // namespace

void add_table(VListBuilder& b, const model::Table& t) {
  const auto& ctx = b.ctx();
  if (t.columns == 0) return;
  Columns cols = table_columns(ctx, t);
  if (!columns_fit(ctx, t, cols)) return;
  bool keep = t.cell_style.keep_together;
  bool caption_below = !t.caption.empty() && t.caption_below;

  if (!t.caption.empty() && !caption_below) {
    b.first(caption_box(ctx, t), t.caption_style);
    model::Style glue = t.caption_style;
    glue.keep_with_next = true;
    glue.space_after = 3;
    b.end_block(glue);
  }

  auto header = header_boxes(ctx, t, cols);
  std::size_t first_box_index = b.list().boxes.size();
  bool first_box = true;
  auto push = [&](VBox box, bool breakable) {
    box.where = t.where;
    if (first_box) {
      b.first(std::move(box), t.cell_style);
      first_box = false;
    } else {
      box.break_before = breakable && !keep;
      b.next(std::move(box));
    }
  };
  for (const auto& h : *header) push(h, false);
  // What a page holds of a row: the text frame less the header repeated above it. A table kept
  // together is not split at all, and is reported whole if it cannot fit.
  double room = frame_height(ctx.page);
  for (const auto& h : *header) room -= h.height;
  if (keep) room = std::numeric_limits<double>::infinity();
  bool decimal = std::any_of(t.rows.begin(), t.rows.end(), [](const model::Row& row) {
    return std::any_of(row.cells.begin(), row.cells.end(),
                       [](const model::Cell& cell) { return cell.decimal; });
  });
  // Rows are set a group at a time and dropped once they are boxes, so that a long table never
  // holds all its lines twice; decimal points lined up down a column need every row set first.
  std::vector<SetRow> sets;
  auto set_rows = [&](std::size_t from, std::size_t to) {
    for (std::size_t r = from; r < to; ++r)
      sets.push_back(set_row(ctx, t.rows[r], t.cell_style, cols));
  };
  if (decimal) {
    sets.reserve(t.rows.size());
    set_rows(0, t.rows.size());
    align_decimals(sets, cols, t.cell_style, t.decimal_mark);
  }
  std::size_t group = 0;
  for (std::size_t i = 0; i < t.rows.size(); ++group) {
    std::size_t end = group_end(t.rows, i);
    bool stripe = group % 2 == 1;
    std::span<const SetRow> rows;
    if (decimal) {
      rows = std::span<const SetRow>(sets).subspan(i, end - i);
    } else {
      sets.clear();
      set_rows(i, end);
      rows = sets;
    }
    std::vector<VBox> slices;
    if (end == i + 1)
      slices = body_row(ctx, rows.front(), t.cell_style, cols, stripe, room);
    else
      slices = group_boxes(ctx, rows, t.cell_style, cols, false, stripe, room);
    for (std::size_t k = 0; k < slices.size(); ++k) {
      VBox& row = slices[k];
      if (!header->empty()) {
        row.repeat_header = header;
        row.continues_table = true;
      }
      // The first body row stays with the header: a header alone at a page foot helps nobody.
      push(std::move(row), i > 0 || k > 0);
    }
    i = end;
  }
  std::size_t caption_index = first_box_index - (t.caption.empty() || caption_below ? 0 : 1);
  if (caption_below) {
    // Under the table and kept with its last row.
    model::Style glue = t.cell_style;
    glue.space_after = 3;
    b.end_block(glue);
    std::size_t at = b.list().boxes.size();
    b.first(caption_box(ctx, t), t.caption_style);
    b.list().boxes[at].break_before = false;
  }
  if (keep) b.check_kept(first_box_index, t.where, "the keep-together table");
  if (keep && t.cell_style.place != model::Place::here) b.floating(caption_index, t.cell_style);
  b.end_block(caption_below ? t.caption_style : t.cell_style);
}

}  // namespace briefing::layout
