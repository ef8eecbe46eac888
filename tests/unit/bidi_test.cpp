// The bidirectional algorithm's levels and visual order, and unpaired directional controls.
#include "layout/bidi.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/bidi_controls.hpp"

using namespace briefing;
using namespace briefing::layout;
using Levels = std::vector<std::uint8_t>;

namespace {

// The levels of the bytes [from, to) of `text`, and of the rest, must be `inside` and `outside`.
void check_levels(const BidiParagraph& p, const std::string& text, std::size_t from, std::size_t to,
                  int inside, int outside) {
  REQUIRE(p.levels.size() == text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    INFO("byte " << i);
    CHECK(int(p.levels[i]) == (i >= from && i < to ? inside : outside));
  }
}

std::vector<std::string> messages(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& problem : bidi_control_problems(text))
    out.push_back(std::to_string(problem.offset) + ": " + problem.message);
  return out;
}

}  // namespace

TEST_CASE("left-to-right text takes the fast path: no levels, nothing mixed", "[bidi]") {
  for (const char* text :
       {"", "Trade grew 12% in 2025.", "Vi\xE1\xBB\x87t Nam \xE4\xB8\xAD\xE5\x9B\xBD",
        "\xCE\xB1\xCE\xB2 \xD0\x96 \xD5\xA1", "a\u2066b\u2069 (isolated)"}) {
    INFO(text);
    for (auto dir : {TextDirection::automatic, TextDirection::ltr}) {
      BidiParagraph p = resolve_bidi(text, dir);
      CHECK_FALSE(p.rtl);
      CHECK(p.levels.empty());
      CHECK_FALSE(p.mixed());
      CHECK(p.level_at(0) == 0);
    }
  }
}

TEST_CASE("an Arabic name in an English sentence is at level 1, the English at 0", "[bidi]") {
  std::string name = "\u0645\u062D\u0645\u062F \u0628\u0646 \u0633\u0644\u0645\u0627\u0646";
  std::string text = "The talks with " + name + " ended on Friday.";
  std::size_t from = text.find(name);
  BidiParagraph p = resolve_bidi(text, TextDirection::automatic);
  CHECK_FALSE(p.rtl);
  CHECK(p.mixed());
  // The spaces between the Arabic words take their direction; those around the name the base's.
  check_levels(p, text, from, from + name.size(), 1, 0);
}

TEST_CASE("Hebrew sets a right-to-left paragraph", "[bidi]") {
  std::string text = "\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD";
  BidiParagraph p = resolve_bidi(text, TextDirection::automatic);
  CHECK(p.rtl);
  CHECK(p.mixed());
  check_levels(p, text, 0, text.size(), 1, 1);

  SECTION("unless the paragraph is said to be left-to-right") {
    BidiParagraph ltr = resolve_bidi(text, TextDirection::ltr);
    CHECK_FALSE(ltr.rtl);
    check_levels(ltr, text, 0, text.size(), 1, 1);
  }
  SECTION("a character outside the BMP before it keeps the bytes and levels aligned") {
    std::string mixed = "a\U0001F600" + text;
    BidiParagraph q = resolve_bidi(mixed, TextDirection::automatic);
    CHECK_FALSE(q.rtl);
    check_levels(q, mixed, 5, mixed.size(), 1, 0);
  }
}

TEST_CASE("numbers inside right-to-left text are at level 2", "[bidi]") {
  SECTION("European digits in Hebrew") {
    std::string text = "\u05E9\u05E0\u05D4 2025 \u05D8\u05D5\u05D1\u05D4";
    std::size_t from = text.find("2025");
    check_levels(resolve_bidi(text, TextDirection::automatic), text, from, from + 4, 2, 1);
  }
  SECTION("European and Arabic-Indic digits in Arabic") {
    std::string digits = "\u0664\u0665\u0666";
    std::string text = "\u0639\u062F\u062F 123 \u0648 " + digits;
    BidiParagraph p = resolve_bidi(text, TextDirection::automatic);
    CHECK(p.rtl);
    std::size_t european = text.find("123");
    std::size_t indic = text.find(digits);
    for (std::size_t i = 0; i < text.size(); ++i) {
      INFO("byte " << i);
      bool number = (i >= european && i < european + 3) || i >= indic;
      CHECK(int(p.levels[i]) == (number ? 2 : 1));
    }
  }
  SECTION("Arabic-Indic digits alone in English are left-to-right: nothing is mixed") {
    BidiParagraph p = resolve_bidi("page \u0664\u0665", TextDirection::automatic);
    CHECK_FALSE(p.rtl);
    CHECK_FALSE(p.mixed());
    CHECK(p.levels.empty());
  }
}

TEST_CASE("a paragraph said to be right-to-left puts English at level 2", "[bidi]") {
  std::string text = "Trade grew in 2025.";
  BidiParagraph p = resolve_bidi(text, TextDirection::rtl);
  CHECK(p.rtl);
  CHECK(p.mixed());
  // The final full stop is neutral between an L and the paragraph's end (level 1).
  check_levels(p, text, 0, text.size() - 1, 2, 1);
}

