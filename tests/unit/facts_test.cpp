#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "data/data.hpp"
#include "data/facts_io.hpp"
#include "decimal_support.hpp"
#include "parse_fixture.hpp"

using namespace briefing;
using briefing::testing::ScratchBrief;
using Strings = std::vector<std::string>;

namespace {

const std::string fixture_dir = BRIEFING_TEST_DATA "/facts";

Strings facts_messages(const std::string& xml) {
  ScratchBrief scratch;
  scratch.write("facts.xml", xml);
  Diagnostics diags;
  data::read_facts(scratch.dir() + "/facts.xml", diags);
  return scratch.messages(diags);
}

std::string fact_line(const std::string& attributes) { return "  <fact " + attributes + "/>\n"; }

// A valid <fact> but for the attributes replaced or added.
std::string fact_with(const std::string& changed) {
  return "<facts>\n" +
         fact_line(
             "id=\"trade\" label=\"Trade\" kind=\"money\" value=\"250 billion\" unit=\"USD\" " +
             changed + " article=\"he-wei\" quote=\"trade surpassed USD 250 billion\"") +
         "</facts>\n";
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

TEST_CASE("the fixture's facts and series are read with their locations") {
  Diagnostics diags;
  auto sheet = data::read_facts(fixture_dir + "/facts.xml", diags);
  REQUIRE(sheet);
  CHECK(diags.all().empty());
  const auto* trade = sheet->fact("trade-2025-11m");
  REQUIRE(trade);
  CHECK(trade->label == "Bilateral trade");
  CHECK(trade->kind == data::Kind::money);
  CHECK(trade->value == test::dec(250e9));
  CHECK(trade->unit == "USD");
  CHECK(trade->qualifier == "over");
  CHECK(trade->period->iso() == "2025-01/2025-11");
  CHECK(trade->article == "he-wei");
  CHECK(trade->quote == "trade between the two countries surpassed USD 250 billion");
  CHECK(trade->where.line == 4);
  CHECK(trade->where.col == 3);
  CHECK_FALSE(trade->verified);
  const auto* share = sheet->fact("fruit-share");
  REQUIRE(share);
  CHECK(share->unit == "%");
  CHECK(sheet->fact("no-such-fact") == nullptr);
  const auto* series = sheet->find_series("trade-history");
  REQUIRE(series);
  REQUIRE(series->points.size() == 2);
  CHECK(series->points[0].period.iso() == "2022");
  CHECK(series->points[1].value == test::dec(171.9e9));
  CHECK(sheet->find_series("trade-2025-11m") == nullptr);
}

TEST_CASE("values take a scale word but no thousands separators") {
  CHECK(facts_messages(fact_with("")).empty());
  CHECK(facts_messages(
            "<facts>\n" +
            fact_line(
                "id=\"a\" label=\"A\" kind=\"count\" value=\"20,000\" article=\"x\" quote=\"q\"") +
            "</facts>\n") ==
        Strings{"facts.xml:2:39: error: bad value '20,000' for 'value' on <fact>: expected a "
                "number such as 250, 24.1 or 3.4 billion (no thousands separators; scale words: "
                "thousand, million, billion, trillion)"});
}

TEST_CASE("malformed XML and a wrong root element are reported where they are") {
  CHECK(facts_messages("<facts>\n  <fact id=\"a\"\n</facts>\n") ==
        Strings{"facts.xml:3:1: error: malformed XML: Error parsing start element tag"});
  CHECK(facts_messages("<brief/>\n") ==
        Strings{"facts.xml:1:1: error: the root element of a facts file must be <facts>, found "
                "<brief>"});
}

TEST_CASE("unknown elements and attributes get a suggestion") {
  CHECK(facts_messages("<facts>\n  <fatc id=\"a\"/>\n</facts>\n") ==
        Strings{"facts.xml:2:3: error: unknown element <fatc> in <facts> (did you mean "
                "<fact>?); expected one of: <fact>, <series>, <derived>, <candidates>"});
  CHECK(facts_messages(fact_with("lable=\"x\"")) ==
        Strings{"facts.xml:2:78: error: unknown attribute 'lable' on <fact> (did you mean "
                "'label'?); allowed: id, label, kind, value, to, unit, qualifier, change, "
                "period, article, quote, zone"});
  CHECK(facts_messages(fact_with("zone=\"side\"")) ==
        Strings{"facts.xml:2:78: error: bad value 'side' for 'zone' on <fact>: expected one of "
                "body, sidebar, caption"});
}

TEST_CASE("missing attributes, unknown kinds, qualifiers and periods are errors") {
  CHECK(facts_messages("<facts>\n" + fact_line("id=\"a\" label=\"A\" kind=\"count\" value=\"3\"") +
                       "</facts>\n") ==
        Strings{"facts.xml:2:3: error: attribute 'article' is missing from <fact>",
                "facts.xml:2:3: error: attribute 'quote' is missing from <fact>"});
  CHECK(facts_messages(
            "<facts>\n" +
            fact_line("id=\"a\" label=\"A\" kind=\"mony\" value=\"3\" article=\"x\" quote=\"q\"") +
            "</facts>\n") ==
        Strings{"facts.xml:2:26: error: bad value 'mony' for 'kind' on <fact>: expected one of "
                "money, percent, count, ratio, duration, ordinal, date (did you mean money?)"});
  CHECK(facts_messages(fact_with("qualifier=\"overr\"")) ==
        Strings{"facts.xml:2:78: error: bad value 'overr' for 'qualifier' on <fact>: expected "
                "one of over, more than, exceeded, above, surpassed, at least, nearly, almost, "
                "approximately, around, about, up to, at most, under, less than, record (did you "
                "mean over?)"});
  CHECK(facts_messages(fact_with("period=\"2025-13\"")) ==
        Strings{"facts.xml:2:78: error: bad value '2025-13' for 'period' on <fact>: expected a "
                "period such as 2025, 2025-11, 2025-Q3, 2025-H1 or 2025-01/2025-11"});
  CHECK(facts_messages(fact_with("period=\"2025-11/2025-01\"")).size() == 1);
  CHECK(facts_messages(fact_with("period=\"2025-Q4\"")).empty());
}

TEST_CASE("a money figure needs its currency") {
  CHECK(facts_messages("<facts>\n" +
                       fact_line("id=\"a\" label=\"A\" kind=\"money\" value=\"3\" article=\"x\" "
                                 "quote=\"q\"") +
                       "</facts>\n") ==
        Strings{"facts.xml:2:3: error: <fact>: a money figure needs its currency in 'unit' (a "
                "code such as USD, VND or CNY)"});
}

TEST_CASE("ids are unique across facts and series") {
  auto xml = fact_with("") + "";
  xml.insert(xml.find("</facts>"),
             "  <series id=\"trade\" label=\"T\" kind=\"count\">\n"
             "    <point period=\"2024\" value=\"1\" article=\"x\" quote=\"q\"/>\n"
             "  </series>\n");
  CHECK(facts_messages(xml) ==
        Strings{"facts.xml:3:11: error: duplicate id 'trade' (the first is at line 2)"});
}

TEST_CASE("a series has points, one unit and one point per period") {
  CHECK(facts_messages("<facts>\n  <series id=\"s\" label=\"S\" kind=\"count\"/>\n</facts>\n") ==
        Strings{"facts.xml:2:3: error: series 's' has no points"});
  CHECK(facts_messages(
            "<facts>\n"
            "  <series id=\"s\" label=\"S\" kind=\"money\" unit=\"USD\">\n"
            "    <point period=\"2023\" value=\"1\" article=\"x\" quote=\"q\"/>\n"
            "    <point period=\"2024\" value=\"2\" unit=\"VND\" article=\"x\" quote=\"q\"/>\n"
            "    <point period=\"2023\" value=\"3\" article=\"x\" quote=\"q\"/>\n"
            "  </series>\n"
            "</facts>\n") ==
        Strings{"facts.xml:4:36: error: series 's' mixes units: this point is in 'VND', the "
                "series in 'USD'",
                "facts.xml:5:12: error: series 's' has two points for period 2023 (the first is "
                "at line 3)"});
}

TEST_CASE("the candidates section is not read as curated facts") {
  Strings none;
  CHECK(facts_messages("<facts>\n  <candidates>\n    <candidate whatever=\"x\"/>\n"
                       "  </candidates>\n</facts>\n") == none);
}

// ---- append_candidates ------------------------------------------------------------------------

namespace {

data::Candidate candidate(std::string file, double value, std::string quote) {
  data::Candidate c;
  c.file = std::move(file);
  c.offset = 120;
  c.quantity.kind = data::Kind::money;
  c.quantity.as_written = "USD 3.4 billion";
  c.quantity.value = test::dec(value);
  c.quantity.unit = "USD";
  c.quantity.period = Period::parse("2025");
  c.subject = "durian \"exports\" & more";
  c.quote = std::move(quote);
  return c;
}

const std::string curated =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!-- reviewed by the desk -->\n"
    "<facts>\n"
    "  <fact id=\"durian\"   label=\"Durian exports\" kind=\"money\" value=\"3.4 billion\"\n"
    "        unit=\"USD\" article=\"he-wei\" quote=\"durian alone reaching USD 3.4 billion\"/>\n"
    "  <candidates>\n"
    "    <candidate file=\"a.txt\" value=\"5\" quote=\"Five.\"/>\n"
    "  </candidates>\n"
    "</facts>\n";

}  // namespace

TEST_CASE("appending candidates keeps curated entries byte for byte and is idempotent") {
  ScratchBrief scratch;
  scratch.write("facts.xml", curated);
  auto path = scratch.dir() + "/facts.xml";
  std::vector<data::Candidate> found{
      candidate("b.txt", 7e9, "Exports reached USD 7 billion."),
      candidate("b.txt", 3.4e9, "With durian alone reaching USD 3.4 billion, it leads."),
      candidate("a.txt", 5, "Five.")};
  Diagnostics diags;
  REQUIRE(data::append_candidates(path, found, diags));
  CHECK(diags.all().empty());
  auto once = read_text(path);
  std::string added =
      "    <candidate file=\"b.txt\" offset=\"120\" zone=\"body\" kind=\"money\" "
      "value=\"7000000000\" written=\"USD 3.4 billion\" unit=\"USD\" qualifier=\"\" "
      "period=\"2025\" subject=\"durian &quot;exports&quot; &amp; more\" quote=\"Exports reached "
      "USD 7 billion.\"/>\n";
  auto expected = curated;
  expected.insert(expected.find("  </candidates>"), added);
  CHECK(once == expected);
  REQUIRE(data::append_candidates(path, found, diags));
  CHECK(read_text(path) == once);
  CHECK(diags.all().empty());
  auto sheet = data::read_facts(path, diags);
  REQUIRE(sheet);
  CHECK(sheet->facts.size() == 1);
  CHECK(diags.all().empty());
}

TEST_CASE("appending creates the file or its candidates section when missing") {
  ScratchBrief scratch;
  std::vector<data::Candidate> found{candidate("b.txt", 0.5, "Half: USD 0.5.")};
  Diagnostics diags;
  auto fresh = scratch.dir() + "/new.xml";
  REQUIRE(data::append_candidates(fresh, found, diags));
  auto text = read_text(fresh);
  CHECK(
      text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<facts>\n  <candidates>\n"
                       "    <candidate file=\"b.txt\" offset=\"120\""));
  CHECK(text.find("value=\"0.5\"") != std::string::npos);
  CHECK(text.ends_with("/>\n  </candidates>\n</facts>\n"));

  scratch.write("empty.xml", "<facts/>");
  REQUIRE(data::append_candidates(scratch.dir() + "/empty.xml", found, diags));
  CHECK(read_text(scratch.dir() + "/empty.xml")
            .starts_with("<facts>\n  <candidates>\n    <candidate"));

  scratch.write("closed.xml", "<facts>\n  <candidates/>\n</facts>\n");
  REQUIRE(data::append_candidates(scratch.dir() + "/closed.xml", found, diags));
  auto closed = read_text(scratch.dir() + "/closed.xml");
  CHECK(closed.starts_with("<facts>\n  <candidates>\n    <candidate"));
  CHECK(closed.ends_with("/>\n  </candidates>\n</facts>\n"));
  CHECK(diags.all().empty());
}

TEST_CASE("end tags inside comments and attribute values do not mislead the splice") {
  ScratchBrief scratch;
  const std::string tricky =
      "<facts><!-- not here: </facts> --><fact id=\"a\" label=\"a </facts>\" kind=\"count\" "
      "value=\"1\" article=\"x\" quote=\"q\"/><![CDATA[]]></facts>";
  scratch.write("facts.xml", tricky);
  auto path = scratch.dir() + "/facts.xml";
  Diagnostics diags;
  REQUIRE(data::append_candidates(path, {candidate("b.txt", 2, "Two.")}, diags));
  auto text = read_text(path);
  auto end = tricky.rfind("</facts>");
  CHECK(text.substr(0, end) == tricky.substr(0, end));
  CHECK(text.substr(end).starts_with("\n  <candidates>\n    <candidate file=\"b.txt\""));
  CHECK(text.ends_with("  </candidates>\n</facts>"));
  auto sheet = data::read_facts(path, diags);
  REQUIRE(sheet);
  CHECK(sheet->facts.size() == 1);
  CHECK(diags.all().empty());
}

TEST_CASE("appending to a file that is not a facts file changes nothing") {
  ScratchBrief scratch;
  scratch.write("facts.xml", "<facts>\n  <fact id=\"a\"\n</facts>\n");
  Diagnostics diags;
  auto path = scratch.dir() + "/facts.xml";
  CHECK_FALSE(data::append_candidates(path, {candidate("b.txt", 1, "One.")}, diags));
  CHECK(scratch.messages(diags) ==
        Strings{"facts.xml:3:1: error: malformed XML: Error parsing start element tag"});
  CHECK(read_text(path) == "<facts>\n  <fact id=\"a\"\n</facts>\n");
}
