// Tables: one box per row, the header row repeated on every page; a row taller than a page is
// split between lines of its cells.
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

#include "layout/builder.hpp"

namespace briefing::layout {

namespace {

constexpr Color kRuleColor{0.35, 0.35, 0.35};
constexpr Color kHairColor{0.7, 0.7, 0.7};
constexpr Color kStripe{0.95, 0.95, 0.95};

struct Columns {
  std::vector<double> x, w;
};

Columns columns(const model::Table& t, double width, std::size_t count) {
  Columns c;
  std::vector<double> fr = t.widths;
  if (fr.size() != count) fr.assign(count, 1.0 / double(count));
  double sum = 0;
  for (double f : fr) sum += f;
  double x = 0;
  for (double f : fr) {
    c.x.push_back(x);
    c.w.push_back(width * f / sum);
    x += width * f / sum;
  }
  return c;
}

// A row's cells set into lines, before they are drawn.
struct SetRow {
  std::vector<std::vector<Line>> cells;
  std::size_t lines = 0;  // of the cell with the most
  // A cell's picture, placed in the cell's text area (below its padding); empty for text.
  std::vector<std::optional<Image>> images;
};

SetRow set_row(const BlockContext& ctx, const model::Row& row, const model::Style& style,
               const Columns& cols) {
  double pad = style.padding > 0 ? style.padding : 3;
  SetRow set;
  set.cells.reserve(row.cells.size());
  for (std::size_t i = 0; i < row.cells.size() && i < cols.x.size(); ++i) {
    set.images.emplace_back();
    if (const auto& image = row.cells[i].image) {
      double room = cols.w[i] - 2 * pad;
      Size size = image_size(*image, room, ctx.diags);
      double x = cols.x[i] + pad + aligned_x(row.cells[i].align, size.w, room);
      set.images.back() = Image{Rect{x, 0, size.w, size.h}, image->picture, image->alt};
    }
    model::Style cell = style;
    cell.align = row.cells[i].align;
    cell.hyphenate = cell.hyphenate && cell.align != model::Align::justify;
    set.cells.push_back(set_text(ctx, cell, row.cells[i].runs, cols.w[i] - 2 * pad, 0));
    set.lines = std::max(set.lines, set.cells.back().size());
  }
  return set;
}

// Lines [from, to) of every cell of a row as one box; the whole row unless it was split. Only
// the row's first box has the padding above its text, and only its last the padding and the
// rule below.
VBox row_box(const BlockContext& ctx, const SetRow& set, const model::Style& style,
             const Columns& cols, bool head, bool stripe, std::size_t from, std::size_t to) {
  double pad = style.padding > 0 ? style.padding : 3;
  double baseline = baseline_offset(ctx.fonts, style);
  double top = from == 0 ? pad : 0;
  VBox box;
  box.kind = head ? "the table's header row" : "a table row";
  Content text;
  double height = 0;
  for (std::size_t i = 0; i < set.cells.size(); ++i) {
    std::span<const Line> lines = set.cells[i];
    lines = lines.subspan(std::min(from, lines.size()));
    lines = lines.first(std::min(to - from, lines.size()));
    // Cells differ from the row's style in alignment only, which their lines already have.
    height = std::max(height, draw_lines(lines, style, baseline, cols.x[i] + pad, top, text));
    if (from == 0 && set.images[i]) {
      Image image = *set.images[i];
      image.rect.y = top;
      height = std::max(height, image.rect.h);
      text.items.push_back(std::move(image));
    }
  }
  box.height = top + height + (to < set.lines ? 0 : pad);
  double width = cols.x.back() + cols.w.back();
  if (head && style.has_background)
    box.content.items.push_back(Fill{Rect{0, 0, width, box.height}, style.background});
  else if (stripe)
    box.content.items.push_back(Fill{Rect{0, 0, width, box.height}, kStripe});
  append_content(box.content, text);
  if (to < set.lines) return box;
  double rule = head ? 0.6 : 0.25;
  box.content.items.push_back(
      Stroke{0, box.height, width, box.height, rule, head ? kRuleColor : kHairColor});
  return box;
}

// A body row as boxes: one, or, when the row is taller than what a page holds below the
// table's header, slices of its lines (line_slices), a page break allowed between them.
std::vector<VBox> body_row(const BlockContext& ctx, const model::Row& row,
                           const model::Style& style, const Columns& cols, bool stripe,
                           double room) {
  SetRow set = set_row(ctx, row, style, cols);
  std::vector<VBox> boxes;
  boxes.push_back(row_box(ctx, set, style, cols, false, stripe, 0, set.lines));
  // A picture is not split: a row with one stays whole, and a page too short for it is an error.
  bool pictured = std::any_of(set.images.begin(), set.images.end(),
                              [](const auto& image) { return image.has_value(); });
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
    double pad = style->padding > 0 ? style->padding : 3;
    for (std::size_t i = 0; i < cols.w.size(); ++i)
      if (!has_room(ctx, *style, cols.w[i] - 2 * pad, t.where, [&] {
            return "column " + std::to_string(i + 1) + " of the table (" + points(cols.w[i]) +
                   " wide, with " + points(pad) + " of padding each side)";
          }))
        return false;
  }
  return true;
}

}  // namespace

void add_table(VListBuilder& b, const model::Table& t) {
  const auto& ctx = b.ctx();
  std::size_t ncols = 0;
  for (const auto& r : t.header) ncols = std::max(ncols, r.cells.size());
  for (const auto& r : t.rows) ncols = std::max(ncols, r.cells.size());
  if (ncols == 0) return;
  Columns cols = columns(t, ctx.width, ncols);
  if (!columns_fit(ctx, t, cols)) return;
  bool keep = t.cell_style.keep_together;

  if (!t.caption.empty()) {
    auto lines = set_text(ctx, t.caption_style, {model::Run{t.caption, false, false, "", t.where}},
                          ctx.width, 0);
    VBox cap;
    cap.height = draw_lines(lines, t.caption_style, baseline_offset(ctx.fonts, t.caption_style), 0,
                            0, cap.content);
    cap.where = t.where;
    cap.kind = "the table's caption";
    b.first(std::move(cap), t.caption_style);
    model::Style glue = t.caption_style;
    glue.keep_with_next = true;
    glue.space_after = 3;
    b.end_block(glue);
  }

  auto header = std::make_shared<std::vector<VBox>>();
  for (const auto& r : t.header) {
    SetRow set = set_row(ctx, r, t.head_style, cols);
    header->push_back(row_box(ctx, set, t.head_style, cols, true, false, 0, set.lines));
  }
  if (!header->empty()) {
    // A rule above the header, drawn by the first header box so repeated headers have it too.
    header->front().content.items.push_back(Stroke{0, 0, ctx.width, 0, 0.8, kRuleColor});
  }
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
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    auto slices = body_row(ctx, t.rows[i], t.cell_style, cols, i % 2 == 1, room);
    for (std::size_t k = 0; k < slices.size(); ++k) {
      VBox& row = slices[k];
      if (!header->empty()) {
        row.repeat_header = header;
        row.continues_table = true;
      }
      // The first body row stays with the header: a header alone at a page foot helps nobody.
      push(std::move(row), i > 0 || k > 0);
    }
  }
  if (keep) b.check_kept(first_box_index, t.where, "the keep-together table");
  if (keep && t.cell_style.place != model::Place::here)
    b.floating(first_box_index - (t.caption.empty() ? 0 : 1), t.cell_style);
  b.end_block(t.cell_style);
}

}  // namespace briefing::layout
