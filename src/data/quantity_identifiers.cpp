// Digits that name rather than measure: document numbers, codes, clock times, scores. They are
// read so that the amount readers never see them.
#include "data/period.hpp"
#include "data/quantity_grammar.hpp"
#include "data/quantity_lexicon.hpp"

namespace briefing::data {

namespace {

using Type = Token::Type;

bool is_code_joiner(const Token& token) {
  return token.is_symbol("/") || token.is_symbol("+") || token.is_symbol(":") ||
         token.is_symbol("_") || token.is_symbol(".") || is_dash(token);
}

bool is_code_part(const Token& token) { return token.is(Type::number) || token.is(Type::word); }

// "No. 12", "No.12", "Decree 15", "#3": a capitalised naming word (or #) before the number.
bool after_naming_word(const Tokens& t, std::size_t i) {
  std::size_t p = i;
  if (p > 0 && t[p - 1].is_symbol(".")) --p;
  if (p == 0) return false;
  const Token& before = t[p - 1];
  return before.is_symbol("#") ||
         (before.is(Type::word) && before.capitalised && lexicon::is_identifier_word(before.lower));
}

// "G20", "A321", "COVID-19", "chi-hoa-01": letters glued before the digits, unless they are a
// currency ("VNĐ656.7") or a time prefix ("mid-2025").
bool glued_to_letters(const Tokens& t, std::size_t i) {
  if (i == 0 || t[i].space_before) return false;
  const Token& before = t[i - 1];
  if (before.is(Type::word))
    return !lexicon::currency_code(before.text) && !lexicon::dollar_prefix(before.text);
  if (!is_dash(before) || before.space_before || i < 2 || !t[i - 2].is(Type::word)) return false;
  const std::string& prefix = t[i - 2].lower;
  return prefix != "mid" && prefix != "early" && prefix != "late" && prefix != "pre" &&
         prefix != "post";
}

// "12729/VPCP", "3+3", "10:30", "24/7".
bool joined_to_code(const Tokens& t, std::size_t i) {
  return i + 2 < t.size() && t[i + 1].glued() && t[i + 2].glued() &&
         (t[i + 1].is_symbol("/") || t[i + 1].is_symbol("+") || t[i + 1].is_symbol(":")) &&
         is_code_part(t[i + 2]);
}

// "5 p.m.", "10am", "10h30", "8 GMT".
bool clock_time(const Tokens& t, std::size_t i) {
  if (i + 1 >= t.size() || !t[i + 1].is(Type::word)) return false;
  const Token& next = t[i + 1];
  if (next.lower == "am" || next.lower == "pm" || next.lower == "gmt") return true;
  if (next.lower == "h" && next.glued()) return true;
  return (next.lower == "a" || next.lower == "p") && i + 3 < t.size() && t[i + 2].is_symbol(".") &&
         t[i + 2].glued() && t[i + 3].is_word("m") && t[i + 3].glued();
}

bool unit_word(const Token& token) {
  if (token.is_symbol("%")) return true;
  if (!token.is(Type::word)) return false;
  return token.lower == "per" || token.lower == "percent" || lexicon::scale(token.lower) ||
         lexicon::time_unit(token.lower) || lexicon::measure_unit(token.lower) ||
         lexicon::currency_name(token.lower) || lexicon::currency_code(token.text);
}

// "3-0": two numbers joined by a dash with nothing after them that makes them a range of amounts
// ("10-15%"), and that are not years ("2024-2025", a period).
bool score(const Tokens& t, std::size_t i) {
  if (i + 2 >= t.size() || !is_dash(t[i + 1]) || !t[i + 1].glued() || !t[i + 2].glued() ||
      !t[i + 2].is(Type::number) || is_year(t[i]))
    return false;
  return i + 3 >= t.size() || !unit_word(t[i + 3]);
}

}  // namespace

std::optional<Match> read_identifier(const Tokens& t, std::size_t i) {
  if (!t[i].is(Type::number)) return std::nullopt;
  if (!after_naming_word(t, i) && !glued_to_letters(t, i) && !joined_to_code(t, i) &&
      !clock_time(t, i) && !score(t, i) && t[i].readable)
    return std::nullopt;
  std::size_t k = i + 1;
  while (k < t.size() && t[k].glued() &&
         (is_code_part(t[k]) ||
          (is_code_joiner(t[k]) && k + 1 < t.size() && t[k + 1].glued() && is_code_part(t[k + 1]))))
    ++k;
  // "Item 1 of 4", "Photo 2 of 10": the gallery counter is no amount either.
  if (k + 1 < t.size() && t[k].is_word("of") && t[k + 1].is(Type::number)) k += 2;
  Match m;
  m.first = i;
  m.last = k;
  m.shown = false;
  return m;
}

}  // namespace briefing::data
