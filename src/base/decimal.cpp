#include "base/decimal.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>

namespace briefing {

namespace {

// Wide enough for the product of two coefficients (< 10^36 < 2^128).
__extension__ typedef unsigned __int128 Wide;

constexpr std::uint64_t kLimit = 1'000'000'000'000'000'000ULL;  // 10^kDigits

Wide power_of_ten(int n) {
  Wide out = 1;
  for (int i = 0; i < n; ++i) out *= 10;
  return out;
}

int digit_count(Wide n) {
  int count = 1;
  while (n >= 10) n /= 10, ++count;
  return count;
}

}  // namespace

// Builds normalised values; a friend, so that the class keeps one private representation.
struct DecimalParts {
  static std::optional<Decimal> build(bool negative, Wide coefficient, int exponent) {
    Decimal out;
    if (coefficient == 0) return out;
    while (coefficient % 10 == 0) coefficient /= 10, ++exponent;
    if (coefficient >= kLimit) return std::nullopt;
    if (exponent < Decimal::kMinPower ||
        exponent + digit_count(coefficient) - 1 > Decimal::kMaxPower)
      return std::nullopt;
    out.negative_ = negative;
    out.coefficient_ = static_cast<std::uint64_t>(coefficient);
    out.exponent_ = exponent;
    return out;
  }

  static Decimal::Error check(bool negative, Wide coefficient, int exponent) {
    if (coefficient == 0) return Decimal::Error::none;
    while (coefficient % 10 == 0) coefficient /= 10, ++exponent;
    if (coefficient >= kLimit) return Decimal::Error::too_many_digits;
    if (!build(negative, coefficient, exponent)) return Decimal::Error::out_of_range;
    return Decimal::Error::none;
  }

