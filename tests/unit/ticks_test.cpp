// Tick selection and number formatting for chart axes.
#include "chart/ticks.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "chart/numbers.hpp"

using namespace briefing::chart;

namespace {

// The step is 1, 2 or 5 times a power of ten.
bool is_nice(double step) {
  double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (std::abs(mantissa - m) < 1e-6) return true;
  return false;
}

// What every tick set must satisfy, whatever the data.
void check_ticks(const Ticks& t, double lo, double hi, int max_count, bool with_zero) {
  INFO("range " << lo << " .. " << hi << ", at most " << max_count);
  REQUIRE(t.values.size() >= 2);
  CHECK(t.values.size() <= static_cast<std::size_t>(std::max(max_count, 3)));
  CHECK(is_nice(t.step));
  CHECK(t.lo == t.values.front());
  CHECK(t.hi == t.values.back());
  CHECK(t.lo <= lo);
  CHECK(t.hi >= hi);
  for (std::size_t i = 1; i < t.values.size(); ++i)
    CHECK(t.values[i] - t.values[i - 1] == Approx(t.step).epsilon(1e-9));
  for (double v : t.values) CHECK_FALSE((v == 0 && std::signbit(v)));
  if (with_zero) CHECK((t.lo <= 0 && t.hi >= 0));
  // Not wasteful: the data (with zero, if asked for) fill more than a third of the axis. Two
  // ticks cannot promise that: 99..101 needs a tick each side of 100.
  if (with_zero) lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);
  if (lo != hi && max_count > 2) CHECK((hi - lo) > (t.hi - t.lo) / 3);
}

}  // namespace

TEST_CASE("ticks: all zeros give a 0 to 1 axis") {
  Ticks t = nice_ticks(0, 0, 6, true);
  check_ticks(t, 0, 0, 6, true);
  CHECK(t.lo == 0);
  CHECK(t.hi == 1);
  CHECK(t.step == 0.2);
  CHECK(t.decimals == 1);
}

TEST_CASE("ticks: one point is shown against zero") {
  Ticks t = nice_ticks(42, 42, 6, false);
  CHECK(t.lo == 0);
  CHECK(t.hi == 50);
  CHECK(t.step == 10);
  CHECK(t.values == std::vector<double>{0, 10, 20, 30, 40, 50});
  CHECK(t.decimals == 0);
}

TEST_CASE("ticks: identical values, positive and negative") {
  Ticks up = nice_ticks(7.5, 7.5, 5, false);
  CHECK(up.lo == 0);
  CHECK(up.hi >= 7.5);
  Ticks down = nice_ticks(-3, -3, 5, false);
  CHECK(down.lo <= -3);
  CHECK(down.hi == 0);
  check_ticks(down, -3, 0, 5, false);
}

TEST_CASE("ticks: negative values") {
  Ticks below = nice_ticks(-37, -5, 6, true);
  check_ticks(below, -37, -5, 6, true);
  CHECK(below.hi == 0);
  CHECK(below.lo == -40);

  Ticks across = nice_ticks(-12, 30, 6, false);
  check_ticks(across, -12, 30, 6, false);
  CHECK(std::find(across.values.begin(), across.values.end(), 0.0) != across.values.end());
  CHECK(across.values == std::vector<double>{-20, -10, 0, 10, 20, 30});

  // Crossing zero needs three ticks even when only two are asked for.
  Ticks tight = nice_ticks(-1, 1, 2, false);
  CHECK(tight.values == std::vector<double>{-1, 0, 1});
}

TEST_CASE("ticks: a range from 1e-3 to 1e12") {
  Ticks t = nice_ticks(1e-3, 1e12, 6, false);
  check_ticks(t, 1e-3, 1e12, 6, false);
  CHECK(t.lo == 0);
  CHECK(t.hi == 1e12);
  CHECK(t.step == 2e11);
  CHECK(t.decimals == 0);
  // In "tn" the step is 0.2, which needs one decimal.
  Scale tn = pick_scale(Unit{Measure::money, "USD"}, t.hi);
  CHECK(tn.word == "tn");
  CHECK(step_decimals(t.step, tn) == 1);
  CHECK(tick_label(Unit{Measure::money, "USD"}, tn, t.values[1], 1) == "0.2");
}

