// check_facts on what a figure means in its sentence: changes and their sign, ranges, scale
// words and currencies, photo captions.
#include <catch2/catch.hpp>

#include "data/data.hpp"
#include "data/extract_output.hpp"
#include "parse_fixture.hpp"

using namespace briefing;
using briefing::testing::ScratchBrief;
using Strings = std::vector<std::string>;

namespace {

// Dated, so that "last year" is 2025 (an undated article cannot be cited for a relative period).
const std::string article_text =
    "date 2026-01-15\n"
    "Trade figures for 2025\n"
    "\n"
    "Exports dropped 4 per cent in 2025, while imports rose 6% to USD 5 billion.\n"
    "More than 60% of fruit exports go to China.\n"
    "Growth was between 12 and 15 percent last year.\n"
    "Revenue reached USD 2.4 bn in 2025.\n"
    "Each household got VND 5 tr in aid.\n"
    "The fair runs from 3-5 May in Hanoi.\n"
    "Nhập khẩu giảm 3,5% và xuất khẩu đạt 3,4 tỷ USD.\n"
    "\n"
    "durian.jpg\n"
    "Durian exports reached USD 3.4 billion in 2025.\n"
    "\n"
    "The story goes on to say more about the border trade of the two countries.\n";

struct Checked {
  data::FactSheet sheet;
  Strings messages;
};

// Entries of facts.xml checked against the article.
Checked check_entries(const std::string& entries) {
  ScratchBrief scratch;
  scratch.write("articles/trade.txt", article_text);
  scratch.write("facts.xml", "<facts>\n" + entries + "</facts>\n");
  Diagnostics diags;
  auto sheet = data::read_facts(scratch.dir() + "/facts.xml", diags);
  REQUIRE(sheet);
  auto article = data::read_article(scratch.dir() + "/articles/trade.txt", diags);
  REQUIRE(article);
  REQUIRE_FALSE(diags.has_errors());
  // The same text under a second id, as two outlets carrying one wire story.
  std::map<std::string, data::Article> articles{{"trade", *article}, {"wire", *article}};
  data::check_facts(*sheet, articles, diags);
  return {std::move(*sheet), scratch.messages(diags)};
}

// One fact with `attributes` (kind, value, quote...), its label naming what every sentence of
// the article counts, so that these tests meet the meaning checks, not the subject check.
Checked check(const std::string& attributes) {
  return check_entries(
      "  <fact id=\"f\" label=\"Trade: exports, imports, fruit, growth, revenue, household aid, "
      "fair, durian, nhập khẩu, xuất khẩu\" article=\"trade\" " +
      attributes + "/>\n");
}

bool accepted(const std::string& attributes) {
  auto checked = check(attributes);
  INFO(attributes);
  INFO((checked.messages.empty() ? "" : checked.messages[0]));
  return checked.messages.empty() && checked.sheet.facts.at(0).verified;
}

// The one error, without its location.
std::string refusal(const std::string& attributes) {
  auto checked = check(attributes);
  INFO(attributes);
  REQUIRE(checked.messages.size() == 1);
  CHECK_FALSE(checked.sheet.facts.at(0).verified);
  auto message = checked.messages[0];
  return message.substr(message.find("error: ") + 7);
}

const std::string dropped = "quote=\"Exports dropped 4 per cent in 2025\" kind=\"percent\" ";
const std::string range = "quote=\"Growth was between 12 and 15 percent\" kind=\"percent\" ";

}  // namespace

