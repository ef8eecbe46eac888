// What a figure means in its sentence beyond its value: the sign of a change ("exports dropped
// 4 per cent", "a 4% rise", "tăng 4,2%") and ranges ("12–15%", "between 12 and 15 percent",
// "2–3 million"), which are one value, not two. A number joined to a day ("3–5 May", "May 3-5",
// "3–5/5") is part of a date range, never a count.
#include <algorithm>

#include "data/quantity_grammar.hpp"

namespace briefing::data {

namespace {

bool any_word(const Token& token, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(), [&](auto w) { return token.is_word(w); });
}

// Verbs and adverbs written just before the change they sign: "rose 4%", "down 4%".
Change verb_sign(const Token& token) {
  if (any_word(token, {"rose",    "rise",    "rises",     "rising",   "risen",    "increased",
                       "grew",    "grow",    "grows",     "growing",  "grown",    "increasing",
                       "climbed", "climbs",  "climbing",  "jumped",   "jumps",    "surged",
                       "surges",  "soared",  "gained",    "gains",    "expanded", "rebounded",
                       "up",      "tăng",    "surging",   "soaring",  "jumping",  "raised",
                       "raises",  "boosted", "exceeding", "exceeded", "tăng"}))
    return Change::up;
  if (any_word(token, {"fell",      "fall",       "falls",    "falling",  "fallen",    "dropped",
                       "drops",     "dropping",   "declined", "declines", "declining", "decreased",
                       "decreases", "decreasing", "shrank",   "shrinks",  "shrunk",    "slumped",
                       "plunged",   "plummeted",  "slid",     "slipped",  "dipped",    "contracted",
                       "down",      "giảm",       "lost",     "loses",    "losing",    "cut",
                       "cuts",      "reduced",    "lowered",  "tumbled",  "plunging",  "sliding"}))
    return Change::down;
  return Change::none;
}

// Nouns for a change: "an increase of 4%", "a 4% drop".
Change noun_sign(const Token& token) {
  if (any_word(token, {"increase", "rise", "growth", "gain", "jump", "surge", "hike"}))
    return Change::up;
  if (any_word(token, {"decrease", "decline", "drop", "fall", "reduction", "contraction", "cut",
                       "slump", "plunge"}))
    return Change::down;
  return Change::none;
}

// Words between a change and its noun that do not change its meaning: "a 4% year-on-year rise".
bool between_figure_and_noun(const Token& token) {
  return is_dash(token) ||
         any_word(token, {"year", "on", "over", "annual", "yearly", "monthly", "quarterly", "month",
                          "quarter", "y"}) ||
         token.is_symbol("/");
}

// "made up 12% of arrivals", "set up 3 factories", "shut down 2 lines": a verb's particle, not
// the sign of a change.
bool particle(const Tokens& t, std::size_t k) {
  if (k == 0) return false;
  if (t[k].is_word("up"))
    return any_word(t[k - 1],
                    {"make",   "makes",  "made",    "making", "take",   "takes", "took",   "taken",
                     "set",    "sets",   "setting", "pick",   "picked", "end",   "ended",  "ends",
                     "sign",   "signed", "add",     "added",  "adds",   "sum",   "summed", "open",
                     "opened", "build",  "built",   "line",   "lined"});
  if (t[k].is_word("down"))
    return any_word(
        t[k - 1], {"shut", "shuts", "broke", "broken", "break", "turned", "turn", "handed", "hand",
                   "put", "laid", "lay", "wrote", "written", "write", "narrowed", "boiled", "sat"});
  return false;
}

// A verb's sign, an adverb in -ly between allowed: "fell sharply 4%", "rose steadily by 4%".
std::optional<Sign> verb_before(const Tokens& t, std::size_t k) {
  if (k > 0 && t[k].is(Token::Type::word) && t[k].lower.ends_with("ly") &&
      verb_sign(t[k - 1]) != Change::none)
    --k;
  auto change = verb_sign(t[k]);
  if (change == Change::none || particle(t, k)) return std::nullopt;
  return Sign{change, k};
}

bool be_verb(const Token& token) {
  return any_word(token, {"is", "are", "was", "were", "be", "been", "being"});
}

// "cut costs by 20 percent", "raised the forecast for Vietnam by 0.4 percentage points": the
// verb of the clause, a few words before "by"; not a passive's agent ("was raised by 3 donors").
std::optional<Sign> verb_of_by(const Tokens& t, std::size_t by) {
  for (std::size_t k = by; k-- > 0 && by - k <= 8;) {
    if (t[k].is(Token::Type::symbol) || is_dash(t[k])) return std::nullopt;
    auto sign = verb_before(t, k);
    if (!sign) continue;
    if (sign->word > 0 && be_verb(t[sign->word - 1]) && !t[sign->word].is_word("up") &&
        !t[sign->word].is_word("down"))
      return std::nullopt;
    return sign;
  }
  return std::nullopt;
}

// "fell below 90 per cent", "rose above 5%": the level a change crossed.
bool crossed_level(const Tokens& t, std::size_t first) {
  return any_word(t[first], {"below", "above", "under", "beneath"});
}

std::optional<Sign> sign_before(const Tokens& t, std::size_t first) {
  if (first == 0 || crossed_level(t, first)) return std::nullopt;
  std::size_t k = first - 1;
  // "rose by 4%", "an increase of 4%"
  if ((t[k].is_word("by") || t[k].is_word("of")) && k > 0) {
    if (t[k].is_word("by")) return verb_of_by(t, k);
    auto change = noun_sign(t[k - 1]);
    if (change == Change::none) return std::nullopt;
    return Sign{change, k - 1};
  }
  // "tăng thêm 4%", "tăng trưởng 8%"
  if ((t[k].is_word("thêm") || t[k].is_word("trưởng")) && k > 0 && t[k - 1].is_word("tăng"))
    return Sign{Change::up, k - 1};
  return verb_before(t, k);
}

std::optional<Sign> sign_after(const Tokens& t, std::size_t last) {
  std::size_t k = last;
  while (k < t.size() && k < last + 5 && between_figure_and_noun(t[k])) ++k;
  if (k >= t.size()) return std::nullopt;
  if (t[k].is_word("higher")) return Sign{Change::up, k};
  if (t[k].is_word("lower")) return Sign{Change::down, k};
  // "a 4% rise"; not "4% of the increase"
  auto change = noun_sign(t[k]);
  if (change == Change::none) return std::nullopt;
  return Sign{change, k};
}

// "12–15%", "12 to 15 percent", "between 12 and 15 percent"; not "rose from 12 to 15 percent",
// which names two levels.
bool range_join(const Tokens& t, std::size_t start, std::size_t at) {
  if (at >= t.size()) return false;
  if (is_dash(t[at])) return true;
  bool from = start > 0 && t[start - 1].is_word("from");
  bool between = start > 0 && t[start - 1].is_word("between");
  return (t[at].is_word("to") && !from) || (t[at].is_word("and") && between);
}

bool is_day(const Match& m) {
  return m.kind == Kind::date && m.period.find('/') == std::string::npos &&
         std::count(m.period.begin(), m.period.end(), '-') >= 2;
}

bool plain_number(const Match& m) {
  return m.kind == Kind::count && m.unit.empty() && (m.bare || m.needs_unit);
}

// The lower end written without the upper end's scale word: "2–3 million" is 2 million to 3
// million; "900,000 to 1.2 million" already has its scale.
Decimal lower_end(const Match& low, const Match& high) {
  if (low.scale != 1 || high.scale <= 1) return low.value;
  auto scaled = low.value.times(Decimal::integer(high.scale));
  if (!scaled || high.value < *scaled) return low.value;
  return *scaled;
}

bool same_measure(const Match& low, const Match& high) {
  if (low.kind == Kind::date || low.kind == Kind::ordinal || high.kind == Kind::date ||
      high.kind == Kind::ordinal)
    return false;
  return (low.kind == high.kind && low.unit == high.unit) || low.needs_unit ||
         (low.bare && low.kind == Kind::count && low.unit.empty());
}

}  // namespace

