#include "data/quantity_tokens.hpp"

#include <unicode/uchar.h>

#include "base/unicode.hpp"

namespace briefing::data {

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool is_letter(char32_t c) {
  if (u_isalpha(UChar32(c))) return true;
  auto type = u_charType(UChar32(c));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\n' || u_isUWhiteSpace(UChar32(c));
}

std::string lower_case(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();)
    append_utf8(out, char32_t(u_tolower(UChar32(next_code_point(text, pos)))));
  return out;
}

struct DigitGroups {
  std::vector<std::string> digits{1};  // the digit runs
  std::vector<char> separators;        // between them
};

DigitGroups digit_groups(std::string_view text) {
  DigitGroups g;
  for (char c : text) {
    if (is_ascii_digit(c)) {
      g.digits.back() += c;
    } else {
      g.separators.push_back(c);
      g.digits.emplace_back();
    }
  }
  return g;
}

// Digit runs [1, to) after a first run of one to three digits have three digits each.
bool thousands(const DigitGroups& g, std::size_t to) {
  if (g.digits[0].size() > 3) return false;
  for (std::size_t k = 1; k < to; ++k)
    if (g.digits[k].size() != 3) return false;
  return true;
}

// The separators [0, to) are all the same character.
bool same_separators(const DigitGroups& g, std::size_t to) {
  for (std::size_t k = 0; k < to; ++k)
    if (g.separators[k] != g.separators[0]) return false;
  return true;
}

// Reads "480,000", "3.4", "1,234.5", "1.234,5", "32,6". One separator followed by exactly three
// digits is a thousands comma or a decimal point, as English text writes them; a comma followed
// by one, two or four digits can only be a decimal comma.
void read_number(Token& token) {
  DigitGroups g = digit_groups(token.text);
  std::size_t n = g.separators.size();
  std::string plain = g.digits[0];
  if (n == 0) {
    // a plain integer
  } else if (n == 1 && (g.separators[0] == '.' || g.digits[1].size() != 3)) {
    plain += "." + g.digits[1];
    token.fraction = true;
  } else if (same_separators(g, n) && thousands(g, n + 1)) {
    for (std::size_t k = 1; k <= n; ++k) plain += g.digits[k];
    token.grouped = true;
  } else if (same_separators(g, n - 1) && g.separators[n - 1] != g.separators[0] &&
             thousands(g, n)) {
    for (std::size_t k = 1; k < n; ++k) plain += g.digits[k];
    plain += "." + g.digits[n];
    token.grouped = true;
    token.fraction = true;
  } else {
    token.readable = false;
    return;
  }
  auto parsed = Decimal::parse(plain);
  token.readable = bool(parsed);
  token.exact = parsed.value;
  token.value = parsed.value.to_double();
}

std::size_t number_end(std::string_view s, std::size_t pos) {
  while (pos < s.size() && is_ascii_digit(s[pos])) ++pos;
  while (pos + 1 < s.size() && (s[pos] == ',' || s[pos] == '.') && is_ascii_digit(s[pos + 1])) {
    ++pos;
    while (pos < s.size() && is_ascii_digit(s[pos])) ++pos;
  }
  return pos;
}

std::size_t word_end(std::string_view s, std::size_t pos) {
  while (pos < s.size()) {
    std::size_t next = pos;
    char32_t c = next_code_point(s, next);
    if (is_letter(c)) {
      pos = next;
      continue;
    }
    // "Vietnam's", "China’s": an apostrophe between letters stays inside the word.
    std::size_t after = next;
    if (is_apostrophe(c) && after < s.size() && is_letter(next_code_point(s, after))) {
      pos = next;
      continue;
    }
    break;
  }
  return pos;
}

}  // namespace

bool is_dash(const Token& token) {
  return token.is(Token::Type::symbol) &&
         (token.text == "-" || token.text == "\u2013" || token.text == "\u2014" ||
          token.text == "\u2212" || token.text == "\u2010" || token.text == "\u2011");
}

Tokens tokenize(std::string_view s) {
  Tokens tokens;
  bool space = true;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t next = pos;
    char32_t c = next_code_point(s, next);
    if (is_space(c)) {
      space = true;
      pos = next;
      continue;
    }
    Token token;
    token.begin = pos;
    token.space_before = space;
    if (is_ascii_digit(s[pos])) {
      token.type = Token::Type::number;
      token.end = number_end(s, pos);
    } else if (is_letter(c)) {
      token.type = Token::Type::word;
      token.end = word_end(s, pos);
      token.capitalised = u_isupper(UChar32(c)) || u_istitle(UChar32(c));
    } else {
      token.type = Token::Type::symbol;
      token.end = next;
    }
    token.text = std::string(s.substr(token.begin, token.end - token.begin));
    token.lower = token.is(Token::Type::word) ? lower_case(token.text) : token.text;
    if (token.is(Token::Type::number)) read_number(token);
    tokens.push_back(std::move(token));
    pos = tokens.back().end;
    space = false;
  }
  return tokens;
}

std::string span_text(const Tokens& tokens, std::size_t first, std::size_t last) {
  std::string out;
  for (std::size_t k = first; k < last && k < tokens.size(); ++k) {
    if (k > first && tokens[k].space_before) out += ' ';
    out += tokens[k].text;
  }
  return out;
}

}  // namespace briefing::data
