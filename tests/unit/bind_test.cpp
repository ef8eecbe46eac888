#include "bind/bind.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <tuple>

#include "bind/notes.hpp"
#include "decimal_support.hpp"
#include "model/model.hpp"
#include "parse_fixture.hpp"

using namespace briefing;
using briefing::testing::ScratchBrief;
using Strings = std::vector<std::string>;

namespace {

// A brief of the minimal test layout whose body is `body` (starting on line 7), with two source
// articles and a sources list at the end.
ScratchBrief& brief_with(ScratchBrief& scratch, const std::string& body,
                         const std::string& lang = "en") {
  scratch.write("articles/wire.txt", "Trade rose.\n").write("articles/post.txt", "Visits grew.\n");
  scratch.write("brief.xml", "<brief layout=\"minimal\" lang=\"" + lang + R"(">
  <title>T</title>
  <sources>
    <article id="wire" file="articles/wire.txt" agency="Wire" title="Trade"/>
    <article id="post" file="articles/post.txt" title="Visits"/>
  </sources>
)" + body + R"(
  <section title="Sources"><sources-list/></section>
</brief>
)");
  return scratch;
}

data::Fact fact(std::string id, data::Kind kind, double value, std::string unit,
                std::string qualifier, std::string article, std::string quote) {
  data::Fact f;
  f.id = std::move(id);
  f.label = f.id;
  f.kind = kind;
  f.value = test::dec(value);
  f.unit = std::move(unit);
  f.qualifier = std::move(qualifier);
  f.period = Period::parse("2025-01/2025-11");
  f.article = std::move(article);
  f.quote = std::move(quote);
  f.where = {"facts.xml", 3, 3};
  f.verified = true;
  return f;
}

const std::string trade_quote = "Trade reached nearly USD 172 billion in the first 11 months.";

data::FactSheet sheet() {
  data::FactSheet s;
  s.facts.push_back(fact("trade", data::Kind::money, 172e9, "USD", "nearly", "wire", trade_quote));
  s.facts.push_back(fact("share", data::Kind::percent, 61.5, "%", "more than", "wire",
                         "More than 61.5% of exports go north."));
  s.facts.push_back(fact("visits", data::Kind::count, 480000, "", "over", "post",
                         "Over 480,000 visitors came each month."));
  return s;
}

model::Document document(const ScratchBrief& scratch) {
  Diagnostics diags;
  auto spec = scratch.parse(diags);
  INFO((diags.all().empty() ? "" : format_diagnostic(diags.all().front())));
  REQUIRE(spec);
  auto doc = model::build_document(*spec, diags);
  REQUIRE(doc);
  return std::move(*doc);
}

model::Document bound(const ScratchBrief& scratch, const data::FactSheet& facts = sheet()) {
  Diagnostics diags;
  auto doc = bind::bind_facts(document(scratch), facts, diags);
  INFO((diags.all().empty() ? "" : format_diagnostic(diags.all().front())));
  REQUIRE(diags.all().empty());
  REQUIRE(doc);
  return std::move(*doc);
}

Strings bind_errors(const ScratchBrief& scratch, const data::FactSheet& facts = sheet()) {
  Diagnostics diags;
  CHECK_FALSE(bind::bind_facts(document(scratch), facts, diags));
  return scratch.messages(diags);
}

template <class T>
const T& block(const model::Document& doc, std::size_t i) {
  REQUIRE(i < doc.body.size());
  REQUIRE(std::holds_alternative<T>(doc.body[i]));
  return std::get<T>(doc.body[i]);
}

Strings texts(const std::vector<model::Run>& runs) {
  Strings out;
  for (const auto& run : runs) out.push_back(run.text);
  return out;
}

// The sources list is the last block.
const model::ListBlock& sources(const model::Document& doc) {
  return block<model::ListBlock>(doc, doc.body.size() - 1);
}

}  // namespace

TEST_CASE("a fact reference prints the fact and a superscript note number", "[bind]") {
  ScratchBrief scratch;
  auto doc = bound(
      brief_with(scratch, R"(  <p>Trade was <strong><fact ref="trade"/></strong> in all.</p>)"));
  const auto& p = block<model::Paragraph>(doc, 0);
  CHECK(texts(p.runs) == Strings{"Trade was ", "nearly USD 172 billion", "¹", " in all."});
  CHECK(p.runs[1].strong);
  CHECK_FALSE(p.runs[2].strong);  // the note number is not part of the emphasis
  CHECK(p.runs[1].text == data::format_fact(*sheet().fact("trade"), "en"));
}

