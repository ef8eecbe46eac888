#include <catch2/catch.hpp>

#include "base/sha256.hpp"
#include "data/check_claims.hpp"
#include "data/data.hpp"

using namespace briefing;

namespace {

data::Fact fact(std::string id, const char* value, data::Kind kind = data::Kind::count) {
  data::Fact f;
  f.id = std::move(id);
  f.kind = kind;
  f.value = Decimal::parse(value).value;
  f.unit = kind == data::Kind::percent ? "%" : "";
  f.verified = true;
  return f;
}

data::Fact derived(std::string op, std::vector<std::string> inputs, const char* value,
                   data::Kind kind, int round = -1) {
  auto f = fact("d", value, kind);
  f.verified = false;
  f.op = std::move(op);
  f.inputs = std::move(inputs);
  f.round = round;
  return f;
}

// Whether the derived figure, last of the sheet, is verified; its first message in `message`.
bool verifies(data::Fact figure, std::string* message = nullptr) {
  data::FactSheet sheet;
  sheet.facts = {fact("a", "132"), fact("b", "434"), fact("bound", "60", data::Kind::percent),
                 std::move(figure)};
  sheet.facts[2].qualifier = "over";
  Diagnostics diags;
  data::check_derived(sheet, diags);
  if (message && !diags.all().empty()) *message = diags.all().front().message;
  return sheet.facts.back().verified;
}

std::vector<std::string> subject_messages(const std::string& label, const std::string& sentence,
                                          const std::string& figure) {
  auto quoted = data::find_quantities(sentence, "");
  auto cited = std::find_if(quoted.begin(), quoted.end(),
                            [&](const data::Quantity& q) { return q.as_written == figure; });
  REQUIRE(cited != quoted.end());
  data::Claim claim;
  claim.name = "fact 'x'";
  claim.label = label;
  Diagnostics diags;
  bool ok = data::check_subject(claim, sentence, quoted, *cited, diags);
  std::vector<std::string> out;
  for (const auto& d : diags.all())
    out.push_back(std::string(d.severity == Severity::error ? "error: " : "warning: ") + d.message);
  CHECK(ok == (diags.error_count() == 0));
  return out;
}

}  // namespace

