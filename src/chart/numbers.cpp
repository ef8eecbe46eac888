#include "chart/numbers.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace briefing::chart {

namespace {

// The hyphen-minus: the brief's sans face has no U+2212, and a copied "-5" stays a number.
constexpr std::string_view kMinus = "-";

struct Power {
  double divisor;
  const char* money;
  const char* count;
  int power;
};
constexpr std::array<Power, 3> kPowers{{
    {1e12, "tn", "trillion", 12},
    {1e9, "bn", "billion", 9},
    {1e6, "m", "million", 6},
}};

// Fewest decimals (up to two) that write `value` without changing it.
int decimals_needed(double value) {
  for (int d = 0; d < 2; ++d) {
    double shift = std::pow(10.0, d);
    if (std::abs(std::round(value * shift) / shift - value) <=
        1e-9 * std::max(1.0, std::abs(value)))
      return d;
  }
  return 2;
}

// The value in the scale's unit: every digit of `exact` when given (shifting the point is exact),
// else as many decimals as the double needs, at most two.
std::string scaled_number(const Scale& scale, double value, const Decimal* exact) {
  auto shifted = exact ? exact->shifted(-scale.power) : std::nullopt;
  if (!shifted) {
    double scaled = value / scale.divisor;
    return format_number(scaled, decimals_needed(scaled));
  }
  std::string digits = shifted->magnitude().plain();
  std::size_t point = digits.find('.');
  std::size_t integer_end = point == std::string::npos ? digits.size() : point;
  for (std::size_t i = integer_end; i > 3; i -= 3) digits.insert(i - 3, ",");
  return shifted->is_negative() ? std::string(kMinus) + digits : digits;
}

std::string join(std::string_view a, std::string_view b) {
  if (a.empty()) return std::string(b);
  if (b.empty()) return std::string(a);
  return std::string(a) + " " + std::string(b);
}

}  // namespace

Scale pick_scale(const Unit& unit, double magnitude) {
  if (unit.measure == Measure::percent) return {};
  for (const Power& power : kPowers)
    if (magnitude >= power.divisor)
      return {power.divisor, unit.measure == Measure::money ? power.money : power.count,
              power.power};
  return {};
}

std::string format_number(double value, int decimals) {
  std::array<char, 64> buffer;
  std::snprintf(buffer.data(), buffer.size(), "%.*f", decimals, std::abs(value));
  std::string digits = buffer.data();
  // A value that rounds to zero is written "0", never "−0".
  bool negative = value < 0 && digits.find_first_not_of("0.") != std::string::npos;
  std::size_t point = digits.find('.');
  std::size_t integer_end = point == std::string::npos ? digits.size() : point;
  for (std::size_t i = integer_end; i > 3; i -= 3) digits.insert(i - 3, ",");
  return negative ? std::string(kMinus) + digits : digits;
}

int step_decimals(double step, const Scale& scale) {
  double scaled = step / scale.divisor;
  return std::max(0, static_cast<int>(-std::floor(std::log10(scaled) + 1e-9)));
}

std::string tick_label(const Unit& unit, const Scale& scale, double value, int decimals) {
  std::string number = format_number(value / scale.divisor, decimals);
  return unit.measure == Measure::percent ? number + "%" : number;
}

std::string value_label(const Unit& unit, const Scale& scale, double value,
                        std::string_view qualifier, const Decimal* exact) {
  std::string number = scaled_number(scale, value, exact);
  std::string text;
  switch (unit.measure) {
    case Measure::percent:
      text = number + "%";
      break;
    case Measure::money:
      text = join(join(unit.name, number), scale.word);
      break;
    case Measure::count:
      text = join(number, scale.word);
      break;
  }
  return join(qualifier, text);
}

std::string bare_value(const Unit& unit, const Scale& scale, double value, const Decimal* exact) {
  std::string number = scaled_number(scale, value, exact);
  return unit.measure == Measure::percent ? number + "%" : number;
}

std::string unit_title(const Unit& unit, const Scale& scale) {
  switch (unit.measure) {
    case Measure::percent:
      return "";
    case Measure::money:
      return join(unit.name, scale.word);
    case Measure::count:
      return join(scale.word, unit.name);
  }
  return "";
}

}  // namespace briefing::chart
