// Document blocks -> vertical list of boxes.
#include <algorithm>
#include <deque>
#include <iterator>

#include "base/parallel.hpp"
#include "layout/builder.hpp"

namespace briefing::layout {

void VListBuilder::first(VBox box, const model::Style& style) {
  box.space_before = std::max(pending_after_, style.space_before);
  if (keep_next_) box.break_before = false;
  if (force_next_ || style.page_break_before) box.forced_break = true;
  box.turned = turned_;
  box.columns = static_cast<std::uint8_t>(columns_);
  keep_next_ = false;
  force_next_ = false;
  pending_after_ = 0;
  out_.boxes.push_back(std::move(box));
}

void VListBuilder::next(VBox box) {
  box.space_before = 0;
  box.turned = turned_;
  box.columns = static_cast<std::uint8_t>(columns_);
  out_.boxes.push_back(std::move(box));
}

void VListBuilder::end_block(const model::Style& style) {
  pending_after_ = style.space_after;
  keep_next_ = style.keep_with_next;
}

void VListBuilder::append(VList&& later) {
  const int offset = static_cast<int>(out_.headings.size());
  for (VBox& box : later.boxes)
    if (box.heading >= 0) box.heading += offset;
  if (!later.boxes.empty()) {
    // A fresh builder gave it its style's space before and left both flags as the block set them.
    VBox& first = later.boxes.front();
    first.space_before = std::max(pending_after_, first.space_before);
    if (keep_next_) first.break_before = false;
    if (force_next_ || first.turned != turned_) first.forced_break = true;
    turned_ = later.boxes.back().turned;
  }
  std::move(later.boxes.begin(), later.boxes.end(), std::back_inserter(out_.boxes));
  std::move(later.headings.begin(), later.headings.end(), std::back_inserter(out_.headings));
}

void VListBuilder::check_kept(std::size_t first_box, const Location& where, const char* what) {
  const double frame = frame_height(ctx_->page);
  double height = 0;
  for (std::size_t i = first_box; i < out_.boxes.size(); ++i) {
    // A single box taller than the page is the page builder's to report.
    if (out_.boxes[i].height > frame) return;
    height += out_.boxes[i].height + (i > first_box ? out_.boxes[i].space_before : 0);
  }
  if (height > frame)
    ctx_->diags.error(where, std::string(what) + " is taller than the page: " + points(height) +
                                 " on a " + points(frame) +
                                 " text frame; remove keep-together or shorten it");
}

void VListBuilder::floating(std::size_t first_box, const model::Style& style) {
  VBox& first = out_.boxes[first_box];
  first.place = style.place;
  first.float_boxes = static_cast<int>(out_.boxes.size() - first_box);
  first.float_gap = std::max(style.space_before, style.space_after);
}

void VListBuilder::paragraph_lines(const std::vector<Line>& lines, const model::Style& style,
                                   double x, double marker_x, const std::string& marker,
                                   const Location& where) {
  double baseline = baseline_offset(ctx_->fonts, style);
  int n = static_cast<int>(lines.size());
  for (int k = 0; k < n; ++k) {
    VBox box;
    box.height = style.leading;
    box.where = where;
    box.kind = "a line of text";
    draw_line(lines[k], x, baseline, box.content);
    if (k == 0 && !marker.empty())
      draw_plain(ctx_->fonts, style, marker, marker_x, baseline, box.content.items);
    if (k == 0) {
      first(std::move(box), style);
    } else {
      // Widows and orphans: a page may end inside a paragraph only with two lines on each side.
      box.break_before = !style.keep_together && k >= 2 && n - k >= 2;
      next(std::move(box));
    }
  }
}

namespace {

HeadingMark heading_mark(const model::Heading& h) {
  return HeadingMark{h.number.empty() ? h.plain : h.number + "\u2002" + h.plain,
                     h.level,
                     h.in_toc,
                     -1,
                     0,
                     h.where};
}

void add_paragraph(VListBuilder& b, const model::Paragraph& p) {
  const auto& ctx = b.ctx();
  double width = ctx.width - p.style.indent;
  if (!has_room(ctx, p.style, width - std::max(p.style.first_indent, 0.0), p.where,
                [&] { return "the paragraph's indent (style '" + p.style.name + "')"; }))
    return;
  std::size_t first_box = b.list().boxes.size();
  auto lines = set_text(ctx, p.style, p.runs, width, p.style.first_indent);
  b.paragraph_lines(lines, p.style, p.style.indent, 0, "", p.where);
  if (p.style.keep_together) b.check_kept(first_box, p.where, "the keep-together paragraph");
  b.end_block(p.style);
}

void add_heading(VListBuilder& b, const model::Heading& h) {
  const auto& ctx = b.ctx();
  if (!has_room(ctx, h.style, ctx.width - h.style.indent, h.where,
                [&] { return "the heading's indent (style '" + h.style.name + "')"; }))
    return;
  auto runs = h.runs;
  if (!h.number.empty())
    runs.insert(runs.begin(), model::Run{h.number + "\u2002", false, false, "", h.where});
  auto lines = set_text(ctx, h.style, runs, ctx.width - h.style.indent, 0);
  VBox box;
  double baseline = baseline_offset(ctx.fonts, h.style);
  box.height = draw_lines(lines, h.style, baseline, h.style.indent, 0, box.content);
  if (h.style.rule_width > 0) {
    double y = box.height + h.style.padding;
    box.content.items.push_back(Stroke{0, y, ctx.width, y, h.style.rule_width, h.style.rule_color});
    box.height = y + h.style.rule_width;
  }
  box.heading = static_cast<int>(b.list().headings.size());
  if (!h.id.empty()) box.content.anchors.push_back({h.id, 0});
  box.where = h.where;
  box.kind = "the heading";
  b.list().headings.push_back(heading_mark(h));
  b.first(std::move(box), h.style);
  b.end_block(h.style);
}

// A sources-list entry never ends a page apart from its quoted notes: no break inside the
// entry's own lines, nor before two lines of its notes (all of them when fewer) follow it.
void keep_entry_with_notes(VListBuilder& b, const model::Paragraph& item, double width,
                           std::size_t first_box) {
  auto notes = std::find_if(item.runs.begin(), item.runs.end(),
                            [](const model::Run& run) { return run.text == "\n"; });
  if (notes == item.runs.end()) return;
  // A forced break ends the entry, so it breaks alone as it does in the whole item.
  std::vector<model::Run> entry(item.runs.begin(), notes);
  std::size_t kept = set_text(b.ctx(), item.style, entry, width, 0).size() + 2;
  auto& boxes = b.list().boxes;
  for (std::size_t i = first_box + 1; i < boxes.size() && i < first_box + kept; ++i)
    boxes[i].break_before = false;
}

void add_list(VListBuilder& b, const model::ListBlock& list) {
  const auto& ctx = b.ctx();
  const auto& style = list.style;
  // Hanging indent wide enough for the widest marker, so item text aligns.
  std::string widest = list.numbered ? std::to_string(list.items.size()) + "." : "\u2022";
  double hang =
      std::max(plain_width(ctx.fonts, style, widest) + style.size * 0.6, style.size * 1.4);
  if (!has_room(ctx, style, ctx.width - style.indent - hang, list.where, [&] {
        return "the list's indent (" + points(style.indent) + ", style '" + style.name +
               "') with its markers (" + points(hang) + ")";
      }))
    return;
  int number = 0;
  std::size_t first_box = b.list().boxes.size();
  for (const auto& item : list.items) {
    ++number;
    std::string marker = list.numbered ? std::to_string(number) + "." : "\u2022";
    double text_x = style.indent + hang;
    auto lines = set_text(ctx, item.style, item.runs, ctx.width - text_x, 0);
    double marker_x = list.numbered
                          ? text_x - style.size * 0.6 - plain_width(ctx.fonts, style, marker)
                          : style.indent;
    std::size_t item_box = b.list().boxes.size();
    b.paragraph_lines(lines, item.style, text_x, marker_x, marker, list.where);
    if (!list.sources.empty()) keep_entry_with_notes(b, item, ctx.width - text_x, item_box);
    model::Style between = item.style;
    between.space_after =
        number == int(list.items.size()) ? style.space_after : style.space_after / 3;
    b.end_block(between);
  }
  if (style.keep_together) {
    for (std::size_t i = first_box + 1; i < b.list().boxes.size(); ++i)
      b.list().boxes[i].break_before = false;
    b.check_kept(first_box, list.where, "the keep-together list");
  }
}

void add_spacer(VListBuilder& b, const model::Spacer& s) {
  VBox box;
  box.height = s.height;
  box.where = s.where;
  box.kind = "the spacer";
  model::Style none;
  none.space_before = 0;
  b.first(std::move(box), none);
  b.end_block(none);
}

void add_rule(VListBuilder& b, const model::Rule& r) {
  VBox box;
  box.height = r.width;
  box.where = r.where;
  box.kind = "the rule";
  box.content.items.push_back(Stroke{0, r.width / 2, b.ctx().width, r.width / 2, r.width, r.color});
  model::Style spacing;
  spacing.space_before = r.space_before;
  spacing.space_after = r.space_after;
  b.first(std::move(box), spacing);
  b.end_block(spacing);
}

}  // namespace

namespace {

// One overload per kind of block: a kind added to model::Block without one does not compile.
template <class... Kinds>
struct Overloaded : Kinds... {
  using Kinds::operator()...;
};
template <class... Kinds>
Overloaded(Kinds...) -> Overloaded<Kinds...>;  // clang 14 does not deduce aggregates

void add_block(VListBuilder& b, const model::Block& block) {
  std::visit(Overloaded{
                 [&](const model::Paragraph& x) { add_paragraph(b, x); },
                 [&](const model::Heading& x) { add_heading(b, x); },
                 [&](const model::ListBlock& x) { add_list(b, x); },
                 [&](const model::Table& x) { add_table(b, x); },
                 [&](const model::KeyFigures& x) { add_keyfigures(b, x); },
                 [&](const model::Quote& x) { add_quote(b, x); },
                 [&](const model::Chart& x) { add_chart(b, x); },
                 [&](const model::Figure& x) { add_figure(b, x); },
                 [&](const model::ImageBlock& x) { add_image(b, x); },
                 [&](const model::Toc& x) { add_toc(b, x); },
                 [&](const model::PageBreak&) { b.force_break(); },
                 [&](const model::Spacer& x) { add_spacer(b, x); },
                 [&](const model::Rule& x) { add_rule(b, x); },
             },
             block);
}

std::size_t characters(const std::vector<model::Run>& runs) {
  std::size_t n = 0;
  for (const auto& run : runs) n += run.text.size();
  return n;
}

// Roughly what setting a block costs, in characters (measured on the benchmark's workload: about
// 0.2 µs a character, in body text or in table cells alike; a chart about as much as 400).
std::size_t work(const model::Block& block) {
  constexpr std::size_t kParagraph = 400, kCell = 8;
  if (const auto* p = std::get_if<model::Paragraph>(&block)) return characters(p->runs);
  if (const auto* h = std::get_if<model::Heading>(&block)) return characters(h->runs);
  if (const auto* list = std::get_if<model::ListBlock>(&block)) {
    std::size_t n = 0;
    for (const auto& item : list->items) n += characters(item.runs);
    return n;
  }
  const auto* table = std::get_if<model::Table>(&block);
  if (const auto* figure = std::get_if<model::Figure>(&block))
    table = std::get_if<model::Table>(&figure->content);
  if (!table) return kParagraph;
  std::size_t n = 0;
  for (const auto* rows : {&table->header, &table->rows})
    for (const auto& row : *rows)
      for (const auto& cell : row.cells) n += characters(cell.runs) + kCell;
  return n;
}

// Where to cut a long block list in two of about equal time, so that a second thread sets the
// second part; the list's size when it is too short to be worth a thread (about 2 ms of work).
// The calling thread gets 45% of the estimated work: cut at half, it took 2.8 ms to the other
// thread's 2.3 on the benchmark's body (the first blocks meet cold caches), at 45% 2.3 and 2.4.
std::size_t halfway(const std::vector<model::Block>& blocks) {
  constexpr std::size_t kWorthAThread = 8000, kFirstShare = 9, kSecondShare = 11;
  std::vector<std::size_t> before{0};
  for (const auto& block : blocks) before.push_back(before.back() + work(block));
  const std::size_t total = before.back();
  if (total < kWorthAThread) return blocks.size();
  std::size_t best = blocks.size(), larger = total * kSecondShare;
  for (std::size_t k = 1; k < blocks.size(); ++k) {
    std::size_t side = std::max(before[k] * kSecondShare, (total - before[k]) * kFirstShare);
    if (side < larger) best = k, larger = side;
  }
  return best;
}

}  // namespace

namespace {

// Whether a block stands across all the columns of a body set in columns: its style says so
// (span="all"; a section set in columns gives its heading that).
bool spans(const model::Block& block) {
  return std::visit(
      Overloaded{
          [](const model::Table& t) { return t.cell_style.span_all; },
          [](const model::KeyFigures& k) { return k.box_style.span_all; },
          [](const model::Toc& t) { return t.title_style.span_all; },
          [](const model::Figure& f) {
            return f.caption_style.span_all ||
                   std::visit(
                       Overloaded{[](const model::Table& t) { return t.cell_style.span_all; },
                                  [](const auto& x) { return x.style.span_all; }},
                       f.content);
          },
          [](const model::PageBreak&) { return true; },
          [](const model::Spacer&) { return false; },
          [](const model::Rule&) { return false; },
          [](const auto& x) { return x.style.span_all; },
      },
      block);
}

// The frames blocks are set in: the document's page or a turned one, across it or in one of
// its columns. Contexts are made as first needed and kept (their addresses stay valid).
class Frames {
 public:
  Frames(const BlockContext& plain, const BodyPages& pages) : plain_(plain), pages_(pages) {}

