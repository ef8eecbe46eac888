#include <catch2/catch.hpp>

#include "data/data.hpp"
#include "decimal_support.hpp"

using namespace briefing::data;

namespace {

std::vector<Quantity> found(std::string_view sentence, std::string_view date = "") {
  return find_quantities(sentence, date);
}

// The only quantity of `kind` in the sentence.
Quantity only(std::string_view sentence, Kind kind, std::string_view date = "") {
  std::vector<Quantity> of_kind;
  for (auto& q : found(sentence, date))
    if (q.kind == kind) of_kind.push_back(q);
  INFO(sentence);
  REQUIRE(of_kind.size() == 1);
  return of_kind[0];
}

void check(const Quantity& q, std::string_view written, double value, std::string_view unit) {
  CHECK(q.as_written == written);
  CHECK(q.value == briefing::test::dec(value));
  CHECK(q.unit == unit);
}

bool none_of_kinds(std::string_view sentence, std::initializer_list<Kind> kinds) {
  for (auto& q : found(sentence))
    for (Kind k : kinds)
      if (q.kind == k) return false;
  return true;
}

// The quantity's period as facts.xml writes it; "" when it has none.
std::string iso(const Quantity& q) { return q.period ? q.period->iso() : ""; }

constexpr auto amounts = {Kind::money, Kind::percent, Kind::count, Kind::ratio, Kind::duration};

}  // namespace

TEST_CASE("digits with grouping, decimals and decimal commas", "[quantity]") {
  check(only("Vietnam welcomed over 480,000 Chinese tourists.", Kind::count), "over 480,000",
        480000, "");
  check(only("The fund holds 1,234,567.5 shares.", Kind::count), "1,234,567.5", 1234567.5, "");
  check(only("Revenue grew 32,6 per cent.", Kind::percent), "32,6 per cent", 32.6, "%");
  check(only("Sales reached 1.234,5 tonnes.", Kind::count), "1.234,5 tonnes", 1234.5, "t");
  check(only("It sold 1.500.000 tickets.", Kind::count), "1.500.000", 1500000, "");
}

TEST_CASE("money with the currency before or after and scale words", "[quantity]") {
  check(only("Durian exports reached USD 3.4 billion.", Kind::money), "USD 3.4 billion", 3.4e9,
        "USD");
  check(only("It raised US$25 million.", Kind::money), "US$25 million", 25e6, "USD");
  check(only("It raised VNĐ656.7 billion.", Kind::money), "VNĐ656.7 billion", 656.7e9, "VND");
  check(only("Exports rose to $68.2bn.", Kind::money), "$68.2bn", 68.2e9, "USD");
  check(only("The deal is worth €3m.", Kind::money), "€3m", 3e6, "EUR");
  check(only("Goods worth 12.6 billion yuan crossed.", Kind::money), "12.6 billion yuan", 12.6e9,
        "CNY");
  check(only("That is 1.77 billion U.S. dollars.", Kind::money), "1.77 billion U.S. dollars",
        1.77e9, "USD");
  check(only("RMB 3.5 billion was invested.", Kind::money), "RMB 3.5 billion", 3.5e9, "CNY");
  check(only("Kim ngạch đạt 172 tỷ USD.", Kind::money), "172 tỷ USD", 172e9, "USD");
  check(only("Quỹ có 656,7 tỷ đồng.", Kind::money), "656,7 tỷ đồng", 656.7e9, "VND");
  check(only("The plan costs 4,000 billion dong.", Kind::money), "4,000 billion dong", 4e12, "VND");
  check(only("Revenue hit 34.6 nghìn tỷ đồng.", Kind::money), "34.6 nghìn tỷ đồng", 34.6e12, "VND");
  check(only("Imports were $66.9 billion.", Kind::money), "$66.9 billion", 66.9e9, "USD");
}

