#include "model/model.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/text.hpp"
#include "parse_fixture.hpp"

using namespace briefing;
using briefing::testing::ScratchBrief;
using Catch::Matchers::VectorContains;
using Strings = std::vector<std::string>;

namespace {

const std::string good_brief = BRIEFING_TEST_DATA "/parse/good";

// A running element's parts as the layout wrote them, page fields by name.
std::string written(const model::RunningText& parts) {
  static const char* const names[] = {"", "{section}", "{page}", "{pages}"};
  std::string s;
  for (const auto& part : parts)
    s += part.field == model::RunningPart::Field::none ? part.text : names[int(part.field)];
  return s;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The test layout with one piece of text replaced.
std::string minimal_layout_with(const std::string& from, const std::string& to) {
  auto text = read_text(testing::parse_data_dir + "/layouts/minimal.xml");
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

model::Document build(const std::string& brief_dir, const std::string& data_dir) {
  Diagnostics diags;
  auto spec = parse::parse_brief(brief_dir, {data_dir}, diags);
  REQUIRE(spec);
  auto doc = model::build_document(*spec, diags);
  INFO((diags.all().empty() ? "" : format_diagnostic(diags.all().front())));
  REQUIRE(diags.all().empty());
  REQUIRE(doc);
  return std::move(*doc);
}

model::Document build(const ScratchBrief& scratch) {
  return build(scratch.dir(), testing::parse_data_dir);
}

// The diagnostics of a brief that parses but does not make a document.
Strings model_errors(const ScratchBrief& scratch) {
  Diagnostics diags;
  auto spec = scratch.parse(diags);
  REQUIRE(spec);
  CHECK_FALSE(model::build_document(*spec, diags));
  return scratch.messages(diags);
}

Strings texts(const std::vector<model::Run>& runs) {
  Strings out;
  for (const auto& run : runs) out.push_back(run.text);
  return out;
}

template <class T>
const T& block(const std::vector<model::Block>& blocks, std::size_t i) {
  REQUIRE(i < blocks.size());
  REQUIRE(std::holds_alternative<T>(blocks[i]));
  return std::get<T>(blocks[i]);
}

Color gray(int level) { return {level / 255.0, level / 255.0, level / 255.0}; }

}  // namespace

TEST_CASE("metadata, page and running bands come from the brief and its layout", "[model]") {
  auto doc = build(good_brief, testing::parse_data_dir);
  CHECK(doc.meta.title == "Harbour Policy Review");
  CHECK(doc.meta.date == "2025-03-07");
  CHECK(doc.meta.lang == "en-GB");
  CHECK(doc.meta.author == "Policy Unit");
  CHECK(doc.meta.keywords == "ports, trade");

  CHECK(doc.page.width == 612);
  CHECK(doc.page.height == 792);
  CHECK(doc.page.top == Approx(20 * 72 / 25.4));
  CHECK(doc.page.outer == Approx(36));
  CHECK_FALSE(doc.page.mirror);

  CHECK(written(doc.header.left) == "Harbour Policy Review");
  CHECK(written(doc.header.right) == "{section}");
  CHECK(doc.header.style.name == "running");
  CHECK(doc.header.rule_width == Approx(0.5));
  CHECK(doc.header.rule_color == gray(0x55));  // the style's colour when none is given
  CHECK(doc.header.distance == Approx(8 * 72 / 25.4));
  CHECK(written(doc.footer.left) == "Restricted");
  CHECK(written(doc.footer.center) == "Page {page} of {pages}");
  CHECK(doc.footer.rule_color == gray(0x99));
  CHECK(doc.footer.distance == Approx(10 * 72 / 25.4));
}

TEST_CASE("the cover gets its fields filled and drops lines left empty", "[model]") {
  auto doc = build(good_brief, testing::parse_data_dir);
  REQUIRE(doc.cover.size() == 4);  // the {subtitle} line is gone: the brief has none
  CHECK(block<model::Spacer>(doc.cover, 0).height == Approx(40 * 72 / 25.4));
  const auto& title = block<model::Paragraph>(doc.cover, 1);
  CHECK(texts(title.runs) == Strings{"Harbour Policy Review"});
  CHECK(title.style.name == "cover-title");
  CHECK(title.style.uppercase);
  const auto& rule = block<model::Rule>(doc.cover, 2);
  CHECK(rule.width == Approx(1));
  CHECK(rule.color == gray(0x44));
  CHECK(rule.space_before == Approx(6));
  const auto& dated = block<model::Paragraph>(doc.cover, 3);
  CHECK(texts(dated.runs) == Strings{"Dated", " 7 March 2025 \xC2\xB7 Restricted"});
  CHECK(dated.runs[0].emphasis);
}

TEST_CASE("sections become numbered headings followed by their blocks", "[model]") {
  auto doc = build(good_brief, testing::parse_data_dir);
  const auto& body = doc.body;
  REQUIRE(body.size() == 17);
  const auto& toc = block<model::Toc>(body, 0);
  CHECK(toc.title == "In this brief");
  CHECK(toc.depth == 3);
  CHECK(toc.title_style.page_break_before);
  CHECK(toc.sub_style.name == "toc-2");
  block<model::PageBreak>(body, 1);

  struct Expected {
    std::size_t index;
    int level;
    std::string number, text;
    bool in_toc;
  };
  for (const auto& e :
       {Expected{2, 1, "", "Summary", true}, Expected{4, 1, "1", "Trade", true},
        Expected{8, 2, "1.1", "Outlook", true}, Expected{10, 3, "1.1.1", "Risks", false},
        Expected{13, 2, "1.2", "Ports", true}, Expected{15, 1, "2", "Sources", true}}) {
    const auto& heading = block<model::Heading>(body, e.index);
    CHECK(heading.level == e.level);
    CHECK(heading.number == e.number);
    CHECK(heading.plain == e.text);
    CHECK(heading.in_toc == e.in_toc);
    CHECK(heading.style.name == "h" + std::to_string(e.level));
  }
  CHECK(block<model::Heading>(body, 4).where.line == 21);
}

TEST_CASE("blocks carry their content and styles", "[model]") {
  auto doc = build(good_brief, testing::parse_data_dir);
  const auto& body = doc.body;
  const auto& lead = block<model::Paragraph>(body, 3);
  CHECK(texts(lead.runs) ==
        Strings{"The ", "new", " quay ", "opens ", "soon", "; see ", "the plan", "."});
  CHECK(lead.runs[6].href == "https://example.org/quay");
  CHECK(lead.style.name == "lead");

  CHECK(block<model::Paragraph>(body, 5).style.keep_together);
  CHECK_FALSE(block<model::Paragraph>(body, 14).style.keep_together);
  const auto& list = block<model::ListBlock>(body, 6);
  CHECK(list.numbered);
  REQUIRE(list.items.size() == 2);
  CHECK(texts(list.items[1].runs) == Strings{"Second"});
  CHECK(list.items[1].style.name == "list");

  const auto& table = block<model::Table>(body, 7);
  CHECK(table.widths == std::vector<double>{0.25, 0.75});
  CHECK(table.caption == "Tonnage");
  REQUIRE(table.header.size() == 1);
  CHECK(texts(table.header[0].cells[1].runs) == Strings{"Tonnes"});
  CHECK(table.rows[0].cells[1].align == model::Align::right);
  CHECK(table.head_style.has_background);
  CHECK(table.head_style.background == gray(0xe0));

  const auto& figures = block<model::KeyFigures>(body, 9);
  REQUIRE(figures.figures.size() == 1);
  CHECK(figures.figures[0].value == "12 %");
  CHECK(figures.figures[0].note == "year on year");
  CHECK(texts(figures.figures[0].label) == Strings{"Growth"});
  CHECK(figures.box_style.padding == Approx(6));

  const auto& quote = block<model::Quote>(body, 11);
  CHECK(quote.attribution == "Harbour master");
  CHECK(texts(quote.paragraphs[0].runs) == Strings{"Tides ", "rule", "."});
  CHECK(quote.paragraphs[0].style.name == "quote");
  CHECK(quote.style.rule_width == Approx(1));

  const auto& chart = block<model::Chart>(body, 12);
  CHECK(chart.spec.kind == chart::ChartKind::line);
  CHECK(chart.spec.title == "Volumes");
  CHECK(chart.height == Approx(50 * 72 / 25.4));
  REQUIRE(chart.spec.data.series.size() == 1);
  CHECK(chart.spec.data.series[0].values == std::vector<double>{1, 2});
}

TEST_CASE("<sources-list/> lists the brief's articles", "[model]") {
  auto doc = build(good_brief, testing::parse_data_dir);
  const auto& sources = block<model::ListBlock>(doc.body, 16);
  CHECK(sources.numbered);
  CHECK(sources.style.name == "list");
  REQUIRE(sources.items.size() == 2);
  CHECK(texts(sources.items[0].runs) ==
        Strings{"Port News, \u201CQuay works begin\u201D, 14 February 2025 (one.txt)"});
  CHECK(texts(sources.items[1].runs) == Strings{"\u201CUntitled wire\u201D (two.txt)"});
  CHECK(sources.items[1].where.line == 13);
}

TEST_CASE("styles inherit from their parents", "[model]") {
  auto doc = build(good_brief, testing::parse_data_dir);
  // h3 <- h2 <- h1 <- base
  const auto& h3 = block<model::Heading>(doc.body, 10).style;
  CHECK(h3.family == "sans");
  CHECK(h3.bold);
  CHECK(h3.italic);
  CHECK(h3.size == Approx(13));
  CHECK(h3.leading == Approx(16));
  CHECK(h3.keep_with_next);
  CHECK(h3.color == gray(0x20));
  // lead <- body <- base: a new size without a leading keeps base's 13/10 proportion.
  const auto& lead = block<model::Paragraph>(doc.body, 3).style;
  CHECK(lead.size == Approx(12));
  CHECK(lead.leading == Approx(15.6));
  CHECK(lead.align == model::Align::justify);
  CHECK(lead.hyphenate);
  CHECK(lead.space_after == Approx(6));
  CHECK(lead.family == "serif");
}

namespace {

// The test layout with h1's and h3's `features` set (empty: not set).
std::string layout_with_features(const std::string& h1, const std::string& h3) {
  auto text = minimal_layout_with("keep-with-next=\"true\"/>",
                                  "keep-with-next=\"true\" features=\"" + h1 + "\"/>");
  std::string h3_style = "<style name=\"h3\" parent=\"h2\" italic=\"true\"";
  auto at = text.find(h3_style);
  REQUIRE(at != std::string::npos);
  return text.insert(at + h3_style.size(), h3.empty() ? "" : " features=\"" + h3 + "\"");
}

const std::string three_levels =
    "<brief layout=\"layout.xml\"><title>T</title>\n"
    "<section title=\"A\"><section title=\"B\"><section title=\"C\"/></section></section>\n"
    "<p>x</p></brief>\n";

}  // namespace

TEST_CASE("OpenType features are inherited until a style sets its own", "[model]") {
  ScratchBrief scratch;
  scratch.write("brief.xml", three_levels);
  scratch.write("layout.xml", layout_with_features("-liga, +smcp", "ss01,salt=2"));
  auto doc = build(scratch);
  using font::Feature;
  const std::vector<Feature> h1{{{'l', 'i', 'g', 'a'}, 0}, {{'s', 'm', 'c', 'p'}, 1}};
  CHECK(block<model::Heading>(doc.body, 0).style.features == h1);
  CHECK(block<model::Heading>(doc.body, 1).style.features == h1);  // h2 sets none
  // A style's own list replaces its parent's whole, as CSS's font-feature-settings does.
  CHECK(block<model::Heading>(doc.body, 2).style.features ==
        std::vector<Feature>{{{'s', 's', '0', '1'}, 1}, {{'s', 'a', 'l', 't'}, 2}});
  CHECK(block<model::Paragraph>(doc.body, 3).style.features.empty());
}

TEST_CASE("a malformed or repeated feature is an error at the attribute", "[model]") {
  ScratchBrief scratch;
  scratch.write("brief.xml", three_levels);
  scratch.write("layout.xml", layout_with_features("-liga,,+smcp", "liga,-liga"));
  CHECK(model_errors(scratch) ==
        Strings{"layout.xml:10:34: error: bad value '-liga,,+smcp' for 'features' on <style>: "
                "an empty item (features are separated by single commas)",
                "layout.xml:12:48: error: bad value 'liga,-liga' for 'features' on <style>: "
                "the feature 'liga' is set twice"});
}

TEST_CASE("style cycles, unknown parents and missing required styles are errors", "[model]") {
  ScratchBrief scratch;
  scratch.write("brief.xml", "<brief layout=\"layout.xml\"><title>T</title></brief>\n");
  scratch.write("layout.xml", R"(<layout>
  <styles>
    <style name="base"/>
    <style name="a" parent="b"/>
    <style name="b" parent="a"/>
    <style name="self" parent="self"/>
    <style name="c" parent="bsae"/>
  </styles>
</layout>
)");
  auto errors = model_errors(scratch);
  CHECK_THAT(errors, VectorContains(
                         std::string("layout.xml:4:5: error: style cycle: a \u2192 b \u2192 a")));
  CHECK_THAT(errors,
             VectorContains(std::string("layout.xml:6:5: error: style cycle: self \u2192 self")));
  CHECK_THAT(errors, VectorContains(std::string("layout.xml:7:21: error: style 'c' has an "
                                                "unknown parent 'bsae' (did you mean 'base'?)")));
  CHECK_THAT(errors, VectorContains(std::string(
                         "layout.xml:2:3: error: the layout defines no style 'body', which <p> "
                         "needs")));
  CHECK_THAT(errors, VectorContains(std::string(
                         "layout.xml:2:3: error: the layout defines no style 'keyfig-note', "
                         "which <keyfigures> needs")));
  auto missing = std::count_if(errors.begin(), errors.end(), [](const std::string& e) {
    return e.find("defines no style") != std::string::npos;
  });
  CHECK(missing == 20);
  CHECK(errors.size() == 23);
}

TEST_CASE("a style named in the brief or the layout must exist", "[model]") {
  ScratchBrief scratch;
  scratch.write("brief.xml", R"(<brief layout="layout.xml">
  <title>T</title>
  <p style="leed">x</p>
</brief>
)");
  scratch.write("layout.xml", minimal_layout_with("<text style=\"cover-title\">",
                                                  "<text style=\"cover-tilte\">"));
  CHECK(model_errors(scratch) ==
        Strings{"layout.xml:42:5: error: unknown style 'cover-tilte' (did you mean "
                "'cover-title'?)",
                "brief.xml:3:3: error: unknown style 'leed' (did you mean 'lead'?)"});
}

TEST_CASE("headings are unnumbered unless the layout asks, and below numbered=false", "[model]") {
  ScratchBrief scratch;
  scratch.write("brief.xml", R"(<brief layout="layout.xml">
  <title>T</title>
  <section title="Key points" numbered="false"><section title="Inside"/></section>
  <section title="One"><section title="One.One"/></section>
</brief>
)");
  scratch.write("layout.xml", minimal_layout_with("number-headings=\"true\"", ""));
  auto doc = build(scratch);
  for (std::size_t i = 0; i < 4; ++i) CHECK(block<model::Heading>(doc.body, i).number.empty());

  scratch.write("layout.xml", read_text(testing::parse_data_dir + "/layouts/minimal.xml"));
  doc = build(scratch);
  CHECK(block<model::Heading>(doc.body, 0).number.empty());
  CHECK(block<model::Heading>(doc.body, 1).number.empty());
  CHECK(block<model::Heading>(doc.body, 2).number == "1");
  CHECK(block<model::Heading>(doc.body, 3).number == "1.1");
}

TEST_CASE("XML whitespace collapses to single spaces, trimmed at paragraph ends", "[model]") {
  ScratchBrief scratch;
  scratch.write("brief.xml",
                "<brief layout=\"minimal\"><title>T</title>\n"
                "<p>  Caf\xC3\xA9\n\t<em> au </em>  <strong>lait</strong>  </p>\n"
                "<p>a<![CDATA[ \n b]]>\xC2\xA0 c</p>\n"
                "<p> <em> </em> </p></brief>\n");
  auto doc = build(scratch);
  CHECK(texts(block<model::Paragraph>(doc.body, 0).runs) == Strings{"Caf\xC3\xA9 ", "au ", "lait"});
  // A no-break space is not XML whitespace: it stays.
  CHECK(texts(block<model::Paragraph>(doc.body, 1).runs) == Strings{"a", " b", "\xC2\xA0 c"});
  CHECK(block<model::Paragraph>(doc.body, 2).runs.empty());
}

TEST_CASE("decomposed input reaches the model in NFC", "[model]") {
  ScratchBrief scratch;
  scratch.write("brief.xml",
                "<brief layout=\"minimal\">\n  <title>Vie\xCC\xA3\xCC\x82t Nam</title>\n"
                "  <section title=\"Ha\xCC\x80 No\xCC\xA3\xCC\x82i\"/>\n</brief>\n");
  auto doc = build(scratch);
  CHECK(doc.meta.title == "Vi\xE1\xBB\x87t Nam");
  CHECK(written(doc.header.left) == "Vi\xE1\xBB\x87t Nam");
  CHECK(block<model::Heading>(doc.body, 0).plain == "H\xC3\xA0 N\xE1\xBB\x99i");
}

TEST_CASE("static fields are substituted, layout fields are kept", "[model]") {
  model::Meta meta;
  meta.title = "T";
  meta.subtitle = "S";
  meta.date = "2026-01-15";
  meta.classification = "C";
  CHECK(model::substitute_static_fields("{title}|{subtitle}|{date}|{classification}", meta) ==
        "T|S|15 January 2026|C");
  CHECK(model::substitute_static_fields("{section} p. {page}/{pages} {other} {title", meta) ==
        "{section} p. {page}/{pages} {other} {title");

  // The brief's own text has no fields: braces in a value stay text, for layout as for the cover.
  meta.title = "T {page} {section}";
  auto parts = model::running_text("{title} | {page}", meta);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].field == model::RunningPart::Field::none);
  CHECK(parts[0].text == "T {page} {section} | ");
  CHECK(parts[1].field == model::RunningPart::Field::page);
  meta.subtitle.clear();
  CHECK(model::running_text("{subtitle}", meta).empty());  // so that the band is left out

