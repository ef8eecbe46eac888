// Monthly editions: the change of a key figure since the previous point, as printed.
#include <catch2/catch.hpp>

#include "bind/series_figure.hpp"
#include "decimal_support.hpp"

using namespace briefing;

namespace {

data::Series series_of(data::Kind kind, std::vector<std::pair<std::string, double>> points) {
  data::Series series;
  series.id = "trade";
  series.label = "Two-way trade";
  series.kind = kind;
  series.unit = kind == data::Kind::money ? "USD" : "";
  for (const auto& [period, value] : points) {
    data::Point point;
    point.period = *Period::parse(period);
    point.value = test::dec(value);
    series.points.push_back(point);
  }
  return series;
}

}  // namespace

TEST_CASE("a change is a percentage of the previous value, with its direction as arrow and words") {
  auto s =
      series_of(data::Kind::money, {{"2025-09", 20e9}, {"2025-10", 20.9e9}, {"2025-11", 19.5e9}});
  CHECK(bind::change_text(s, s.points[0], s.points[1], "en") ==
        "\u25B2 up 4.5% from September 2025");
  CHECK(bind::change_text(s, s.points[1], s.points[2], "en") ==
        "\u25BC down 6.7% from October 2025");
  CHECK(bind::change_text(s, s.points[1], s.points[1], "en") == "unchanged from October 2025");
  CHECK(bind::change_text(s, s.points[0], s.points[1], "vi") ==
        "\u25B2 tăng 4,5% so với tháng 9/2025");
}

TEST_CASE("a share changes in percentage points") {
  auto s = series_of(data::Kind::percent, {{"2025-09", 30}, {"2025-10", 31.5}});
  CHECK(bind::change_text(s, s.points[0], s.points[1], "en") ==
        "\u25B2 up 1.5 points from September 2025");
}

TEST_CASE("a change from zero has a direction but no percentage") {
  auto s = series_of(data::Kind::count, {{"2025", 0}, {"2026", 5}});
  CHECK(bind::change_text(s, s.points[0], s.points[1], "en") == "\u25B2 up from 2025");
}

TEST_CASE("a change is 'unchanged' only for equal values, and its size is never float noise") {
  auto s = series_of(data::Kind::count, {{"2025-10", 10000}, {"2025-11", 10001}});
  CHECK(bind::change_text(s, s.points[0], s.points[1], "en") ==
        "\u25B2 up less than 0.1% from October 2025");
  CHECK(bind::change_text(s, s.points[1], s.points[0], "vi") ==
        "\u25BC giảm dưới 0,1% so với tháng 11/2025");
  // Two values no double tells apart.
  s.points[0].value = Decimal::parse("123456789012345678").value;
  s.points[1].value = Decimal::parse("123456789012345679").value;
  CHECK(bind::change_text(s, s.points[0], s.points[1], "en") ==
        "\u25B2 up less than 0.1% from October 2025");
  // Beyond 1,000%, no digits of a huge ratio; grouped as the language groups figures.
  s.points[0].value = test::dec(0.000001);
  s.points[1].value = test::dec(1e15);
  CHECK(bind::change_text(s, s.points[0], s.points[1], "en") ==
        "\u25B2 up more than 1,000% from October 2025");
  CHECK(bind::change_text(s, s.points[0], s.points[1], "vi") ==
        "\u25B2 tăng hơn 1.000% so với tháng 10/2025");
  s.points[0].value = test::dec(100);
  s.points[1].value = test::dec(1100);
  CHECK(bind::change_text(s, s.points[0], s.points[1], "en") ==
        "\u25B2 up 1,000.0% from October 2025");
  CHECK(bind::change_text(s, s.points[0], s.points[1], "vi") ==
        "\u25B2 tăng 1.000,0% so với tháng 10/2025");
  auto share = series_of(data::Kind::percent, {{"2025-10", 5}, {"2025-11", 5.01}});
  CHECK(bind::change_text(share, share.points[0], share.points[1], "en") ==
        "\u25B2 up less than 0.1 points from October 2025");
}

TEST_CASE("a point becomes a fact that is cited under its own id") {
  auto s = series_of(data::Kind::money, {{"2025-10", 20.9e9}});
  s.points[0].verified = true;
  auto fact = data::point_fact(s, s.points[0]);
  CHECK(fact.id == "trade@2025-10");
  CHECK(fact.unit == "USD");
  CHECK(fact.period->iso() == "2025-10");
  CHECK(fact.verified);
}
