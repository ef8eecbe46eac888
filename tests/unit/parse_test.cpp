#include "parse/parse.hpp"

#include <catch2/catch.hpp>

#include "parse/stamp_reader.hpp"
#include "parse_fixture.hpp"

using namespace briefing;
using briefing::testing::ScratchBrief;
using Catch::Matchers::VectorContains;
using Strings = std::vector<std::string>;

namespace {

// A layout made only of the given <styles> content plus whatever follows it.
std::string layout_file(const std::string& inside) { return "<layout>\n" + inside + "</layout>\n"; }

const std::string brief_using_layout_file = R"(<brief layout="layout.xml">
  <title>T</title>
</brief>
)";

Strings parse_errors(const ScratchBrief& scratch) {
  Diagnostics diags;
  auto spec = scratch.parse(diags);
  CHECK_FALSE(spec);
  return scratch.messages(diags);
}

Strings brief_errors(const std::string& brief) {
  ScratchBrief scratch;
  scratch.write("brief.xml", brief);
  return parse_errors(scratch);
}

Strings layout_errors(const std::string& layout) {
  ScratchBrief scratch;
  scratch.write("brief.xml", brief_using_layout_file).write("layout.xml", layout);
  return parse_errors(scratch);
}

}  // namespace

TEST_CASE("a brief and its layout parse into a BriefSpec", "[parse]") {
  Diagnostics diags;
  auto spec =
      parse::parse_brief(BRIEFING_TEST_DATA "/parse/good", {BRIEFING_TEST_DATA "/parse"}, diags);
  REQUIRE(diags.all().empty());
  REQUIRE(spec);

  CHECK(spec->meta.title == "Harbour Policy Review");
  CHECK(spec->meta.date == "2025-03-07");
  CHECK(spec->meta.classification == "Restricted");
  CHECK(spec->meta.lang == "en-GB");
  CHECK(spec->meta.subtitle.empty());
  REQUIRE(spec->sources.size() == 2);
  CHECK(spec->sources[0].agency == "Port News");
  CHECK(spec->sources[1].file == "articles/two.txt");
  CHECK(spec->sources[1].where.line == 13);

  REQUIRE(spec->body.size() == 5);
  const auto& contents = std::get<parse::ContentsSpec>(spec->body[0]);
  CHECK(contents.title == "In this brief");
  CHECK(contents.depth == 3);
  CHECK(std::holds_alternative<parse::PageBreakSpec>(spec->body[1]));
  const auto& trade = std::get<parse::SectionSpec>(spec->body[3]);
  CHECK(trade.title == "Trade");
  CHECK(trade.where.line == 21);
  CHECK(trade.where.col == 3);
  REQUIRE(trade.blocks.size() == 5);
  CHECK(std::get<parse::ParagraphSpec>(trade.blocks[0]).keep_together);
  const auto& table = std::get<parse::TableSpec>(trade.blocks[2]);
  CHECK(table.widths == std::vector<double>{1, 3});
  CHECK(table.head.size() == 1);
  CHECK(table.rows[0].cells[1].align == parse::Align::right);
  const auto& outlook = std::get<parse::SectionSpec>(trade.blocks[3]);
  const auto& risks = std::get<parse::SectionSpec>(outlook.blocks[1]);
  CHECK_FALSE(risks.in_toc);
  CHECK(std::get<parse::ChartSpec>(risks.blocks[1]).height == Approx(50 * parse::points_per_mm));

  const auto& layout = spec->layout;
  CHECK(layout.number_headings);
  CHECK(layout.page.size == parse::PaperSize::letter);
  CHECK(layout.page.top == Approx(56.6929));
  CHECK(layout.page.bottom == Approx(72));
  CHECK(layout.page.inner == Approx(56.6929));
  CHECK(layout.page.outer == Approx(36));
  CHECK_FALSE(layout.page.mirror);
  CHECK(layout.styles.size() == 24);
  CHECK(layout.header.left == "{title}");
  CHECK(layout.header.rule == Approx(0.5));
  CHECK(layout.footer.center == "Page {page} of {pages}");
  CHECK(layout.footer.rule_color == Color{0x99 / 255.0, 0x99 / 255.0, 0x99 / 255.0});
  CHECK(layout.cover.size() == 5);
  CHECK(layout.font_manifest.empty());
}