  CHECK(model::long_date("2025-11-03") == "3 November 2025");
  CHECK(model::long_date("2025-02") == "February 2025");
  CHECK(model::long_date("2025") == "2025");
  CHECK(model::long_date("soon") == "soon");
}

TEST_CASE("the font manifest is the project's unless the layout names one", "[model]") {
  parse::BriefSpec spec;
  spec.data_dir = "/data/./x";
  CHECK(model::font_manifest_path(spec) == "/data/x/fonts/manifest.xml");

  ScratchBrief scratch;
  scratch.write("brief.xml", "<brief layout=\"layout.xml\"><title>T</title></brief>\n");
  scratch.write("fonts/mine.xml", "<fonts/>\n");
  scratch.write("layout.xml",
                minimal_layout_with("<styles>", "<fonts manifest=\"fonts/mine.xml\"/><styles>"));
  Diagnostics diags;
  auto parsed = scratch.parse(diags);
  REQUIRE(parsed);
  CHECK(model::font_manifest_path(*parsed) == scratch.dir() + "/fonts/mine.xml");

  scratch.write("layout.xml",
                minimal_layout_with("<styles>", "<fonts manifest=\"nofonts.xml\"/><styles>"));
  Diagnostics missing;
  CHECK_FALSE(scratch.parse(missing));
  CHECK(scratch.messages(missing) ==
        Strings{"layout.xml:5:10: error: font manifest 'nofonts.xml' not found (looked for "
                "nofonts.xml)"});
}

