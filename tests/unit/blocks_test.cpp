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
  t.cell_style = text_style(0, 0);
  t.head_style = t.cell_style;
  t.caption_style = t.cell_style;
  t.header = {model::Row{{model::Cell{words("Year"), {}}, model::Cell{words("Event"), {}}}}};
  for (int i = 0; i < 6; ++i)
    t.rows.push_back(
        model::Row{{model::Cell{words(std::to_string(2020 + i)), {}},
                    model::Cell{words("A visit, a joint statement and new agreements."), {}}}});
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

VList set(std::size_t split, Diagnostics& diags) {
  model::PageSetup page;
  BlockContext ctx{test::project_fonts(), diags, 300, true, page};
  VList out;
  add_blocks_split(blocks(), split, ctx, out);
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