TEST_CASE("inline markup becomes runs that keep their emphasis and whitespace", "[parse]") {
  Diagnostics diags;
  auto spec =
      parse::parse_brief(BRIEFING_TEST_DATA "/parse/good", {BRIEFING_TEST_DATA "/parse"}, diags);
  REQUIRE(spec);
  const auto& summary = std::get<parse::SectionSpec>(spec->body[2]);
  const auto& lead = std::get<parse::ParagraphSpec>(summary.blocks[0]);
  CHECK(lead.style == "lead");
  REQUIRE(lead.content.size() == 8);
  CHECK(lead.content[0].text == "The ");
  CHECK(lead.content[1].text == "new");
  CHECK(lead.content[1].emphasis);
  CHECK(lead.content[3].text == "opens ");
  CHECK(lead.content[3].strong);
  CHECK_FALSE(lead.content[3].emphasis);
  CHECK(lead.content[4].text == "soon");
  CHECK((lead.content[4].strong && lead.content[4].emphasis));
  CHECK(lead.content[5].text == ";\n      see ");
  CHECK(lead.content[6].href == "https://example.org/quay");
  CHECK(lead.content[6].where.line == 19);
  CHECK(lead.content[6].where.col == 49);
}

TEST_CASE("malformed XML is reported with pugixml's description at its position", "[parse]") {
  CHECK(brief_errors(R"(<brief layout="minimal">
  <title>T</title>
  <section title="A">
    <p>text</section>
</brief>
)") == Strings{"brief.xml:4:14: error: malformed XML: Start-end tags mismatch"});
}

TEST_CASE("text that is not UTF-8 is reported at its byte", "[parse]") {
  CHECK(brief_errors("<brief layout=\"minimal\">\n  <title>caf\xC3(</title>\n</brief>\n") ==
        Strings{"brief.xml:2:13: error: invalid UTF-8: byte 0xC3 at offset 37"});
}

TEST_CASE("unknown elements name the expected ones and the likely intent", "[parse]") {
  CHECK(brief_errors(R"(<brief layout="minimal">
  <title>T</title>
  <sektion title="A"/>
  <section title="B"><p>a <b>bold</b></p></section>
</brief>
)") == Strings{"brief.xml:3:3: error: unknown element <sektion> in <brief> (did you mean "
               "<section>?); expected one of: <title>, <subtitle>, <date>, <classification>, "
               "<author>, <subject>, <keywords>, <sources>, <facts>, <stamp>, <section>, <p>, "
               "<list>, <table>, <image>, <keyfigures>, <quote>, <chart>, <figure>, "
               "<list-of-figures>, <list-of-tables>, <contents>, <pagebreak>, <sources-list>, "
               "<new-facts>",
               "brief.xml:4:27: error: unknown element <b> in text; expected one of: <em>, "
               "<strong>, <link>, <fact>, <ref>, <literal>, <footnote>"});
}

TEST_CASE("unknown attributes list the allowed names", "[parse]") {
  CHECK(layout_errors(layout_file(R"(  <styles>
    <style name="x" colour="#000000"/>
  </styles>
  <cover><spacer height="1pt" widht="2pt"/></cover>
)")) == Strings{
            "layout.xml:3:21: error: unknown attribute 'colour' on <style> (did you mean "
            "'color'?); allowed: name, parent, family, bold, italic, size, leading, color, "
            "align, space-before, space-after, indent, first-indent, hyphenate, keep-with-next, "
            "keep-together, page-break-before, uppercase, background, rule, rule-color, padding, "
            "features, dir, place, span",
            "layout.xml:5:31: error: unknown attribute 'widht' on <spacer>; allowed: height"});
}

TEST_CASE("bad values say what was expected", "[parse]") {
  CHECK(layout_errors(layout_file(R"(  <page size="big" top="25" mirror="yes"/>
  <styles>
    <style name="x" color="blue" align="centre" size="0pt"/>
  </styles>
)")) == Strings{
            "layout.xml:2:9: error: bad value 'big' for 'size' on <page>: expected one of A4, "
            "Letter",
            "layout.xml:2:20: error: bad value '25' for 'top' on <page>: expected a length such "
            "as 12pt or 20mm (units: pt, mm, cm, in)",
            "layout.xml:2:29: error: bad value 'yes' for 'mirror' on <page>: expected true or "
            "false",
            "layout.xml:4:21: error: bad value 'blue' for 'color' on <style>: expected a colour "
            "#rrggbb such as #1f3a5f",
            "layout.xml:4:34: error: bad value 'centre' for 'align' on <style>: expected one of "
            "left, right, center, justify (did you mean center?)",
            "layout.xml:4:49: error: 'size' must be greater than 0pt"});
}

TEST_CASE("missing required attributes and elements are named", "[parse]") {
  CHECK(brief_errors(R"(<brief layout="minimal">
  <section><p>x</p></section>
  <list type="bullet"/>
</brief>
)") == Strings{"brief.xml:1:1: error: element <title> is missing from <brief>",
               "brief.xml:2:3: error: attribute 'title' is missing from <section>",
               "brief.xml:3:3: error: element <item> is missing from <list>"});
  CHECK(brief_errors("<brief>\n  <title>T</title>\n</brief>\n") ==
        Strings{"brief.xml:1:1: error: attribute 'layout' is missing from <brief>"});
}

