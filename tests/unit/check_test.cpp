#include <catch2/catch.hpp>
#include <map>

#include "data/data.hpp"
#include "parse_fixture.hpp"

using namespace briefing;
using briefing::testing::ScratchBrief;
using Strings = std::vector<std::string>;

namespace {

const std::string fixture_dir = BRIEFING_TEST_DATA "/facts/";
// The fixture's articles under the ids a brief would declare for them, with the date a brief
// gives the two that print none (both review 2025 with figures to November).
const std::map<std::string, data::Article>& fixture_articles() {
  static const auto articles = [] {
    std::map<std::string, data::Article> out;
    Diagnostics diags;
    for (const auto& [id, file] :
         std::map<std::string, std::string>{{"vna-hoa", "000_ef800536a43f2dca.txt"},
                                            {"liu", "001_cd1dc71755ddd561.txt"},
                                            {"he-wei", "002_3423436991a2d2c8.txt"},
                                            {"desk-note", "desk-note.txt"}}) {
      auto article = data::read_article(fixture_dir + "articles/" + file, diags);
      if (article) out.emplace(id, std::move(*article));
    }
    out.at("he-wei").date = "2025-12";
    out.at("liu").date = "2025-12";
    return out;
  }();
  return articles;
}

// Messages as the CLI prints them, folders of the scratch file and of the fixture left out.
Strings relative(const ScratchBrief& scratch, const Diagnostics& diags) {
  Strings out;
  for (auto message : scratch.messages(diags)) {
    for (auto at = message.find(fixture_dir); at != std::string::npos;
         at = message.find(fixture_dir))
      message.erase(at, fixture_dir.size());
    out.push_back(message);
  }
  return out;
}

struct Checked {
  data::FactSheet sheet;
  Strings messages;
};

Checked check(const std::string& entries,
              const std::map<std::string, data::Article>& articles = fixture_articles()) {
  ScratchBrief scratch;
  scratch.write("facts.xml", "<facts>\n" + entries + "</facts>\n");
  Diagnostics diags;
  auto sheet = data::read_facts(scratch.dir() + "/facts.xml", diags);
  REQUIRE(sheet);
  REQUIRE_FALSE(diags.has_errors());
  data::check_facts(*sheet, articles, diags);
  return {std::move(*sheet), relative(scratch, diags)};
}

const std::string trade_quote = "trade between the two countries surpassed USD 250 billion";

// He Wei's trade figure as the fixture curates it, with `changed` spliced in.
std::string trade_fact(const std::string& quote = trade_quote,
                       const std::string& changed =
                           "value=\"250 billion\" unit=\"USD\" "
                           "qualifier=\"over\" article=\"he-wei\"") {
  return "  <fact id=\"trade\" label=\"Bilateral trade\" kind=\"money\" " + changed + " quote=\"" +
         quote + "\"/>\n";
}

}  // namespace

TEST_CASE("the fixture's facts and series all verify against their articles") {
  REQUIRE(fixture_articles().size() == 4);
  Diagnostics diags;
  auto sheet = data::read_facts(fixture_dir + "facts.xml", diags);
  REQUIRE(sheet);
  data::check_facts(*sheet, fixture_articles(), diags);
  Strings messages;
  for (const auto& d : diags.all()) messages.push_back(format_diagnostic(d));
  CHECK(messages == Strings{});
  REQUIRE(sheet->facts.size() == 6);
  for (const auto& fact : sheet->facts) {
    INFO(fact.id);
    CHECK(fact.verified);
  }
  for (const auto& point : sheet->find_series("trade-history")->points) CHECK(point.verified);
}

TEST_CASE("a quote with one digit changed fails at the fact's line") {
  auto checked = check(trade_fact("trade between the two countries surpassed USD 260 billion"));
  CHECK(checked.messages ==
        Strings{"facts.xml:2:3: error: fact 'trade': the quote is not in article 'he-wei' "
                "(articles/002_3423436991a2d2c8.txt); the nearest sentence, at "
                "articles/002_3423436991a2d2c8.txt:22:1, has no '260'"});
  CHECK_FALSE(checked.sheet.facts.at(0).verified);
  CHECK(check(trade_fact()).messages.empty());
  CHECK(check(trade_fact()).sheet.facts.at(0).verified);
}