TEST_CASE("percentages and percentage points", "[quantity]") {
  check(only("Inflation was 24.1% in May.", Kind::percent), "24.1%", 24.1, "%");
  check(only("It rose 14.3 per cent.", Kind::percent), "14.3 per cent", 14.3, "%");
  check(only("It rose 41.5 percent.", Kind::percent), "41.5 percent", 41.5, "%");
  check(only("It rose 0.4 percentage points.", Kind::percent), "0.4 percentage points", 0.4,
        "percentage points");
}

TEST_CASE("ratios, multiples and fractions", "[quantity]") {
  check(only("The rate slipped to 1.91 children per woman.", Kind::ratio),
        "1.91 children per woman", 1.91, "children per woman");
  check(only("The ratio stands at around 110 boys per 100 girls.", Kind::ratio),
        "around 110 boys per 100 girls", 110, "boys per 100 girls");
  check(only("It raised ten times the initial target.", Kind::ratio), "ten times", 10, "times");
  check(only("Revenue was twice the figure.", Kind::ratio), "twice", 2, "times");
  check(only("Cases saw a fourfold increase.", Kind::ratio), "fourfold", 4, "times");
  check(only("One in five visitors stayed.", Kind::ratio), "One in five", 1, "in 5");
  check(only("It adds forty-five trains a week.", Kind::ratio), "forty-five trains a week", 45,
        "trains per week");
  check(only("Sales account for about a fifth of revenue.", Kind::ratio), "about a fifth", 0.2, "");
  auto two_thirds = only("The city will cover two thirds.", Kind::ratio);
  CHECK(two_thirds.as_written == "two thirds");
  // Not a decimal fraction: the quotient to 18 significant digits, rounded.
  CHECK(two_thirds.value.plain() == "0.666666666666666667");
  CHECK(only("It fell by nearly half to $1.2 billion.", Kind::ratio).qualifier == "nearly");
}

TEST_CASE("numbers written as words", "[quantity]") {
  check(only("They signed forty-five agreements.", Kind::count), "forty-five", 45, "");
  check(only("Some twenty thousand jobs are planned.", Kind::count), "Some twenty thousand", 20000,
        "");
  check(only("It drew a million visitors.", Kind::count), "a million", 1e6, "");
  check(only("It represents more than 6.5 million people.", Kind::count), "more than 6.5 million",
        6.5e6, "");
  check(only("It supports 1.5 million people.", Kind::count), "1.5 million", 1.5e6, "");
  check(only("It has one hundred and twenty members.", Kind::count), "one hundred and twenty", 120,
        "");
  check(only("It drew half a million visitors.", Kind::count), "half a million", 5e5, "");
  check(only("It drew one and a half million visitors.", Kind::count), "one and a half million",
        1.5e6, "");
  check(only("Efforts proceed on two mutually reinforcing levels.", Kind::count), "two", 2, "");
}

TEST_CASE("durations", "[quantity]") {
  check(only("A review of nearly five years of work.", Kind::duration), "nearly five years", 5,
        "years");
  check(only("They will have a four-day break.", Kind::duration), "four-day", 4, "days");
  check(only("It lasted a decade.", Kind::duration), "a decade", 10, "years");
  check(only("They met three times within a week.", Kind::duration), "a week", 1, "weeks");
  check(only("Resorts were booked for three consecutive weeks.", Kind::duration),
        "three consecutive weeks", 3, "weeks");
  auto ages = found("Children aged one to five are eligible.");
  REQUIRE(ages.size() == 1);
  check(ages[0], "one to five", 1, "years");
  CHECK(ages[0].upper == briefing::test::dec(5));
  CHECK(none_of_kinds("A decade ago, the trip took longer.", amounts));
  CHECK(none_of_kinds("It was a year of many firsts.", amounts));
}

