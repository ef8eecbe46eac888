// The page dump's format, item by item, on a page model built by hand: what the golden briefs
// reach only by chance (a value that rounds to -0, control characters, a dashed clipped path).
#include <catch2/catch.hpp>
#include <string>

#include "render/render.hpp"
#include "support.hpp"

using namespace briefing;

namespace {

PagedDocument one_page() {
  PagedDocument doc;
  doc.pages.resize(1);
  return doc;
}

}  // namespace

TEST_CASE(
    "dump: a text run prints its baseline, face by family and file stem, size, colour, "
    "shaped width") {
  const font::FontBook& fonts = test::project_fonts();
  PagedDocument doc = one_page();
  doc.info.title = "T";
  doc.info.creator = "briefing 9.9";
  FaceId bold = fonts.face("serif", true, false);
  doc.pages[0].items.push_back(GlyphRun{bold,
                                        10.5,
                                        56.694,
                                        -0.004,
                                        "Hà \"Nội\"\\\t",
                                        {1, 0.5, 0},
                                        {{1, 0.5f, 0, 0, 0}, {2, 0.5f, 0, 0, 1}}});
  doc.pages[0].items.push_back(GlyphRun{bold, 10, 1, 2, "ab", {}, {{1, 0.25f, 0, 0, 0}}, true});
  CHECK(render::dump_pages(doc, fonts) ==
        "briefing page dump 1\n"
        "title \"T\"\n"
        "page 1 size 595.28 841.89\n"
        "  text 56.69 0.00 serif/bold NotoSerif-Bold 10.50 #ff8000 10.50 \"Hà "
        "\\\"Nội\\\"\\\\\\x09\"\n"
        "  text 1.00 2.00 serif/bold NotoSerif-Bold 10.00 #000000 2.50 rtl \"ab\"\n");
}

TEST_CASE("dump: fills, strokes, links and the outline") {
  const font::FontBook& fonts = test::project_fonts();
  PagedDocument doc = one_page();
  doc.pages[0].width = 100;
  doc.pages[0].height = 200;
  doc.pages[0].items.push_back(Fill{{1, 2, 3, 4}, {0, 0, 1}});
  doc.pages[0].items.push_back(Stroke{1, 2, 3, 4, 0.6, {}});
  doc.pages[0].links.push_back(PageLink{{5, 6, 7, 8}, 0, 9.126});
  doc.pages[0].uris.push_back(UriLink{{1, 1, 1, 1}, "https://example.org"});
  doc.outline.push_back(OutlineEntry{"Sources", 2, 0, 70.866, {}});
  CHECK(render::dump_pages(doc, fonts) ==
        "briefing page dump 1\n"
        "page 1 size 100.00 200.00\n"
        "  fill 1.00 2.00 3.00 4.00 #0000ff\n"
        "  stroke 1.00 2.00 3.00 4.00 width 0.60 #000000\n"
        "  link 5.00 6.00 7.00 8.00 -> page 1 y 9.13\n"
        "  uri 1.00 1.00 1.00 1.00 -> \"https://example.org\"\n"
        "outline\n"
        "  level 2 page 1 y 70.87 \"Sources\"\n");
}

TEST_CASE("dump: a path is summarised by its points' box and what differs from the defaults") {
  const font::FontBook& fonts = test::project_fonts();
  PagedDocument doc = one_page();
  Path plain;
  plain.ops = {{PathVerb::move, {{{1, 2}}}}, {PathVerb::line, {{{5, 1}}}}};
  plain.stroke = Color{};
  doc.pages[0].items.push_back(plain);
  Path styled;
  styled.ops = {{PathVerb::move, {{{10, 10}}}},
                {PathVerb::curve, {{{0, 30}, {40, 5}, {20, 20}}}},
                {PathVerb::close, {}}};
  styled.fill = Color{1, 1, 1};
  styled.dash = {2, 1};
  styled.cap = LineCap::round;
  styled.join = LineJoin::bevel;
  styled.clip = {{PathVerb::move, {{{0, 0}}}}, {PathVerb::line, {{{8, 9}}}}};
  doc.pages[0].items.push_back(styled);
  Path empty;
  doc.pages[0].items.push_back(empty);
  CHECK(render::dump_pages(doc, fonts) ==
        "briefing page dump 1\n"
        "page 1 size 595.28 841.89\n"
        "  path 2 ops bbox 1.00 1.00 5.00 2.00 fill none stroke #000000 width 0.50\n"
        "  path 3 ops bbox 0.00 5.00 40.00 30.00 fill #ffffff stroke none dash 2,1 cap round "
        "join bevel clip 0.00 0.00 8.00 9.00\n"
        "  path 0 ops bbox none fill none stroke none\n");
}
