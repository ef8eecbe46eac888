#include "bind/literals.hpp"

#include <catch2/catch.hpp>

#include "bind/bind.hpp"
#include "model/model.hpp"
#include "model/text.hpp"
#include "parse_fixture.hpp"

using namespace briefing;
using briefing::testing::ScratchBrief;
using Strings = std::vector<std::string>;

namespace {

Strings figures(std::string_view text) {
  Strings out;
  for (const auto& q : bind::unverified_figures(text)) out.push_back(q.as_written);
  return out;
}

// A brief of the minimal layout with `body` from line 6 and a sources list.
ScratchBrief& brief_with(ScratchBrief& scratch, const std::string& body) {
  scratch.write("articles/wire.txt", "Trade rose.\n");
  scratch.write("brief.xml", R"(<brief layout="minimal" lang="en">
  <title>T</title>
  <sources>
    <article id="wire" file="articles/wire.txt" agency="Wire" title="Trade"/>
  </sources>
)" + body + R"(
  <section title="Sources"><sources-list/></section>
</brief>
)");
  return scratch;
}

std::optional<model::Document> bound(const ScratchBrief& scratch, bool draft, Diagnostics& diags) {
  auto spec = scratch.parse(diags);
  REQUIRE(spec);
  spec->meta.draft = draft;
  auto doc = model::build_document(*spec, diags);
  REQUIRE(doc);
  return bind::bind_facts(std::move(*doc), data::FactSheet{}, diags);
}

}  // namespace

TEST_CASE("literals: amounts, shares and counts in digits are figures", "[bind][literals]") {
  CHECK(figures("Trade reached USD 2.4 billion, up 12%.") == Strings{"USD 2.4 billion", "12%"});
  CHECK(figures("There are 2.4 billion people and 345 ships.") == Strings{"2.4 billion", "345"});
  CHECK(figures("Exports rose five per cent.") == Strings{"five per cent"});
  CHECK(figures("It grew two million tonnes.") == Strings{"two million tonnes"});
  CHECK(figures("Exports rose by five percent.") == Strings{"five percent"});
}

TEST_CASE("literals: dates, labels, identifiers, ordinals and titles are not statistics",
          "[bind][literals]") {
  CHECK(figures("In April 2025, on 25 December and over 2025\u20132026, at 10:30.").empty());
  CHECK(figures("The 14th National Congress and the 75th anniversary.").empty());
  CHECK(figures("Directive No. 12, Resolution 57-NQ/TW, the 3+3 talks, the G20, COVID-19, R-001.")
            .empty());
  CHECK(figures("See section 2, Figure 3 on page 4 and clause 5.").empty());
  CHECK(figures("The \u201CTop 10 Brands of 2024\u201D award and the \"Top 5\" list.").empty());
  CHECK(figures("The two countries and a dozen firms, U+20000.").empty());
  CHECK(figures("Brief 12 (copy 3), source 002 and 003_4a0464c1.txt.").empty());
}

TEST_CASE("literals: a figure typed into the brief is an error where it is written",
          "[bind][literals]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <section title="A">
  <p>Trade rose <em>12%</em>.</p>
  <table><row><cell>USD 3 billion</cell></row></table>
  <keyfigures><figure value="45" note="up 4%">Deals</figure></keyfigures>
  <chart type="bar" subtitle="Up 7%"><category label="A"/><series label="S" values="1"/></chart>
  </section>)");
  Diagnostics diags;
  CHECK_FALSE(bound(scratch, false, diags));
  auto messages = scratch.messages(diags);
  REQUIRE(messages.size() == 6);
  // At the text the figure is in: the emphasis, the cell's text.
  CHECK(messages[0].rfind("brief.xml:7:21: error: the figure '12%' in a paragraph", 0) == 0);
  CHECK(messages[1].rfind("brief.xml:8:21: error: the figure 'USD 3 billion' in a table cell", 0) ==
        0);
  CHECK(messages[2].rfind("brief.xml:9:23: error: the figure '45' in a key figure's value", 0) ==
        0);
  CHECK(messages[3].rfind("brief.xml:9:34: error: the figure '4%' in a key figure's note", 0) == 0);
  CHECK(messages[4].rfind("brief.xml:10:21: error: the figure '7%' in a chart's subtitle", 0) == 0);
  CHECK(messages[5].rfind("brief.xml:10:59: error: a chart's values are written", 0) == 0);
}

TEST_CASE("literals: a draft prints unverified figures with warnings", "[bind][literals]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <p>Trade rose 12%.</p>)");
  Diagnostics diags;
  CHECK(bound(scratch, true, diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.error_count() == 0);
  CHECK(scratch.messages(diags)[0].find("(a draft: printed unverified)") != std::string::npos);
}

TEST_CASE("literals: <literal reason> prints the figure with a note saying it is not verified",
          "[bind][literals]") {
  ScratchBrief scratch;
  brief_with(scratch,
             R"(  <p>About <literal reason="the ministry's estimate">3,000</literal> firms.</p>)");
  Diagnostics diags;
  auto doc = bound(scratch, false, diags);
  REQUIRE(doc);
  CHECK(diags.all().empty());
  const auto& p = std::get<model::Paragraph>(doc->body.at(0));
  REQUIRE(p.runs.size() == 4);
  CHECK(p.runs[1].text == "3,000");
  CHECK(p.runs[2].text == "[1]");
  const auto& sources = std::get<model::ListBlock>(doc->body.back());
  REQUIRE(sources.items.size() == 2);
  CHECK(model::plain_text(sources.items[1].runs) ==
        "Figures no source verifies\nNote 1: 3,000 \u2014 not verified: the ministry's estimate");
}

TEST_CASE("literals: a <literal> needs a reason", "[parse][literals]") {
  ScratchBrief scratch;
  brief_with(scratch, R"(  <p>About <literal reason=" ">3,000</literal> firms.</p>)");
  Diagnostics diags;
  CHECK_FALSE(scratch.parse(diags));
  auto messages = scratch.messages(diags);
  REQUIRE(messages.size() == 1);
  CHECK(messages[0] == "brief.xml:6:21: error: 'reason' on <literal> must not be empty");
}
