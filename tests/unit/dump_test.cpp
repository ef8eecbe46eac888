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
  // A run's glyphs are held elsewhere (by the FontBook); here, by the test.
  const PlacedGlyph two[] = {{1, 0.5f, 0, 0, 0}, {2, 0.5f, 0, 0, 1}};
  const PlacedGlyph one[] = {{1, 0.25f, 0, 0, 0}};
  doc.pages[0].items.push_back(
      GlyphRun{bold, 10.5, 56.694, -0.004, "Hà \"Nội\"\\\t", {1, 0.5, 0}, two});
  doc.pages[0].items.push_back(GlyphRun{bold, 10, 1, 2, "ab", {}, one, true});
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

TEST_CASE("a run's word and its spaces are drawn as one row of glyphs in visual order") {
  const PlacedGlyph word[] = {{7, 0.5f, 0, 0, 0}, {8, 0.5f, 0, 0, 1}};
  const PlacedGlyph space[] = {{3, 0.25f, 0, 0, 0}};
  GlyphRun run{0, 10, 0, 0, "ab ", {}, word, false, space, 2};
  std::vector<PlacedGlyph> scratch;
  auto ids = [](std::span<const PlacedGlyph> glyphs) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    for (const PlacedGlyph& g : glyphs) out.emplace_back(g.id, g.cluster);
    return out;
  };
  using Pairs = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  CHECK(ids(drawn_glyphs(run, scratch)) == Pairs{{7, 0}, {8, 1}, {3, 2}});
  // Right to left, the space after the word in the text is to its left on the line.
  run.rtl = true;
  CHECK(ids(drawn_glyphs(run, scratch)) == Pairs{{3, 2}, {7, 0}, {8, 1}});
  // Without spaces the run's own glyphs are drawn, not a copy.
  run.spaces = {};
  CHECK(drawn_glyphs(run, scratch).data() == word);
}
