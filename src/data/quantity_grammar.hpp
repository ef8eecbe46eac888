#pragma once
// Internal to the data stage: the readers of the quantity grammar. Each reader looks at the
// tokens from position `i` and returns what it recognises there, or nothing; find_quantities
// (quantity.cpp) tries them in order and then attaches qualifiers and periods.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "data/data.hpp"
#include "data/quantity_tokens.hpp"

namespace briefing::data {

struct Numeral {
  std::size_t first = 0, last = 0;  // tokens [first, last)
  Decimal value;
  bool spelled = false;  // in words: "forty-five", "a million"
  bool scaled = false;   // with a scale word or abbreviation: "3.4 billion", "$5m"
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

}  // namespace briefing::data