TEST_CASE("a fact pointed at the wrong article fails") {
  auto checked = check(trade_fact(trade_quote,
                                  "value=\"250 billion\" unit=\"USD\" "
                                  "qualifier=\"over\" article=\"liu\""));
  CHECK(checked.messages ==
        Strings{"facts.xml:2:3: error: fact 'trade': the quote is not in article 'liu' "
                "(articles/001_cd1dc71755ddd561.txt)"});
  CHECK_FALSE(checked.sheet.facts.at(0).verified);
  CHECK(check(trade_fact(trade_quote,
                         "value=\"250 billion\" unit=\"USD\" qualifier=\"over\" "
                         "article=\"he-wie\""))
            .messages ==
        Strings{"facts.xml:2:3: error: fact 'trade': unknown article 'he-wie' (did you mean "
                "'he-wei'?); the brief's articles are: desk-note, he-wei, liu, vna-hoa"});
}

TEST_CASE("the quote must state the fact's value, unit, kind and qualifier") {
  auto with = [](const std::string& changed) {
    return check(trade_fact(trade_quote, changed + " article=\"he-wei\"")).messages;
  };
  CHECK(with("value=\"205 billion\" unit=\"USD\" qualifier=\"over\"") ==
        Strings{"facts.xml:2:3: error: fact 'trade': the quote states USD 250 billion "
                "(exceeded), not USD 205 billion (over)"});
  CHECK(with("value=\"250 billion\" unit=\"CNY\" qualifier=\"over\"") ==
        Strings{"facts.xml:2:3: error: fact 'trade': the quote states USD 250 billion "
                "(exceeded), not CNY 250 billion (over)"});
  CHECK(with("value=\"250 billion\" unit=\"USD\" qualifier=\"nearly\"") ==
        Strings{"facts.xml:2:3: error: fact 'trade': the quote states USD 250 billion "
                "(exceeded), not USD 250 billion (nearly)"});
  CHECK(with("value=\"250 billion\" unit=\"USD\"") ==
        Strings{"facts.xml:2:3: error: fact 'trade': the quote states USD 250 billion "
                "(exceeded), not USD 250 billion"});
  // Over, more than, exceeded and surpassed say the same.
  CHECK(with("value=\"250 billion\" unit=\"USD\" qualifier=\"more than\"").empty());
  CHECK(with("value=\"250000000000\" unit=\"USD\" qualifier=\"surpassed\"").empty());
  CHECK(check("  <fact id=\"share\" label=\"Fruit\" kind=\"count\" value=\"60\" "
              "qualifier=\"more than\" article=\"he-wei\" quote=\"More than 60% of Vietnam’s "
              "fruit\"/>\n")
            .messages ==
        Strings{"facts.xml:2:3: error: fact 'share': the quote states 60% (more than, "
                "percent), not 60 (more than, count)"});
}

TEST_CASE("the sentence around a partial quote still gives the qualifier") {
  CHECK(check(trade_fact("USD 250 billion",
                         "value=\"250 billion\" unit=\"USD\" "
                         "article=\"he-wei\""))
            .messages ==
        Strings{"facts.xml:2:3: error: fact 'trade': the quote states USD 250 billion "
                "(exceeded), not USD 250 billion"});
  CHECK(check(trade_fact("USD 250 billion")).messages.empty());
}

TEST_CASE("a quote is whole words of one sentence of the story") {
  auto part_of_a_number = check(trade_fact("50 billion",
                                           "value=\"50 billion\" unit=\"USD\" "
                                           "article=\"he-wei\""));
  REQUIRE(part_of_a_number.messages.size() == 1);
  CHECK(part_of_a_number.messages[0].starts_with(
      "facts.xml:2:3: error: fact 'trade': the quote is not in article 'he-wei'"));
  CHECK_FALSE(part_of_a_number.sheet.facts.at(0).verified);

  CHECK(check("  <fact id=\"deals\" label=\"Deals\" kind=\"count\" value=\"45\" "
              "article=\"he-wei\" quote=\"signed 45 cooperation agreements, setting a new "
              "record. Because of the high volume\"/>\n")
            .messages ==
        Strings{"facts.xml:2:3: error: fact 'deals': the quote runs on past the sentence at "
                "articles/002_3423436991a2d2c8.txt:8:1 of article 'he-wei'; quote one "
                "sentence, or a part of one"});

  CHECK(check("  <fact id=\"prizes\" label=\"Prizes\" kind=\"count\" value=\"434\" "
              "article=\"vna-hoa\" quote=\"have won a total of 434 prizes\"/>\n")
            .messages ==
        Strings{"facts.xml:2:3: error: fact 'prizes': the quote is in a sidebar of article "
                "'vna-hoa' at articles/000_ef800536a43f2dca.txt:73:1 (a teaser, byline or "
                "boilerplate), not in its own text; zone=\"sidebar\" cites it knowingly, as a "
                "side panel's figure"});
}