  // Sets blocks[from, to), each in the frame of the pages and the columns it sits in.
  void set(VListBuilder& b, const std::vector<model::Block>& blocks, std::size_t from,
           std::size_t to) {
    if (pages_.turns.empty() && pages_.column_runs.empty() && plain_.page.columns < 2) {
      for (std::size_t i = from; i < to; ++i) add_block(b, blocks[i]);
      return;
    }
    auto turn = pages_.turns.begin();
    auto run = pages_.column_runs.begin();
    for (std::size_t i = from; i < to; ++i) {
      while (turn != pages_.turns.end() && turn->end <= i) ++turn;
      while (run != pages_.column_runs.end() && run->end <= i) ++run;
      bool turned = turn != pages_.turns.end() && turn->first <= i;
      int columns =
          run != pages_.column_runs.end() && run->first <= i ? run->count : plain_.page.columns;
      if (columns > 1 && spans(blocks[i])) columns = 1;
      // A part set on a second thread may start turned in the plain context: switch it too.
      const BlockContext& ctx = context(turned, columns);
      if (turned != b.turned() || columns != b.columns() || &ctx != &b.ctx())
        b.frame(ctx, turned, columns);
      add_block(b, blocks[i]);
    }
  }

  bool turned_at(std::size_t i) const {
    for (const model::Turn& turn : pages_.turns)
      if (turn.first <= i && i < turn.end) return true;
    return false;
  }

