// Dates and ordinals. A date's value is its year (0 when neither the text nor the article's date
// gives one) and its period is its ISO form.
#include "data/period.hpp"
#include "data/quantity_grammar.hpp"
#include "data/quantity_lexicon.hpp"

namespace briefing::data {

namespace {

using Type = Token::Type;

bool is_ordinal_suffix(const Token& token) {
  return token.is(Type::word) && token.glued() &&
         (token.lower == "st" || token.lower == "nd" || token.lower == "rd" || token.lower == "th");
}

// A day of the month, "25" or "25th"; advances `i`.
std::optional<int> day_at(const Tokens& t, std::size_t& i) {
  if (i >= t.size() || !t[i].is(Type::number) || t[i].text.size() > 2 || t[i].fraction ||
      t[i].value < 1 || t[i].value > 31)
    return std::nullopt;
  int day = int(t[i].value);
  ++i;
  if (i < t.size() && is_ordinal_suffix(t[i])) ++i;
  return day;
}

std::optional<int> year_at(const Tokens& t, std::size_t& i) {
  if (i >= t.size() || !is_year(t[i])) return std::nullopt;
  return int(t[i++].value);
}

// The year that puts a day written without one closest to the article's date ("January 1" in an
// article of 30 December 2025 is 2026-01-01).
int nearest_year(int month, int day, std::string_view article_date) {
  DateParts article = date_parts(article_date);
  if (!article.year) return 0;
  int here = (article.month ? article.month : 6) * 31 + (article.day ? article.day : 15);
  int there = month * 31 + day;
  if (there - here > 186) return article.year - 1;
  if (here - there > 186) return article.year + 1;
  return article.year;
}

Match date_match(std::size_t first, std::size_t last, int year, int month, int day) {
  Match m;
  m.first = first;
  m.last = last;
  m.kind = Kind::date;
  m.value = Decimal::integer(year);
  m.period = day ? iso_day(year, month, day) : iso_month(year, month);
  return m;
}

bool amount_follows(const Tokens& t, std::size_t k) {
  if (k >= t.size()) return false;
  const Token& next = t[k];
  if (next.is_symbol("%")) return true;
  if (!next.is(Type::word)) return false;
  return next.lower == "per" || next.lower == "percent" || next.lower == "times" ||
         lexicon::scale(next.lower) || lexicon::currency_name(next.lower) ||
         lexicon::currency_code(next.text) || lexicon::measure_unit(next.lower);
}

}  // namespace

std::optional<Match> read_numeric_date(const Tokens& t, std::size_t i) {
  auto number = [&](std::size_t k, std::size_t max_digits) {
    return k < t.size() && t[k].is(Type::number) && !t[k].fraction && !t[k].grouped &&
           t[k].text.size() <= max_digits && (k == i || t[k].glued());
  };
  auto separator = [&](std::size_t k, std::string_view s) {
    return k < t.size() && t[k].glued() && (t[k].text == s || (s == "-" && is_dash(t[k])));
  };
  if (i + 4 >= t.size()) return std::nullopt;
  // 2025-12-30
  if (is_year(t[i]) && separator(i + 1, "-") && number(i + 2, 2) && separator(i + 3, "-") &&
      number(i + 4, 2)) {
    int month = int(t[i + 2].value), day = int(t[i + 4].value);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return date_match(i, i + 5, int(t[i].value), month, day);
  }
  // 28/12/2024, day first as Vietnamese and British texts write it; 12/28/2024 when the middle
  // number cannot be a month.
  if (number(i, 2) && separator(i + 1, "/") && number(i + 2, 2) && separator(i + 3, "/") &&
      i + 4 < t.size() && is_year(t[i + 4]) && t[i + 4].glued()) {
    int a = int(t[i].value), b = int(t[i + 2].value);
    int day = b > 12 ? b : a, month = b > 12 ? a : b;
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return date_match(i, i + 5, int(t[i + 4].value), month, day);
  }
  return std::nullopt;
}

std::optional<Match> read_named_date(const Tokens& t, std::size_t i, std::string_view article) {
  std::size_t k = i;
  // "January 1, 2026", "Dec. 2", "April 2025", "December 25th"
  if (auto month = read_month(t, k)) {
    std::size_t after_month = k;
    if (auto day = day_at(t, k)) {
      std::size_t end = k;
      std::size_t y_at = k < t.size() && t[k].is_symbol(",") ? k + 1 : k;
      if (auto year = year_at(t, y_at)) return date_match(i, y_at, *year, *month, *day);
      return date_match(i, end, nearest_year(*month, *day, article), *month, *day);
    }
    k = after_month;
    if (auto year = year_at(t, k)) return date_match(i, k, *year, *month, 0);
    return std::nullopt;
  }
  // "30 December 2025", "1 January"
  if (auto day = day_at(t, k)) {
    if (auto month = read_month(t, k)) {
      std::size_t end = k;
      if (auto year = year_at(t, k)) return date_match(i, k, *year, *month, *day);
      return date_match(i, end, nearest_year(*month, *day, article), *month, *day);
    }
    return std::nullopt;
  }
  // "mid-2025", "pre-2020"
  bool prefixed = t[i].is(Type::word) && i + 2 < t.size() && is_dash(t[i + 1]) &&
                  t[i + 1].glued() && t[i + 2].glued() && is_year(t[i + 2]) &&
                  (t[i].lower == "mid" || t[i].lower == "early" || t[i].lower == "late" ||
                   t[i].lower == "pre" || t[i].lower == "post");
  std::size_t y = prefixed ? i + 2 : i;
  if (!is_year(t[y]) || amount_follows(t, y + 1)) return std::nullopt;
  int year = int(t[y].value);
  // "1990s"
  if (y + 1 < t.size() && t[y + 1].glued() && t[y + 1].is_word("s") && year % 10 == 0) {
    Match m = date_match(i, y + 2, year, 0, 0);
    m.period = std::to_string(year) + "/" + std::to_string(year + 9);
    return m;
  }
  // "2024-2025", "2024–25"
  if (y + 2 < t.size() && is_dash(t[y + 1]) && t[y + 1].glued() && t[y + 2].glued() &&
      t[y + 2].is(Type::number)) {
    int to = is_year(t[y + 2])           ? int(t[y + 2].value)
             : t[y + 2].text.size() == 2 ? year / 100 * 100 + int(t[y + 2].value)
                                         : 0;
    if (to > year) {
      Match m = date_match(i, y + 3, year, 0, 0);
      m.period = std::to_string(year) + "/" + std::to_string(to);
      return m;
    }
  }
  return date_match(i, y + 1, year, 0, 0);
}

std::optional<Match> read_ordinal(const Tokens& t, std::size_t i) {
  Match m;
  m.first = i;
  m.kind = Kind::ordinal;
  if (t[i].is(Type::number) && !t[i].fraction && i + 1 < t.size() && is_ordinal_suffix(t[i + 1])) {
    m.value = t[i].exact;
    m.last = i + 2;
    return m;
  }
  // A capitalised ordinal inside a sentence belongs to a name ("the Second World War").
  if (!t[i].is(Type::word) || (t[i].capitalised && i > 0)) return std::nullopt;
  auto position = lexicon::ordinal(t[i].lower);
  if (!position) return std::nullopt;
  m.value = Decimal::integer(*position);
  m.last = i + 1;
  m.spelled = true;
  return m;
}

}  // namespace briefing::data
