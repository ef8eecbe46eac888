// The page builder on hand-made vertical lists: where pages end and what starts them.
#include <catch2/catch.hpp>
#include <map>
#include <memory>

#include "layout/vlist.hpp"

using namespace briefing;
using namespace briefing::layout;

namespace {

VBox line(double h = 10, bool breakable = true) {
  VBox b;
  b.height = h;
  b.break_before = breakable;
  return b;
}

std::vector<std::size_t> boxes_per_page(const std::vector<PageDraft>& pages) {
  std::vector<std::size_t> n;
  for (const auto& p : pages) n.push_back(p.boxes.size());
  return n;
}

}  // namespace

TEST_CASE("boxes fill a page and continue on the next") {
  VList list;
  for (int i = 0; i < 25; ++i) list.boxes.push_back(line());
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  CHECK(boxes_per_page(pages) == std::vector<std::size_t>{10, 10, 5});
  CHECK(pages[1].boxes.front().y == 0);
}

TEST_CASE("a page ends at the last allowed break, never inside a keep") {
  VList list;
  for (int i = 0; i < 8; ++i) list.boxes.push_back(line());
  // Boxes 8..11 must stay together (no break before 9, 10, 11).
  list.boxes.push_back(line());
  for (int i = 0; i < 3; ++i) list.boxes.push_back(line(10, false));
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].boxes.size() == 8);
  CHECK(pages[1].boxes.size() == 4);
}

TEST_CASE("space before a box is dropped at the top of a page") {
  VList list;
  for (int i = 0; i < 10; ++i) list.boxes.push_back(line());
  VBox spaced = line();
  spaced.space_before = 30;
  list.boxes.push_back(spaced);
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  REQUIRE(pages.size() == 2);
  CHECK(pages[1].boxes.front().y == 0);
}

TEST_CASE("a forced break starts a new page") {
  VList list;
  list.boxes.push_back(line());
  VBox forced = line();
  forced.forced_break = true;
  list.boxes.push_back(forced);
  Diagnostics diags;
  CHECK(boxes_per_page(build_pages(list, Frame{100, 100}, diags)) ==
        std::vector<std::size_t>{1, 1});
}

TEST_CASE("a table row that starts a page brings the header with it") {
  auto header = std::make_shared<std::vector<VBox>>(std::vector<VBox>{line(15)});
  VList list;
  list.boxes.push_back((*header)[0]);
  for (int i = 0; i < 12; ++i) {
    VBox row = line(10, i > 0);
    row.repeat_header = header;
    row.continues_table = true;
    list.boxes.push_back(row);
  }
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  REQUIRE(pages.size() == 2);
  CHECK(pages[0].boxes.size() == 9);                   // header + 8 rows (15 + 80 <= 100)
  CHECK(pages[1].boxes.front().box == &(*header)[0]);  // repeated header first
  CHECK(pages[1].boxes.size() == 1 + 4);
}

TEST_CASE("a box taller than the page is an error at its block, placed alone, not looped on") {
  VList list;
  list.boxes.push_back(line(10));
  list.boxes.push_back(line(250));
  list.boxes.back().where = Location{"brief.xml", 7, 5};
  list.boxes.back().kind = "the quote";
  list.boxes.push_back(line(10));
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  CHECK(boxes_per_page(pages) == std::vector<std::size_t>{1, 1, 1});
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].severity == Severity::error);
  CHECK(diags.all()[0].where.line == 7);
  CHECK(diags.all()[0].message ==
        "the quote is taller than the page and cannot be split: 250pt on a 100pt text frame");
}

TEST_CASE("a table row that fits only without the repeated header is an error naming it") {
  auto header = std::make_shared<std::vector<VBox>>(std::vector<VBox>{line(30)});
  VList list;
  list.boxes.push_back((*header)[0]);
  list.boxes.push_back(line(10, false));
  VBox tall = line(90);
  tall.repeat_header = header;
  tall.continues_table = true;
  list.boxes.push_back(tall);
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  REQUIRE(pages.size() == 2);
  REQUIRE(diags.error_count() == 1);
  CHECK(diags.all()[0].message.find("below the table's repeated header (30pt)") !=
        std::string::npos);
}