TEST_CASE("zone=\"sidebar\" cites a side panel knowingly, and only a side panel") {
  auto panel = check(
      "  <fact id=\"prizes\" label=\"Prizes\" kind=\"count\" value=\"434\" zone=\"sidebar\" "
      "article=\"vna-hoa\" quote=\"have won a total of 434 prizes\"/>\n");
  CHECK(panel.messages.empty());
  CHECK(panel.sheet.facts.at(0).verified);
  CHECK(panel.sheet.facts.at(0).from_sidebar);

  CHECK(check("  <fact id=\"deals\" label=\"Deals\" kind=\"count\" value=\"45\" zone=\"sidebar\" "
              "article=\"he-wei\" quote=\"signed 45 cooperation agreements\"/>\n")
            .messages ==
        Strings{"facts.xml:2:3: error: fact 'deals': zone=\"sidebar\", but the quote is in the "
                "own text of article 'he-wei' at articles/002_3423436991a2d2c8.txt:8:1; remove "
                "zone=\"sidebar\""});
}

TEST_CASE("white space and curly or straight quotation marks do not change a quote") {
  CHECK(check("  <fact id=\"share\" label=\"Fruit\" kind=\"percent\" value=\"60\" "
              "qualifier=\"more than\" article=\"he-wei\" quote=\"More than  60% of\n"
              "   Vietnam's fruit\"/>\n")
            .messages.empty());
  CHECK(check("  <fact id=\"share\" label=\"Fruit\" kind=\"percent\" value=\"60\" "
              "qualifier=\"more than\" article=\"he-wei\" quote=\"More than 60% of "
              "Vietnam’s fruit\"/>\n")
            .messages.empty());
  CHECK_FALSE(check("  <fact id=\"share\" label=\"Fruit\" kind=\"percent\" value=\"60\" "
                    "qualifier=\"more than\" article=\"he-wei\" quote=\"More than 60% of "
                    "Vietnams fruit\"/>\n")
                  .messages.empty());
}

TEST_CASE("series points are checked like facts") {
  auto checked = check(
      "  <series id=\"trade\" label=\"Two-way trade\" kind=\"money\" unit=\"USD\">\n"
      "    <point period=\"2022\" value=\"175.6 billion\" article=\"desk-note\"\n"
      "           quote=\"was USD 175.6 billion in 2022\"/>\n"
      "    <point period=\"2023\" value=\"179.1 billion\" article=\"desk-note\"\n"
      "           quote=\"Trade fell to USD 171.9 billion in 2023\"/>\n"
      "  </series>\n");
  CHECK(checked.messages ==
        Strings{"facts.xml:5:5: error: series 'trade', point 2023: the quote states USD 171.9 "
                "billion, not USD 179.1 billion"});
  const auto& points = checked.sheet.series.at(0).points;
  CHECK(points.at(0).verified);
  CHECK_FALSE(points.at(1).verified);
}

