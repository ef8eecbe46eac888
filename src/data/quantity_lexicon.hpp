#pragma once
// Internal to the data stage: the words of the quantity grammar. Lookups take lower-cased
// words (Token::lower) unless they say otherwise.
#include <cstdint>
#include <optional>
#include <string_view>

namespace briefing::data::lexicon {

// zero ... nineteen, twenty ... ninety.
std::optional<std::int64_t> cardinal(std::string_view word);
// hundred, thousand, million, billion, trillion and the Vietnamese trăm, nghìn/ngàn, triệu, tỷ/tỉ.
std::optional<std::int64_t> scale(std::string_view word);
// bn, tn and, only after a currency, m, mn, mln, k: abbreviations glued to digits ("3.4bn").
// With money, also b and tr (triệu).
std::optional<std::int64_t> scale_abbreviation(std::string_view word, bool after_currency);
// The abbreviations that may also stand apart from their digits: "USD 2.4 bn", "VND 5 tr".
bool spaced_scale_abbreviation(std::string_view word);
// first ... twentieth, thirtieth ... ninetieth, hundredth.
std::optional<int> ordinal(std::string_view word);
// half, quarter(s), third(s), fifth(s)...: the fraction's denominator (2, 4, 3, 5...).
std::optional<int> fraction_denominator(std::string_view word);

struct TimeUnit {
  std::string_view unit;  // normalised plural: "days", "years"...
  int factor = 1;         // a decade is 10 years
};
std::optional<TimeUnit> time_unit(std::string_view word);

// January ... December and their abbreviations; `word` as written (months are capitalised).
std::optional<int> month(std::string_view word);

// ISO code of a currency written as a code ("USD", "VNĐ", "RMB": case-sensitive), as a symbol
// ("$", "€", "₫"), or as a name after the amount ("dollars", "đồng", "yuan").
std::optional<std::string_view> currency_code(std::string_view text);
std::optional<std::string_view> currency_symbol(std::string_view text);
std::optional<std::string_view> currency_name(std::string_view word);
// "US" in "US$", "S" in "S$", ...: the dollar a prefix letter names.
std::optional<std::string_view> dollar_prefix(std::string_view text);

// km, hectares, tonnes, TEUs...: the normalised unit symbol.
std::optional<std::string_view> measure_unit(std::string_view word);

// Function words: a number followed by one of them does not count a noun.
bool is_function_word(std::string_view word);

// Words before a number that make it an identifier, not an amount: "No. 12", "Decree 15".
bool is_identifier_word(std::string_view word);

}  // namespace briefing::data::lexicon