TEST_CASE("a change cites its sign, and only a change does") {
  CHECK(accepted(dropped + "value=\"4\" change=\"down\""));
  CHECK(refusal(dropped + "value=\"4\" change=\"up\"") ==
        "fact 'f': change=\"up\", but the sentence says 'dropped': 4% is a fall; write "
        "change=\"down\"");
  CHECK(refusal(dropped + "value=\"4\"") ==
        "fact 'f': the sentence gives 4% as a change ('dropped': a fall), not a level or a "
        "share; a change says change=\"down\"");
  CHECK(refusal("quote=\"More than 60% of fruit exports\" kind=\"percent\" value=\"60\" "
                "qualifier=\"more than\" change=\"up\"") ==
        "fact 'f': change=\"up\", but the sentence gives 60% as a level or a share: no word "
        "such as 'rose' or 'fell' makes it a change; remove change=\"up\"");
  // "rose 6% to USD 5 billion": the 6% is the change, the USD 5 billion the level reached
  CHECK(
      accepted("quote=\"imports rose 6% to USD 5 billion\" kind=\"percent\" value=\"6\" "
               "change=\"up\""));
  CHECK(
      accepted("quote=\"imports rose 6% to USD 5 billion\" kind=\"money\" unit=\"USD\" "
               "value=\"5 billion\""));
  CHECK(accepted("quote=\"Nhập khẩu giảm 3,5%\" kind=\"percent\" value=\"3.5\" change=\"down\""));
  CHECK(refusal("quote=\"Nhập khẩu giảm 3,5%\" kind=\"percent\" value=\"3.5\" change=\"up\"")
            .find("'giảm'") != std::string::npos);
}

TEST_CASE("a series point is a level, never a change") {
  auto checked = check_entries(
      "  <series id=\"s\" label=\"Exports\" kind=\"percent\" unit=\"%\">\n"
      "    <point period=\"2025\" value=\"4\" article=\"trade\" "
      "quote=\"Exports dropped 4 per cent in 2025\"/>\n  </series>\n");
  REQUIRE(checked.messages.size() == 1);
  CHECK(
      checked.messages[0].find("error: series 's', point 2025: the sentence gives 4% as a change "
                               "('dropped': a fall), not a level or a share; a point is a level") !=
      std::string::npos);
}

TEST_CASE("a range and one of its ends differ, and a change and a level do not conflict") {
  auto fact = [](std::string id, std::string article, std::string attributes) {
    return "  <fact id=\"" + id +
           "\" label=\"Growth share of fruit exports\" period=\"2025\" article=\"" + article +
           "\" kind=\"percent\" " + attributes + "/>\n";
  };
  auto range = fact("a", "trade", "value=\"12\" to=\"15\" quote=\"between 12 and 15 percent\"");
  auto other = fact("b", "wire", "value=\"12\" to=\"16\" quote=\"between 12 and 15 percent\"");
  auto conflict = check_entries(range + fact("c", "wire",
                                             "value=\"60\" qualifier=\"more than\" "
                                             "quote=\"More than 60% of fruit\""));
  REQUIRE(conflict.messages.size() == 1);
  CHECK(conflict.messages[0].find("is more than 60% in article 'wire' but 12–15% in article "
                                  "'trade'") != std::string::npos);
  auto change = check_entries(
      range + fact("d", "wire", "value=\"4\" change=\"down\" quote=\"dropped 4 per cent\""));
  CHECK(change.messages.empty());
  CHECK(check_entries(range + other).messages.size() == 2);  // the wrong range, and a conflict
}

TEST_CASE("a range is cited whole, never by one end") {
  CHECK(accepted(range + "value=\"12\" to=\"15\""));
  auto end =
      "fact 'f': 15% is one end of the range 12–15% the quote states ('12 and 15 "
      "percent'); cite the whole range: value=\"12\" to=\"15\"";
  CHECK(refusal(range + "value=\"15\"") == end);
  CHECK(refusal(range + "value=\"12\"").find("one end of the range 12–15%") != std::string::npos);
  CHECK(refusal(range + "value=\"12\" to=\"16\"") ==
        "fact 'f': the quote states 12–15%, not 12–16%");
  // a day range is a date: no count of 5
  CHECK(refusal("quote=\"The fair runs from 3-5 May\" kind=\"count\" value=\"5\"") ==
        "fact 'f': the quote states no figure, not 5");
}