TEST_CASE("the shipped annual layout builds a document", "[model][annual]") {
  ScratchBrief scratch;
  scratch.write("brief.xml", R"(<brief layout="annual">
  <title>Annual</title><subtitle>Review</subtitle><date>2026-01-15</date>
  <classification>For official use only</classification>
  <contents/>
  <section title="Summary" numbered="false"><p style="lead">Lead.</p></section>
  <section title="One"><p>Text.</p></section>
</brief>
)");
  auto doc = build(scratch.dir(), BRIEFING_SOURCE_DIR);
  CHECK(doc.page.width == Approx(595.276));
  CHECK(doc.page.height == Approx(841.89));
  CHECK(doc.page.inner == Approx(25 * 72 / 25.4));
  CHECK(doc.page.outer == Approx(20 * 72 / 25.4));
  CHECK(doc.page.mirror);
  CHECK(written(doc.header.left) == "Annual");
  CHECK(written(doc.header.right) == "{section}");
  CHECK(written(doc.footer.center) == "Page {page} of {pages}");
  CHECK(written(doc.footer.right) == "For official use only");
  REQUIRE(doc.cover.size() == 9);
  CHECK(block<model::ImageBlock>(doc.cover, 3).picture->kind == PictureKind::svg);
  CHECK(texts(block<model::Paragraph>(doc.cover, 8).runs) == Strings{"15 January 2026"});
  REQUIRE(doc.header.image);
  CHECK(doc.header.image->picture->kind == PictureKind::png);
  CHECK(doc.header.image->alt == "Logo of the briefing office");

  const auto& body = block<model::Paragraph>(doc.body, 4).style;
  CHECK(body.family == "serif");
  CHECK(body.size == Approx(10.5));
  CHECK(body.leading == Approx(14.5));
  CHECK(body.align == model::Align::justify);
  CHECK(body.hyphenate);
  const auto& h1 = block<model::Heading>(doc.body, 3);
  CHECK(h1.number == "1");
  CHECK(h1.style.family == "sans");
  CHECK(h1.style.bold);
  CHECK_FALSE(h1.style.page_break_before);
}