TEST_CASE("an override and a right-to-left mark need ICU even without RTL letters", "[bidi]") {
  BidiParagraph override = resolve_bidi("ab\u202Ecd\u202C", TextDirection::automatic);
  CHECK_FALSE(override.rtl);
  CHECK(override.level_at(0) == 0);  // a
  CHECK(override.level_at(5) == 1);  // c, after the three bytes of U+202E
  CHECK(override.level_at(6) == 1);  // d
  CHECK(resolve_bidi("\u200Fabc", TextDirection::automatic).mixed());
}

TEST_CASE("visual order reverses runs from the highest level to the lowest odd one", "[bidi]") {
  CHECK(visual_order({}).empty());
  CHECK(visual_order(Levels{0, 0, 0}) == std::vector<int>{0, 1, 2});
  CHECK(visual_order(Levels{0, 1, 1, 0}) == std::vector<int>{0, 2, 1, 3});
  CHECK(visual_order(Levels{1, 1, 1}) == std::vector<int>{2, 1, 0});
  // A number (level 2) in a right-to-left line keeps its own order.
  CHECK(visual_order(Levels{1, 2, 2, 1}) == std::vector<int>{3, 1, 2, 0});
  CHECK(visual_order(Levels{0, 1, 2, 2, 1, 0, 0}) == std::vector<int>{0, 4, 2, 3, 1, 5, 6});
  // English in a right-to-left paragraph: reversed twice, so as written.
  CHECK(visual_order(Levels{2, 2, 2}) == std::vector<int>{0, 1, 2});
  CHECK(visual_order(Levels{2, 3, 3, 2}) == std::vector<int>{0, 2, 1, 3});
}

TEST_CASE("paired directional controls are not problems", "[bidi]") {
  CHECK(messages("").empty());
  CHECK(messages("plain \xE2\x80\x94 text \u2014 with a dash").empty());
  CHECK(messages("a\u202Bb\u202Cc \u2067d\u2069 \u2066\u202Ae\u202C\u2069").empty());
}

TEST_CASE("unpaired directional controls are named, each at its byte", "[bidi]") {
  CHECK(messages("a\u202Eb") ==
        std::vector<std::string>{"1: U+202E RIGHT-TO-LEFT OVERRIDE has no matching U+202C POP "
                                 "DIRECTIONAL FORMATTING in its paragraph"});
  CHECK(messages("x\u202C") ==
        std::vector<std::string>{"1: U+202C POP DIRECTIONAL FORMATTING closes nothing: no "
                                 "embedding or override is open"});
  CHECK(messages("\u2067abc") ==
        std::vector<std::string>{"0: U+2067 RIGHT-TO-LEFT ISOLATE has no matching U+2069 POP "
                                 "DIRECTIONAL ISOLATE in its paragraph"});
  CHECK(messages("abc\u2069") ==
        std::vector<std::string>{"3: U+2069 POP DIRECTIONAL ISOLATE closes nothing: no isolate "
                                 "is open"});
}

TEST_CASE("isolates bound embeddings: a PDF cannot reach out, a PDI closes in", "[bidi]") {
  CHECK(messages("\u202B\u2066\u202C\u2069\u202C") ==
        std::vector<std::string>{"6: U+202C POP DIRECTIONAL FORMATTING closes nothing: no "
                                 "embedding or override is open inside its isolate"});
  CHECK(messages("\u2068\u202Ax\u2069") ==
        std::vector<std::string>{"3: U+202A LEFT-TO-RIGHT EMBEDDING has no matching U+202C POP "
                                 "DIRECTIONAL FORMATTING inside its isolate"});
  // Problems come in the order of the text, whenever they are found.
  CHECK(messages("\u202D\u2066\u202C\u2069") ==
        std::vector<std::string>{"0: U+202D LEFT-TO-RIGHT OVERRIDE has no matching U+202C POP "
                                 "DIRECTIONAL FORMATTING in its paragraph",
                                 "6: U+202C POP DIRECTIONAL FORMATTING closes nothing: no "
                                 "embedding or override is open inside its isolate"});
}

TEST_CASE("a paragraph separator ends what is open", "[bidi]") {
  CHECK(messages("\u202Bx\u2029y\u202C") ==
        std::vector<std::string>{"0: U+202B RIGHT-TO-LEFT EMBEDDING has no matching U+202C POP "
                                 "DIRECTIONAL FORMATTING in its paragraph",
                                 "8: U+202C POP DIRECTIONAL FORMATTING closes nothing: no "
                                 "embedding or override is open"});
}

TEST_CASE("a style's direction is the paragraph's", "[bidi]") {
  CHECK(text_direction(model::Direction::automatic) == TextDirection::automatic);
  CHECK(text_direction(model::Direction::ltr) == TextDirection::ltr);
  CHECK(text_direction(model::Direction::rtl) == TextDirection::rtl);
}
