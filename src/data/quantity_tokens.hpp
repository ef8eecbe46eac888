#pragma once
// Internal to the data stage: the token stream shared by the quantity grammar, the period reader
// and the subject finder. Tokens keep byte offsets into the sentence so that every match can be
// quoted exactly as written.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.hpp"

namespace briefing::data {

struct Token {
  enum class Type { number, word, symbol };
  Type type = Type::symbol;
  std::size_t begin = 0, end = 0;  // byte range in the sentence
  std::string text;                // as written
  std::string lower;               // lower-cased text
  bool space_before = true;        // whitespace or the sentence start precedes the token
  bool capitalised = false;        // words: starts with an upper-case letter
  // Numbers only. `readable` is false for digit strings that are no plain number ("1.2.3") and
  // for numbers with more digits than a Decimal carries. `exact` is the figure; `value`, its
  // nearest double, serves the day, month and year tests of the date grammar.
  Decimal exact;
  double value = 0;
  bool readable = true;
  bool grouped = false;   // written with thousands separators ("480,000")
  bool fraction = false;  // written with a decimal part ("3.4", "32,6")

  bool is(Type t) const { return type == t; }
  bool is_word(std::string_view w) const { return type == Type::word && lower == w; }
  bool is_symbol(std::string_view s) const { return type == Type::symbol && text == s; }
  bool glued() const { return !space_before; }
};

using Tokens = std::vector<Token>;

Tokens tokenize(std::string_view sentence);

// A dash of any kind: hyphen-minus, en dash, em dash, minus sign.
bool is_dash(const Token& token);

// The tokens [first, last) as written, single spaces where the text had whitespace.
std::string span_text(const Tokens& tokens, std::size_t first, std::size_t last);

}  // namespace briefing::data