TEST_CASE("qualifiers are normalised from the words before the figure", "[quantity]") {
  auto qualifier = [](std::string_view sentence) {
    auto all = found(sentence);
    REQUIRE(all.size() == 1);
    return all[0].qualifier;
  };
  CHECK(qualifier("It drew over 20,000 students.") == "over");
  CHECK(qualifier("It drew more than 20,000 students.") == "more than");
  CHECK(qualifier("It drew nearly 200 images.") == "nearly");
  CHECK(qualifier("It drew almost 200 images.") == "nearly");
  CHECK(qualifier("It drew approximately 200 images.") == "approximately");
  CHECK(qualifier("It drew about 200 images.") == "approximately");
  CHECK(qualifier("It drew around 200 images.") == "around");
  CHECK(qualifier("It drew at least 200 images.") == "at least");
  CHECK(qualifier("It drew up to 200 images.") == "up to");
  CHECK(qualifier("Trade surpassed USD 250 billion.") == "exceeded");
  CHECK(qualifier("The population has topped 100 million.") == "exceeded");
  CHECK(qualifier("It fell to a record 1.91 children per woman.") == "record");
  CHECK(qualifier("It drew fewer than 200 images.") == "less than");
  CHECK(qualifier("It will cost USD 5 billion or more.") == "at least");
  CHECK(qualifier("It is structured around four themes.").empty());
  CHECK(qualifier("They won medals over two years.").empty());
  // Adverbs are part of the figure as written; verbs are not.
  CHECK(found("It drew over 20,000 students.")[0].as_written == "over 20,000");
  CHECK(found("Trade surpassed USD 250 billion.")[0].as_written == "USD 250 billion");
}

TEST_CASE("periods from the sentence, resolved with the article's date", "[quantity][period]") {
  auto period = [](std::string_view sentence, std::string_view date = "") {
    for (auto& q : found(sentence, date))
      if (q.kind != Kind::date) return iso(q);
    FAIL("no quantity in: " << sentence);
    return std::string();
  };
  CHECK(period("The rate was 1.96 children per woman in 2023.") == "2023");
  CHECK(period("Trade exceeded USD 250 billion in the first 11 months of 2025.") ==
        "2025-01/2025-11");
  CHECK(period("Between January and November, it welcomed 480,000 tourists per month.",
               "2025-12-30") == "2025-01/2025-11");
  CHECK(period("From January to November 2024, exports rose 5%.") == "2024-01/2024-11");
  CHECK(period("Between January and November, it welcomed 480,000 tourists.") == "--01/--11");
  CHECK(period("In the first six months of the year, exports rose 24.1%.", "2025-12-30") ==
        "2025-01/2025-06");
  CHECK(period("In the first six months of the year, exports rose 24.1%.") == "--01/--06");
  CHECK(period("Sales rose 5% in the first quarter of 2024.") == "2024-Q1");
  CHECK(period("Sales rose 5% in Q3 2024.") == "2024-Q3");
  CHECK(period("Sales rose 5% in the first half of 2025.") == "2025-01/2025-06");
  CHECK(period("The rate has been 4.5% since 2020.") == "2020/..");
  CHECK(period("From 2022 to 2024, sales rose 5%.") == "2022/2024");
  CHECK(period("Over the past five years, 434 prizes were won.", "2025-12-30") == "2020/2025");
  CHECK(period("In April 2025, exports rose 5%.") == "2025-04");
  CHECK(period("Exports rose 5% this year.", "2025-12-30") == "2025");
  CHECK(period("Exports rose 5% last year.", "2025-12-30") == "2024");
  // A period that is a base of comparison is not the figure's period.
  CHECK(period("It received 10.9 million visitors in 2024, up 32.6 per cent from last year.",
               "2024-12-28") == "2024");
  CHECK(period("Exports rose 5%.").empty());
}

