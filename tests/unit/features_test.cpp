// font::parse_features: the `features` attribute of a layout style.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "font/font.hpp"

using briefing::font::Feature;
using briefing::font::parse_features;

namespace {

Feature feature(const char (&tag)[5], std::uint32_t value) {
  return {{tag[0], tag[1], tag[2], tag[3]}, value};
}

// The error of a value that must be refused.
std::string refusal(std::string_view text) {
  std::string error;
  auto features = parse_features(text, error);
  CHECK_FALSE(features);
  CHECK_FALSE(error.empty());
  return error;
}

}  // namespace

TEST_CASE("features: signs, bare tags and values, in the order written", "[font]") {
  std::string error;
  auto features = parse_features("-liga,+smcp,ss01,salt=2", error);
  REQUIRE(features);
  CHECK(error.empty());
  CHECK(*features == std::vector<Feature>{feature("liga", 0), feature("smcp", 1),
                                          feature("ss01", 1), feature("salt", 2)});
}

TEST_CASE("features: short tags are padded with spaces, as OpenType writes them", "[font]") {
  std::string error;
  auto features = parse_features("cv1,-k", error);
  REQUIRE(features);
  CHECK(*features == std::vector<Feature>{feature("cv1 ", 1), feature("k   ", 0)});
}

TEST_CASE("features: spaces around items are ignored, and values span 0 to 65535", "[font]") {
  std::string error;
  auto features = parse_features("  -kern , aalt=0,\tsalt=65535 ", error);
  REQUIRE(features);
  CHECK(*features ==
        std::vector<Feature>{feature("kern", 0), feature("aalt", 0), feature("salt", 65535)});
}

TEST_CASE("features: malformed lists are refused with the reason", "[font]") {
  CHECK(refusal("") == "no features (an unset attribute inherits the parent's)");
  CHECK(refusal("  ") == "no features (an unset attribute inherits the parent's)");
  CHECK(refusal("-liga,,+smcp") == "an empty item (features are separated by single commas)");
  CHECK(refusal("liga,") == "an empty item (features are separated by single commas)");
  CHECK(refusal(",liga") == "an empty item (features are separated by single commas)");
  CHECK(refusal("sm cp") == "'sm cp' has a space inside its tag");
  CHECK(refusal("- liga") == "'- liga' has a space inside its tag");
  CHECK(refusal("salt = 2") == "'salt = 2' has a space inside its tag");
  CHECK(refusal("ligatures") == "'ligatures': a tag has at most 4 characters");
  CHECK(refusal("lig\xC3\xA9") == "'lig\xC3\xA9': a tag is printable ASCII characters");
  CHECK(refusal("+") == "'+' names no feature");
  CHECK(refusal("=2") == "'=2' names no feature");
  CHECK(refusal("+-liga") == "'+-liga' has more than one sign");
  CHECK(refusal("+salt=2") == "'+salt=2' has both a sign and a value");
  for (auto bad : {"salt=", "salt=x", "salt=-1", "salt=65536", "salt=4294967296", "salt=2=3"})
    CHECK(refusal(bad) ==
          "'" + std::string(bad) + "': the value must be a whole number from 0 to 65535");
}

TEST_CASE("features: a tag set twice is refused, whatever the settings", "[font]") {
  CHECK(refusal("liga,-liga") == "the feature 'liga' is set twice");
  CHECK(refusal("+smcp,kern,smcp=0") == "the feature 'smcp' is set twice");
  CHECK(refusal("cv1,cv1") == "the feature 'cv1' is set twice");
  std::string error;
  CHECK(parse_features("cv1,cv1a", error));
}
