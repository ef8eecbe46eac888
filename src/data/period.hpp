#pragma once
// Internal to the data stage: the period phrases of a sentence ("in 2023", "the first 11 months
// of 2025", "January to November", "the first six months of the year").
//
// Period strings are ISO 8601 where it has a form:
//   "2025"             a year               "2025-04"          a month
//   "2025-Q1"          a quarter            "2025-12-25"       a day (dates only)
//   "2025-01/2025-11"  months, both ends included
//   "2022/2024"        years, both ends included
//   "2020/.."          open-ended: "since 2020"
//   "--01/--11", "--12-25"  months or days whose year neither the sentence nor the article gives
// Relative phrases ("the first six months of the year", "this year", "the past five years")
// resolve with the article's date; without a date the year-relative ones give "--MM" forms and
// the rest no period.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/quantity_tokens.hpp"

namespace briefing::data {

struct PeriodPhrase {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  std::string iso;                  // "" when the phrase is relative and the date is unknown
  // Tokens that only delimit the period ("first 11 months", "past five years"): they are no
  // quantity of their own.
  std::size_t quiet_first = 0, quiet_last = 0;
  // Read relative to the article's date ("this year", "the first 11 months", "January to
  // March"): without the date, the period is unknown or lacks its year.
  bool relative = false;
};

std::vector<PeriodPhrase> find_periods(const Tokens& tokens, std::string_view article_date);

// Year, month and day of an ISO date ("2025-12-30" -> 2025, 12, 30); 0 when absent.
struct DateParts {
  int year = 0, month = 0, day = 0;
};
DateParts date_parts(std::string_view iso_date);

// A 4-digit year (1800-2199) written as a plain number token.
bool is_year(const Token& token);

// A capitalised month name at `i`, with the full stop of an abbreviation ("Dec."): its number,
// and `i` moved past it.
std::optional<int> read_month(const Tokens& tokens, std::size_t& i);

// "2025", "2025-04", "--04": the ISO form of a year and month that may be unknown (0).
std::string iso_month(int year, int month);
// "2025-12-25", "--12-25".
std::string iso_day(int year, int month, int day);

}  // namespace briefing::data
