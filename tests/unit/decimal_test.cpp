// Decimal: exact figures from the text to the page.
#include "base/decimal.hpp"

#include <catch2/catch.hpp>

using briefing::Decimal;

namespace {

Decimal exact(std::string_view text) {
  auto parsed = Decimal::parse(text);
  REQUIRE(parsed);
  return parsed.value;
}

Decimal::Error error_of(std::string_view text) { return Decimal::parse(text).error; }

}  // namespace

TEST_CASE("decimals parse exactly and print as written, without trailing zeros") {
  CHECK(exact("250000000000").plain() == "250000000000");
  CHECK(exact("3.4").plain() == "3.4");
  CHECK(exact("3.400").plain() == "3.4");
  CHECK(exact("-0.25").plain() == "-0.25");
  CHECK(exact("007").plain() == "7");
  CHECK(exact("0.000").plain() == "0");
  CHECK(exact("-0").plain() == "0");
  CHECK(exact("12345678901234567").plain() == "12345678901234567");
  CHECK(exact("123456789012345678").plain() == "123456789012345678");
  CHECK(exact("0.000000000000000001").plain() == "0.000000000000000001");
  CHECK(exact("100000000000000000000000000000").plain() == "100000000000000000000000000000");
}

TEST_CASE("decimals refuse what they cannot carry exactly, saying why") {
  CHECK(error_of("") == Decimal::Error::syntax);
  CHECK(error_of("1e5") == Decimal::Error::syntax);
  CHECK(error_of("+5") == Decimal::Error::syntax);
  CHECK(error_of("1,000") == Decimal::Error::syntax);
  CHECK(error_of("1.") == Decimal::Error::syntax);
  CHECK(error_of(".5") == Decimal::Error::syntax);
  CHECK(error_of("nan") == Decimal::Error::syntax);
  CHECK(error_of("1234567890123456789") == Decimal::Error::too_many_digits);
  CHECK(error_of("99999999999999999999") == Decimal::Error::too_many_digits);
  CHECK(error_of("1.000000000000000001") == Decimal::Error::too_many_digits);
  CHECK(error_of("1000000000000000000000000000000") == Decimal::Error::out_of_range);
  CHECK(error_of("0.0000000000000000001") == Decimal::Error::out_of_range);
  // Zeros at either end are not significant digits.
  CHECK(Decimal::parse("000000000000000000000001.5000000000000000000000"));
}

TEST_CASE("decimals compare exactly, however far apart their exponents") {
  CHECK(exact("1234567891") != exact("1234567890"));
  CHECK(exact("12345678901234567") != exact("12345678901234568"));
  CHECK(exact("3.40") == exact("3.4"));
  CHECK(exact("-1") < exact("0"));
  CHECK(exact("-2") < exact("-1"));
  CHECK(exact("0.5") < exact("1"));
  CHECK(exact("99") < exact("100"));
  CHECK(exact("100000000000000000000000000000") > exact("0.000000000000000001"));
  CHECK(exact("-100000000000000000000000000000") < exact("-0.000000000000000001"));
  CHECK(exact("1.25") > exact("1.2"));
}

TEST_CASE("decimal arithmetic is exact or refused") {
  CHECK(exact("3.4").times(Decimal::integer(1000000000))->plain() == "3400000000");
  CHECK(exact("66.9").times(Decimal::integer(1000000000))->plain() == "66900000000");
  CHECK(exact("1.5").plus(exact("0.5"))->plain() == "2");
  CHECK(exact("1").plus(exact("-1.25"))->plain() == "-0.25");
  CHECK(exact("3.4").shifted(-12)->plain() == "0.0000000000034");
  CHECK_FALSE(exact("123456789").times(exact("123456789.123")));
  CHECK_FALSE(exact("1000000000000000000000").times(Decimal::integer(1000000000)));
  CHECK_FALSE(exact("100000000000000000000000000000").plus(exact("0.000000000000000001")));
  CHECK_FALSE(exact("1").shifted(30));
  CHECK(Decimal::integer(-42).plain() == "-42");
}

TEST_CASE("a quotient rounds its eighteenth significant digit half away from zero") {
  CHECK(Decimal::rounded_quotient(1, 3).plain() == "0.333333333333333333");
  CHECK(Decimal::rounded_quotient(2, 3).plain() == "0.666666666666666667");
  CHECK(Decimal::rounded_quotient(-2, 3).plain() == "-0.666666666666666667");
  CHECK(Decimal::rounded_quotient(1, 2).plain() == "0.5");
  CHECK(Decimal::rounded_quotient(1, 30).plain() == "0.033333333333333333");
  CHECK(Decimal::rounded_quotient(1, 1000000).plain() == "0.000001");
}

TEST_CASE("decimals convert to the nearest double, for drawing only") {
  CHECK(exact("0.1").to_double() == 0.1);
  CHECK(exact("12345678901234567").to_double() == 12345678901234568.0);
  CHECK(exact("-3.4").to_double() == -3.4);
  CHECK(exact("42").to_integer() == 42);
  CHECK_FALSE(exact("4.2").to_integer());
}
