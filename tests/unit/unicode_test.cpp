// UTF-8 checking and NFC: the offset of the first bad byte wherever it falls among ASCII, and text
// normalised without a detour through UTF-16.
#include "base/unicode.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace briefing;

TEST_CASE("the first invalid UTF-8 byte is found at its offset, after any run of ASCII") {
  for (std::size_t ascii = 0; ascii < 20; ++ascii) {
    std::string prefix(ascii, 'a');
    CHECK_FALSE(invalid_utf8_offset(prefix + "Hà Nội" + prefix));
    CHECK(invalid_utf8_offset(prefix + "\xff" + "rest of line") == ascii);
    CHECK(invalid_utf8_offset(prefix + "\xc3") == ascii);                   // cut short
    CHECK(invalid_utf8_offset(prefix + "\xc0\xaf" + prefix) == ascii);      // overlong '/'
    CHECK(invalid_utf8_offset(prefix + "\xed\xa0\x80" + prefix) == ascii);  // a surrogate
    CHECK(invalid_utf8_offset(prefix + "Tú\x80") == ascii + 3);
  }
}

TEST_CASE("text is NFC once normalised, and NFC text comes back unchanged") {
  const std::string composed = "Trần Cẩm Tú, Hà Nội";
  const std::string decomposed =
      "Tra\xcc\x82\xcc\x80n C\xe1\xba\xa9m Tu\xcc\x81, Ha\xcc\x80 N\xe1\xbb\x99i";
  CHECK(nfc(decomposed) == composed);
  CHECK(nfc(composed) == composed);
  CHECK(nfc("plain ASCII") == "plain ASCII");
  CHECK(nfc("习近平") == "习近平");
}

TEST_CASE("characters no input may hold", "[unicode]") {
  for (char32_t ok : {U'\t', U'\n', U'\r', U' ', U'~', U'\u00A0', U'\uFDCF', U'\uFDF0', U'\uFFFD',
                      U'\U0001FFFD', U'\U0010FFFD'})
    CHECK(forbidden_character(ok).empty());
  CHECK(forbidden_character(0) == "NUL (U+0000)");
  CHECK(forbidden_character(0x1B) == "control character U+001B");
  CHECK(forbidden_character(0x7F) == "control character U+007F");
  CHECK(forbidden_character(0x9F) == "control character U+009F");
  CHECK(forbidden_character(0xFDEF) == "noncharacter U+FDEF");
  CHECK(forbidden_character(0x10FFFE) == "noncharacter U+10FFFE");
  CHECK(forbidden_character_offset("ab\tc\xC2\x80") == 4u);
  CHECK_FALSE(forbidden_character_offset("plain \xE2\x80\xA6 text"));
}

TEST_CASE("line starts for LF, CRLF and CR", "[unicode]") {
  CHECK(line_starts("a\nb\r\nc\rd") == std::vector<std::size_t>{0, 2, 5, 7});
  CHECK(line_starts("\r\r\n") == std::vector<std::size_t>{0, 1, 3});
  CHECK(line_starts("") == std::vector<std::size_t>{0});
}
