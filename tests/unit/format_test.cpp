#include "data/format.hpp"

#include <catch2/catch.hpp>

#include "decimal_support.hpp"

using namespace briefing;
using data::Kind;

namespace {

data::Fact fact(double value, Kind kind, std::string unit = "", std::string qualifier = "") {
  data::Fact f;
  f.value = test::dec(value);
  f.kind = kind;
  f.unit = std::move(unit);
  f.qualifier = std::move(qualifier);
  return f;
}

}  // namespace

TEST_CASE("money prints the currency code before an English figure and after a Vietnamese one") {
  auto trade = fact(172e9, Kind::money, "USD", "nearly");
  CHECK(data::format_fact(trade, "en") == "nearly USD 172 billion");
  CHECK(data::format_fact(trade, "vi") == "gần 172 tỷ USD");
  auto durian = fact(3.4e9, Kind::money, "USD");
  CHECK(data::format_fact(durian, "en") == "USD 3.4 billion");
  CHECK(data::format_fact(durian, "vi") == "3,4 tỷ USD");
  CHECK(data::format_fact(fact(25e6, Kind::money, "USD"), "en") == "USD 25 million");
  CHECK(data::format_fact(fact(1.25e12, Kind::money, "USD"), "en") == "USD 1.25 trillion");
  CHECK(data::format_fact(fact(1.25e12, Kind::money, "USD"), "vi") == "1,25 nghìn tỷ USD");
}

TEST_CASE("the đồng is named in Vietnamese and coded in English") {
  auto budget = fact(656.7e9, Kind::money, "VND");
  CHECK(data::format_fact(budget, "en") == "VND 656.7 billion");
  CHECK(data::format_fact(budget, "vi") == "656,7 tỷ đồng");
}

TEST_CASE("counts group their digits by the language's convention") {
  auto students = fact(20000, Kind::count, "", "over");
  CHECK(data::format_fact(students, "en") == "over 20,000");
  CHECK(data::format_fact(students, "vi") == "hơn 20.000");
  CHECK(data::format_fact(fact(138000, Kind::count), "en") == "138,000");
  CHECK(data::format_fact(fact(45, Kind::count), "en") == "45");
  CHECK(data::format_fact(fact(1e6, Kind::count, "", "over"), "en") == "over 1 million");
  CHECK(data::format_fact(fact(1e6, Kind::count, "", "over"), "vi") == "hơn 1 triệu");
}

TEST_CASE("a scale word is used only when it keeps the figure to three decimals") {
  CHECK(data::format_fact(fact(1234567, Kind::count), "en") == "1,234,567");
  CHECK(data::format_fact(fact(1234000, Kind::count), "en") == "1.234 million");
  CHECK(data::format_fact(fact(480000, Kind::money, "USD"), "vi") == "480.000 USD");
}

TEST_CASE("percentages keep exactly the decimals the value has") {
  CHECK(data::format_fact(fact(60, Kind::percent, "%", "more than"), "en") == "more than 60%");
  CHECK(data::format_fact(fact(60, Kind::percent, "%", "more than"), "vi") == "hơn 60%");
  CHECK(data::format_fact(fact(24.1, Kind::percent, "%"), "en") == "24.1%");
  CHECK(data::format_fact(fact(24.1, Kind::percent, "%"), "vi") == "24,1%");
  CHECK(data::format_fact(fact(0.25, Kind::percent, "%"), "en") == "0.25%");
}

TEST_CASE("ratios, durations and ordinals carry their unit words") {
  CHECK(data::format_fact(fact(1.91, Kind::ratio, "children per woman"), "en") ==
        "1.91 children per woman");
  CHECK(data::format_fact(fact(10, Kind::ratio, "times"), "en") == "10 times");
  CHECK(data::format_fact(fact(10, Kind::ratio, "times"), "vi") == "10 lần");
  CHECK(data::format_fact(fact(5, Kind::duration, "years", "nearly"), "en") == "nearly 5 years");
  CHECK(data::format_fact(fact(5, Kind::duration, "years", "nearly"), "vi") == "gần 5 năm");
  CHECK(data::format_fact(fact(13, Kind::ordinal), "en") == "13th");
  CHECK(data::format_fact(fact(21, Kind::ordinal), "en") == "21st");
  CHECK(data::format_fact(fact(112, Kind::ordinal), "en") == "112th");
  CHECK(data::format_fact(fact(13, Kind::ordinal), "vi") == "thứ 13");
  CHECK(data::format_fact(fact(2025, Kind::date), "en") == "2025");
}

TEST_CASE("qualifiers print as words of the brief's language") {
  CHECK(data::format_fact(fact(250e9, Kind::money, "USD", "exceeded"), "en") ==
        "over USD 250 billion");
  CHECK(data::format_fact(fact(250e9, Kind::money, "USD", "exceeded"), "vi") == "hơn 250 tỷ USD");
  CHECK(data::format_fact(fact(45, Kind::count, "", "record"), "en") == "a record 45");
  CHECK(data::format_fact(fact(3, Kind::count, "", "approximately"), "vi") == "khoảng 3");
  CHECK(data::format_fact(fact(3, Kind::count, "", "at least"), "vi") == "ít nhất 3");
  CHECK(data::format_fact(fact(3, Kind::count, "", "up to"), "vi") == "tối đa 3");
  CHECK(data::format_fact(fact(3, Kind::count, "", "above"), "vi") == "trên 3");
}

TEST_CASE("any language other than Vietnamese prints English figures") {
  CHECK(data::format_fact(fact(3.4e9, Kind::money, "USD"), "fr") == "USD 3.4 billion");
  CHECK(data::format_fact(fact(3.4e9, Kind::money, "USD"), "vi-VN") == "3,4 tỷ USD");
}

TEST_CASE("every digit of a figure prints, beyond what a double holds") {
  auto exact = [](std::string_view text) { return Decimal::parse(text).value; };
  data::Fact f;
  f.kind = Kind::count;
  f.value = exact("12345678901234567");
  CHECK(data::format_fact(f, "en") == "12,345,678,901,234,567");
  CHECK(data::format_fact(f, "vi") == "12.345.678.901.234.567");
  f.value = exact("123456789012345678000");
  CHECK(data::format_fact(f, "en") == "123,456,789,012,345,678,000");
  f.value = exact("99999999999999999000");
  CHECK(data::format_fact(f, "en") == "99,999,999,999,999,999,000");
  f.value = exact("123456789012345000000000");
  CHECK(data::format_fact(f, "en") == "123,456,789,012.345 trillion");
  CHECK(data::format_fact(f, "vi") == "123.456.789.012,345 nghìn tỷ");
  f.value = exact("0.000000000000000001");
  CHECK(data::format_fact(f, "vi") == "0,000000000000000001");
}
