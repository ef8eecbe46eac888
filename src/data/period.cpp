#include "data/period.hpp"

#include <charconv>
#include <cstdio>
#include <optional>

#include "data/quantity_lexicon.hpp"

namespace briefing::data {

namespace {

using Type = Token::Type;

std::string two_digits(int n) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", n);
  return buffer;
}

std::string month_interval(int year, int from, int to) {
  return iso_month(year, from) + "/" + iso_month(year, to);
}

// Reads period phrases at successive token positions; each read_* returns the phrase that
// starts at `i`, or nothing.
class PeriodReader {
 public:
  PeriodReader(const Tokens& tokens, std::string_view article_date)
      : t_(tokens), date_(date_parts(article_date)) {}

  std::vector<PeriodPhrase> read_all() {
    std::vector<PeriodPhrase> phrases;
    for (std::size_t i = 0; i < t_.size();) {
      auto phrase = read_at(i);
      if (!phrase) {
        ++i;
        continue;
      }
      i = phrase->last;
      phrases.push_back(std::move(*phrase));
    }
    return phrases;
  }

 private:
  const Tokens& t_;
  DateParts date_;

  bool word(std::size_t i, std::string_view w) const { return i < t_.size() && t_[i].is_word(w); }
  bool any_word(std::size_t i, std::initializer_list<std::string_view> words) const {
    for (auto w : words)
      if (word(i, w)) return true;
    return false;
  }
  bool dash(std::size_t i) const { return i < t_.size() && is_dash(t_[i]); }

  std::optional<int> year(std::size_t i) const {
    if (i < t_.size() && is_year(t_[i])) return int(t_[i].value);
    return std::nullopt;
  }

  std::optional<int> month(std::size_t& i) const { return read_month(t_, i); }

  // A small whole number in digits or words: "11", "six".
  std::optional<int> small_number(std::size_t i) const {
    if (i >= t_.size()) return std::nullopt;
    if (t_[i].is(Type::number) && !t_[i].fraction && !t_[i].grouped && t_[i].value < 100)
      return int(t_[i].value);
    if (auto v = lexicon::cardinal(t_[i].lower); v && t_[i].is(Type::word)) return int(*v);
    return std::nullopt;
  }

  // The year a phrase names after "of": "2025", "the year", "this year", "last year". 0 when it
  // is relative and the article has no date; advances `i`.
  std::optional<int> year_reference(std::size_t& i) const {
    if (auto y = year(i)) {
      ++i;
      return y;
    }
    int shift = 0;
    if (word(i, "the") || word(i, "this")) {
      shift = 0;
    } else if (word(i, "last") || word(i, "previous")) {
      shift = -1;
    } else if (word(i, "next")) {
      shift = 1;
    } else {
      return std::nullopt;
    }
    if (!word(i + 1, "year")) return std::nullopt;
    i += 2;
    return date_.year ? date_.year + shift : 0;
  }

  // Year of a month the sentence names without one: the latest such month up to the article's.
  int year_of_month(int m) const {
    if (!date_.year) return 0;
    return m <= date_.month || !date_.month ? date_.year : date_.year - 1;
  }

  std::optional<PeriodPhrase> read_at(std::size_t i) const {
    for (auto reader : {&PeriodReader::read_leading_months, &PeriodReader::read_vi_leading_months,
                        &PeriodReader::read_vi_quarter, &PeriodReader::read_vi_year,
                        &PeriodReader::read_half_or_quarter, &PeriodReader::read_trailing_span,
                        &PeriodReader::read_month_range, &PeriodReader::read_month_year,
                        &PeriodReader::read_year_range, &PeriodReader::read_year,
                        &PeriodReader::read_relative_year, &PeriodReader::read_lone_month}) {
      if (auto phrase = (this->*reader)(i)) return phrase;
    }
    return std::nullopt;
  }

  // "the first 11 months of 2025", "the first six months of the year", "the first ten months".
  std::optional<PeriodPhrase> read_leading_months(std::size_t i) const {
    std::size_t k = i + (word(i, "the") ? 1 : 0);
    if (!word(k, "first")) return std::nullopt;
    auto n = small_number(k + 1);
    if (!n || *n < 1 || *n > 12 || !any_word(k + 2, {"months", "month"})) return std::nullopt;
    PeriodPhrase phrase{i, k + 3, "", k, k + 3};
    std::size_t end = k + 4;
    std::optional<int> y;
    if (word(k + 3, "of")) y = year_reference(end);
    if (y) phrase.last = end;
    phrase.relative = !year(k + 4);
    int resolved = y ? *y : date_.year;
    phrase.iso = month_interval(resolved, 1, *n);
    return phrase;
  }