TEST_CASE("different figures for one subject and period in different articles are a conflict") {
  const std::string students =
      "  <fact id=\"students\" label=\"Vietnamese students in China\" kind=\"count\" "
      "value=\"20000\" qualifier=\"over\" period=\"2025\" article=\"he-wei\" quote=\"over 20,000 "
      "Vietnamese students studying in China\"/>\n";
  auto checked =
      check(students +
            "  <fact id=\"students-note\" label=\"Vietnamese Students in  China\" kind=\"count\" "
            "value=\"23000\" qualifier=\"about\" period=\"2025\" article=\"desk-note\" "
            "quote=\"About 23,000 Vietnamese students were studying in China in 2025\"/>\n");
  CHECK(checked.messages ==
        Strings{"facts.xml:3:3: warning: fact 'students-note': 'Vietnamese Students in China' "
                "for 2025 is about 23,000 in article 'desk-note' but over 20,000 in article "
                "'he-wei' (fact 'students' at facts.xml:2:3)"});
  CHECK(checked.sheet.facts.at(1).verified);
  // The same figure twice, or another year, is no conflict.
  CHECK(check(students + "  <fact id=\"again\" label=\"Vietnamese students in China\" "
                         "kind=\"count\" value=\"20000\" qualifier=\"over\" period=\"2025\" "
                         "article=\"he-wei\" quote=\"over 20,000 Vietnamese students\"/>\n")
            .messages.empty());
}

TEST_CASE("a historical figure the sentence supports is neither an error nor a warning") {
  auto trade = [](const std::string& period) {
    return check(
               "  <fact id=\"trade\" label=\"Trade\" kind=\"money\" value=\"175.6 billion\" "
               "unit=\"USD\" period=\"" +
               period + "\" article=\"desk-note\" quote=\"was USD 175.6 billion in 2022\"/>\n")
        .messages;
  };
  CHECK(trade("2022").empty());
  CHECK(trade("2022-06") ==
        Strings{"facts.xml:2:3: error: fact 'trade': the sentence states the period 2022 (2022), "
                "the fact's is June 2022 (2022-06); give the period the sentence states"});
  CHECK(trade("2023") ==
        Strings{"facts.xml:2:3: error: fact 'trade': the sentence states the period 2022 (2022), "
                "the fact's is 2023 (2023); give the period the sentence states"});
}

TEST_CASE("a period relative to the article's date is read with it") {
  auto trade = [](const std::string& period,
                  const std::map<std::string, data::Article>& articles = fixture_articles()) {
    auto checked = check(trade_fact(trade_quote + " in the first 11 months",
                                    "value=\"250 billion\" unit=\"USD\" qualifier=\"over\" "
                                    "period=\"" +
                                        period + "\" article=\"he-wei\""),
                         articles);
    return checked.messages;
  };
  CHECK(trade("2025-01/2025-11").empty());
  CHECK(trade("2025") ==
        Strings{"facts.xml:2:3: error: fact 'trade': the sentence states the period "
                "January\u2013November 2025 (2025-01/2025-11), the fact's is 2025 (2025); give "
                "the period the sentence states"});
  CHECK(trade("2024-01/2024-11").size() == 1);
  auto undated = fixture_articles();
  undated.at("he-wei").date.clear();
  CHECK(trade("2025-01/2025-11", undated) ==
        Strings{"facts.xml:2:3: error: fact 'trade': the sentence states a period relative to "
                "the article's date (January\u2013November of a year it does not name), and "
                "article 'he-wei' has no date, so the fact's period 2025-01/2025-11 cannot be "
                "checked; give the article's date: date=\"YYYY-MM-DD\" on its <article> in the "
                "brief's <sources>"});
}

TEST_CASE("a sentence without a period takes it from the article, never from the future") {
  auto durian = [](const std::string& period) {
    return check(
               "  <fact id=\"durian\" label=\"Durian\" kind=\"money\" value=\"3.4 billion\" "
               "unit=\"USD\" period=\"" +
               period + "\" article=\"he-wei\" quote=\"durian alone reaching USD 3.4 billion\"/>\n")
        .messages;
  };
  // Written in December 2025: 2025 and its December are running or over.
  CHECK(durian("2025").empty());
  CHECK(durian("2025-12").empty());
  // September 2024 is a period the article states ("in September 2024"); April 2024 is not.
  CHECK(durian("2024-09").empty());
  CHECK(durian("2024-04") ==
        Strings{"facts.xml:2:3: error: fact 'durian': the sentence states no period, and article "
                "'he-wei' neither states one that holds the fact's period April 2024 (2024-04) "
                "nor was written in its year (2025-12); give the period the article states"});
  CHECK(durian("2026-01") ==
        Strings{"facts.xml:2:3: error: fact 'durian': the fact's period January 2026 (2026-01) "
                "begins after article 'he-wei' was written (2025-12) and the sentence states no "
                "period; an article reports no figure for a period that has not begun"});
}