TEST_CASE("scale words and currencies: the right reading passes, every other is refused") {
  auto bn = "quote=\"Revenue reached USD 2.4 bn\" kind=\"money\" ";
  CHECK(accepted(bn + std::string("unit=\"USD\" value=\"2.4 billion\"")));
  CHECK(refusal(bn + std::string("unit=\"USD\" value=\"2.4\"")) ==
        "fact 'f': the quote states USD 2.4 billion, not USD 2.4");
  CHECK(refusal(bn + std::string("unit=\"USD\" value=\"2.4 million\"")) ==
        "fact 'f': the quote states USD 2.4 billion, not USD 2.4 million");
  CHECK(refusal(bn + std::string("unit=\"VND\" value=\"2.4 billion\"")) ==
        "fact 'f': the quote states USD 2.4 billion, not VND 2.4 billion");
  auto tr = "quote=\"Each household got VND 5 tr\" kind=\"money\" ";
  CHECK(accepted(tr + std::string("unit=\"VND\" value=\"5 million\"")));
  CHECK_FALSE(accepted(tr + std::string("unit=\"VND\" value=\"5\"")));
  auto ty = "quote=\"xuất khẩu đạt 3,4 tỷ USD\" kind=\"money\" ";
  CHECK(accepted(ty + std::string("unit=\"USD\" value=\"3.4 billion\"")));
  CHECK_FALSE(accepted(ty + std::string("unit=\"CNY\" value=\"3.4 billion\"")));
}

TEST_CASE("a photo caption is cited knowingly, with zone=\"caption\"") {
  auto caption =
      "quote=\"Durian exports reached USD 3.4 billion\" kind=\"money\" unit=\"USD\" "
      "value=\"3.4 billion\" ";
  auto checked = check(caption + std::string("zone=\"caption\""));
  CHECK(checked.messages.empty());
  CHECK(checked.sheet.facts.at(0).from_caption);
  CHECK(checked.sheet.facts.at(0).verified);
  CHECK(refusal(caption) ==
        "fact 'f': the quote is in a photo caption of article 'trade' at "
        "articles/trade.txt:13:1, not in its own text; zone=\"caption\" cites it knowingly, and "
        "its note then says \"photo caption\"");
  CHECK(refusal(dropped + "value=\"4\" change=\"down\" zone=\"caption\"") ==
        "fact 'f': zone=\"caption\", but the quote is not in a photo caption of article 'trade' "
        "(it is at articles/trade.txt:4:1); remove zone=\"caption\"");
}

TEST_CASE("a change and a range print as such, in English and Vietnamese") {
  data::Fact fact;
  fact.kind = data::Kind::percent;
  fact.unit = "%";
  fact.value = Decimal::integer(4);
  fact.change = data::Change::down;
  CHECK(data::format_fact(fact, "en") == "down 4%");
  CHECK(data::format_fact(fact, "vi") == "giảm 4%");
  fact.change = data::Change::up;
  fact.qualifier = "nearly";
  CHECK(data::format_fact(fact, "en") == "up nearly 4%");
  CHECK(data::format_fact(fact, "vi") == "tăng gần 4%");
  fact = data::Fact{};
  fact.kind = data::Kind::percent;
  fact.unit = "%";
  fact.value = Decimal::integer(12);
  fact.upper = Decimal::integer(15);
  CHECK(data::format_fact(fact, "en") == "12–15%");
  CHECK(data::format_fact(fact, "vi") == "12–15%");
  fact.kind = data::Kind::money;
  fact.unit = "USD";
  fact.value = Decimal::integer(2'000'000'000);
  fact.upper = Decimal::integer(3'000'000'000);
  CHECK(data::format_fact(fact, "en") == "USD 2–3 billion");
  CHECK(data::format_fact(fact, "vi") == "2–3 tỷ USD");
  fact.kind = data::Kind::count;
  fact.unit = "";
  fact.value = Decimal::integer(900'000);
  fact.upper = Decimal::integer(1'200'000);
  CHECK(data::format_fact(fact, "en") == "900,000–1.2 million");
  CHECK(data::format_fact(fact, "vi") == "900.000–1,2 triệu");
}

TEST_CASE("a candidate carries its range and its sign, as a fact writes them") {
  std::vector<data::Candidate> candidates;
  for (auto& q : data::find_quantities("Trade grew 4% while fees were 12-15% of value.", "")) {
    data::Candidate c;
    c.file = "a.txt";
    c.quantity = q;
    candidates.push_back(c);
  }
  auto xml = data::candidates_xml(candidates);
  CHECK(xml.find("value=\"4\" unit=\"%\" qualifier=\"\" change=\"up\"") != std::string::npos);
  CHECK(xml.find("value=\"12\" to=\"15\" unit=\"%\" qualifier=\"\" period") != std::string::npos);
}
