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
    point.period = period;
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

TEST_CASE("a point becomes a fact that is cited under its own id") {
  auto s = series_of(data::Kind::money, {{"2025-10", 20.9e9}});
  s.points[0].verified = true;
  auto fact = data::point_fact(s, s.points[0]);
  CHECK(fact.id == "trade@2025-10");
  CHECK(fact.unit == "USD");
  CHECK(fact.period == "2025-10");
  CHECK(fact.verified);
}
