#include <catch2/catch.hpp>

#include "data/data.hpp"
#include "parse_fixture.hpp"

using namespace briefing;
using namespace briefing::data;
using briefing::testing::ScratchBrief;

namespace {

const std::string sample_articles = BRIEFING_SOURCE_DIR "/briefs/vietnam-china-2025/articles/";

struct Read {
  std::optional<Article> article;
  std::vector<std::string> messages;
};

Read read(const std::string& text) {
  ScratchBrief scratch;
  scratch.write("article.txt", text);
  Diagnostics diags;
  Read out;
  out.article = read_article(scratch.dir() + "/article.txt", diags);
  out.messages = scratch.messages(diags);
  return out;
}

const Sentence& sentence_with(const Article& article, std::string_view words) {
  for (const auto& s : article.sentences)
    if (s.text.find(words) != std::string::npos) return s;
  FAIL("no sentence contains: " << words);
  return article.sentences.front();
}

const Sentence& sentence_equal(const Article& article, std::string_view text) {
  for (const auto& s : article.sentences)
    if (s.text == text) return s;
  FAIL("no sentence is: " << text);
  return article.sentences.front();
}

const std::string page =
    "Making news\n"
    "Port traffic doubles: harbour authority\n"
    "HAI PHONG, March 3, 2025 (VNA) - The port handled 1.2 million containers. Dr. Le Van An "
    "of the U.S. office signed Decision No. 12 yesterday.\n"
    "\n"
    "harbour-01.jpg\n"
    "Cranes at the terminal (Photo: VNA)\n"
    "Cranes at the terminal (Photo: VNA)\n"
    "Item 1 of 4\n"
    "Illustrative image\n"
    "The port employs 3,000 workers, the director said./.\n"
    "VNA\n"
    "See more\n"
    "Rail freight rises 20%\n"
    "Trains carried 5,000 tonnes of rice. (Photo: VNA)\n";

}  // namespace

TEST_CASE("an article's lines are tagged body, caption or sidebar", "[article]") {
  auto r = read(page);
  REQUIRE(r.article);
  const Article& a = *r.article;
  CHECK(sentence_with(a, "Making news").zone == Zone::sidebar);
  CHECK(sentence_with(a, "Port traffic doubles").zone == Zone::body);
  CHECK(sentence_with(a, "1.2 million containers").zone == Zone::body);
  CHECK(sentence_with(a, "harbour-01.jpg").zone == Zone::caption);
  CHECK(sentence_with(a, "Cranes at the terminal").zone == Zone::caption);
  CHECK(sentence_with(a, "Item 1 of 4").zone == Zone::caption);
  CHECK(sentence_with(a, "Illustrative image").zone == Zone::caption);
  CHECK(sentence_with(a, "3,000 workers").zone == Zone::body);
  CHECK(sentence_equal(a, "VNA").zone == Zone::sidebar);
  CHECK(sentence_with(a, "See more").zone == Zone::sidebar);
  CHECK(sentence_with(a, "Rail freight").zone == Zone::sidebar);
  CHECK(sentence_with(a, "5,000 tonnes").zone == Zone::sidebar);
  CHECK(a.headline == "Port traffic doubles: harbour authority");
}

TEST_CASE("sentences keep abbreviations whole and know where they are", "[article]") {
  auto r = read(page);
  REQUIRE(r.article);
  const Article& a = *r.article;
  const auto& signed_it = sentence_with(a, "Dr. Le Van An");
  CHECK(signed_it.text == "Dr. Le Van An of the U.S. office signed Decision No. 12 yesterday.");
  CHECK(signed_it.where.line == 3);
  CHECK(a.text.substr(signed_it.offset, signed_it.text.size()) == signed_it.text);
  CHECK(signed_it.where.col == int(signed_it.offset - a.text.find("HAI PHONG")) + 1);
  CHECK(sentence_with(a, "3,000 workers").text ==
        "The port employs 3,000 workers, the director said./.");
  for (const auto& s : a.sentences) CHECK(a.text.substr(s.offset, s.text.size()) == s.text);
}