std::optional<Sign> read_sign(const Tokens& t, std::size_t first, std::size_t last) {
  if (auto sign = sign_before(t, first)) return sign;
  return sign_after(t, last);
}

void join_ranges(const Tokens& t, std::vector<Match>& matches, std::vector<std::size_t>& starts,
                 std::vector<std::optional<Qualifier>>& qualifiers) {
  auto drop = [&](std::size_t j) {
    matches.erase(matches.begin() + std::ptrdiff_t(j));
    starts.erase(starts.begin() + std::ptrdiff_t(j));
    qualifiers.erase(qualifiers.begin() + std::ptrdiff_t(j));
  };
  for (std::size_t j = 0; j + 1 < matches.size();) {
    Match& low = matches[j];
    const Match& high = matches[j + 1];
    bool next = high.first == low.last + 1 && starts[j + 1] == high.first;
    // "3–5 May", "from 3 to 5 May", "May 3-5", "3–5/5": the number is a day
    bool link =
        next && (is_dash(t[low.last]) || t[low.last].is_word("to") || t[low.last].is_word("and"));
    if (link && ((plain_number(low) && is_day(high)) || (is_day(low) && plain_number(high)))) {
      drop(plain_number(low) ? j : j + 1);
      continue;
    }
    bool joined = next && range_join(t, starts[j], low.last);
    if (!joined || !same_measure(low, high) || high.upper) {
      ++j;
      continue;
    }
    Decimal from = lower_end(low, high);
    if (!(from < high.value)) {
      ++j;
      continue;
    }
    low.value = from;
    low.upper = high.value;
    low.kind = high.kind;
    low.unit = high.unit;
    low.bare = high.bare;
    low.needs_unit = high.needs_unit;
    low.scale = high.scale;
    low.last = high.last;
    drop(j + 1);
    ++j;
  }
}

}  // namespace briefing::data
