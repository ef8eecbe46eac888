// Charts from the brief to the page: <chart> read, bound to facts.xml series or facts, sized by
// layout; every failure reported at the chart's place in the brief.
#include <catch2/catch.hpp>
#include <cmath>

#include "bind/bind.hpp"
#include "decimal_support.hpp"
#include "layout/layout.hpp"
#include "model/model.hpp"
#include "parse_fixture.hpp"
#include "support.hpp"

using namespace briefing;
using briefing::testing::ScratchBrief;
using Strings = std::vector<std::string>;

namespace {

// Body from line 7; two articles, one of them with a title.
ScratchBrief& brief_with(ScratchBrief& scratch, const std::string& body) {
  scratch.write("articles/wire.txt", "Trade rose.\n").write("articles/post.txt", "Visits grew.\n");
  scratch.write("brief.xml", R"(<brief layout="minimal" lang="en">
  <title>T</title>
  <sources>
    <article id="wire" file="articles/wire.txt" agency="Wire" title="Trade"/>
    <article id="post" file="articles/post.txt" title="Visits"/>
  </sources>
)" + body + R"(
</brief>
)");
  return scratch;
}

data::Point point(std::string period, double value, std::string article) {
  data::Point p;
  p.period = *Period::parse(period);
  p.value = test::dec(value);
  p.article = std::move(article);
  p.quote = "Trade rose.";
  p.where = {"facts.xml", 9, 5};
  p.verified = true;
  return p;
}

data::Fact fact(std::string id, data::Kind kind, double value, std::string qualifier) {
  data::Fact f;
  f.id = std::move(id);
  f.kind = kind;
  f.value = test::dec(value);
  f.unit = kind == data::Kind::money ? "USD" : "";
  f.qualifier = std::move(qualifier);
  f.article = "post";
  f.where = {"facts.xml", 4, 3};
  f.verified = true;
  return f;
}

data::FactSheet sheet() {
  data::FactSheet s;
  data::Series trade;
  trade.id = "trade.annual";
  trade.label = "Bilateral trade";
  trade.kind = data::Kind::money;
  trade.unit = "USD";
  trade.points = {point("2023", 171e9, "wire"), point("2024", 205e9, "wire"),
                  point("2025-01/2025-11", 250e9, "post")};
  s.series.push_back(trade);
  s.facts.push_back(fact("fruit-share", data::Kind::percent, 60, "more than"));
  s.facts.push_back(fact("durian-share", data::Kind::percent, 90, "over"));
  s.facts.push_back(fact("trade-total", data::Kind::money, 250e9, "over"));
  return s;
}

std::optional<model::Document> bound(const ScratchBrief& scratch, const data::FactSheet& facts,
                                     Diagnostics& diags) {
  auto spec = scratch.parse(diags);
  if (!spec) return std::nullopt;
  auto doc = model::build_document(*spec, diags);
  if (!doc) return std::nullopt;
  return bind::bind_facts(std::move(*doc), facts, diags);
}

const model::Chart& first_chart(const model::Document& doc) {
  for (const auto& block : doc.body)
    if (const auto* chart = std::get_if<model::Chart>(&block)) return *chart;
  FAIL("no chart");
  throw;
}

Strings errors(const ScratchBrief& scratch, const data::FactSheet& facts = sheet()) {
  Diagnostics diags;
  CHECK_FALSE(bound(scratch, facts, diags));
  return scratch.messages(diags);
}

const font::FontBook& fonts() { return briefing::test::project_fonts(); }

}  // namespace

TEST_CASE("chart: a facts.xml series becomes the chart's data and source line", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <chart type="bar" series="trade.annual" title="Trade" height="60mm"/>)");
  Diagnostics diags;
  auto doc = bound(scratch, sheet(), diags);
  INFO((diags.all().empty() ? "" : format_diagnostic(diags.all().front())));
  REQUIRE(doc);
  const auto& data = first_chart(*doc).spec.data;
  REQUIRE(data.categories.size() == 3);
  CHECK(data.categories[0].label == "2023");
  // The partial year among full ones is marked, not silently compared.
  CHECK(data.categories[2].label == "2025");
  CHECK(data.categories[2].partial == "January–November only");
  REQUIRE(data.series.size() == 1);
  CHECK(data.series[0].label == "Bilateral trade");
  CHECK(data.series[0].values == std::vector<double>{171e9, 205e9, 250e9});
  CHECK(data.unit.measure == chart::Measure::money);
  CHECK(data.unit.name == "USD");
  CHECK(first_chart(*doc).spec.source == "Source: “Trade”; “Visits”.");
}

TEST_CASE("chart: the facts of its categories are its values, with their qualifiers", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <chart type="hbar" title="Shares" value-title="Share">
    <category label="Fruit" fact="fruit-share"/>
    <category label="Durian" fact="durian-share"/>
  </chart>)");
  Diagnostics diags;
  auto doc = bound(scratch, sheet(), diags);
  REQUIRE(doc);
  const auto& spec = first_chart(*doc).spec;
  CHECK(spec.kind == chart::ChartKind::hbar);
  REQUIRE(spec.data.series.size() == 1);
  CHECK(spec.data.series[0].values == std::vector<double>{60, 90});
  CHECK(spec.data.series[0].qualifiers == Strings{"more than", "over"});
  CHECK(spec.data.unit.measure == chart::Measure::percent);
  CHECK(spec.source == "Source: “Visits”.");
}

