#pragma once
// Internal to the data stage: the readers of the quantity grammar. Each reader looks at the
// tokens from position `i` and returns what it recognises there, or nothing; find_quantities
// (quantity.cpp) tries them in order and then attaches qualifiers and periods.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/data.hpp"
#include "data/quantity_tokens.hpp"

namespace briefing::data {

struct Numeral {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  Decimal value;
  bool spelled = false;    // in words: "forty-five", "a million"
  bool scaled = false;     // with a scale word or abbreviation: "3.4 billion", "$5m"
  std::int64_t scale = 1;  // what the scale words multiply by; 0 past 10^18
};

// "480,000", "1.5 million", "3.4bn", "forty-five", "twenty thousand", "a million", "half a
// million", "one and a half million". `after_currency` admits the abbreviations that are
// ambiguous elsewhere ("$5m", "10k").
std::optional<Numeral> read_numeral(const Tokens& tokens, std::size_t i, bool after_currency);

struct Match {
  std::size_t first = 0, last = 0;  // tokens of the quantity, a leading qualifier excluded
  Kind kind = Kind::count;
  Decimal value;
  std::string unit;
  std::string period;    // dates: their own ISO form
  bool bare = false;     // nothing after the number says what it counts
  bool shown = true;     // false: an identifier or a name, read only to step over it
  bool spelled = false;  // the number is written in words
  // A number in words with nothing after it: a quantity only if a neighbour lends it a unit
  // ("aged one to five", "from two to three percent").
  bool needs_unit = false;
  std::int64_t scale = 1;        // as Numeral::scale
  std::optional<Decimal> upper;  // a range's upper end (join_ranges)
};

// "No. 12729/VPCP-KGVX", "Decree 15", "COVID-19", "3+3", "10:30", "Item 1 of 4": read so that
// their digits are not taken for amounts (Match::shown is false).
std::optional<Match> read_identifier(const Tokens& tokens, std::size_t i);
// "2025-12-30", "28/12/2024".
std::optional<Match> read_numeric_date(const Tokens& tokens, std::size_t i);
// "January 1, 2026", "December 25", "30 December 2025", "April 2025", "2025", "1990s".
std::optional<Match> read_named_date(const Tokens& tokens, std::size_t i,
                                     std::string_view article_date);
// "75th", "first".
std::optional<Match> read_ordinal(const Tokens& tokens, std::size_t i);
// "twice", "threefold", "a third of", "nearly half", "two-thirds".
std::optional<Match> read_multiple_or_fraction(const Tokens& tokens, std::size_t i);
// Money, percent, ratio, duration and count: a numeral with what surrounds it.
std::optional<Match> read_amount(const Tokens& tokens, std::size_t i);

// True when an amount starts at `i` with a currency ("USD", "US$", "€", "VNĐ").
bool currency_prefix_at(const Tokens& tokens, std::size_t i);

struct Qualifier {
  std::size_t first = 0;  // first token of the qualifier phrase
  std::string name;       // normalised
  bool adverb = true;     // part of the quantity's text ("over 20,000"); verbs ("surpassed") not
};
// The qualifier written just before the quantity that starts at token `first`.
std::optional<Qualifier> read_qualifier(const Tokens& tokens, std::size_t first, Kind kind);
// "or more", "and above" after the quantity that ends at token `last`: the tokens it spans.
std::size_t trailing_qualifier_length(const Tokens& tokens, std::size_t last);

struct Sign {
  Change change = Change::none;
  std::size_t word = 0;  // the token that gives it
};
// The sign of a change the sentence gives the quantity spanning tokens [first, last), its
// leading qualifier included: "rose 4%", "down 4%", "an increase of 4%", "a 4% drop", "tăng 4%".
std::optional<Sign> read_sign(const Tokens& tokens, std::size_t first, std::size_t last);

// Makes one quantity of the two ends of a range ("12–15%", "between 12 and 15 percent", "2–3
// million": the scale word serves both), and drops a number that is a day of a day range ("3–5
// May"). `starts` (where each match starts, its qualifier included) and `qualifiers` run
// parallel to `matches`.
void join_ranges(const Tokens& tokens, std::vector<Match>& matches,
                 std::vector<std::size_t>& starts,
                 std::vector<std::optional<Qualifier>>& qualifiers);

}  // namespace briefing::data