  // The year after a Vietnamese period: "2025", "năm 2025", "/2025"; "nay" (this year), "ngoái"
  // or "trước" (last year), or none, relative to the article's date. Advances `i`; 0 when the
  // year is relative and the article has no date.
  int vi_year_reference(std::size_t& i, bool& relative) const {
    std::size_t k = i;
    if (k < t_.size() && t_[k].is_symbol("/")) ++k;
    if (word(k, "năm") && year(k + 1)) ++k;
    if (auto y = year(k)) {
      i = k + 1;
      relative = false;
      return *y;
    }
    relative = true;
    int shift = 0;
    if (word(i, "nay")) {
      ++i;
    } else if (any_word(i, {"ngoái", "trước"})) {
      shift = -1;
      ++i;
    }
    return date_.year ? date_.year + shift : 0;
  }

  // "6 tháng đầu năm", "11 tháng đầu năm 2025": the first months of a year.
  std::optional<PeriodPhrase> read_vi_leading_months(std::size_t i) const {
    auto n = small_number(i);
    if (!n || *n < 1 || *n > 12 || !word(i + 1, "tháng") || !word(i + 2, "đầu") ||
        !word(i + 3, "năm"))
      return std::nullopt;
    std::size_t end = i + 4;
    bool relative = true;
    int y = vi_year_reference(end, relative);
    return PeriodPhrase{i, end, month_interval(y, 1, *n), i, i + 2, relative};
  }

  // "quý I", "quý 3/2024", "quý II năm 2025", "quý I năm nay".
  std::optional<PeriodPhrase> read_vi_quarter(std::size_t i) const {
    if (!word(i, "quý") || i + 1 >= t_.size()) return std::nullopt;
    static constexpr std::string_view roman[] = {"i", "ii", "iii", "iv"};
    int q = 0;
    for (int r = 0; r < 4; ++r)
      if (t_[i + 1].is_word(roman[r])) q = r + 1;
    if (auto digit = small_number(i + 1); !q && digit && *digit >= 1 && *digit <= 4) q = *digit;
    if (!q) return std::nullopt;
    std::size_t end = i + 2;
    if (word(end, "năm") && !year(end + 1) && !any_word(end + 1, {"nay", "ngoái", "trước"}))
      return std::nullopt;
    if (word(end, "năm") && !year(end + 1)) ++end;
    bool relative = true;
    int y = vi_year_reference(end, relative);
    std::string iso = y ? std::to_string(y) + "-Q" + std::to_string(q) : "";
    return PeriodPhrase{i, end, iso, i, i + 2, relative};
  }

  // "năm 2024": the year.
  std::optional<PeriodPhrase> read_vi_year(std::size_t i) const {
    auto y = year(i + 1);
    if (!word(i, "năm") || !y) return std::nullopt;
    return PeriodPhrase{i, i + 2, std::to_string(*y), 0, 0};
  }

  // "the past five years", "the last 12 months", "the past decade": counted back from the
  // article's date; "the next two years", "the coming decade": forward from it.
  std::optional<PeriodPhrase> read_trailing_span(std::size_t i) const {
    std::size_t k = i + (word(i, "the") ? 1 : 0);
    bool ahead = any_word(k, {"next", "coming"});
    if (!ahead && !any_word(k, {"past", "last", "previous"})) return std::nullopt;
    int n = 1;
    std::size_t unit_at = k + 1;
    if (auto number = small_number(k + 1)) {
      n = *number;
      unit_at = k + 2;
    }
    if (unit_at >= t_.size()) return std::nullopt;
    auto unit = lexicon::time_unit(t_[unit_at].lower);
    bool decade = unit && unit->factor == 10;
    bool plural_count = unit_at == k + 2;
    if (!unit || (!decade && !plural_count) || (unit->unit != "years" && unit->unit != "months"))
      return std::nullopt;
    PeriodPhrase phrase{i, unit_at + 1, "", k + 1, unit_at + 1, true};
    if (!date_.year) return phrase;
    if (unit->unit == "years") {
      int span = int(n * unit->factor);
      int from = ahead ? date_.year : date_.year - span,
          to = ahead ? date_.year + span : date_.year;
      phrase.iso = std::to_string(from) + "/" + std::to_string(to);
    } else if (date_.month) {
      int now = date_.year * 12 + date_.month - 1;
      int start = ahead ? now : now - n + 1, end = ahead ? now + n - 1 : now;
      phrase.iso = iso_month(start / 12, start % 12 + 1) + "/" + iso_month(end / 12, end % 12 + 1);
    }
    return phrase;
  }

