// A long block list is set in two parts on two threads; the vertical list must come out as one
// pass makes it, whatever block the seam falls before.
#include <catch2/catch.hpp>
#include <string>

#include "layout/vlist.hpp"
#include "support.hpp"

using namespace briefing;
using namespace briefing::layout;

namespace {

model::Style text_style(double space_before, double space_after, bool keep_with_next = false) {
  model::Style s;
  s.size = 10;
  s.leading = 13;
  s.align = model::Align::justify;
  s.space_before = space_before;
  s.space_after = space_after;
  s.keep_with_next = keep_with_next;
  return s;
}

std::vector<model::Run> words(const std::string& text) {
  return {model::Run{text, false, false, "", {}}};
}

model::Paragraph paragraph(int sentences, double space_after = 6) {
  std::string text;
  for (int i = 0; i < sentences; ++i)
    text += "Delegations met in Hà Nội to review trade, tourism and education exchanges. ";
  return model::Paragraph{words(text), text_style(0, space_after), {}};
}

model::Heading heading(const std::string& title) {
  model::Heading h;
  h.runs = words(title);
  h.plain = title;
  h.style = text_style(14, 4, true);
  h.style.bold = true;
  return h;
}

model::Table table() {
  model::Table t;
  t.widths = {0.3, 0.7};
  t.columns = 2;
  t.cell_style = text_style(0, 0);
  t.head_style = t.cell_style;
  t.caption_style = t.cell_style;
  t.header = {model::Row{{model::Cell{words("Year"), {}}, model::Cell{words("Event"), {}, {}, 1}}}};
  for (int i = 0; i < 6; ++i)
    t.rows.push_back(model::Row{
        {model::Cell{words(std::to_string(2020 + i)), {}},
         model::Cell{words("A visit, a joint statement and new agreements."), {}, {}, 1}}});
  t.caption = "Register";
  return t;
}

std::vector<model::Block> blocks() {
  model::ListBlock list;
  list.style = text_style(3, 8);
  list.items = {paragraph(1, 2), paragraph(2, 2)};
  model::Rule rule;
  rule.space_before = 5;
  rule.space_after = 7;
  return {heading("Overview"),
          paragraph(3),
          paragraph(2, 12),
          model::PageBreak{},
          heading("Trade"),
          table(),
          model::Spacer{9, {}},
          list,
          heading("Outlook"),
          paragraph(4),
          rule,
          paragraph(1)};
}

VList set(std::size_t split, Diagnostics& diags, const BodyPages& pages = {}) {
  static const model::PageSetup page;
  BlockContext ctx{test::project_fonts(), diags, 300, true, page};
  VList out;
  add_blocks_split(blocks(), split, ctx, out, pages);
  return out;
}

}  // namespace

TEST_CASE("a block list set in two parts equals the list set in one pass") {
  Diagnostics one_diags;
  const auto all = blocks();
  const VList one = set(all.size(), one_diags);
  REQUIRE(one.headings.size() == 3);
  for (std::size_t split = 0; split < all.size(); ++split) {
    CAPTURE(split);
    Diagnostics diags;
    const VList two = set(split, diags);
    CHECK(diags.all().size() == one_diags.all().size());
    REQUIRE(two.boxes.size() == one.boxes.size());
    for (std::size_t i = 0; i < one.boxes.size(); ++i) {
      CAPTURE(i);
      const VBox &a = one.boxes[i], &b = two.boxes[i];
      CHECK(b.height == a.height);
      CHECK(b.space_before == a.space_before);
      CHECK(b.break_before == a.break_before);
      CHECK(b.forced_break == a.forced_break);
      CHECK(b.heading == a.heading);
      CHECK(b.continues_table == a.continues_table);
      CHECK(b.content.items.size() == a.content.items.size());
    }
    REQUIRE(two.headings.size() == one.headings.size());
    for (std::size_t h = 0; h < one.headings.size(); ++h)
      CHECK(two.headings[h].title == one.headings[h].title);
  }
}