TEST_CASE("words inside a fact reference print between the figure and its note", "[bind]") {
  ScratchBrief scratch;
  auto doc = bound(brief_with(scratch, R"(  <p>Some <fact ref="visits">foreign
    visitors</fact> came.</p>)"));
  CHECK(texts(block<model::Paragraph>(doc, 0).runs) ==
        Strings{"Some ", "over 480,000 foreign visitors", "¹", " came."});
}

TEST_CASE("notes are numbered in order of first citation and reused", "[bind]") {
  ScratchBrief scratch;
  auto doc = bound(brief_with(scratch, R"(  <p><fact ref="visits"/> and <fact ref="trade"/>.</p>
  <list><item>Again <fact ref="visits"/>, then <fact ref="share"/></item></list>
  <table><row><cell><fact ref="trade"/></cell></row></table>)"));
  CHECK(texts(block<model::Paragraph>(doc, 0).runs) ==
        Strings{"over 480,000", "[1]", " and ", "nearly USD 172 billion", "²", "."});
  const auto& list = block<model::ListBlock>(doc, 1);
  CHECK(texts(list.items[0].runs) ==
        Strings{"Again ", "over 480,000", "[1]", ", then ", "more than 61.5%", "³"});
  const auto& table = block<model::Table>(doc, 2);
  CHECK(texts(table.rows[0].cells[0].runs) == Strings{"nearly USD 172 billion", "²"});
}

TEST_CASE("the sources list gives each article's quotes with their note numbers", "[bind]") {
  ScratchBrief scratch;
  auto facts = sheet();
  facts.facts.push_back(
      fact("trade-again", data::Kind::money, 172e9, "USD", "nearly", "wire", trade_quote));
  auto doc = bound(brief_with(scratch, R"(  <p><fact ref="trade"/>, <fact ref="visits"/>,
    <fact ref="share"/>, <fact ref="trade-again"/>.</p>)"),
                   facts);
  const auto& list = sources(doc);
  REQUIRE(list.items.size() == 2);
  CHECK(list.sources == Strings{"wire", "post"});
  CHECK(texts(list.items[0].runs) ==
        Strings{"Wire, \u201CTrade\u201D (wire.txt)", "\n",
                "Notes 1, 4:", " \u201C" + trade_quote + "\u201D", "\n",
                "Note 3:", " \u201CMore than 61.5% of exports go north.\u201D"});
  CHECK(list.items[0].runs[2].emphasis);
  CHECK(texts(list.items[1].runs) ==
        Strings{"\u201CVisits\u201D (post.txt)", "\n",
                "Note 2:", " \u201COver 480,000 visitors came each month.\u201D"});
}

TEST_CASE("a key figure takes its value from a fact and its note from the period", "[bind]") {
  ScratchBrief scratch;
  auto doc = bound(brief_with(scratch, R"(  <keyfigures>
    <figure fact="visits">Visitors a month</figure>
    <figure fact="trade" note="A record">Trade, <fact ref="share"/> north</figure>
    <figure value="45" reason="counted by the editors">Agreements</figure>
  </keyfigures>)"));
  const auto& panel = block<model::KeyFigures>(doc, 0);
  REQUIRE(panel.figures.size() == 3);
  CHECK(panel.figures[0].value == "over 480,000[1]");
  CHECK(panel.figures[0].note == "January\u2013November 2025");
  CHECK(panel.figures[1].value == "nearly USD 172 billion²");
  CHECK(panel.figures[1].note == "A record");
  CHECK(texts(panel.figures[1].label) == Strings{"Trade, ", "more than 61.5%", "³", " north"});
  // A written value declared unverified has a note of its own, after the facts'.
  CHECK(panel.figures[2].value == "45[4]");
}

TEST_CASE("a Vietnamese brief prints facts, periods and notes in Vietnamese", "[bind]") {
  ScratchBrief scratch;
  auto doc = bound(brief_with(scratch, R"(  <p>Thương mại đạt <fact ref="trade"/>.</p>
  <keyfigures><figure fact="share">Xuất khẩu</figure></keyfigures>)",
                              "vi"));
  CHECK(texts(block<model::Paragraph>(doc, 0).runs) ==
        Strings{"Thương mại đạt ", "gần 172 tỷ USD", "¹", "."});
  const auto& figure = block<model::KeyFigures>(doc, 1).figures[0];
  CHECK(figure.value == "hơn 61,5%²");
  CHECK(figure.note == "tháng 1\u201311/2025");
  CHECK(texts(sources(doc).items[0].runs)[2] == "Ghi chú 1:");
}

TEST_CASE("an unknown fact is an error at the reference", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <p>Trade was <fact ref="trdae"/>.</p>
  <keyfigures><figure fact="nothing-like-it">X</figure></keyfigures>)");
  CHECK(bind_errors(scratch) ==
        Strings{"brief.xml:7:16: error: unknown fact 'trdae' (did you mean 'trade'?); facts are "
                "defined in the facts file",
                "brief.xml:8:23: error: unknown fact 'nothing-like-it'; facts are defined in the "
                "facts file"});
  CHECK(bind_errors(scratch, data::FactSheet{}) ==
        Strings{"brief.xml:7:16: error: unknown fact 'trdae'; the brief has no facts file",
                "brief.xml:8:23: error: unknown fact 'nothing-like-it'; the brief has no facts "
                "file"});
}

TEST_CASE("nothing is printed from a fact whose check failed", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <p>Trade was <fact ref="trade"/>; visits <fact ref="visits"/>.</p>)");
  auto facts = sheet();
  facts.facts[0].verified = false;
  Diagnostics diags;
  CHECK_FALSE(bind::bind_facts(document(scratch), facts, diags));
  CHECK(scratch.messages(diags) ==
        Strings{"brief.xml:7:16: error: fact 'trade' failed its check (facts.xml:3:3); nothing "
                "is printed from an unverified fact"});
}