TEST_CASE("an article's date comes from a date prefix or a dateline", "[article]") {
  CHECK(read(page).article->date == "2025-03-03");
  auto prefixed = read(" date 2025-12-30 HÀ NỘI — Diplomacy is a pillar.\n\nIt grew in 2025.\n");
  REQUIRE(prefixed.article);
  CHECK(prefixed.article->date == "2025-12-30");
  // The prefix is page metadata, not part of the first sentence.
  CHECK(prefixed.article->sentences[0].text == "HÀ NỘI — Diplomacy is a pillar.");
  CHECK(prefixed.article->sentences[0].where.col == 18);
  auto updated = read("Visitors rise\nUpdated: 28/12/2024\n\nThe city received 10.9 million.\n");
  REQUIRE(updated.article);
  CHECK(updated.article->date == "2024-12-28");
  CHECK(updated.article->sentences.size() == 2);
  CHECK(read("Trade grew.\n\nIt grew in 2025 and again on December 3.\n").article->date.empty());
}

TEST_CASE("a byline after the last sentence is sidebar", "[article]") {
  auto r = read("Work continued in the new era. — VNS\nTran Thuong\n");
  REQUIRE(r.article);
  const Article& a = *r.article;
  REQUIRE(a.sentences.size() == 3);
  CHECK(a.sentences[0].text == "Work continued in the new era.");
  CHECK(a.sentences[0].zone == Zone::body);
  CHECK(a.sentences[1].text == "— VNS");
  CHECK(a.sentences[1].zone == Zone::sidebar);
  CHECK(a.sentences[2].zone == Zone::sidebar);
}

TEST_CASE("sentences are NFC and candidates point into the file's bytes", "[article]") {
  // "Việt" with the vowel and its marks decomposed.
  auto r = read("Vie\xCC\xA3\xCC\x82t Nam exported USD 3.4 billion.\n");
  REQUIRE(r.article);
  CHECK(r.article->sentences[0].text == "Việt Nam exported USD 3.4 billion.");
  auto candidates = extract(*r.article);
  REQUIRE(candidates.size() == 1);
  CHECK(r.article->text.substr(candidates[0].offset, 15) == "USD 3.4 billion");
}

TEST_CASE("an article that is not UTF-8 names the byte", "[article]") {
  auto r = read("Good line\nbad \xFF byte\n");
  CHECK_FALSE(r.article);
  REQUIRE(r.messages.size() == 1);
  CHECK(r.messages[0] == "article.txt:2:5: error: article is not valid UTF-8 at byte 14");
}

TEST_CASE("an empty or missing article is an error", "[article]") {
  auto empty = read("");
  CHECK_FALSE(empty.article);
  CHECK(empty.messages == std::vector<std::string>{"article.txt: error: article is empty"});
  CHECK(read(" \n\n\t\n").messages ==
        std::vector<std::string>{"article.txt: error: article is empty"});
  Diagnostics diags;
  CHECK_FALSE(read_article("/nonexistent/article.txt", diags));
  REQUIRE(diags.all().size() == 1);
  CHECK(diags.all()[0].message == "cannot read article");
}

TEST_CASE("the sample's articles read with their zones and dates", "[article]") {
  Diagnostics diags;
  auto hoa = read_article(sample_articles + "000_ef800536a43f2dca.txt", diags);
  auto liu = read_article(sample_articles + "001_cd1dc71755ddd561.txt", diags);
  auto he_wei = read_article(sample_articles + "002_3423436991a2d2c8.txt", diags);
  auto tu = read_article(sample_articles + "003_0464c14cb1795f01.txt", diags);
  REQUIRE(diags.all().empty());
  REQUIRE((hoa && liu && he_wei && tu));
  CHECK(tu->date == "2025-12-30");
  CHECK(hoa->date.empty());
  CHECK(hoa->id == "000_ef800536a43f2dca.txt");
  CHECK(sentence_with(*hoa, "Festival 2025").zone == Zone::caption);
  CHECK(sentence_with(*hoa, "47 countries").zone == Zone::body);
  CHECK(sentence_with(*hoa, "110 boys per 100 girls").zone == Zone::sidebar);
  CHECK(sentence_with(*liu, "Making news").zone == Zone::sidebar);
  CHECK(sentence_with(*he_wei, "Tran Thuong").zone == Zone::sidebar);
  CHECK(sentence_with(*he_wei, "USD 250 billion").where.line == 22);
  CHECK(sentence_with(*tu, "Directive No.12 of the 13th").zone == Zone::body);
  CHECK(sentence_equal(*tu, "— VNS").zone == Zone::sidebar);
  CHECK(sentence_with(*liu, "three-way linkage").text.ends_with("she said./."));
}