TEST_CASE("blocks on turned pages and in columns are set alike in one pass or two") {
  // "Trade" and its table on a turned page, "Outlook" and what follows in two columns.
  const model::PageSetup turned = model::PageSetup{}.turned();
  const std::vector<model::Turn> turns{{4, 8, {}}};
  const std::vector<model::ColumnRun> runs{{8, 12, 2, {}}};
  const BodyPages pages{turns, runs, &turned};
  Diagnostics one_diags;
  const VList one = set(12, one_diags, pages);
  // The turn starts a page, and so does what follows it; the columns' first box (the heading,
  // which spans them only when its style says so) is narrower than the frame.
  int turned_boxes = 0, column_boxes = 0;
  for (const VBox& box : one.boxes) {
    turned_boxes += box.turned;
    column_boxes += box.columns == 2;
  }
  CHECK(turned_boxes > 3);
  CHECK(column_boxes > 3);
  for (std::size_t i = 1; i < one.boxes.size(); ++i)
    if (one.boxes[i].turned != one.boxes[i - 1].turned) CHECK(one.boxes[i].forced_break);
  for (std::size_t split = 0; split < 12; ++split) {
    CAPTURE(split);
    Diagnostics diags;
    const VList two = set(split, diags, pages);
    REQUIRE(two.boxes.size() == one.boxes.size());
    for (std::size_t i = 0; i < one.boxes.size(); ++i) {
      CAPTURE(i);
      const VBox &a = one.boxes[i], &b = two.boxes[i];
      CHECK(b.height == a.height);
      CHECK(b.forced_break == a.forced_break);
      CHECK(b.turned == a.turned);
      CHECK(b.columns == a.columns);
      CHECK(b.content.items.size() == a.content.items.size());
    }
  }
}

namespace {

// A page whose text frame is 160pt tall and 300pt wide.
model::PageSetup small_page() {
  model::PageSetup page;
  page.width = 400;
  page.height = 200;
  page.top = page.bottom = 20;
  page.inner = page.outer = 50;
  return page;
}

VList set_on(const model::PageSetup& page, std::vector<model::Block> blocks, Diagnostics& diags) {
  BlockContext ctx{test::project_fonts(), diags, page.width - page.inner - page.outer, true, page};
  VList out;
  add_blocks(blocks, ctx, out);
  return out;
}

std::size_t glyph_runs(const VList& list) {
  std::size_t n = 0;
  for (const auto& box : list.boxes)
    for (const auto& item : box.content.items) n += std::holds_alternative<GlyphRun>(item);
  return n;
}

model::Table tall_row_table() {
  model::Table t = table();
  t.caption.clear();
  t.rows[2].cells[1].runs = paragraph(12).runs;
  return t;
}

}  // namespace

TEST_CASE(
    "a table row taller than the page is split between lines, each part fitting below the "
    "header") {
  Diagnostics diags;
  const model::PageSetup page = small_page();
  const VList list = set_on(page, {tall_row_table()}, diags);
  model::PageSetup tall = page;
  tall.height = 10000;
  const VList whole = set_on(tall, {tall_row_table()}, diags);
  CHECK(diags.all().empty());
  const double header = list.boxes.front().height;
  const double room = frame_height(page) - header;
  // Header, two rows, the tall row in parts, three rows.
  REQUIRE(list.boxes.size() > whole.boxes.size());
  std::size_t parts = list.boxes.size() - whole.boxes.size() + 1;
  CHECK(parts >= 2);
  for (std::size_t i = 3; i < 3 + parts; ++i) {
    CAPTURE(i);
    CHECK(list.boxes[i].height <= room);
    CHECK(list.boxes[i].break_before);
    CHECK(list.boxes[i].continues_table);
  }
  // Not a word lost or added in the cut.
  CHECK(glyph_runs(list) == glyph_runs(whole));
  Diagnostics flow;
  build_pages(list, Frame{300, frame_height(page)}, flow);
  CHECK(flow.all().empty());
}

TEST_CASE("a table's caption stands above it, or under it and kept with its last row") {
  Diagnostics diags;
  const model::PageSetup page = small_page();
  model::Table above = table(), below = table();
  below.caption_below = true;
  const VList first = set_on(page, {above}, diags);
  const VList last = set_on(page, {below}, diags);
  CHECK(diags.all().empty());
  REQUIRE(first.boxes.size() == last.boxes.size());
  CHECK(std::string(first.boxes.front().kind) == "the table's caption");
  CHECK(std::string(last.boxes.front().kind) == "the table's header row");
  CHECK(std::string(last.boxes.back().kind) == "the table's caption");
  CHECK_FALSE(last.boxes.back().break_before);
}