  // "the first half of 2025", "the second quarter of the year", "Q1 2025", "Q3/2024".
  std::optional<PeriodPhrase> read_half_or_quarter(std::size_t i) const {
    if (i < t_.size() && t_[i].text == "Q" && i + 1 < t_.size() && t_[i + 1].glued()) {
      auto q = small_number(i + 1);
      if (!q || *q < 1 || *q > 4) return std::nullopt;
      std::size_t end = i + 2;
      if (end < t_.size() && t_[end].is_symbol("/")) ++end;
      auto y = year(end);
      int resolved = y ? *y : date_.year;
      if (!resolved) return std::nullopt;
      return PeriodPhrase{
          i, y ? end + 1 : i + 2, std::to_string(resolved) + "-Q" + std::to_string(*q), i, i + 2,
          !y};
    }
    std::size_t k = i + (word(i, "the") ? 1 : 0);
    if (k >= t_.size()) return std::nullopt;
    auto position = lexicon::ordinal(t_[k].lower);
    bool half = word(k + 1, "half"), quarter = word(k + 1, "quarter");
    if (!position || (!half && !quarter) || (half && *position > 2) || *position > 4)
      return std::nullopt;
    std::size_t end = k + 2;
    std::optional<int> y;
    bool relative = true;
    if (word(end, "of")) {
      std::size_t after = end + 1;
      relative = !year(after);
      y = year_reference(after);
      if (y) end = after;
    }
    int resolved = y ? *y : date_.year;
    if (!resolved) return PeriodPhrase{i, end, "", k, k + 2, true};
    std::string iso = half ? month_interval(resolved, *position * 6 - 5, *position * 6)
                           : std::to_string(resolved) + "-Q" + std::to_string(*position);
    return PeriodPhrase{i, end, iso, k, k + 2, relative};
  }

  // "January to November 2025", "between January and November", "from March through May",
  // "in January–March".
  std::optional<PeriodPhrase> read_month_range(std::size_t i) const {
    std::size_t k = i + (any_word(i, {"from", "between", "in", "during"}) ? 1 : 0);
    auto from = month(k);
    if (!from || small_number(k)) return std::nullopt;
    // "in January and March" is two months, "between January and March" a range.
    bool and_joins = word(k, "and") && word(i, "between");
    if (!and_joins && !any_word(k, {"to", "through", "until", "till"}) && !dash(k))
      return std::nullopt;
    ++k;
    auto to = month(k);
    if (!to || small_number(k) || *to < *from) return std::nullopt;
    auto y = year(k);
    int resolved = y ? *y : year_of_month(*to);
    return PeriodPhrase{i, y ? k + 1 : k, month_interval(resolved, *from, *to), 0, 0, !y};
  }

  // "April 2025", "since June 2023".
  std::optional<PeriodPhrase> read_month_year(std::size_t i) const {
    bool since = word(i, "since");
    std::size_t k = i + (since ? 1 : 0);
    auto m = month(k);
    if (!m) return std::nullopt;
    if (k < t_.size() && t_[k].is_symbol(",")) ++k;
    auto y = year(k);
    if (!y) return std::nullopt;
    return PeriodPhrase{i, k + 1, iso_month(*y, *m) + (since ? "/.." : ""), 0, 0};
  }