TEST_CASE("SHA-256 is Nettle's, written as 64 lower-case hexadecimal digits") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(is_sha256_hex(sha256_hex("abc")));
  CHECK_FALSE(is_sha256_hex("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
  CHECK_FALSE(is_sha256_hex("ba7816bf"));
}

TEST_CASE("a pinned article that changed names its sentence count and the quotes it lost") {
  data::Article article;
  article.path = "a.txt";
  article.text = "Trade rose 12 percent.";
  article.sentences = {{"Trade rose 12 percent.", 0, data::Zone::body, {"a.txt", 1, 1}}};
  data::FactSheet sheet;
  auto kept = fact("kept", "12", data::Kind::percent);
  kept.article = "a";
  kept.quote = "Trade rose 12 percent.";
  auto lost = kept;
  lost.id = "lost";
  lost.quote = "Exports fell 4 percent.";
  sheet.facts = {kept, lost};
  Diagnostics diags;
  data::check_pin("a", article, {sha256_hex(article.text), 1, {"brief.xml", 5, 5}}, sheet, diags);
  CHECK(diags.all().empty());
  data::check_pin(
      "a", article,
      {sha256_hex("Trade rose 12 percent. Exports fell 4 percent."), 2, {"brief.xml", 5, 5}}, sheet,
      diags);
  REQUIRE(diags.all().size() == 1);
  const auto& message = diags.all().front().message;
  CHECK(diags.all().front().where.line == 5);
  CHECK(message.find("it shrank from 2 to 1 sentences") != std::string::npos);
  CHECK(message.find("fact 'lost'") != std::string::npos);
  CHECK(message.find("fact 'kept'") == std::string::npos);
}

TEST_CASE("a derived figure is its computation, rounded as it states") {
  using data::Kind;
  CHECK(verifies(derived("sum", {"a", "b"}, "566", Kind::count)));
  CHECK(verifies(derived("difference", {"b", "a"}, "302", Kind::count)));
  CHECK(verifies(derived("share", {"a", "b"}, "30.4", Kind::percent, 1)));
  CHECK(verifies(derived("share", {"a", "b"}, "30", Kind::percent, 0)));
  CHECK(verifies(derived("ratio", {"b", "a"}, "3.29", Kind::ratio, 2)));
  CHECK(verifies(derived("change", {"a", "b"}, "228.8", Kind::percent, 1)));
  std::string why;
  CHECK_FALSE(verifies(derived("sum", {"a", "b"}, "567", Kind::count), &why));
  CHECK(why ==
        "derived 'd': the sum of 'a' (132) and 'b' (434) is 566 (exactly; state "
        "round=\"N\" if the value is rounded), not 567");
  CHECK_FALSE(verifies(derived("share", {"a", "b"}, "30.5", Kind::percent, 1), &why));
  CHECK(why.find("is 30.4 rounded to 1 decimal, not 30.5") != std::string::npos);
  CHECK_FALSE(verifies(derived("share", {"a", "b"}, "30.4", Kind::percent), &why));
  CHECK_FALSE(verifies(derived("share", {"a", "b"}, "30.41", Kind::percent, 1), &why));
  CHECK(why.find("more decimals than round=\"1\"") != std::string::npos);
  CHECK_FALSE(verifies(derived("sum", {"a", "zz"}, "1", Kind::count), &why));
  CHECK(why == "derived 'd': unknown fact 'zz' in 'of'");
  CHECK_FALSE(verifies(derived("sum", {"a", "bound"}, "1", Kind::count), &why));
  CHECK(why.find("a bound rather than an exact figure") != std::string::npos);
  CHECK_FALSE(verifies(derived("share", {"a", "b"}, "30.4", Kind::count, 1), &why));
  CHECK(why.find("a share of count figures is percent") != std::string::npos);
}

TEST_CASE("a label names what its sentence counts, in the cited figure's clause") {
  const std::string students =
      "That year also saw over 20,000 Vietnamese students studying in China, and 138,000 HSK "
      "test-takers - the highest number worldwide.";
  CHECK(subject_messages("HSK test-takers", students, "138,000").empty());
  CHECK(subject_messages("Vietnamese students studying in China", students, "over 20,000").empty());
  auto swapped = subject_messages("Vietnamese students studying in China", students, "138,000");
  REQUIRE(swapped.size() == 1);
  CHECK(
      swapped[0].starts_with("error: fact 'x': its label 'Vietnamese students studying in "
                             "China' names what the clause of over 20,000 is about"));
  auto elsewhere = subject_messages("Hydropower dams", students, "138,000");
  REQUIRE(elsewhere.size() == 1);
  CHECK(elsewhere[0].find("shares no word with the sentence") != std::string::npos);
  // A clause that leaves its subject to an earlier one: the extractor's subject phrase names it.
  const std::string years =
      "Trade between the two countries reached USD 200 billion in 2024, and USD 250 billion in "
      "2025.";
  CHECK(subject_messages("Bilateral trade", years, "USD 250 billion").empty());
  // Diacritics and plurals do not matter: "Việt Nam's" is "Viet Nam".
  CHECK(subject_messages("Tourists to Việt Nam", "Viet Nam welcomed 480,000 tourist arrivals.",
                         "480,000")
            .empty());
  // Two figures, and the label's word in a clause of neither: a warning.
  auto unclear = subject_messages(
      "Review", "The review was long; it counted 12 meetings; there were 40 visits.", "12");
  REQUIRE(unclear.size() == 1);
  CHECK(unclear[0].starts_with("warning: fact 'x': the sentence states 2 figures"));
}