TEST_CASE("boxes taller than the page are reported once per block") {
  VList list;
  for (int at : {3, 3, 3, 9}) {
    list.boxes.push_back(line(250));
    list.boxes.back().where = Location{"brief.xml", at, 5};
  }
  Diagnostics diags;
  CHECK(build_pages(list, Frame{100, 100}, diags).size() == 4);
  REQUIRE(diags.error_count() == 2);
  CHECK(diags.all()[0].where.line == 3);
  CHECK(diags.all()[1].where.line == 9);
}

namespace {

VBox floating(double h, model::Place place, double gap = 0) {
  VBox b = line(h);
  b.place = place;
  b.float_boxes = 1;
  b.float_gap = gap;
  return b;
}

// The list index of each box placed on a page, in the order placed.
std::vector<int> indexes(const PageDraft& page) {
  std::vector<int> out;
  for (const auto& placed : page.boxes) out.push_back(placed.index);
  return out;
}

}  // namespace

TEST_CASE("a float that does not fit lets the text go on and takes the next page's top") {
  VList list;
  for (int i = 0; i < 7; ++i) list.boxes.push_back(line());
  list.boxes.push_back(floating(50, model::Place::top, 5));  // 7: 30 left, does not fit
  for (int i = 0; i < 6; ++i) list.boxes.push_back(line());  // 8..13
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  REQUIRE(pages.size() == 2);
  CHECK(indexes(pages[0]) == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 8, 9, 10});
  CHECK(indexes(pages[1]) == std::vector<int>{7, 11, 12, 13});
  CHECK(pages[1].boxes[0].y == 0);
  CHECK(pages[1].boxes[1].y == 55);  // under the float and its gap
  CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a float that fits stays where it stands, and place=here moves with the text") {
  for (auto place : {model::Place::top, model::Place::here}) {
    VList list;
    for (int i = 0; i < 7; ++i) list.boxes.push_back(line());
    list.boxes.push_back(floating(place == model::Place::top ? 20 : 50, place));
    list.boxes.push_back(line());
    Diagnostics diags;
    auto pages = build_pages(list, Frame{100, 100}, diags);
    if (place == model::Place::top) {
      CHECK(boxes_per_page(pages) == std::vector<std::size_t>{9});
    } else {
      CHECK(boxes_per_page(pages) == std::vector<std::size_t>{7, 2});
    }
  }
}

TEST_CASE("floats keep their order, go to the foot for bottom, and never pass a forced break") {
  VList list;
  for (int i = 0; i < 8; ++i) list.boxes.push_back(line());
  list.boxes.push_back(floating(40, model::Place::top));     // 8: waits
  list.boxes.push_back(floating(10, model::Place::bottom));  // 9: would fit, waits behind 8
  list.boxes.push_back(line());                              // 10
  VBox forced = line();
  forced.forced_break = true;
  list.boxes.push_back(forced);  // 11
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  REQUIRE(pages.size() == 3);
  CHECK(indexes(pages[0]) == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 10});
  // The floats alone before the forced break, in order.
  CHECK(indexes(pages[1]) == std::vector<int>{8, 9});
  CHECK(indexes(pages[2]) == std::vector<int>{11});
}

TEST_CASE("a bottom float waits for the next page's foot, a page float for a page of its own") {
  VList list;
  for (int i = 0; i < 9; ++i) list.boxes.push_back(line());
  list.boxes.push_back(floating(30, model::Place::bottom));  // 9
  for (int i = 0; i < 3; ++i) list.boxes.push_back(line());  // 10..12
  list.boxes.push_back(floating(10, model::Place::page));    // 13: always waits
  list.boxes.push_back(line());                              // 14
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  REQUIRE(pages.size() == 3);
  CHECK(indexes(pages[0]) == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 10});
  REQUIRE(indexes(pages[1]) == std::vector<int>{9, 11, 12, 14});
  CHECK(pages[1].boxes[0].y == 70);  // at the foot
  CHECK(indexes(pages[2]) == std::vector<int>{13});
}

