// Period: the one calendar type of facts, sentences, editions and charts.
#include "base/period.hpp"

#include <catch2/catch.hpp>

using briefing::Day;
using briefing::Period;

namespace {

Period period(std::string_view text) {
  auto parsed = Period::parse(text);
  REQUIRE(parsed);
  return *parsed;
}

}  // namespace

TEST_CASE("periods parse from facts.xml's forms and are written back alike") {
  for (std::string_view text :
       {"2025", "2025-H1", "2025-Q3", "2025-04", "2024-02-29", "2025-01/2025-11", "2022/2024",
        "2025-Q1/2025-Q3", "2020/..", "--04", "--01/--11", "--12-25", "2024-12/2025-02"})
    CHECK(period(text).iso() == text);
}

TEST_CASE("malformed periods are refused") {
  for (std::string_view text :
       {"", "25", "2025-13", "2025-00", "2025-Q5", "2025-H3", "2025-02-29", "2025-04-31",
        "2025-11/2025-01", "2025/2024", "2025-1", "--13", "--01/2025-03", "--01/..", "2025/",
        "0000", "2025-Q1x", "2025-04-1"})
    CHECK_FALSE(Period::parse(text));
}

TEST_CASE("periods know their first and last day") {
  CHECK(period("2025").first_day() == Day{2025, 1, 1});
  CHECK(period("2025").last_day() == Day{2025, 12, 31});
  CHECK(period("2025-H1").last_day() == Day{2025, 6, 30});
  CHECK(period("2024-Q1").last_day() == Day{2024, 3, 31});
  CHECK(period("2024-02").last_day() == Day{2024, 2, 29});
  CHECK(period("2025-02").last_day() == Day{2025, 2, 28});
  CHECK(period("2025-01/2025-11").last_day() == Day{2025, 11, 30});
  // What is known of an open range when it is stated is its start.
  CHECK(period("2020/..").last_day() == Day{2020, 12, 31});
  CHECK(period("2025-01/2025-11").length_in_months() == 11);
  CHECK(period("2025-Q2").length_in_months() == 3);
}

TEST_CASE("periods order by first day, then last day") {
  CHECK(period("2024") < period("2025-01"));
  CHECK(period("2025-01") < period("2025-01/2025-03"));
  CHECK(period("2025-Q1") < period("2025-04"));
  CHECK(period("2025-01/2025-11") < period("2025"));
  CHECK(period("2025-03") == period("2025-03"));
  CHECK(period("2025-Q1") != period("2025-01/2025-03"));
}

TEST_CASE("contain and agree") {
  CHECK(period("2025").contains(period("2025-Q3")));
  CHECK(period("2025-H1").contains(period("2025-04")));
  CHECK_FALSE(period("2025-Q1").contains(period("2025-04")));
  CHECK(period("2020/..").contains(period("2024")));
  CHECK_FALSE(period("2024").contains(period("2020/..")));
  CHECK(period("2025-Q1").agrees_with(period("2025-01/2025-03")));
  CHECK(period("2025-01/2025-11").agrees_with(period("--01/--11")));
  CHECK_FALSE(period("2025").agrees_with(period("--01/--11")));
  CHECK_FALSE(period("2025-03").agrees_with(period("2025-Q1")));
  CHECK_FALSE(period("2024-Q1").agrees_with(period("2025-Q1")));
}

TEST_CASE("the previous period has the same length") {
  CHECK(period("2025").previous()->iso() == "2024");
  CHECK(period("2025-Q1").previous()->iso() == "2024-Q4");
  CHECK(period("2025-H2").previous()->iso() == "2025-H1");
  CHECK(period("2025-01").previous()->iso() == "2024-12");
  CHECK(period("2025-03-01").previous()->iso() == "2025-02-28");
  CHECK(period("2025-03/2025-05").previous()->iso() == "2024-12/2025-02");
  CHECK(period("2022/2024").previous()->iso() == "2019/2021");
  CHECK_FALSE(period("2020/..").previous());
}

TEST_CASE("periods read as the brief's language writes them") {
  CHECK(period("2025-01/2025-11").text("en") == "January\u2013November 2025");
  CHECK(period("2025-01/2025-11").text("vi") == "tháng 1\u201311/2025");
  CHECK(period("2024-Q1").text("en") == "Q1 2024");
  CHECK(period("2024-Q1").text("vi") == "quý 1/2024");
  CHECK(period("2025-H1").text("en") == "first half of 2025");
  CHECK(period("2025-H2").text("vi") == "nửa cuối năm 2025");
  CHECK(period("2025-04-14").text("en") == "14 April 2025");
  CHECK(period("2024-11/2025-02").text("en") == "November 2024 \u2013 February 2025");
  CHECK(period("2025-04-14").text("vi") == "ngày 14/4/2025");
  CHECK(period("2025").text("vi") == "năm 2025");
  CHECK(period("2022/2024").text("en") == "2022\u20132024");
  CHECK(period("2020/..").text("en") == "since 2020");
  CHECK(period("--01/--11").text("en") == "January\u2013November");
}
