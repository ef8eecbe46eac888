// Money, percent, ratio, duration and count: a numeral and the words around it that say what
// it measures. Each *_tail reader looks at the tokens after the numeral.

#include "data/period.hpp"
#include "data/quantity_grammar.hpp"
#include "data/quantity_lexicon.hpp"

namespace briefing::data {

namespace {

using Type = Token::Type;

struct Tail {
  Kind kind = Kind::count;
  std::size_t end = 0;  // first token after the tail
  std::string unit;
  int factor = 1;  // "a decade" counts 10 years
};

bool word_at(const Tokens& t, std::size_t i, std::string_view w) {
  return i < t.size() && t[i].is_word(w);
}

bool content_word(const Tokens& t, std::size_t i) {
  return i < t.size() && t[i].is(Type::word) && !lexicon::is_function_word(t[i].lower);
}

struct Prefix {
  std::string code;
  std::size_t end = 0;
};

// "USD 3.4 billion", "US$25 million", "€3bn", "VNĐ656.7 billion".
std::optional<Prefix> read_currency_prefix(const Tokens& t, std::size_t i) {
  if (i >= t.size()) return std::nullopt;
  if (t[i].is(Type::symbol)) {
    if (auto code = lexicon::currency_symbol(t[i].text)) return Prefix{std::string(*code), i + 1};
    return std::nullopt;
  }
  if (!t[i].is(Type::word)) return std::nullopt;
  if (i + 1 < t.size() && t[i + 1].is_symbol("$") && t[i + 1].glued()) {
    if (auto code = lexicon::dollar_prefix(t[i].text)) return Prefix{std::string(*code), i + 2};
  }
  if (auto code = lexicon::currency_code(t[i].text)) return Prefix{std::string(*code), i + 1};
  return std::nullopt;
}

std::optional<Tail> percent_tail(const Tokens& t, std::size_t k) {
  if (k >= t.size()) return std::nullopt;
  if (t[k].is_symbol("%")) return Tail{Kind::percent, k + 1, "%"};
  if (word_at(t, k, "per") && word_at(t, k + 1, "cent")) return Tail{Kind::percent, k + 2, "%"};
  if (word_at(t, k, "phần") && word_at(t, k + 1, "trăm")) return Tail{Kind::percent, k + 2, "%"};
  bool percentage = word_at(t, k, "percentage") || word_at(t, k, "percent");
  if (percentage && (word_at(t, k + 1, "points") || word_at(t, k + 1, "point")))
    return Tail{Kind::percent, k + 2, "percentage points"};
  if (word_at(t, k, "percent") || word_at(t, k, "pct")) return Tail{Kind::percent, k + 1, "%"};
  if (word_at(t, k, "pp") || word_at(t, k, "ppt"))
    return Tail{Kind::percent, k + 1, "percentage points"};
  return std::nullopt;
}

// "USD", "yuan", "đồng", "US dollars", "U.S. dollars", "500.000đ".
std::optional<Tail> currency_tail(const Tokens& t, std::size_t k) {
  if (k >= t.size()) return std::nullopt;
  if (t[k].is(Type::word)) {
    if (auto code = lexicon::currency_code(t[k].text))
      return Tail{Kind::money, k + 1, std::string(*code)};
    bool glued_dong = t[k].lower == "đ" && t[k].glued();
    if (auto code = lexicon::currency_name(t[k].lower); code && (t[k].lower != "đ" || glued_dong))
      return Tail{Kind::money, k + 1, std::string(*code)};
    if (t[k].text == "US" && (word_at(t, k + 1, "dollars") || word_at(t, k + 1, "dollar")))
      return Tail{Kind::money, k + 2, "USD"};
  }
  // U.S. dollars
  if (k + 4 < t.size() && t[k].text == "U" && t[k + 1].is_symbol(".") && t[k + 2].text == "S" &&
      t[k + 3].is_symbol(".") && (word_at(t, k + 4, "dollars") || word_at(t, k + 4, "dollar")))
    return Tail{Kind::money, k + 5, "USD"};
  return std::nullopt;
}

// "ten times", "3-fold".
std::optional<Tail> times_tail(const Tokens& t, std::size_t k) {
  if (word_at(t, k, "times")) return Tail{Kind::ratio, k + 1, "times"};
  if (k + 1 < t.size() && is_dash(t[k]) && t[k].glued() && word_at(t, k + 1, "fold"))
    return Tail{Kind::ratio, k + 2, "times"};
  return std::nullopt;
}

// "one in five", "1 in 10", "two out of three".
std::optional<Tail> one_in_tail(const Tokens& t, std::size_t k, const Decimal& value) {
  std::size_t at = k + 1;
  if (word_at(t, k, "out") && word_at(t, k + 1, "of")) {
    at = k + 2;
  } else if (!word_at(t, k, "in")) {
    return std::nullopt;
  }
  if (value < Decimal::integer(1) || !value.is_integer() || at >= t.size() || is_year(t[at]))
    return std::nullopt;
  auto of = read_numeral(t, at, false);
  if (!of || of->value <= value || of->value > Decimal::integer(1000) || !of->value.is_integer())
    return std::nullopt;
  return Tail{Kind::ratio, of->last, "in " + of->value.plain()};
}

// "five years", "four-day", "three consecutive weeks", "10-year-old"; not "two days ago".
std::optional<Tail> time_tail(const Tokens& t, std::size_t k) {
  if (k >= t.size()) return std::nullopt;
  std::size_t unit_at = k;
  bool compound = is_dash(t[k]) && t[k].glued() && k + 1 < t.size() && t[k + 1].glued();
  if (compound) {
    unit_at = k + 1;
  } else if (content_word(t, k) && !lexicon::time_unit(t[k].lower) && k + 1 < t.size() &&
             !t[k].capitalised) {
    if (lexicon::time_unit(t[k + 1].lower)) unit_at = k + 1;
  }
  if (unit_at >= t.size() || !t[unit_at].is(Type::word)) return std::nullopt;
  auto unit = lexicon::time_unit(t[unit_at].lower);
  if (!unit) return std::nullopt;
  std::size_t end = unit_at + 1;
  if (compound && end + 1 < t.size() && is_dash(t[end]) && t[end].glued() &&
      word_at(t, end + 1, "old"))
    end += 2;
  return Tail{Kind::duration, end, std::string(unit->unit), unit->factor};
}

// "40 degrees Celsius", "40°C".
std::optional<Tail> temperature_tail(const Tokens& t, std::size_t k) {
  if (k + 1 < t.size() && t[k].is_symbol("\u00B0") && t[k + 1].glued() &&
      (t[k + 1].text == "C" || t[k + 1].text == "F"))
    return Tail{Kind::count, k + 2, "\u00B0" + t[k + 1].text};
  if (!word_at(t, k, "degrees") && !word_at(t, k, "degree")) return std::nullopt;
  if (word_at(t, k + 1, "celsius") || word_at(t, k + 1, "c"))
    return Tail{Kind::count, k + 2, "\u00B0C"};
  if (word_at(t, k + 1, "fahrenheit") || word_at(t, k + 1, "f"))
    return Tail{Kind::count, k + 2, "\u00B0F"};
  return Tail{Kind::count, k + 1, "degrees"};
}

// "98,000 TEUs", "500 hectares", "a 10-km road", "3 square kilometres", "40 degrees Celsius".
std::optional<Tail> measure_tail(const Tokens& t, std::size_t k) {
  if (auto temperature = temperature_tail(t, k)) return temperature;
  std::size_t at = k;
  if (k + 1 < t.size() && is_dash(t[k]) && t[k].glued() && t[k + 1].glued()) at = k + 1;
  bool square = word_at(t, at, "square") || word_at(t, at, "sq");
  if (square && at + 1 < t.size() && lexicon::measure_unit(t[at + 1].lower) == "km")
    return Tail{Kind::count, at + 2, "km²"};
  if (at >= t.size() || !t[at].is(Type::word)) return std::nullopt;
  auto unit = lexicon::measure_unit(t[at].lower);
  if (!unit) return std::nullopt;
  return Tail{Kind::count, at + 1, std::string(*unit)};
}

// Up to four words naming what is counted: "children", "Chinese tourists".
std::size_t noun_chunk_end(const Tokens& t, std::size_t k) {
  std::size_t end = k;
  for (int words = 0; words < 4; ++words) {
    if (content_word(t, end)) {
      ++end;
    } else if (end > k && end + 1 < t.size() && is_dash(t[end]) && t[end].glued() &&
               t[end + 1].glued() && t[end + 1].is(Type::word)) {
      end += 2;  // "test-takers"
    } else {
      break;
    }
  }
  return end;
}

// "1.91 children per woman", "110 boys per 100 girls", "480,000 Chinese tourists per month",
// "forty-five trains a week".
std::optional<Tail> per_tail(const Tokens& t, std::size_t k) {
  std::size_t per = noun_chunk_end(t, k);
  std::string counted = span_text(t, k, per);
  std::string prefix = counted.empty() ? "per " : counted + " per ";
  if (word_at(t, per, "per")) {
    std::size_t at = per + 1;
    std::string base;
    if (auto n = read_numeral(t, at, false)) {
      base = span_text(t, n->first, n->last) + " ";
      at = n->last;
    }
    std::size_t end = noun_chunk_end(t, at);
    if (end == at) return std::nullopt;
    return Tail{Kind::ratio, end, prefix + base + span_text(t, at, end)};
  }
  bool every = word_at(t, per, "a") || word_at(t, per, "an") || word_at(t, per, "each") ||
               word_at(t, per, "every");
  if (!every || counted.empty() || per + 1 >= t.size()) return std::nullopt;
  auto unit = lexicon::time_unit(t[per + 1].lower);
  if (!unit || unit->factor != 1 || t[per + 1].lower.ends_with("s")) return std::nullopt;
  return Tail{Kind::ratio, per + 2, prefix + t[per + 1].lower};
}

// A naming word before a number with nothing after it: "Apollo 11", "Terminal 2".
bool after_name(const Tokens& t, std::size_t i) {
  if (i < 2 || !t[i - 1].is(Type::word) || !t[i - 1].capitalised) return false;
  if (lexicon::is_function_word(t[i - 1].lower) || lexicon::month(t[i - 1].text)) return false;
  return true;
}

bool after_definite(const Tokens& t, std::size_t i) {
  return i > 0 &&
         (word_at(t, i - 1, "the") || word_at(t, i - 1, "these") || word_at(t, i - 1, "those"));
}

Match hidden(std::size_t first, std::size_t last) {
  Match m;
  m.first = first;
  m.last = last;
  m.shown = false;
  return m;
}

std::optional<Tail> unit_tail(const Tokens& t, std::size_t k, const Decimal& value) {
  for (auto tail : {percent_tail(t, k), currency_tail(t, k), times_tail(t, k),
                    one_in_tail(t, k, value), time_tail(t, k), measure_tail(t, k), per_tail(t, k)})
    if (tail) return tail;
  return std::nullopt;
}

}  // namespace

bool currency_prefix_at(const Tokens& t, std::size_t i) {
  return read_currency_prefix(t, i).has_value();
}

std::optional<Match> read_amount(const Tokens& t, std::size_t i) {
  auto prefix = read_currency_prefix(t, i);
  std::size_t at = prefix ? prefix->end : i;
  auto n = read_numeral(t, at, prefix.has_value());
  if (!n) return std::nullopt;
  Match m;
  m.first = i;
  m.last = n->last;
  m.value = n->value;
  m.scale = n->scale;
  m.spelled = n->spelled;
  // "Five-Year Plan", "the Big Four": a capitalised number word inside a sentence is a name.
  if (n->spelled && t[n->first].capitalised && n->first > 0 && !prefix) return hidden(i, n->last);
  if (prefix) {
    m.kind = Kind::money;
    m.unit = prefix->code;
    return m;
  }
  // "children aged one to five", "aged 18": ages are lengths of time.
  if (i > 0 && (t[i - 1].is_word("aged") || t[i - 1].is_word("ages"))) {
    auto tail = time_tail(t, n->last);
    m.kind = Kind::duration;
    m.unit = "years";
    m.last = tail && tail->unit == "years" ? tail->end : n->last;
    return m;
  }
  if (auto tail = unit_tail(t, n->last, n->value)) {
    bool name = tail->kind == Kind::duration && t[tail->end - 1].capitalised && i > 0;
    if (name) return hidden(i, tail->end);
    m.kind = tail->kind;
    m.unit = tail->unit;
    // A factor is 1, 10 or 100 ("a decade", "centuries"): exact unless out of range.
    auto scaled = m.value.times(Decimal::integer(tail->factor));
    if (!scaled) return std::nullopt;
    m.value = *scaled;
    m.last = tail->kind == Kind::count && tail->unit.empty() ? n->last : tail->end;
    bool a_time = word_at(t, tail->end, "ago") || word_at(t, tail->end, "earlier") ||
                  word_at(t, tail->end, "later");
    if (tail->kind == Kind::duration && a_time) m.shown = false;
    return m;
  }
  std::size_t k = n->last;
  // "three-way", "five-star": a number compound that measures nothing.
  if (k + 1 < t.size() && is_dash(t[k]) && t[k].glued() && t[k + 1].glued() &&
      t[k + 1].is(Type::word))
    return hidden(i, k + 2);
  bool one = n->spelled && n->value == Decimal::integer(1) && !n->scaled;
  if (content_word(t, k) && t[k].space_before) {
    // "the two countries" refers back to a known set; "one of", "one notable example" are
    // pronoun and determiner.
    if (one || (n->spelled && after_definite(t, n->first))) return hidden(i, k);
    return m;
  }
  m.bare = true;
  if (n->spelled && !n->scaled) {
    if (one) return hidden(i, k);
    m.needs_unit = true;
    return m;
  }
  if (after_name(t, i)) return hidden(i, k);
  return m;
}

}  // namespace briefing::data
