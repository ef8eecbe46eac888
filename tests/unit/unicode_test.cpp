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