TEST_CASE("the periods of issue 17, relative ones marked", "[quantity][period]") {
  struct Read {
    std::string period;
    bool relative;
    bool operator==(const Read&) const = default;
  };
  auto read = [](std::string_view sentence, std::string_view date = "2025-12-30") {
    for (auto& q : found(sentence, date))
      if (q.kind != Kind::date) return Read{iso(q), q.period_relative};
    FAIL("no quantity in: " << sentence);
    return Read{};
  };
  CHECK(read("Exports rose 5% last year.") == Read{"2024", true});
  CHECK(read("Exports rose 5% in the first half of this year.") == Read{"2025-01/2025-06", true});
  CHECK(read("Exports rose 5% in the first half of last year.") == Read{"2024-01/2024-06", true});
  CHECK(read("In the first nine months, exports rose 5%.") == Read{"2025-01/2025-09", true});
  CHECK(read("In January\u2013March, exports rose 5%.") == Read{"2025-01/2025-03", true});
  CHECK(read("Sales rose 5% in Q1.") == Read{"2025-Q1", true});
  CHECK(read("Sales rose 5% in the first quarter.") == Read{"2025-Q1", true});
  CHECK(read("Sales rose 5% in the first quarter of 2024.") == Read{"2024-Q1", false});
  CHECK(read("Sales rose 5% in 2016.") == Read{"2016", false});
  // Without the article's date a relative period is unknown, or lacks its year.
  CHECK(read("Exports rose 5% last year.", "") == Read{"", true});
  CHECK(read("In the first nine months, exports rose 5%.", "") == Read{"--01/--09", true});
  CHECK(read("Exports rose 5%.") == Read{"", false});
}

TEST_CASE("Vietnamese periods", "[quantity][period]") {
  auto read = [](std::string_view sentence, std::string_view date = "2025-12-30") {
    for (auto& q : found(sentence, date))
      if (q.kind != Kind::date) return std::pair{iso(q), q.period_relative};
    FAIL("no quantity in: " << sentence);
    return std::pair{std::string(), false};
  };
  CHECK(read("Kim ngạch đạt 150 tỷ USD năm 2024.") == std::pair{std::string("2024"), false});
  CHECK(read("6 tháng đầu năm, kim ngạch tăng 5%.") ==
        std::pair{std::string("2025-01/2025-06"), true});
  CHECK(read("11 tháng đầu năm 2024, kim ngạch tăng 5%.") ==
        std::pair{std::string("2024-01/2024-11"), false});
  CHECK(read("Trong quý I, kim ngạch tăng 5%.") == std::pair{std::string("2025-Q1"), true});
  CHECK(read("Trong quý II năm 2024, kim ngạch tăng 5%.") ==
        std::pair{std::string("2024-Q2"), false});
  CHECK(read("Trong quý 3/2024, kim ngạch tăng 5%.") == std::pair{std::string("2024-Q3"), false});
}

TEST_CASE("each figure takes the period of its own clause", "[quantity][period]") {
  auto all = found(
      "The rate slipped from 2.01 children per woman in 2022 to 1.96 in 2023, then plunged to a "
      "record 1.91 in 2024.");
  std::vector<Quantity> ratios;
  for (auto& q : all)
    if (q.kind == Kind::ratio) ratios.push_back(q);
  REQUIRE(ratios.size() == 3);
  CHECK(iso(ratios[0]) == "2022");
  CHECK(iso(ratios[1]) == "2023");
  CHECK(ratios[1].unit == "children per woman");
  CHECK(iso(ratios[2]) == "2024");
  CHECK(ratios[2].qualifier == "record");
}