TEST_CASE("rows a row span joins are one box, its cell set once, hairlines short of it") {
  Diagnostics diags;
  model::Table apart = table();
  apart.caption.clear();
  model::Table t = apart;
  t.rows[1].cells[0].rowspan = 3;
  t.rows[2].cells = {t.rows[2].cells[1]};
  t.rows[3].cells = {t.rows[3].cells[1]};
  const VList joined = set_on(small_page(), {t}, diags);
  const VList separate = set_on(small_page(), {apart}, diags);
  CHECK(diags.all().empty());
  // Header, row 0, rows 1-3 as one, rows 4 and 5.
  REQUIRE(joined.boxes.size() == 5);
  CHECK(joined.boxes[2].height >= separate.boxes[2].height + separate.boxes[3].height);
  CHECK(glyph_runs(joined) + 2 == glyph_runs(separate));  // the years of rows 2 and 3
  // Under rows 1 and 2, a hairline from the spanning cell's right edge on.
  std::size_t short_rules = 0;
  for (const auto& item : joined.boxes[2].content.items)
    if (const auto* rule = std::get_if<Stroke>(&item)) short_rules += rule->x1 > 0;
  CHECK(short_rules == 2);
}

TEST_CASE("rows a row span joins, taller than the page, are cut where no line is cut") {
  Diagnostics diags;
  model::Table t = tall_row_table();
  t.rows[2].cells[0].rowspan = 2;
  t.rows[3].cells = {t.rows[3].cells[1]};
  const model::PageSetup page = small_page();
  const VList list = set_on(page, {t}, diags);
  model::PageSetup tall = page;
  tall.height = 10000;
  const VList whole = set_on(tall, {t}, diags);
  CHECK(diags.all().empty());
  const double room = frame_height(page) - list.boxes.front().height;
  REQUIRE(list.boxes.size() > whole.boxes.size());
  for (const auto& box : list.boxes) CHECK(box.height <= room);
  CHECK(glyph_runs(list) == glyph_runs(whole));
  Diagnostics flow;
  build_pages(list, Frame{300, frame_height(page)}, flow);
  CHECK(flow.all().empty());
}

TEST_CASE("a quote taller than the page splits between lines, and kept together is an error") {
  model::Quote quote;
  quote.style = text_style(0, 6);
  quote.style.padding = 6;
  quote.style.rule_width = 1;
  quote.attribution_style = text_style(3, 0);
  quote.paragraphs = {paragraph(6), paragraph(5)};
  quote.attribution = "A spokesperson";
  quote.where = Location{"brief.xml", 12, 5};
  const model::PageSetup page = small_page();
  Diagnostics diags;
  const VList split = set_on(page, {quote}, diags);
  CHECK(diags.all().empty());
  REQUIRE(split.boxes.size() >= 2);
  for (const auto& box : split.boxes) CHECK(box.height <= frame_height(page));
  // Slices of lines (single ones but two at each end), every one placed, over more than one page:
  // more slices than pages, since a page holds several.
  Diagnostics flow;
  auto pages = build_pages(split, Frame{300, frame_height(page)}, flow);
  CHECK(pages.size() >= 2);
  CHECK(split.boxes.size() > pages.size());
  std::size_t placed = 0;
  for (const auto& p : pages) placed += p.boxes.size();
  CHECK(placed == split.boxes.size());
  CHECK(flow.all().empty());

  quote.style.keep_together = true;
  const VList kept = set_on(page, {quote}, diags);
  REQUIRE(kept.boxes.size() == 1);
  CHECK(glyph_runs(kept) == glyph_runs(split));
  build_pages(kept, Frame{300, frame_height(page)}, flow);
  REQUIRE(flow.error_count() == 1);
  CHECK(flow.all()[0].where.line == 12);
  CHECK(flow.all()[0].message.rfind("the quote is taller than the page and cannot be split", 0) ==
        0);
}

TEST_CASE("a measure narrower than one em is an error at its block, which is left out") {
  model::ListBlock list;
  list.style = text_style(0, 0);
  list.style.name = "list";
  list.style.indent = 295;
  list.items = {paragraph(1)};
  list.where = Location{"brief.xml", 7, 3};
  Diagnostics diags;
  const VList out = set_on(small_page(), {list}, diags);
  CHECK(out.boxes.empty());
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].where.line == 7);
  CHECK(diags.all()[0].message.rfind("the list's indent (295pt, style 'list') with its markers",
                                     0) == 0);
}