  static std::uint64_t coefficient(const Decimal& d) { return d.coefficient_; }
  static int exponent(const Decimal& d) { return d.exponent_; }
};

Decimal Decimal::integer(std::int64_t n) {
  assert(n > -std::int64_t(kLimit) && n < std::int64_t(kLimit));
  auto magnitude = n < 0 ? Wide(-(n + 1)) + 1 : Wide(n);
  return DecimalParts::build(n < 0, magnitude, 0).value_or(Decimal{});
}

Decimal::Parsed Decimal::parse(std::string_view text) {
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  auto point = text.find('.');
  auto whole = text.substr(0, point);
  auto fraction = point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  auto all_digits = [](std::string_view part) {
    return !part.empty() &&
           std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!all_digits(whole) || (point != std::string_view::npos && !all_digits(fraction)))
    return {{}, Error::syntax};
  // Accumulated while it fits; the zeros at both ends are not significant, so counting starts
  // at the first non-zero digit and trailing zeros only raise the exponent.
  Wide coefficient = 0;
  int exponent = -static_cast<int>(fraction.size());
  int significant = 0, pending_zeros = 0;
  auto digit = [&](char c) {
    if (c == '0' && coefficient == 0) return;
    if (c == '0') return void(++pending_zeros);
    significant += pending_zeros + 1;
    if (significant > kDigits) return;
    coefficient = coefficient * power_of_ten(pending_zeros + 1) + Wide(c - '0');
    pending_zeros = 0;
  };
  for (char c : whole) digit(c);
  for (char c : fraction) digit(c);
  if (significant > kDigits) return {{}, Error::too_many_digits};
  exponent += pending_zeros;
  auto error = DecimalParts::check(negative, coefficient, exponent);
  if (error != Error::none) return {{}, error};
  return {*DecimalParts::build(negative, coefficient, exponent), Error::none};
}

Decimal Decimal::rounded_quotient(std::int64_t numerator, std::int64_t denominator) {
  bool negative = numerator < 0;
  Wide n = negative ? Wide(-(numerator + 1)) + 1 : Wide(numerator);
  Wide d = Wide(denominator);
  int exponent = 0;
  // Scale the numerator up until the quotient has kDigits digits (or reaches the last decimal
  // place the type has), then round the last one.
  while (n / d < Wide(kLimit) / 10 && n != 0 && exponent > Decimal::kMinPower) n *= 10, --exponent;
  Wide quotient = n / d, remainder = n % d;
  if (remainder * 2 >= d) ++quotient;
  if (quotient >= kLimit) quotient /= 10, ++exponent;
  return DecimalParts::build(negative, quotient, exponent).value_or(Decimal{});
}

std::optional<Decimal> Decimal::plus(const Decimal& other) const {
  if (is_zero()) return other;
  if (other.is_zero()) return *this;
  int exponent = std::min(exponent_, other.exponent_);
  // Aligning two values whose digits lie more than kDigits apart cannot fit; it would also
  // overflow the wide type.
  if (std::max(exponent_, other.exponent_) - exponent > kDigits) return std::nullopt;
  Wide a = Wide(coefficient_) * power_of_ten(exponent_ - exponent);
  Wide b = Wide(other.coefficient_) * power_of_ten(other.exponent_ - exponent);
  if (negative_ == other.negative_) return DecimalParts::build(negative_, a + b, exponent);
  if (a >= b) return DecimalParts::build(negative_, a - b, exponent);
  return DecimalParts::build(other.negative_, b - a, exponent);
}

std::optional<Decimal> Decimal::times(const Decimal& other) const {
  return DecimalParts::build(negative_ != other.negative_,
                             Wide(coefficient_) * Wide(other.coefficient_),
                             exponent_ + other.exponent_);
}

std::optional<Decimal> Decimal::shifted(int places) const {
  if (is_zero()) return *this;
  if (places > 2 * (kMaxPower - kMinPower) || places < -2 * (kMaxPower - kMinPower))
    return std::nullopt;
  return DecimalParts::build(negative_, coefficient_, exponent_ + places);
}

Decimal Decimal::magnitude() const {
  Decimal out = *this;
  out.negative_ = false;
  return out;
}

std::optional<std::int64_t> Decimal::to_integer() const {
  if (!is_integer() || exponent_ >= kDigits) return std::nullopt;
  Wide n = Wide(coefficient_) * power_of_ten(exponent_);
  if (n >= kLimit) return std::nullopt;
  auto value = static_cast<std::int64_t>(n);
  return negative_ ? -value : value;
}

double Decimal::to_double() const {
  // from_chars rounds correctly; building from coefficient and a power of ten would round twice.
  auto text = plain();
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::string Decimal::plain() const {
  std::string digits = std::to_string(coefficient_);
  if (exponent_ >= 0) {
    if (coefficient_ != 0) digits.append(static_cast<std::size_t>(exponent_), '0');
  } else {
    auto places = static_cast<std::size_t>(-exponent_);
    if (digits.size() <= places) digits.insert(0, places - digits.size() + 1, '0');
    digits.insert(digits.size() - places, ".");
  }
  return negative_ ? "-" + digits : digits;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  if (a.negative_ != b.negative_)
    return b.negative_ ? std::strong_ordering::greater : std::strong_ordering::less;
  // The place of the leading digit decides first; when it is the same, the coefficients are
  // less than kDigits places apart and align in a wide integer.
  int top_a = a.exponent_ + digit_count(a.coefficient_);
  int top_b = b.exponent_ + digit_count(b.coefficient_);
  std::strong_ordering magnitude = std::strong_ordering::equal;
  if (a.is_zero() || b.is_zero()) {
    magnitude = a.coefficient_ <=> b.coefficient_;
  } else if (top_a != top_b) {
    magnitude = top_a <=> top_b;
  } else {
    int exponent = std::min(a.exponent_, b.exponent_);
    magnitude = Wide(a.coefficient_) * power_of_ten(a.exponent_ - exponent) <=>
                Wide(b.coefficient_) * power_of_ten(b.exponent_ - exponent);
  }
  return a.negative_ ? 0 <=> magnitude : magnitude;
}

std::string decimal_error_text(Decimal::Error error) {
  switch (error) {
    case Decimal::Error::none:
      return "";
    case Decimal::Error::syntax:
      return "not a decimal number";
    case Decimal::Error::too_many_digits:
      return "more than " + std::to_string(Decimal::kDigits) +
             " significant digits, which a figure cannot carry exactly";
    case Decimal::Error::out_of_range:
      return "out of range: at most 30 digits before the decimal point and 18 after it";
  }
  return "";
}

}  // namespace briefing