TEST_CASE("a missing brief.xml or layout file is an error", "[parse]") {
  ScratchBrief empty;
  CHECK(parse_errors(empty) ==
        Strings{"brief.xml: error: cannot read file (it does not exist or is not readable)"});

  CHECK(brief_errors("<brief layout=\"nope\">\n  <title>T</title>\n</brief>\n") ==
        Strings{"brief.xml:1:8: error: layout 'nope' not found (looked for " BRIEFING_TEST_DATA
                "/parse/layouts/nope.xml)"});
  CHECK(brief_errors("<brief layout=\"my.xml\">\n  <title>T</title>\n</brief>\n") ==
        Strings{"brief.xml:1:8: error: layout 'my.xml' not found (looked for my.xml)"});
}

TEST_CASE("a layout file next to the brief may be named by its path", "[parse]") {
  ScratchBrief scratch;
  scratch.write("brief.xml", brief_using_layout_file)
      .write("layout.xml", layout_file("  <styles><style name=\"s\"/></styles>\n"));
  Diagnostics diags;
  auto spec = scratch.parse(diags);
  REQUIRE(spec);
  CHECK(spec->layout.path == scratch.dir() + "/layout.xml");
  CHECK(spec->layout.styles.size() == 1);
}

TEST_CASE("source articles must exist and have distinct ids", "[parse]") {
  ScratchBrief scratch;
  scratch.write("articles/a.txt", "text").write("brief.xml", R"(<brief layout="minimal">
  <title>T</title>
  <sources>
    <article id="a" file="articles/a.txt" title="One" date="2025-02-30"/>
    <article id="b" file="articles/missing.txt" title="Two"/>
    <article id="a" file="articles/a.txt" title="Three"/>
  </sources>
</brief>
)");
  CHECK(parse_errors(scratch) ==
        Strings{"brief.xml:4:55: error: bad date '2025-02-30': expected an ISO 8601 date such as "
                "2026-01-15",
                "brief.xml:5:21: error: source file 'articles/missing.txt' does not exist (looked "
                "for articles/missing.txt)",
                "brief.xml:6:14: error: duplicate article id 'a' (the first is at line 4)"});
}

TEST_CASE("duplicate singletons and styles are errors", "[parse]") {
  CHECK(layout_errors(layout_file(R"(  <styles>
    <style name="x"/>
    <style name="x" bold="true"/>
  </styles>
  <styles/>
)")) == Strings{"layout.xml:4:5: error: duplicate style 'x' (the first is at line 3)",
                "layout.xml:6:3: error: duplicate <styles> (the first is at line 2)"});
}

