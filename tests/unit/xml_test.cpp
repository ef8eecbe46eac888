#include <catch2/catch.hpp>

#include "xml/values.hpp"

using namespace briefing;

TEST_CASE("value syntax", "[xml]") {
  CHECK(xml::parse_length("12pt") == Approx(12));
  CHECK(xml::parse_length("25.4mm") == Approx(72));
  CHECK(xml::parse_length("2.54cm") == Approx(72));
  CHECK(xml::parse_length("0.5in") == Approx(36));
  for (auto bad : {"12", "pt", "-3pt", "1e2pt", "1.pt", ".5pt", "12 pt", "12px"})
    CHECK_FALSE(xml::parse_length(bad));

  CHECK(xml::parse_color("#1f3A5f") == Color{0x1f / 255.0, 0x3a / 255.0, 0x5f / 255.0});
  for (auto bad : {"1f3a5f", "#1f3a5", "#1f3a5g", "blue"}) CHECK_FALSE(xml::parse_color(bad));

  CHECK(xml::parse_weights("2, 3,3") == std::vector<double>{2, 3, 3});
  for (auto bad : {"", "2,,3", "0,1", "2;3"}) CHECK_FALSE(xml::parse_weights(bad));

  CHECK(xml::is_iso_date("2024-02-29"));
  CHECK(xml::is_iso_date("2025-11"));
  CHECK(xml::is_iso_date("2025"));
  for (auto bad : {"2025-02-29", "2025-13", "25-01-01", "2025/01/01"})
    CHECK_FALSE(xml::is_iso_date(bad));

  CHECK(xml::closest_name("colour", {"color", "rule-color"}) == "color");
  CHECK(xml::closest_name("titel", {"title", "subtitle"}) == "title");
  CHECK(xml::closest_name("zzz", {"color", "size"}).empty());
  CHECK(xml::collapse_whitespace(" \t a\n\n b  ") == "a b");
}