TEST_CASE("scale words and their abbreviations, in English and Vietnamese", "[quantity]") {
  check(only("Revenue reached USD 2.4 bn in 2025.", Kind::money), "USD 2.4 bn", 2.4e9, "USD");
  check(only("Revenue reached USD 2.4 bln.", Kind::money), "USD 2.4 bln", 2.4e9, "USD");
  check(only("Revenue reached $2.4b.", Kind::money), "$2.4b", 2.4e9, "USD");
  check(only("It cost US$ 5 mn.", Kind::money), "US$ 5 mn", 5e6, "USD");
  check(only("It cost $10k.", Kind::money), "$10k", 1e4, "USD");
  check(only("The city welcomed 3.1m visitors.", Kind::count), "3.1m", 3.1e6, "");
  check(only("Each household got VND 5 tr in aid.", Kind::money), "VND 5 tr", 5e6, "VND");
  check(only("Each household got 5 tr đồng in aid.", Kind::money), "5 tr đồng", 5e6, "VND");
  check(only("Each household got 5 triệu đồng in aid.", Kind::money), "5 triệu đồng", 5e6, "VND");
  check(only("Trade reached 3.4 tỷ USD last year.", Kind::money), "3.4 tỷ USD", 3.4e9, "USD");
  check(only("Trade reached 3,4 tỉ USD.", Kind::money), "3,4 tỉ USD", 3.4e9, "USD");
  check(only("Đầu tư đạt 2 nghìn tỷ đồng.", Kind::money), "2 nghìn tỷ đồng", 2e12, "VND");
  check(only("Đầu tư đạt 500 ngàn đồng.", Kind::money), "500 ngàn đồng", 5e5, "VND");
  check(only("A quarter of a billion dollars was spent.", Kind::money),
        "A quarter of a billion dollars", 2.5e8, "USD");
  check(only("Half a million people came.", Kind::count), "Half a million", 5e5, "");
  check(only("Three quarters of a billion dollars was spent.", Kind::money),
        "Three quarters of a billion dollars", 7.5e8, "USD");
  auto thirds = only("Some two-thirds of a million people came.", Kind::count);
  CHECK(thirds.as_written == "Some two-thirds of a million");
  CHECK(thirds.value ==
        *briefing::Decimal::rounded_quotient(2, 3).times(briefing::Decimal::integer(1'000'000)));
  // a fraction of no scale word stays a fraction
  auto third = only("Nearly a third of workers left.", Kind::ratio);
  CHECK(third.as_written == "Nearly a third");
  CHECK(third.value == briefing::Decimal::rounded_quotient(1, 3));
  check(only("Exports reached 2 trillion yuan.", Kind::money), "2 trillion yuan", 2e12, "CNY");
  check(only("China sent ¥5 billion.", Kind::money), "¥5 billion", 5e9, "CNY");
  check(only("China sent RMB 3 billion.", Kind::money), "RMB 3 billion", 3e9, "CNY");
  check(only("China sent CNY 3 billion.", Kind::money), "CNY 3 billion", 3e9, "CNY");
  check(only("It raised VNĐ 5 billion.", Kind::money), "VNĐ 5 billion", 5e9, "VND");
  // a spaced "m" or "k" without a currency is no scale: "5 m wide" is a length
  CHECK(only("The road is 5 m wide.", Kind::count).value == briefing::Decimal::integer(5));
}

TEST_CASE("a range is one quantity, its lower end sharing the upper end's unit", "[quantity]") {
  auto all = found("Growth will be between 10 and 15 percent.");
  REQUIRE(all.size() == 1);
  CHECK(all[0].kind == Kind::percent);
  CHECK(all[0].value == briefing::Decimal::integer(10));
  CHECK(all[0].upper == briefing::Decimal::integer(15));
  CHECK(all[0].as_written == "10 and 15 percent");
  auto dash = found("Growth will be 10-15%.");
  REQUIRE(dash.size() == 1);
  CHECK(dash[0].unit == "%");
  CHECK(dash[0].upper == briefing::Decimal::integer(15));
  auto en_dash = only("Prices climbed 12–15% this year.", Kind::percent);
  CHECK(en_dash.upper == briefing::Decimal::integer(12 + 3));
  // the scale word serves both ends
  auto millions = only("Some 2–3 million visitors came.", Kind::count);
  check(millions, "Some 2–3 million", 2e6, "");
  CHECK(millions.upper == briefing::test::dec(3e6));
  auto money = only("Investment of USD 2-3 billion is planned.", Kind::money);
  check(money, "USD 2-3 billion", 2e9, "USD");
  CHECK(money.upper == briefing::test::dec(3e9));
  auto apart = only("Between 900,000 and 1.2 million tourists came.", Kind::count);
  CHECK(apart.value == briefing::Decimal::integer(900000));
  CHECK(apart.upper == briefing::test::dec(1.2e6));
  auto to = only("Fees were 12 to 15 percent of the value.", Kind::percent);
  CHECK(to.upper == briefing::Decimal::integer(15));
  // two levels of a change, not a range
  auto levels = found("Rates rose from 12 to 15 percent.");
  REQUIRE(levels.size() == 2);
  CHECK_FALSE(levels[0].upper);
  CHECK(levels[0].unit == "%");
}

