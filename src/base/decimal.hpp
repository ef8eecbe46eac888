#pragma once
// Exact decimal numbers for the figures a brief prints: a coefficient of at most 18 significant
// digits times a power of ten. A figure is read from facts.xml or an article, compared, scaled by
// the words that name it ("billion") and printed without ever passing through binary floating
// point, so "12345678901234567" prints as written and two figures that differ in any digit are
// different. Whatever needs more digits than the type carries is refused, never rounded; only a
// fraction in words ("a third") is a rounded quotient, and says so (rounded_quotient).
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace briefing {

class Decimal {
 public:
  static constexpr int kDigits = 18;  // significant digits carried
  // Every digit of a value lies between 10^kMaxPower and 10^kMinPower: plain() writes at most
  // 30 digits before the point and 18 after it.
  static constexpr int kMaxPower = 29;
  static constexpr int kMinPower = -18;

  enum class Error { none, syntax, too_many_digits, out_of_range };

  struct Parsed;

  Decimal() = default;

  // `n` as a Decimal; |n| < 10^18.
  static Decimal integer(std::int64_t n);

  // "250", "-0.25", "3.400": an optional minus, digits, and an optional point with digits
  // after it; nothing else (no exponent, no separators, no plus sign). Leading and trailing
  // zeros are not significant digits.
  static Parsed parse(std::string_view text);

  // numerator / denominator (denominator > 0) to kDigits significant digits, the last rounded
  // half away from zero.
  static Decimal rounded_quotient(std::int64_t numerator, std::int64_t denominator);

  // Exact arithmetic, or nothing when the result needs more digits or range than the type has.
  std::optional<Decimal> plus(const Decimal& other) const;
  std::optional<Decimal> times(const Decimal& other) const;
  // The value × 10^places, or nothing out of range.
  std::optional<Decimal> shifted(int places) const;

  bool is_zero() const { return coefficient_ == 0; }
  bool is_negative() const { return negative_; }
  bool is_integer() const { return exponent_ >= 0; }
  Decimal magnitude() const;
  // Digits after the point in plain(): 0 for integers.
  int decimals() const { return exponent_ < 0 ? -exponent_ : 0; }
  // The value when it is a whole number below 10^18 in magnitude.
  std::optional<std::int64_t> to_integer() const;
  // The nearest double: for drawing (charts) and for the coarse tests of the date grammar,
  // never for printing a figure.
  double to_double() const;

  // "250000000000", "3.4", "-0.25", "0": no exponent, no grouping, no trailing zeros.
  std::string plain() const;

  friend bool operator==(const Decimal&, const Decimal&) = default;
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);

 private:
  friend struct DecimalParts;

  // Normalised: no trailing zeros in the coefficient; zero is +0 × 10^0.
  bool negative_ = false;
  std::uint64_t coefficient_ = 0;
  int exponent_ = 0;
};

struct Decimal::Parsed {
  Decimal value;
  Error error = Error::none;
  explicit operator bool() const { return error == Error::none; }
};

// Why `error` refused a value, for messages: "more than 18 significant digits, which..."
std::string decimal_error_text(Decimal::Error error);

}  // namespace briefing