TEST_CASE("fields in the layout must be known ones", "[parse]") {
  CHECK(layout_errors(layout_file(R"(  <styles><style name="running"/></styles>
  <header>
    <left>{title} · {titel}</left>
  </header>
  <cover>
    <text style="running">For
      <em>{clasification}</em></text>
  </cover>
)")) == Strings{"layout.xml:4:22: error: unknown field {titel} (did you mean {title}?); fields: "
                "{title}, {subtitle}, {author}, {date}, {classification}, {section}, {page}, "
                "{pages}, {period}",
                "layout.xml:8:11: error: unknown field {clasification} (did you mean "
                "{classification}?); fields: {title}, {subtitle}, {author}, {date}, "
                "{classification}, {section}, {page}, {pages}, {period}"});
}

TEST_CASE("structure errors: loose text, table columns, nesting depth", "[parse]") {
  CHECK(brief_errors(R"(<brief layout="minimal">
  <title>T</title>
  <list>stray<item>x</item></list>
  <table widths="1,x"><row><cell>a</cell></row></table>
  <table><row><cell>a</cell><cell>b</cell></row><row><cell>c</cell></row></table>
  <section title="1"><section title="2"><section title="3"><section title="4"/>
  </section></section></section>
</brief>
)") == Strings{"brief.xml:3:9: error: text is not allowed directly in <list>; expected "
               "elements: <item>",
               "brief.xml:4:10: error: bad value '1,x' for 'widths' on <table>: expected "
               "positive numbers separated by commas, such as 2,3,3",
               "brief.xml:5:49: error: row has cells for 1 columns but the table has 2 columns "
               "(from its first row)",
               "brief.xml:6:60: error: sections nest at most 3 deep; this one is at depth 4"});
}

TEST_CASE("every problem in both files is reported in one run", "[parse]") {
  ScratchBrief scratch;
  scratch.write("brief.xml", R"(<brief layout="layout.xml" colour="red">
  <title>T</title>
  <date>next week</date>
</brief>
)");
  scratch.write("layout.xml", layout_file("  <page size=\"A5\"/>\n  <styles/>\n"));
  CHECK(parse_errors(scratch) ==
        Strings{"brief.xml:1:28: error: unknown attribute 'colour' on <brief>; allowed: layout, "
                "lang",
                "brief.xml:3:3: error: bad date 'next week': expected an ISO 8601 date such as "
                "2026-01-15",
                "layout.xml:2:9: error: bad value 'A5' for 'size' on <page>: expected one of A4, "
                "Letter (did you mean A4?)"});
}

TEST_CASE("text is NFC-normalised", "[parse]") {
  ScratchBrief scratch;
  // "Cafe" + U+0301 COMBINING ACUTE ACCENT, in element text and in an attribute.
  scratch.write("brief.xml",
                "<brief layout=\"minimal\">\n  <title>Cafe\xCC\x81</title>\n"
                "  <section title=\"Re\xCC\x81sume\xCC\x81\"><p>Cafe\xCC\x81 "
                "<em>nai\xCC\x88ve</em></p></section>\n</brief>\n");
  Diagnostics diags;
  auto spec = scratch.parse(diags);
  REQUIRE(spec);
  CHECK(spec->meta.title == "Caf\xC3\xA9");
  const auto& section = std::get<parse::SectionSpec>(spec->body[0]);
  CHECK(section.title == "R\xC3\xA9sum\xC3\xA9");
  const auto& p = std::get<parse::ParagraphSpec>(section.blocks[0]);
  CHECK(p.content[0].text == "Caf\xC3\xA9 ");
  CHECK(p.content[1].text == "na\xC3\xAFve");
}