  // "from 2022 to 2024", "between 2020 and 2025", "2024-2025", "2024–25".
  std::optional<PeriodPhrase> read_year_range(std::size_t i) const {
    std::size_t k = i + (any_word(i, {"from", "between"}) ? 1 : 0);
    auto from = year(k);
    if (!from) return std::nullopt;
    bool glued_dash = dash(k + 1) && t_[k + 1].glued() && k + 2 < t_.size() && t_[k + 2].glued();
    bool connector = any_word(k + 1, {"to", "and", "through", "until"}) || glued_dash;
    if (!connector || (k == i && !glued_dash)) return std::nullopt;
    std::optional<int> to = year(k + 2);
    if (!to && glued_dash && k + 2 < t_.size() && t_[k + 2].is(Type::number) &&
        t_[k + 2].text.size() == 2)
      to = *from / 100 * 100 + int(t_[k + 2].value);
    if (!to || *to <= *from) return std::nullopt;
    return PeriodPhrase{i, k + 3, std::to_string(*from) + "/" + std::to_string(*to), 0, 0};
  }

  // "in 2023", "during 2024", "since 2020", "the year 2025", "in the year 2025".
  std::optional<PeriodPhrase> read_year(std::size_t i) const {
    bool since = word(i, "since");
    std::size_t k = 0;
    if (word(i, "the") && word(i + 1, "year")) {
      k = i + 2;
    } else if (since || any_word(i, {"in", "during", "for", "of", "throughout", "by", "until"})) {
      k = i + 1;
      if (word(k, "the") && word(k + 1, "year")) k += 2;
    } else {
      return std::nullopt;
    }
    auto y = year(k);
    bool range_follows = dash(k + 1) && t_[k + 1].glued();
    if (!y || range_follows) return std::nullopt;
    return PeriodPhrase{i, k + 1, std::to_string(*y) + (since ? "/.." : ""), 0, 0};
  }

  // "this year", "last year", "throughout the year", "for the year".
  std::optional<PeriodPhrase> read_relative_year(std::size_t i) const {
    std::size_t k = i;
    bool of_the_year =
        any_word(i, {"of", "for", "throughout", "during", "in"}) && word(i + 1, "the");
    if (of_the_year) k = i + 1;
    if (!word(k + 1, "year")) return std::nullopt;
    if (of_the_year ? !word(k, "the") : !any_word(k, {"this", "last", "next"})) return std::nullopt;
    std::size_t end = k;
    auto y = year_reference(end);
    if (!y || (end < t_.size() && is_year(t_[end]))) return std::nullopt;
    return PeriodPhrase{i, end, *y ? std::to_string(*y) : "", 0, 0, true};
  }

  // "in February", "during March": the month of the article's year.
  std::optional<PeriodPhrase> read_lone_month(std::size_t i) const {
    if (!any_word(i, {"in", "during", "throughout", "since"})) return std::nullopt;
    std::size_t k = i + 1;
    auto m = month(k);
    if (!m || small_number(k) || year(k)) return std::nullopt;
    return PeriodPhrase{i, k, iso_month(year_of_month(*m), *m), 0, 0, true};
  }
};

}  // namespace

DateParts date_parts(std::string_view iso) {
  DateParts ym;
  auto number = [&](std::size_t at, std::size_t len) {
    int n = 0;
    if (iso.size() < at + len) return 0;
    auto [end, error] = std::from_chars(iso.data() + at, iso.data() + at + len, n);
    return error == std::errc() && end == iso.data() + at + len ? n : 0;
  };
  ym.year = number(0, 4);
  if (ym.year && iso.size() >= 7 && iso[4] == '-') ym.month = number(5, 2);
  if (ym.month && iso.size() >= 10 && iso[7] == '-') ym.day = number(8, 2);
  return ym;
}

bool is_year(const Token& token) {
  return token.is(Token::Type::number) && token.text.size() == 4 && !token.grouped &&
         !token.fraction && token.value >= 1800 && token.value < 2200;
}

std::optional<int> read_month(const Tokens& t, std::size_t& i) {
  if (i >= t.size() || !t[i].is(Token::Type::word) || !t[i].capitalised) return std::nullopt;
  auto m = lexicon::month(t[i].text);
  if (!m) return std::nullopt;
  ++i;
  if (i < t.size() && t[i].is_symbol(".") && t[i].glued() && t[i - 1].text.size() <= 4) ++i;
  return m;
}

std::string iso_month(int year, int month) {
  std::string y = year ? std::to_string(year) : "-";
  return month ? y + "-" + two_digits(month) : y;
}

std::string iso_day(int year, int month, int day) {
  return iso_month(year, month) + "-" + two_digits(day);
}

std::vector<PeriodPhrase> find_periods(const Tokens& tokens, std::string_view article_date) {
  return PeriodReader(tokens, article_date).read_all();
}

}  // namespace briefing::data