 private:
  const BlockContext& context(bool turned, int columns) {
    if (!turned && columns == 1) return plain_;
    for (const auto& [key, ctx] : made_)
      if (key.first == turned && key.second == columns) return ctx;
    const model::PageSetup& page = turned && pages_.turned ? *pages_.turned : plain_.page;
    double width = page.width - page.inner - page.outer;
    if (columns > 1) width = (width - plain_.page.column_gap * (columns - 1)) / columns;
    made_.emplace_back(std::pair(turned, columns),
                       BlockContext{plain_.fonts, plain_.diags, width, plain_.english, page,
                                    plain_.missing_glyphs_error});
    return made_.back().second;
  }

  const BlockContext& plain_;
  const BodyPages& pages_;
  std::deque<std::pair<std::pair<bool, int>, BlockContext>> made_;
};

}  // namespace

void add_blocks(const std::vector<model::Block>& blocks, const BlockContext& ctx, VList& out,
                const BodyPages& pages) {
  add_blocks_split(blocks, halfway(blocks), ctx, out, pages);
}

void add_blocks_split(const std::vector<model::Block>& blocks, std::size_t split,
                      const BlockContext& ctx, VList& out, const BodyPages& pages) {
  std::vector<HeadingMark> ahead;
  for (const auto& block : blocks)
    if (const auto* h = std::get_if<model::Heading>(&block)) ahead.push_back(heading_mark(*h));
  // Blocks are set independently of each other; only the spacing and keep rules between two
  // join them, and append() applies those at the seam. The second part's messages follow the
  // first's, as they would in one pass.
  Diagnostics later_diags;
  BlockContext later_ctx{ctx.fonts,   later_diags, ctx.width,
                         ctx.english, ctx.page,    ctx.missing_glyphs_error};
  VList later;
  auto set_later = [&] {
    Frames frames(later_ctx, pages);
    VListBuilder b(later_ctx, later, frames.turned_at(split));
    b.headings_ahead = ahead;
    frames.set(b, blocks, split, blocks.size());
  };
  Beside<void> second;
  if (split < blocks.size()) second = Beside<void>(set_later);
  Frames frames(ctx, pages);
  VListBuilder b(ctx, out);
  b.headings_ahead = ahead;
  frames.set(b, blocks, 0, split);
  if (!second.valid()) return;
  second.get();
  ctx.diags.append(later_diags);
  b.append(std::move(later));
}

}  // namespace briefing::layout
