// Tables: one box per row; rows never split, the header row repeats on every page.
#include <algorithm>
#include <memory>

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

VBox row_box(const BlockContext& ctx, const model::Row& row, const model::Style& style,
             const Columns& cols, bool head, bool stripe) {
  double pad = style.padding > 0 ? style.padding : 3;
  double baseline = baseline_offset(ctx.fonts, style);
  VBox box;
  Content text;
  double height = 0;
  for (std::size_t i = 0; i < row.cells.size() && i < cols.x.size(); ++i) {
    model::Style cell = style;
    cell.align = row.cells[i].align;
    cell.hyphenate = cell.hyphenate && cell.align != model::Align::justify;
    auto lines = set_text(ctx, cell, row.cells[i].runs, cols.w[i] - 2 * pad, 0);
    height = std::max(height, draw_lines(lines, cell, baseline, cols.x[i] + pad, pad, text));
  }
  box.height = height + 2 * pad;
  double width = cols.x.back() + cols.w.back();
  if (head && style.has_background)
    box.content.items.push_back(Fill{Rect{0, 0, width, box.height}, style.background});
  else if (stripe)
    box.content.items.push_back(Fill{Rect{0, 0, width, box.height}, kStripe});
  for (auto& item : text.items) box.content.items.push_back(std::move(item));
  box.content.uris = std::move(text.uris);
  double rule = head ? 0.6 : 0.25;
  box.content.items.push_back(
      Stroke{0, box.height, width, box.height, rule, head ? kRuleColor : kHairColor});
  return box;
}

}  // namespace

void add_table(VListBuilder& b, const model::Table& t) {
  const auto& ctx = b.ctx();
  std::size_t ncols = 0;
  for (const auto& r : t.header) ncols = std::max(ncols, r.cells.size());
  for (const auto& r : t.rows) ncols = std::max(ncols, r.cells.size());
  if (ncols == 0) return;
  Columns cols = columns(t, ctx.width, ncols);
  bool keep = t.cell_style.keep_together;

  if (!t.caption.empty()) {
    auto lines = set_text(ctx, t.caption_style, {model::Run{t.caption, false, false, "", t.where}},
                          ctx.width, 0);
    VBox cap;
    cap.height = draw_lines(lines, t.caption_style, baseline_offset(ctx.fonts, t.caption_style), 0,
                            0, cap.content);
    cap.where = t.where;
    b.first(std::move(cap), t.caption_style);
    model::Style glue = t.caption_style;
    glue.keep_with_next = true;
    glue.space_after = 3;
    b.end_block(glue);
  }

  auto header = std::make_shared<std::vector<VBox>>();
  for (const auto& r : t.header)
    header->push_back(row_box(ctx, r, t.head_style, cols, true, false));
  if (!header->empty()) {
    // A rule above the header, drawn by the first header box so repeated headers have it too.
    header->front().content.items.push_back(Stroke{0, 0, ctx.width, 0, 0.8, kRuleColor});
  }
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
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    VBox row = row_box(ctx, t.rows[i], t.cell_style, cols, false, i % 2 == 1);
    if (!header->empty()) {
      row.repeat_header = header;
      row.continues_table = true;
    }
    // The first body row stays with the header: a header alone at a page foot helps nobody.
    push(std::move(row), i > 0);
  }
  b.end_block(t.cell_style);
}

}  // namespace briefing::layout
