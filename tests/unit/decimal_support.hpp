#pragma once
// Test values written as double literals (3.4e9, 24.1) as the exact Decimals they denote: the
// shortest fixed-notation text that reads back as the same double, parsed. Production code never
// builds a Decimal from a double; tests do it only to keep their tables short.
#include <array>
#include <catch2/catch.hpp>
#include <charconv>

#include "base/decimal.hpp"

namespace briefing::test {

inline Decimal dec(double value) {
  std::array<char, 400> buffer{};
  auto written =
      std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
  auto parsed = Decimal::parse(std::string_view(buffer.data(), written.ptr));
  REQUIRE(parsed);
  return parsed.value;
}

}  // namespace briefing::test