TEST_CASE("facts cited without a sources list are an error", "[bind]") {
  ScratchBrief scratch;
  scratch.write("articles/wire.txt", "Trade rose.\n");
  scratch.write("brief.xml", R"(<brief layout="minimal">
  <title>T</title>
  <sources><article id="wire" file="articles/wire.txt" title="Trade"/></sources>
  <p>Trade was <fact ref="trade"/>.</p>
</brief>
)");
  CHECK(bind_errors(scratch) ==
        Strings{"brief.xml:4:16: error: the brief cites facts but has no <sources-list/> to list "
                "their source notes"});
}

TEST_CASE("fact references are refused where a brief quotes or a value is written", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <quote><p>We sold <fact ref="trade"/>.</p></quote>
  <keyfigures><figure value="12" fact="trade">X</figure><figure>Y</figure></keyfigures>
  <p><fact ref="trade">in <em>goods</em></fact></p>)");
  Diagnostics diags;
  CHECK_FALSE(scratch.parse(diags));
  CHECK(scratch.messages(diags) ==
        Strings{"brief.xml:7:21: error: <fact> is not allowed here: facts print in paragraphs, "
                "list items, table cells and key figures, not in quotations or the layout",
                "brief.xml:8:34: error: a <figure> takes either 'value' or 'fact', not both",
                "brief.xml:8:57: error: a <figure> needs 'value' (the figure as printed) or "
                "'fact' (the id of a fact in the facts file)",
                "brief.xml:9:27: error: <fact> holds plain text only; found <em>"});
}

TEST_CASE("the facts file is facts.xml beside the brief unless <facts> names one", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, "");
  Diagnostics diags;
  CHECK(scratch.parse(diags)->facts_file.empty());
  scratch.write("facts.xml", "<facts/>");
  CHECK(scratch.parse(diags)->facts_file == scratch.dir() + "/facts.xml");
  scratch.write("brief.xml", R"(<brief layout="minimal">
  <title>T</title>
  <facts file="data/missing.xml"/>
</brief>
)");
  CHECK_FALSE(scratch.parse(diags));
  CHECK(scratch.messages(diags) ==
        Strings{"brief.xml:3:10: error: facts file 'data/missing.xml' does not exist (looked for "
                "data/missing.xml)"});
}

TEST_CASE("note numbers after a bare number are bracketed, never a power", "[bind]") {
  ScratchBrief scratch;
  std::string body;
  data::FactSheet facts;
  for (int i = 1; i <= 20; ++i) {
    auto id = "f" + std::to_string(i);
    facts.facts.push_back(fact(id, data::Kind::count, i, "", "", "wire", "Trade rose."));
    body += "<fact ref=\"" + id + "\"/> ";
  }
  auto doc = bound(brief_with(scratch, "<p>" + body + "</p>"), facts);
  Strings markers;
  for (const auto& run : block<model::Paragraph>(doc, 0).runs)
    if (run.text.front() == '[') markers.push_back(run.text);
  REQUIRE(markers.size() == 20);
  CHECK(markers.front() == "[1]");
  CHECK(markers.back() == "[20]");
}

