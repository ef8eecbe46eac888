// Footnotes: the page builder gives each page the notes its lines mark, a note too long for its
// page goes on at the next page's foot, and the numbers do not depend on where the two-thread
// setting of a long block list cut it.
#include "layout/footnotes.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "support.hpp"

using namespace briefing;
using namespace briefing::layout;

namespace {

model::Style style(double size, double leading) {
  model::Style s;
  s.size = size;
  s.leading = leading;
  s.align = model::Align::justify;
  s.space_after = 4;
  return s;
}

// A paragraph of `sentences` sentences whose markers name notes `first`, `first + 1`…
model::Paragraph marked(int sentences, int first, int markers) {
  model::Paragraph p{{}, style(10, 13), {}};
  for (int i = 0; i < sentences; ++i) {
    p.runs.push_back(
        {"Delegations met in Hà Nội to review trade and tourism.", false, false, "", {}});
    if (i < markers) {
      model::Run marker{"\u1D50\u1D50", false, false, "", {}};
      marker.note = first + i;
      p.runs.push_back(marker);
    }
    p.runs.push_back({" ", false, false, "", {}});
  }
  return p;
}

model::Footnotes notes(int count, int long_one) {
  model::Footnotes f;
  f.style = style(8, 10);
  for (int i = 0; i < count; ++i) {
    std::string text = "A note on the sentence before its marker.";
    if (i == long_one)
      for (int k = 0; k < 30; ++k) text += " A long note goes on, sentence after sentence.";
    f.notes.push_back({{{text, false, false, "", {}}}, {}});
  }
  return f;
}

std::vector<model::Block> blocks() {
  std::vector<model::Block> out;
  for (int i = 0; i < 8; ++i) out.push_back(marked(6, i * 2, 2));
  return out;
}

// A page whose text frame is 300pt wide and 400pt tall.
model::PageSetup page() {
  model::PageSetup p;
  p.width = 400;
  p.height = 440;
  p.top = p.bottom = 20;
  p.inner = p.outer = 50;
  return p;
}

struct Built {
  std::vector<PageDraft> drafts;
  std::vector<std::vector<std::string>> markers;  // of each page's notes, in print order
  VList list;
};

Built build(std::size_t split, const model::Footnotes& f) {
  Diagnostics diags;
  model::PageSetup p = page();
  BlockContext ctx{test::project_fonts(), diags, 300, true, p};
  Built b;
  add_blocks_split(blocks(), split, ctx, b.list);
  FootnoteArea area(f, ctx);
  b.drafts = build_pages(b.list, Frame{300, frame_height(p)}, diags, &area);
  area.number(b.drafts, {});
  for (std::size_t i = 0; i < b.drafts.size(); ++i) {
    b.markers.emplace_back();
    for (const PlacedNote& n : b.drafts[i].notes)
      b.markers.back().push_back(area.marker(i, n.note));
  }
  CHECK(diags.all().empty());
  return b;
}

}  // namespace

TEST_CASE("every note prints on the page of its marker, under the text, lettered by page") {
  const auto f = notes(16, -1);
  const Built b = build(blocks().size(), f);
  REQUIRE(b.drafts.size() >= 2);
  int printed = 0;
  for (std::size_t i = 0; i < b.drafts.size(); ++i) {
    CAPTURE(i);
    const PageDraft& d = b.drafts[i];
    double text_end = 0;
    std::vector<int> marked_here;
    for (const PlacedBox& pb : d.boxes) {
      text_end = std::max(text_end, pb.y + pb.box->height);
      for (const PageSlot& slot : pb.box->content.slots) marked_here.push_back(slot.note);
    }
    for (const PlacedNote& n : d.notes) {
      CHECK(n.y >= text_end);
      CHECK(std::find(marked_here.begin(), marked_here.end(), n.note) != marked_here.end());
      CHECK(n.first == 0);
      ++printed;
    }
    if (!d.notes.empty()) CHECK(b.markers[i].front() == "\u1D43");
  }
  CHECK(printed == 16);
}

TEST_CASE("a note too long for its page goes on at the next page's foot, before its notes") {
  const auto f = notes(16, 5);
  const Built b = build(blocks().size(), f);
  std::size_t lines = 0, pages_of_five = 0;
  for (std::size_t i = 0; i < b.drafts.size(); ++i)
    for (std::size_t k = 0; k < b.drafts[i].notes.size(); ++k) {
      const PlacedNote& n = b.drafts[i].notes[k];
      if (n.note != 5) continue;
      ++pages_of_five;
      CHECK(n.end - n.first >= 2);  // never a single line on either page
      if (n.first > 0) {
        CHECK(k == 0);       // the continued part first
        CHECK(n.box == -1);  // and no marker of its own
        CHECK(b.markers[i][0] == b.markers[i - 1].back());
      }
      lines += n.end - n.first;
    }
  CHECK(pages_of_five >= 2);
  CHECK(lines > 15);  // all of it, over two pages
}

TEST_CASE("notes and their numbers do not depend on where two threads cut the block list") {
  const auto f = notes(16, 5);
  const Built one = build(blocks().size(), f);
  for (std::size_t split = 0; split < blocks().size(); ++split) {
    CAPTURE(split);
    const Built two = build(split, f);
    REQUIRE(two.drafts.size() == one.drafts.size());
    CHECK(two.markers == one.markers);
    for (std::size_t i = 0; i < one.drafts.size(); ++i) {
      REQUIRE(two.drafts[i].notes.size() == one.drafts[i].notes.size());
      for (std::size_t k = 0; k < one.drafts[i].notes.size(); ++k) {
        CHECK(two.drafts[i].notes[k].note == one.drafts[i].notes[k].note);
        CHECK(two.drafts[i].notes[k].first == one.drafts[i].notes[k].first);
        CHECK(two.drafts[i].notes[k].y == one.drafts[i].notes[k].y);
      }
    }
  }
}