TEST_CASE("the box after a float that a heading kept keeps with the heading") {
  VList list;
  for (int i = 0; i < 8; ++i) list.boxes.push_back(line());
  list.boxes.push_back(line());  // 8: a heading
  VBox chart = floating(50, model::Place::top);
  chart.break_before = false;             // kept with the heading
  list.boxes.push_back(chart);            // 9: does not fit, waits
  list.boxes.push_back(line());           // 10: fits, but only with 11
  list.boxes.push_back(line(10, false));  // 11: does not fit
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, diags);
  REQUIRE(pages.size() == 2);
  // The page ends before the heading, which starts the next with its chart and text.
  CHECK(indexes(pages[0]) == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7});
  CHECK(indexes(pages[1]) == std::vector<int>{8, 9, 10, 11});
}

namespace {

VBox column_line(bool breakable = true) {
  VBox b = line(10, breakable);
  b.columns = 2;
  return b;
}

// The bottom of each column of a page: the largest y + height of the boxes at each x.
std::map<double, double> column_feet(const PageDraft& page) {
  std::map<double, double> feet;
  for (const PlacedBox& b : page.boxes) feet[b.x] = std::max(feet[b.x], b.y + b.box->height);
  return feet;
}

}  // namespace

TEST_CASE("a band of columns that ends on the page is balanced, then the text goes on across") {
  VList list;
  for (int i = 0; i < 7; ++i) list.boxes.push_back(column_line());
  list.boxes.push_back(line());  // spans the frame
  Diagnostics diags;
  auto pages = build_pages(list, Frame{210, 100}, Frame{210, 100}, ColumnStyle{10, 0.5, {}}, diags);
  REQUIRE(pages.size() == 1);
  PageDraft band = pages[0];
  band.boxes.pop_back();
  auto feet = column_feet(band);
  // Seven lines in two columns: four and three, the second column 110pt to the right.
  CHECK(feet.size() == 2);
  CHECK(feet[0] == 40);
  CHECK(feet[110] == 30);
  // The box across the frame comes under the taller column, after column 1 then column 2.
  CHECK(pages[0].boxes.back().x == 0);
  CHECK(pages[0].boxes.back().y == 40);
  CHECK(pages[0].boxes[3].x == 0);
  CHECK(pages[0].boxes[4].x == 110);
  // One rule halfway between the columns, as tall as the band.
  REQUIRE(pages[0].column_rules.size() == 1);
  CHECK(pages[0].column_rules[0].x1 == 105);
  CHECK(pages[0].column_rules[0].y2 == 40);
}

TEST_CASE("columns fill the page before the band goes on, and keep rules hold per column") {
  VList list;
  for (int i = 0; i < 30; ++i) list.boxes.push_back(column_line(i % 3 != 1));
  Diagnostics diags;
  auto pages = build_pages(list, Frame{210, 100}, diags);
  REQUIRE(pages.size() == 2);
  // A column may end only before a breakable box: 9 lines (boxes 0..8), as 10 may not start one.
  auto feet = column_feet(pages[0]);
  CHECK(feet[0] == 90);
  for (const PlacedBox& b : pages[0].boxes)
    if (b.x > 0 && b.y == 0) CHECK(list.boxes[std::size_t(b.index)].break_before);
  CHECK(diags.all().empty());
}

TEST_CASE("a turned box starts a page with the turned frame") {
  VList list;
  for (int i = 0; i < 5; ++i) list.boxes.push_back(line(30));
  VBox wide = line(30);
  wide.turned = true;
  wide.forced_break = true;
  list.boxes.push_back(wide);
  for (int i = 0; i < 3; ++i) {
    list.boxes.push_back(line(30));
    list.boxes.back().turned = true;
  }
  Diagnostics diags;
  auto pages = build_pages(list, Frame{100, 100}, Frame{200, 60}, ColumnStyle{}, diags);
  // 3 then 2 boxes on the document's frame, then two to a turned page 60pt tall.
  CHECK(boxes_per_page(pages) == std::vector<std::size_t>{3, 2, 2, 2});
  CHECK(!pages[1].turned);
  CHECK(pages[2].turned);
  CHECK(pages[3].turned);
}