TEST_CASE("ticks: fractions between 0 and 1") {
  Ticks t = nice_ticks(0.13, 0.87, 6, false);
  check_ticks(t, 0.13, 0.87, 6, false);
  CHECK(t.values == std::vector<double>{0, 0.2, 0.4, 0.6, 0.8, 1});
  CHECK(t.decimals == 1);

  Ticks small = nice_ticks(0.0012, 0.0047, 5, false);
  check_ticks(small, 0.0012, 0.0047, 5, false);
  CHECK(small.step == 0.001);
  CHECK(small.decimals == 3);
  CHECK(small.values[1] == 0.002);
}

TEST_CASE("ticks: many ranges keep the contract") {
  const double ranges[][2] = {{0, 1},     {3, 97},    {-250, 250}, {1e6, 1.3e6}, {0.5, 0.51},
                              {-1e-4, 0}, {12, 13e9}, {99, 101},   {-7.3, 41.9}, {1e11, 1e12}};
  for (const auto& range : ranges)
    for (int count : {2, 4, 6, 9})
      for (bool zero : {false, true}) {
        Ticks t = nice_ticks(range[0], range[1], count, zero);
        check_ticks(t, range[0], range[1], count, zero);
      }
}

TEST_CASE("numbers: written as the brief writes them") {
  const Unit usd{Measure::money, "USD"}, pct{Measure::percent, ""};
  const Unit students{Measure::count, "students"};
  CHECK(format_number(20000, 0) == "20,000");
  CHECK(format_number(1234567.25, 2) == "1,234,567.25");
  CHECK(format_number(-1.5, 1) == "-1.5");
  CHECK(format_number(-0.01, 1) == "0.0");
  CHECK(format_number(999, 0) == "999");

  Scale bn = pick_scale(usd, 250e9);
  CHECK(bn.word == "bn");
  CHECK(value_label(usd, bn, 172e9) == "USD 172 bn");
  CHECK(value_label(usd, bn, 171.9e9, "nearly") == "nearly USD 171.9 bn");
  CHECK(unit_title(usd, bn) == "USD bn");
  CHECK(tick_label(usd, bn, 150e9, 0) == "150");

  Scale ones = pick_scale(students, 20000);
  CHECK(ones.word.empty());
  CHECK(value_label(students, ones, 20000, "over") == "over 20,000");
  CHECK(unit_title(students, ones) == "students");
  Scale million = pick_scale(students, 2.5e6);
  CHECK(value_label(students, million, 1.5e6) == "1.5 million");
  CHECK(unit_title(students, million) == "million students");

  Scale none = pick_scale(pct, 90);
  CHECK(tick_label(pct, none, 60, 0) == "60%");
  CHECK(value_label(pct, none, 60, "more than") == "more than 60%");
  CHECK(bare_value(pct, none, 24.13) == "24.13%");
  CHECK(unit_title(pct, none).empty());
}

TEST_CASE("values closer than a billionth of their size are one value, from zero") {
  Ticks ticks = nice_ticks(1e15, 1e15 + 0.125, 6, false);
  CHECK(ticks.lo == 0);
  // Covered up to the ticks' slack of a billionth, far below what a drawing can show.
  CHECK(ticks.hi >= (1e15 + 0.125) * (1 - 1e-9));
  CHECK(ticks.values.size() <= 6);
  Ticks negative = nice_ticks(-2e14 - 0.125, -2e14, 6, false);
  CHECK(negative.hi == 0);
  CHECK(negative.lo <= (-2e14 - 0.125) * (1 - 1e-9));
}

TEST_CASE("value labels print every digit of the exact figure they are given") {
  Unit money{Measure::money, "USD"};
  auto exact = briefing::Decimal::parse("172345678901.25").value;
  Scale scale = pick_scale(money, 172345678901.25);
  CHECK(value_label(money, scale, 172345678901.25) == "USD 172.35 bn");
  CHECK(value_label(money, scale, 172345678901.25, "over", &exact) ==
        "over USD 172.34567890125 bn");
  auto negative = briefing::Decimal::parse("-1234.5").value;
  CHECK(bare_value({Measure::count, ""}, Scale{}, -1234.5, &negative) == "-1,234.5");
}