TEST_CASE("a day range is a date, never a count", "[quantity]") {
  for (auto sentence : {"The fair runs from 3-5 May in Hanoi.", "The fair runs on 3–5/5 in Hanoi.",
                        "The fair runs on May 3-5 in Hanoi.", "The fair runs from 3 to 5 May.",
                        "The fair runs on 3–5 May 2025."}) {
    INFO(sentence);
    CHECK(none_of_kinds(sentence, amounts));
  }
}

TEST_CASE("the sign of a change", "[quantity]") {
  auto sign = [](std::string_view sentence, Change change, std::string_view word) {
    INFO(sentence);
    auto all = found(sentence);
    REQUIRE_FALSE(all.empty());
    CHECK(all[0].change == change);
    CHECK(all[0].change_word == word);
  };
  sign("Exports dropped 4 per cent in 2025.", Change::down, "dropped");
  sign("Exports fell by 4%.", Change::down, "fell");
  sign("Exports were down 4% from last year.", Change::down, "down");
  sign("It was a 4 per cent drop.", Change::down, "drop");
  sign("It was a 4% year-on-year decline.", Change::down, "decline");
  sign("Exports were 4% lower.", Change::down, "lower");
  sign("Giá trị giảm 3,5%.", Change::down, "giảm");
  sign("Exports rose by 4.2% year-on-year.", Change::up, "rose");
  sign("Trade was up 32.6 per cent from last year.", Change::up, "up");
  sign("An increase of 3% in imports.", Change::up, "increase");
  sign("Kim ngạch tăng 4,2% so với cùng kỳ.", Change::up, "tăng");
  sign("GDP tăng trưởng 8%.", Change::up, "tăng");
  sign("Doanh thu tăng thêm 5%.", Change::up, "tăng");
  sign("A decline of 2% followed.", Change::down, "decline");
  sign("Exports grew nearly 4%.", Change::up, "grew");
  // levels: what a change reached, where it started, a share
  sign("Imports rose to USD 5 billion.", Change::none, "");
  sign("The rate slipped from 2.01 children per woman in 2022.", Change::none, "");
  sign("More than 60% of exports go to China.", Change::none, "");
  sign("Up to 20% of workers left.", Change::none, "");
  sign("Trade surpassed USD 250 billion.", Change::none, "");
  sign("Exports fell sharply by 4%.", Change::down, "fell");
  sign("Chinese visitors made up 12% of arrivals.", Change::none, "");
  sign("Chinese firms set up 3 factories.", Change::none, "");
  sign("The plant shut down 2 lines.", Change::none, "");
  sign("The line will cut costs by up to 20 percent.", Change::down, "cut");
  sign("HSBC raised its forecast for Vietnam by 0.4 percentage points.", Change::up, "raised");
  sign("The fund was raised by 3 donors.", Change::none, "");
  sign("Coverage fell below 90 per cent.", Change::none, "");
  sign("Shares have lost nearly 15% this year.", Change::down, "lost");
}

