#include "data/quantity_grammar.hpp"
#include "data/quantity_lexicon.hpp"

namespace briefing::data {

namespace {

using Type = Token::Type;

bool word_at(const Tokens& t, std::size_t i, std::string_view w) {
  return i < t.size() && t[i].is_word(w);
}

bool currency_at(const Tokens& t, std::size_t i) {
  return i < t.size() && t[i].is(Type::word) &&
         (lexicon::currency_code(t[i].text) || lexicon::currency_name(t[i].lower));
}

std::optional<std::int64_t> scale_at(const Tokens& t, std::size_t i) {
  if (i >= t.size() || !t[i].is(Type::word) || !t[i].space_before) return std::nullopt;
  if (t[i].lower == "dozen") return 12;
  return lexicon::scale(t[i].lower);
}

// "forty-five", "twenty five", "one hundred and twenty": cardinals below a thousand; larger
// numbers are a cardinal times the scale words read afterwards ("twenty thousand").
std::optional<Numeral> read_cardinal_words(const Tokens& t, std::size_t i) {
  if (!t[i].is(Type::word) || !lexicon::cardinal(t[i].lower)) return std::nullopt;
  std::int64_t value = *lexicon::cardinal(t[i].lower);
  std::size_t k = i + 1;
  auto tens_then_unit = [&](std::size_t at) {
    auto unit = at < t.size() ? lexicon::cardinal(t[at].lower) : std::nullopt;
    return unit && *unit < 10 && *unit > 0 && value % 10 == 0 && value % 100 >= 20;
  };
  if (k + 1 < t.size() && is_dash(t[k]) && t[k].glued() && t[k + 1].glued() &&
      tens_then_unit(k + 1)) {
    value += *lexicon::cardinal(t[k + 1].lower);
    k += 2;
  } else if (tens_then_unit(k) && t[k].is(Type::word)) {
    value += *lexicon::cardinal(t[k].lower);
    k += 1;
  }
  if (word_at(t, k, "hundred") && value > 0 && value < 10) {
    value *= 100;
    ++k;
    std::size_t rest = k + (word_at(t, k, "and") ? 1 : 0);
    if (rest < t.size() && t[rest].is(Type::word)) {
      if (auto more = read_cardinal_words(t, rest); more && more->value < Decimal::integer(100)) {
        value += *more->value.to_integer();
        k = more->last;
      }
    }
  }
  return Numeral{i, k, Decimal::integer(value), true, false};
}

// "a quarter of a billion", "a third of a million", "three quarters of a billion", "two-thirds
// of a million": the fraction, which the scale word read afterwards multiplies.
std::optional<Numeral> read_fraction_of_scale(const Tokens& t, std::size_t i) {
  std::int64_t numerator = 1;
  if (t[i].is_word("a") || t[i].is_word("one")) {
    numerator = 1;
  } else if (auto n = lexicon::cardinal(t[i].lower); n && *n > 1 && *n < 10) {
    numerator = *n;
  } else {
    return std::nullopt;
  }
  std::size_t k = i + 1;
  if (k + 1 < t.size() && is_dash(t[k]) && t[k].glued() && t[k + 1].glued()) ++k;
  if (k >= t.size() || !t[k].is(Type::word)) return std::nullopt;
  auto denominator = lexicon::fraction_denominator(t[k].lower);
  // one needs the singular ("a quarter"), more the plural ("three quarters")
  if (!denominator || t[k].lower.ends_with('s') != (numerator > 1) || numerator >= *denominator)
    return std::nullopt;
  if (!word_at(t, k + 1, "of") || !word_at(t, k + 2, "a") || !scale_at(t, k + 3))
    return std::nullopt;
  return Numeral{i, k + 3, Decimal::rounded_quotient(numerator, *denominator), true, false};
}

std::optional<Numeral> read_spelled(const Tokens& t, std::size_t i) {
  // "a million", "a dozen", "a hundred": the article stands for one.
  if ((t[i].is_word("a") || t[i].is_word("an")) && scale_at(t, i + 1))
    return Numeral{i, i + 1, Decimal::integer(1), true, false};
  // "half a million"
  if (t[i].is_word("half") && word_at(t, i + 1, "a") && scale_at(t, i + 2))
    return Numeral{i, i + 2, Decimal::rounded_quotient(1, 2), true, false};
  if (auto fraction = read_fraction_of_scale(t, i)) return fraction;
  return read_cardinal_words(t, i);
}

// Scale words after the number multiply it: "3.4 billion", "nghìn tỷ" (a thousand billion),
// "3.4bn"; "and a half" before them adds one half ("one and a half million"). False when the
// product needs more digits than a Decimal carries: such a numeral is not read.
bool read_scales(const Tokens& t, Numeral& n, bool after_currency) {
  std::size_t k = n.last;
  auto multiply = [&](std::int64_t factor) {
    auto product = n.value.times(Decimal::integer(factor));
    if (product) n.value = *product;
    if (n.scale != 0 && __builtin_mul_overflow(n.scale, factor, &n.scale)) n.scale = 0;
    return product.has_value();
  };
  if (word_at(t, k, "and") && word_at(t, k + 1, "a") && word_at(t, k + 2, "half") &&
      scale_at(t, k + 3)) {
    auto sum = n.value.plus(Decimal::rounded_quotient(1, 2));
    if (!sum) return false;
    n.value = *sum;
    k += 3;
  }
  if (k < t.size() && t[k].is(Type::word) && t[k - 1].is(Type::number) &&
      (t[k].glued() || lexicon::spaced_scale_abbreviation(t[k].lower))) {
    // "5 tr đồng": a currency after the abbreviation says it is money as well as one before
    bool money = after_currency || currency_at(t, k + 1);
    auto abbreviation = lexicon::scale_abbreviation(t[k].lower, money);
    // "10m visitors": a glued m is a million when a noun follows, not a length in metres.
    bool million_before_noun = (t[k].lower == "m" || t[k].lower == "mn") && t[k].glued() &&
                               k + 1 < t.size() && t[k + 1].is(Type::word) &&
                               !lexicon::is_function_word(t[k + 1].lower);
    if (abbreviation || million_before_noun) {
      n.scaled = true;
      n.last = k + 1;
      return multiply(abbreviation ? *abbreviation : 1'000'000);
    }
  }
  while (auto factor = scale_at(t, k)) {
    if (!multiply(*factor)) return false;
    n.scaled = true;
    n.last = ++k;
  }
  return true;
}

}  // namespace

std::optional<Numeral> read_numeral(const Tokens& t, std::size_t i, bool after_currency) {
  if (i >= t.size()) return std::nullopt;
  std::optional<Numeral> n;
  if (t[i].is(Type::number)) {
    if (!t[i].readable) return std::nullopt;
    n = Numeral{i, i + 1, t[i].exact, false, false};
  } else {
    n = read_spelled(t, i);
  }
  if (!n) return std::nullopt;
  if (!read_scales(t, *n, after_currency)) return std::nullopt;
  if (n->last == n->first + 1 && n->value == Decimal::integer(1) && !t[i].is(Type::number) &&
      (t[i].is_word("a") || t[i].is_word("an")))
    return std::nullopt;
  return n;
}

}  // namespace briefing::data