TEST_CASE("chart: a source cited through a photo caption says so", "[bind]") {
  ScratchBrief scratch;
  brief_with(
      scratch,
      R"(  <chart type="hbar" title="Shares"><category label="Durian" fact="durian-share"/></chart>)");
  auto facts = sheet();
  facts.facts[1].from_caption = true;
  Diagnostics diags;
  auto doc = bound(scratch, facts, diags);
  REQUIRE(doc);
  CHECK(first_chart(*doc).spec.source == "Source: “Visits” (photo caption).");
}

TEST_CASE("chart: an unknown series or fact is an error at its place in the brief", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <chart type="line" series="trade.anual" title="Trade"/>
  <chart type="hbar" title="Shares">
    <category label="Fruit" fact="fruit-shares"/>
  </chart>)");
  CHECK(errors(scratch) ==
        Strings{"brief.xml:7:3: error: unknown series 'trade.anual' (did you mean "
                "'trade.annual'?)",
                "brief.xml:9:5: error: unknown fact 'fruit-shares' (did you mean 'fruit-share'?)"});
}

TEST_CASE("chart: nothing is drawn from an unverified point or fact", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <chart type="bar" series="trade.annual" title="Trade"/>
  <chart type="hbar" title="Shares"><category label="Durian" fact="durian-share"/></chart>)");
  auto facts = sheet();
  facts.series[0].points[1].verified = false;
  facts.facts[1].verified = false;
  CHECK(errors(scratch, facts) ==
        Strings{"brief.xml:7:3: error: point 2024 of series 'trade.annual' failed its check "
                "(facts.xml:9:5); nothing is drawn from unverified data",
                "brief.xml:8:37: error: fact 'durian-share' failed its check (facts.xml:4:3); "
                "nothing is drawn from unverified data"});
}

TEST_CASE("chart: a range has no one value to draw", "[bind]") {
  ScratchBrief scratch;
  brief_with(
      scratch,
      R"(  <chart type="hbar" title="Shares"><category label="Durian" fact="durian-share"/></chart>)");
  auto facts = sheet();
  facts.facts[1].upper = briefing::Decimal::integer(95);
  auto found = errors(scratch, facts);
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("error: fact 'durian-share' is the range ") != std::string::npos);
  CHECK(found[0].find("a chart draws one value a category") != std::string::npos);
}

TEST_CASE("chart: values in different units cannot share an axis", "[bind]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <chart type="hbar" title="Mixed">
    <category label="Fruit" fact="fruit-share"/>
    <category label="Trade" fact="trade-total"/>
  </chart>)");
  auto found = errors(scratch);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rfind("brief.xml:9:5: error: 'trade-total' is a money in USD", 0) == 0);
}

TEST_CASE("chart: literal draft values, and what the reader refuses", "[parse]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <chart type="line" title="Draft">
    <category label="Q1"/><category label="Q2"/><category label="Q3"/>
    <series label="Exports" values="1.5 NaN 4" reason="an analyst's estimate"/>
  </chart>)");
  Diagnostics diags;
  auto doc = bound(scratch, data::FactSheet{}, diags);
  REQUIRE(doc);
  CHECK(first_chart(*doc).spec.notes ==
        std::vector<std::string>{"Values not verified: an analyst's estimate"});
  const auto& values = first_chart(*doc).spec.data.series.at(0).values;
  REQUIRE(values.size() == 3);
  CHECK(values[0] == 1.5);
  CHECK(std::isnan(values[1]));

  ScratchBrief bad;
  brief_with(bad, R"(  <chart type="radar" title="A"/>
  <chart type="bar" title="B"><category label="Q1"/><series values="1 two"/></chart>)");
  Diagnostics bad_diags;
  CHECK_FALSE(bad.parse(bad_diags));
  auto messages = bad.messages(bad_diags);
  REQUIRE(messages.size() == 3);
  CHECK(messages[0].rfind("brief.xml:7:10: error:", 0) == 0);  // the type attribute
  CHECK(messages[1].find("a chart needs data") != std::string::npos);
  CHECK(messages[2] ==
        "brief.xml:8:61: error: 'two' is not a number (write NaN for a missing value)");
}

TEST_CASE("chart: layout sizes it to the frame and refuses one taller than the page", "[layout]") {
  model::Chart chart;
  chart.spec.title = "Trade";
  chart.spec.data.categories = {{"2024", ""}, {"2025", ""}};
  chart.spec.data.series = {{"Trade", {1, 2}, {}}};
  chart.spec.where = chart.where = {"brief.xml", 12, 5};
  chart.style.padding = 8;
  model::PageSetup page;
  Diagnostics diags;
  chart.height = 200;
  auto frame = layout::chart_frame(chart, page, fonts(), diags);
  REQUIRE(frame);
  CHECK(frame->width == Approx(page.width - page.inner - page.outer - 16));
  CHECK(frame->height == Approx(200));

  chart.height = page.height;
  CHECK_FALSE(layout::chart_frame(chart, page, fonts(), diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(format_diagnostic(diags.all()[0])
            .rfind("brief.xml:12:5: error: the chart is taller than the page", 0) == 0);
}