TEST_CASE("dates and ordinals", "[quantity]") {
  auto date = [](std::string_view sentence, std::string_view article_date = "") {
    return only(sentence, Kind::date, article_date);
  };
  CHECK(iso(date("The break ends on January 1, 2026.")) == "2026-01-01");
  CHECK(date("The break ends on January 1, 2026.").value == briefing::Decimal::integer(2026));
  CHECK(iso(date("It was dated December 25, as planned.", "2025-12-30")) == "2025-12-25");
  CHECK(iso(date("The break starts on January 1.", "2025-12-30")) == "2026-01-01");
  CHECK(iso(date("The break starts on January 1.")) == "--01-01");
  CHECK(iso(date("He visited in April 2025.")) == "2025-04");
  CHECK(iso(date("Nanning, Dec. 2 (Xinhua) -- Trains ran.")) == "--12-02");
  CHECK(iso(date("It opened on 30 December 2025.")) == "2025-12-30");
  CHECK(iso(date("Published 2025-12-30.")) == "2025-12-30");
  CHECK(iso(date("Updated 28/12/2024.")) == "2024-12-28");
  CHECK(iso(date("The 2025 population report is out.")) == "2025");
  CHECK(iso(date("It peaked in the 1990s.")) == "1990/1999");
  CHECK(only("It marks the 75th anniversary.", Kind::ordinal).value ==
        briefing::Decimal::integer(75));
  CHECK(only("For the first time, it opened.", Kind::ordinal).value ==
        briefing::Decimal::integer(1));
}

TEST_CASE("identifiers, names and references are not amounts", "[quantity]") {
  CHECK(none_of_kinds("It implements Directive No.12 of the Party.", amounts));
  CHECK(none_of_kinds("Under Official Dispatch No. 12729/VPCP-KGVX staff rest.", amounts));
  CHECK(none_of_kinds("They upgraded their 3+3 strategic dialogue.", amounts));
  CHECK(none_of_kinds("COVID-19 cases fell.", amounts));
  CHECK(none_of_kinds("Item 1 of 4", amounts));
  CHECK(none_of_kinds("They meet at 5 p.m. daily.", amounts));
  CHECK(none_of_kinds("China's 15th Five-Year Plan prioritises innovation.", amounts));
  CHECK(none_of_kinds("Trade between the two countries grew.", amounts));
  CHECK(none_of_kinds("It is one of the six key pillars.", amounts));
  CHECK(none_of_kinds("The forum is one notable example.", amounts));
  CHECK(none_of_kinds("It needs a three-way linkage.", amounts));
  CHECK(none_of_kinds("It visited chi-hoa-01.jpg today.", amounts));
}

TEST_CASE("offsets point at the figure as written", "[quantity]") {
  std::string sentence = "In terms of scale, trade surpassed USD 250 billion in 11 months.";
  auto money = only(sentence, Kind::money);
  CHECK(sentence.substr(money.offset, money.as_written.size()) == "USD 250 billion");
  std::string vietnamese = "Hà Nội — Quỹ đạt gần 172 tỷ USD.";
  auto gan = only(vietnamese, Kind::money);
  CHECK(gan.qualifier == "nearly");
  CHECK(vietnamese.substr(gan.offset, gan.as_written.size()) == "gần 172 tỷ USD");
}

TEST_CASE("measured counts carry their unit", "[quantity]") {
  check(only("Rice exports hit a record 9 million tonnes.", Kind::count),
        "a record 9 million tonnes", 9e6, "t");
  check(only("The 1.5km bridge opened.", Kind::count), "1.5km", 1.5, "km");
  check(only("Trains carried about 98,000 TEUs of goods.", Kind::count), "about 98,000 TEUs", 98000,
        "TEU");
  check(only("Temperatures reached 40 degrees Celsius.", Kind::count), "40 degrees Celsius", 40,
        "\u00B0C");
  check(only("It was 38\u00B0C in Hanoi.", Kind::count), "38\u00B0C", 38, "\u00B0C");
}