TEST_CASE("the layout's note-marker chooses raised digits or brackets", "[bind]") {
  using model::NoteMarker;
  CHECK(bind::note_marker("USD 172 billion", 12, NoteMarker::automatic) == "¹²");
  CHECK(bind::note_marker("more than 61.5%", 3, NoteMarker::automatic) == "³");
  CHECK(bind::note_marker("1,615", 24, NoteMarker::automatic) == "[24]");
  CHECK(bind::note_marker("1,615", 24, NoteMarker::superscript) == "²⁴");
  CHECK(bind::note_marker("USD 172 billion", 7, NoteMarker::brackets) == "[7]");
  std::string all;
  for (int n = 0; n <= 9; ++n) all += bind::note_marker("a", n, NoteMarker::superscript);
  CHECK(all == "⁰¹²³⁴⁵⁶⁷⁸⁹");
}

TEST_CASE("<new-facts/> lists the edition's new facts and points, cited", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, "  <new-facts/>");
  auto facts = sheet();
  data::Series monthly;
  monthly.id = "visitors";
  monthly.label = "Visitors";
  for (auto [period, value] : {std::pair{"2025-10", 400000.0}, {"2025-11", 410000.0}}) {
    data::Point point;
    point.period = *Period::parse(period);
    point.value = test::dec(value);
    point.article = "post";
    point.verified = true;
    monthly.points.push_back(point);
  }
  facts.series.push_back(monthly);
  facts.new_in_period = {"share", "visitors@2025-11"};
  auto doc = document(scratch);
  doc.meta.period = "2025-11";
  Diagnostics diags;
  auto out = bind::bind_facts(std::move(doc), facts, diags);
  REQUIRE(out);
  CHECK(diags.all().empty());
  const auto& list = block<model::ListBlock>(*out, 0);
  REQUIRE(list.items.size() == 2);
  CHECK(texts(list.items[0].runs) ==
        Strings{"share: ", "more than 61.5%", "¹", " (January–November 2025)"});
  CHECK(texts(list.items[1].runs) == Strings{"Visitors: ", "410,000", "[2]", " (November 2025)"});

  SECTION("a period with nothing new says so") {
    facts.new_in_period.clear();
    auto empty = document(scratch);
    empty.meta.period = "2025-11";
    auto none = bind::bind_facts(std::move(empty), facts, diags);
    REQUIRE(none);
    CHECK(texts(block<model::ListBlock>(*none, 0).items.at(0).runs) ==
          Strings{"No new figures were reported in November 2025."});
  }
  SECTION("a whole brief (no period) warns at the list") {
    Diagnostics whole;
    REQUIRE(bind::bind_facts(document(scratch), facts, whole));
    CHECK(scratch.messages(whole) ==
          Strings{"brief.xml:7:3: warning: <new-facts/> lists what is new in an edition: build "
                  "with --period"});
  }
}

TEST_CASE("a key figure's sparkline traces every point of its series", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <keyfigures><figure series="visitors" sparkline="true">Visitors</figure>
  </keyfigures>)");
  auto facts = sheet();
  data::Series monthly;
  monthly.id = "visitors";
  monthly.label = "Visitors";
  for (auto [period, value, ok] : {std::tuple{"2025-09", 390000.0, true},
                                   {"2025-10", 400000.0, false},
                                   {"2025-11", 410000.0, true}}) {
    data::Point point;
    point.period = *Period::parse(period);
    point.value = test::dec(value);
    point.article = "post";
    point.verified = ok;
    monthly.points.push_back(point);
  }
  facts.series.push_back(monthly);
  auto doc = bound(scratch, facts);
  const auto& figure = block<model::KeyFigures>(doc, 0).figures.at(0);
  REQUIRE(figure.sparkline);
  CHECK(figure.sparkline->kind == chart::ChartKind::sparkline);
  REQUIRE(figure.sparkline->data.series.size() == 1);
  const auto& values = figure.sparkline->data.series[0].values;
  REQUIRE(values.size() == 3);
  CHECK(values[0] == 390000.0);
  CHECK(std::isnan(values[1]));  // a point that failed its check is a gap
  CHECK(values[2] == 410000.0);
  CHECK(figure.sparkline->data.categories.back().label == "November 2025");
}
