// Multiples ("twice", "threefold"), fractions ("a third of", "nearly half") and durations whose
// number is the article ("a decade", "within a week").
#include "data/quantity_grammar.hpp"
#include "data/quantity_lexicon.hpp"

namespace briefing::data {

namespace {

using Type = Token::Type;

bool word_at(const Tokens& t, std::size_t i, std::initializer_list<std::string_view> words) {
  if (i >= t.size()) return false;
  for (auto w : words)
    if (t[i].is_word(w)) return true;
  return false;
}

Match ratio(std::size_t first, std::size_t last, Decimal value, std::string unit) {
  Match m;
  m.first = first;
  m.last = last;
  m.kind = Kind::ratio;
  m.value = value;
  m.unit = std::move(unit);
  m.spelled = true;
  return m;
}

// "twice", "thrice", "threefold", "tenfold".
std::optional<Match> read_multiple(const Tokens& t, std::size_t i) {
  const std::string& w = t[i].lower;
  if (w == "twice") return ratio(i, i + 1, Decimal::integer(2), "times");
  if (w == "thrice") return ratio(i, i + 1, Decimal::integer(3), "times");
  if (w.size() > 4 && w.ends_with("fold")) {
    if (auto n = lexicon::cardinal(w.substr(0, w.size() - 4)); n && *n > 1)
      return ratio(i, i + 1, Decimal::integer(*n), "times");
  }
  return std::nullopt;
}

// Words before a fraction that show it is an amount, not "half" of a compound or a period.
bool fraction_context(const Tokens& t, std::size_t i) {
  return i > 0 && word_at(t, i - 1,
                          {"by", "nearly", "almost", "roughly", "about", "around", "over", "than",
                           "some", "only", "just", "approximately", "barely"});
}

// "a third of", "two-thirds of", "one quarter of", "nearly half", "by half".
std::optional<Match> read_fraction(const Tokens& t, std::size_t i) {
  std::int64_t numerator = 1;
  std::size_t k = i;
  if (word_at(t, i, {"a", "one"})) {
    k = i + 1;
  } else if (auto n = lexicon::cardinal(t[i].lower); n && t[i].is(Type::word)) {
    numerator = *n;
    k = i + 1;
  }
  if (k > i && k + 1 < t.size() && is_dash(t[k]) && t[k].glued() && t[k + 1].glued()) ++k;
  if (k >= t.size() || !t[k].is(Type::word)) return std::nullopt;
  auto denominator = lexicon::fraction_denominator(t[k].lower);
  // "the third of four children" is a position.
  if (!denominator || (k == i && i > 0 && t[i - 1].is_word("the"))) return std::nullopt;
  // "half a million" is a numeral; "the first half" a period.
  if (t[k].lower == "half" && word_at(t, k + 1, {"a", "an"})) return std::nullopt;
  bool plural = t[k].lower.ends_with("s");
  if (plural != (numerator > 1)) return std::nullopt;
  // "two thirds" can only be a fraction; "a third" is one before "of" or after "by", "nearly"...
  if (!plural && !word_at(t, k + 1, {"of"}) && !fraction_context(t, i)) return std::nullopt;
  // Not a decimal fraction in general ("a third"): the quotient to Decimal::kDigits digits.
  Match m = ratio(i, k + 1, Decimal::rounded_quotient(numerator, *denominator), "");
  return m;
}

// "a decade", "a century", and "a week", "an hour", "one year" after a word that makes them a
// length of time ("within a week", "for a year", "nearly a month").
std::optional<Match> read_unit_duration(const Tokens& t, std::size_t i) {
  if (!word_at(t, i, {"a", "an", "one"}) || i + 1 >= t.size()) return std::nullopt;
  auto unit = lexicon::time_unit(t[i + 1].lower);
  if (!unit || t[i + 1].lower.ends_with("s")) return std::nullopt;
  bool long_unit = unit->factor >= 10;
  bool introduced = i > 0 && word_at(t, i - 1,
                                     {"within", "for", "after", "than", "nearly", "almost", "about",
                                      "around", "over", "under", "least", "lasting"});
  if (!long_unit && !introduced) return std::nullopt;
  Match m;
  m.first = i;
  m.last = i + 2;
  m.kind = Kind::duration;
  m.value = Decimal::integer(unit->factor);
  m.unit = std::string(unit->unit);
  m.spelled = true;
  // "a decade ago" names a time, not a length of time.
  if (word_at(t, i + 2, {"ago", "earlier", "later"})) m.shown = false;
  return m;
}

}  // namespace

std::optional<Match> read_multiple_or_fraction(const Tokens& t, std::size_t i) {
  if (!t[i].is(Type::word)) return std::nullopt;
  if (auto m = read_multiple(t, i)) return m;
  if (auto m = read_fraction(t, i)) return m;
  return read_unit_duration(t, i);
}

}  // namespace briefing::data
