// find_quantities: tries the readers of quantity_grammar.hpp at each token, then gives every
// quantity its qualifier, a unit it shares with a neighbour ("from 2.01 children per woman ...
// to 1.96"), and its period.
//
// A year that serves as the period of another quantity ("the first 11 months of 2025") is still
// a date candidate of its own: a fact may cite the year itself, and checking that fact needs to
// find it. The numbers that only delimit a period ("first 11 months", "past five years") are not
// quantities.
#include <algorithm>

#include "data/data.hpp"
#include "data/period.hpp"
#include "data/quantity_grammar.hpp"
#include "data/quantity_lexicon.hpp"

namespace briefing::data {

namespace {

std::optional<Match> read_at(const Tokens& t, std::size_t i, std::string_view date) {
  if (auto m = read_numeric_date(t, i)) return m;
  if (auto m = read_identifier(t, i)) return m;
  if (currency_prefix_at(t, i)) {
    if (auto m = read_amount(t, i)) return m;
  }
  if (auto m = read_named_date(t, i, date)) return m;
  // "a quarter of a billion" is an amount, not the fraction "a quarter of"
  if (t[i].is_word("a") || t[i].is_word("one") || lexicon::cardinal(t[i].lower)) {
    if (auto m = read_amount(t, i); m && m->spelled && m->scale > 1) return m;
  }
  if (auto m = read_multiple_or_fraction(t, i)) return m;
  if (auto m = read_ordinal(t, i)) return m;
  return read_amount(t, i);
}

std::vector<Match> read_matches(const Tokens& t, const std::vector<PeriodPhrase>& periods,
                                std::string_view date) {
  std::vector<bool> quiet(t.size(), false);
  for (const auto& p : periods)
    for (std::size_t k = p.quiet_first; k < p.quiet_last; ++k) quiet[k] = true;
  std::vector<Match> matches;
  for (std::size_t i = 0; i < t.size();) {
    std::optional<Match> m;
    if (!quiet[i]) m = read_at(t, i, date);
    if (!m) {
      ++i;
      continue;
    }
    i = std::max(m->last, i + 1);
    if (m->shown) matches.push_back(std::move(*m));
  }
  return matches;
}

bool has_unit_to_share(const Match& m) {
  return !m.bare && !m.unit.empty() &&
         (m.kind == Kind::money || m.kind == Kind::percent || m.kind == Kind::ratio ||
          m.kind == Kind::duration);
}

void share_unit(Match& to, const Match& from) {
  to.kind = from.kind;
  to.unit = from.unit;
  to.bare = to.needs_unit = false;
}

// A bare number takes the unit of its neighbour in a comparison or a range: "from 2.01 children
// per woman in 2022 to 1.96", "between 10 and 15 percent", "10-15%".
void share_units(const Tokens& t, std::vector<Match>& matches,
                 const std::vector<std::size_t>& starts) {
  auto joins = [&](std::size_t at) {
    if (at >= t.size()) return false;
    for (std::string_view w : {"to", "from", "and", "or", "than", "versus", "vs"})
      if (t[at].is_word(w)) return true;
    return is_dash(t[at]);
  };
  for (std::size_t j = 0; j < matches.size(); ++j) {
    Match& m = matches[j];
    if (!m.bare) continue;
    if (j + 1 < matches.size() && joins(m.last) && starts[j + 1] == m.last + 1 &&
        has_unit_to_share(matches[j + 1])) {
      share_unit(m, matches[j + 1]);
      continue;
    }
    if (starts[j] == 0 || !joins(starts[j] - 1)) continue;
    for (std::size_t p = j; p-- > 0;) {
      if (matches[p].kind == Kind::date || matches[p].kind == Kind::ordinal) continue;
      if (has_unit_to_share(matches[p])) share_unit(m, matches[p]);
      break;
    }
  }
}

// Punctuation that closes the quantity's clause, and words that make the period after them a
// base of comparison ("up 32.6 per cent from last year", "compared with 2019") rather than the
// quantity's own.
bool ends_clause(const Token& token) {
  return token.is_symbol(",") || token.is_symbol(";") || token.is_symbol(":") ||
         token.is_symbol("(") || is_dash(token);
}

bool comparison_word(const Token& token) {
  for (std::string_view w : {"from", "than", "with", "against", "on"})
    if (token.is_word(w)) return true;
  return false;
}

bool own_period(const Tokens& t, const PeriodPhrase& p) {
  return (!p.iso.empty() || p.relative) && !(p.first > 0 && comparison_word(t[p.first - 1]));
}

// The period phrase after the quantity in its clause and before the next quantity, else the
// nearest one before it.
const PeriodPhrase* period_for(const Tokens& t, const std::vector<PeriodPhrase>& periods,
                               std::size_t first, std::size_t last, std::size_t next) {
  for (const auto& p : periods) {
    if (p.first < last || p.first >= next) continue;
    bool same_clause = true;
    for (std::size_t k = last; k < p.first && same_clause; ++k) same_clause = !ends_clause(t[k]);
    if (!same_clause) break;
    if (own_period(t, p)) return &p;
  }
  const PeriodPhrase* before = nullptr;
  for (const auto& p : periods)
    if (p.last <= first && own_period(t, p)) before = &p;
  return before;
}

// Dates, ordinals and durations do not rise or fall in a sentence ("fell 5 years" is rare and
// "rose to 5th" a rank).
bool signed_kind(Kind kind) {
  return kind == Kind::money || kind == Kind::percent || kind == Kind::count || kind == Kind::ratio;
}

}  // namespace

std::vector<Quantity> find_quantities(std::string_view sentence, std::string_view article_date) {
  Tokens t = tokenize(sentence);
  auto periods = find_periods(t, article_date);
  std::vector<Match> matches = read_matches(t, periods, article_date);
  std::vector<std::optional<Qualifier>> qualifiers;
  std::vector<std::size_t> starts;
  for (const Match& m : matches) {
    qualifiers.push_back(read_qualifier(t, m.first, m.kind));
    starts.push_back(qualifiers.back() ? qualifiers.back()->first : m.first);
  }
  share_units(t, matches, starts);
  join_ranges(t, matches, starts, qualifiers);
  for (std::size_t j = matches.size(); j-- > 0;) {
    if (!matches[j].needs_unit) continue;
    matches.erase(matches.begin() + std::ptrdiff_t(j));
    qualifiers.erase(qualifiers.begin() + std::ptrdiff_t(j));
    starts.erase(starts.begin() + std::ptrdiff_t(j));
  }

  std::vector<Quantity> out;
  for (std::size_t j = 0; j < matches.size(); ++j) {
    const Match& m = matches[j];
    Quantity q;
    q.kind = m.kind;
    q.value = m.value;
    q.unit = m.unit;
    q.upper = m.upper;
    std::size_t first = m.first, last = m.last;
    if (const auto& qualifier = qualifiers[j]) {
      q.qualifier = qualifier->name;
      if (qualifier->adverb) first = qualifier->first;
    }
    if (std::size_t extra = trailing_qualifier_length(t, last); extra && q.kind != Kind::date) {
      if (q.qualifier.empty()) q.qualifier = "at least";
      last += extra;
    }
    std::size_t next = t.size();
    for (std::size_t k = j + 1; k < matches.size(); ++k)
      if (matches[k].kind != Kind::date) {
        next = matches[k].first;
        break;
      }
    if (auto sign = signed_kind(q.kind) ? read_sign(t, starts[j], last) : std::nullopt) {
      q.change = sign->change;
      q.change_word = t[sign->word].text;
    }
    if (m.kind == Kind::date) {
      q.period = Period::parse(m.period);
    } else if (const auto* p = period_for(t, periods, m.first, m.last, next)) {
      q.period = Period::parse(p->iso);
      q.period_relative = p->relative;
    }
    q.offset = t[first].begin;
    q.as_written = std::string(sentence.substr(q.offset, t[last - 1].end - q.offset));
    out.push_back(std::move(q));
  }
  return out;
}

}  // namespace briefing::data