TEST_CASE("a long table's rows keep their order and their messages' order", "[parse]") {
  // Long enough to be read on two threads (blocks.cpp); errors in both halves.
  std::string rows;
  for (int i = 1; i <= 100; ++i) {
    const char* align = i == 3 ? "centre" : i == 90 ? "middle" : "left";
    rows += "    <row><cell align=\"" + std::string(align) + "\">r" + std::to_string(i) +
            "</cell></row>\n";
  }
  std::string brief =
      "<brief layout=\"minimal\">\n  <title>T</title>\n  <section title=\"S\">\n"
      "   <table>\n" +
      rows + "   </table>\n  </section>\n</brief>\n";
  auto errors = brief_errors(brief);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].rfind("brief.xml:7:", 0) == 0);
  CHECK(errors[0].find("'centre'") != std::string::npos);
  CHECK(errors[1].rfind("brief.xml:94:", 0) == 0);
  CHECK(errors[1].find("'middle'") != std::string::npos);

  ScratchBrief scratch;
  for (const char* bad : {"centre", "middle"})
    for (auto at = brief.find(bad); at != std::string::npos; at = brief.find(bad))
      brief.replace(at, std::string(bad).size(), "right");
  scratch.write("brief.xml", brief);
  Diagnostics diags;
  auto spec = scratch.parse(diags);
  REQUIRE(spec);
  const auto& section = std::get<parse::SectionSpec>(spec->body.at(0));
  const auto& table = std::get<parse::TableSpec>(section.blocks.at(0));
  REQUIRE(table.rows.size() == 100);
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    CHECK(table.rows[i].where.line == int(i) + 5);
    CHECK(table.rows[i].cells.at(0).align ==
          (i == 2 || i == 89 ? parse::Align::right : parse::Align::left));
  }
}

TEST_CASE("a stamp's pages are all, or numbers and forward ranges from 1", "[parse]") {
  using parse::PageSpan;
  auto spans = [](std::string_view text) {
    std::vector<std::pair<int, int>> out;
    auto parsed = parse::parse_pages(text);
    for (const PageSpan& span : parsed.value()) out.emplace_back(span.first, span.last);
    return out;
  };
  CHECK(spans("all").empty());
  CHECK(spans("1") == std::vector<std::pair<int, int>>{{1, 1}});
  CHECK(spans("2-") == std::vector<std::pair<int, int>>{{2, 0}});
  CHECK(spans("1, 3-5,9-") == std::vector<std::pair<int, int>>{{1, 1}, {3, 5}, {9, 0}});
  for (const char* bad : {"", "0", "0-3", "5-2", "-3", "1,,2", "a", "+1", "1-2-3", "100000", "All"})
    CHECK_FALSE(parse::parse_pages(bad));
}

TEST_CASE("cells take the first column a row span from above leaves free", "[parse]") {
  ScratchBrief scratch;
  scratch.write("brief.xml", R"(<brief layout="minimal">
  <title>T</title>
  <section title="S">
   <table aligns="left,decimal,decimal">
    <head>
     <row><cell rowspan="2">a</cell><cell colspan="2">b</cell></row>
     <row><cell>c</cell><cell>d</cell></row>
    </head>
    <row><cell rowspan="2">e</cell><cell>1.5</cell><cell align="left">2</cell></row>
    <row><cell>f</cell><cell>g</cell></row>
   </table>
  </section>
</brief>
)");
  Diagnostics diags;
  auto spec = scratch.parse(diags);
  REQUIRE(spec);
  const auto& section = std::get<parse::SectionSpec>(spec->body.at(0));
  const auto& table = std::get<parse::TableSpec>(section.blocks.at(0));
  CHECK(table.columns == 3);
  auto columns = [](const parse::RowSpec& row) {
    std::vector<std::uint32_t> out;
    for (const auto& cell : row.cells) out.push_back(cell.column);
    return out;
  };
  CHECK(columns(table.head[0]) == std::vector<std::uint32_t>{0, 1});
  CHECK(columns(table.head[1]) == std::vector<std::uint32_t>{1, 2});
  CHECK(columns(table.rows[1]) == std::vector<std::uint32_t>{1, 2});
  // A decimal column's body cells align on their point unless they give their own alignment;
  // its head cells are set right.
  CHECK(table.rows[0].cells[1].decimal);
  CHECK_FALSE(table.rows[0].cells[2].decimal);
  CHECK(table.rows[0].cells[2].align == parse::Align::left);
  CHECK(table.head[1].cells[0].align == parse::Align::right);
  CHECK_FALSE(table.head[1].cells[0].decimal);
}
