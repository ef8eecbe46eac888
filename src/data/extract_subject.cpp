// Subject phrases by position and word shape only (no parser): good enough to label a
// candidate for review and to suggest its id.
#include "data/extract_subject.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "data/quantity_lexicon.hpp"
#include "data/quantity_tokens.hpp"

namespace briefing::data {

namespace {

using Type = Token::Type;

constexpr std::size_t max_words = 8;

constexpr std::string_view verbs[] = {
    "is",      "are",      "was",     "were",    "has",    "have",    "had",      "will",
    "would",   "can",      "could",   "stands",  "stood",  "stand",   "rose",     "rise",
    "rises",   "fell",     "falls",   "grew",    "grows",  "hit",     "hits",     "took",
    "takes",   "made",     "makes",   "saw",     "sees",   "won",     "wins",     "go",
    "goes",    "went",     "reach",   "reaches", "totals", "amounts", "accounts", "employs",
    "remains", "remained", "became",  "becomes", "came",   "comes",   "got",      "gets",
    "drew",    "draws",    "brought", "kept",    "keeps",  "held",    "holds",    "plans",
    "aims",    "expects",  "means",   "gives",   "gave",   "led",     "leads"};

bool is_verb(const Tokens& t, std::size_t i) {
  if (!t[i].is(Type::word)) return false;
  const std::string& w = t[i].lower;
  for (std::string_view verb : verbs)
    if (w == verb) return true;
  if (w.size() < 5 || (!w.ends_with("ed") && !w.ends_with("ing"))) return false;
  // "-ed" and "-ing" forms before a lower-case noun modify it ("registered capital",
  // "fundraising campaign"); elsewhere they are verbs ("rate slipped from", "reaching USD").
  bool noun_follows = i + 1 < t.size() && t[i + 1].is(Type::word) && !t[i + 1].capitalised &&
                      !lexicon::is_function_word(t[i + 1].lower);
  return !noun_follows;
}

bool clause_mark(const Token& token) {
  return token.is_symbol(",") || token.is_symbol(";") || token.is_symbol(":") ||
         token.is_symbol("(") || token.is_symbol(")") || (is_dash(token) && token.space_before) ||
         token.is_symbol("\u201C") || token.is_symbol("\u201D");
}

bool chunk_word(const Tokens& t, std::size_t i) {
  return i < t.size() && t[i].is(Type::word) && !lexicon::is_function_word(t[i].lower);
}

// Content words from `k` ("Vietnamese students"), with "and", "of" and determiners inside
// when a content word follows ("fruit and vegetable exports") and hyphenated compounds
// ("test-takers"); stops at a verb.
std::size_t chunk_end(const Tokens& t, std::size_t k) {
  std::size_t end = k, words = 0, names = 0;
  while (end < t.size() && words < max_words) {
    bool joiner = t[end].is_word("and") || t[end].is_word("of") || t[end].is_word("the") ||
                  t[end].is_word("a");
    bool compound = end > k && is_dash(t[end]) && t[end].glued() && end + 1 < t.size() &&
                    t[end + 1].glued() && t[end + 1].is(Type::word);
    // A name ("Five-Year Plan", "National Party Congress") ends at the first lower-case word.
    bool after_name = names >= 2 && names == words && !t[end].capitalised;
    if (compound) {
      end += 2;
    } else if (chunk_word(t, end) && !after_name && !(end > k && is_verb(t, end))) {
      names += t[end].capitalised ? 1 : 0;
      ++end;
      ++words;
    } else if (joiner && end > k && chunk_word(t, end + 1)) {
      ++end;
    } else {
      break;
    }
  }
  return end;
}

// "studying in China", "showcasing Vietnam's cultural heritage": a participle after the noun.
std::size_t participle_end(const Tokens& t, std::size_t k) {
  if (k >= t.size() || !t[k].is(Type::word) || !t[k].lower.ends_with("ing")) return k;
  std::size_t at = k + 1;
  if (at < t.size() && t[at].is(Type::word) && lexicon::is_function_word(t[at].lower) &&
      chunk_word(t, at + 1))
    ++at;
  std::size_t end = chunk_end(t, at);
  return end > at ? end : k + 1;
}

// What the subject of each figure needs of its sentence, found in one pass over the tokens, so
// that a sentence of many figures takes time linear in its length, not quadratic. Each vector
// has one entry per token position 0..size.
struct Landmarks {
  std::vector<std::size_t> clause_start;  // the token after the last clause mark before it
  std::vector<std::size_t> next_verb;     // the first verb at or after it (size: none)
  std::vector<std::size_t> next_content;  // the first content word at or after it
  std::size_t own_subject_end = 0;        // the sentence's first clause mark or verb

  explicit Landmarks(const Tokens& t)
      : clause_start(t.size() + 1, 0), next_verb(t.size() + 1), next_content(t.size() + 1) {
    for (std::size_t p = 1; p <= t.size(); ++p)
      clause_start[p] = clause_mark(t[p - 1]) ? p : clause_start[p - 1];
    next_verb[t.size()] = next_content[t.size()] = t.size();
    for (std::size_t p = t.size(); p-- > 0;) {
      next_verb[p] = is_verb(t, p) ? p : next_verb[p + 1];
      bool content = t[p].is(Type::word) && !lexicon::is_function_word(t[p].lower);
      next_content[p] = content ? p : next_content[p + 1];
    }
    while (own_subject_end < t.size() && !clause_mark(t[own_subject_end]) &&
           next_verb[own_subject_end] != own_subject_end)
      ++own_subject_end;
  }
};

std::string strip_leading_function_words(const Tokens& t, const Landmarks& marks, std::size_t first,
                                         std::size_t last) {
  first = std::min(marks.next_content[first], last);
  if (last - first > max_words * 2) last = first + max_words * 2;
  return span_text(t, first, last);
}

// The words of the clause before `before` up to the clause's first verb.
std::string clause_subject(const Tokens& t, const Landmarks& marks, std::size_t before) {
  std::size_t start = marks.clause_start[before];
  std::size_t verb = std::min(marks.next_verb[start], before);
  std::string subject = strip_leading_function_words(t, marks, start, verb);
  if (!subject.empty() || start == 0) return subject;
  // "..., raising a total of VNĐ656.7 billion": the sentence's own subject.
  return strip_leading_function_words(t, marks, 0, marks.own_subject_end);
}

// Tokens are in order: a binary search keeps a sentence of many figures linear.
std::size_t first_token_at(const Tokens& t, std::size_t offset) {
  auto at = std::partition_point(t.begin(), t.end(),
                                 [&](const Token& token) { return token.begin < offset; });
  return static_cast<std::size_t>(at - t.begin());
}

std::string noun_after(const Tokens& t, std::size_t k) {
  std::size_t end = chunk_end(t, k);
  if (end == k) return "";
  end = participle_end(t, end);
  return span_text(t, k, end);
}

std::string subject_of_tokens(const Tokens& t, const Landmarks& marks, const Quantity& q,
                              std::size_t first, std::size_t last) {
  bool compound = first < last && last > first + 1 && is_dash(t[last - 2]);
  if (q.kind == Kind::date) {
    // "the 2025 population report"; a date that ends a name ("Festival 2025") or stands alone
    // ("in 2025") describes no noun.
    bool ends_name = first > 0 && t[first - 1].is(Type::word) && t[first - 1].capitalised;
    return ends_name ? "" : noun_after(t, last);
  }
  if (q.kind == Kind::ordinal) {
    // "the 75th founding anniversary"
    if (auto noun = noun_after(t, last); !noun.empty()) return noun;
  } else if (q.kind == Kind::count) {
    if (auto noun = noun_after(t, last); !noun.empty()) return noun;
  } else if ((q.kind == Kind::percent || q.kind == Kind::duration) && last < t.size() &&
             t[last].is_word("of")) {
    std::size_t k = last + 1;
    if (k < t.size() && t[k].is_word("the")) ++k;
    if (auto noun = noun_after(t, k); !noun.empty()) return noun;
  } else if ((q.kind == Kind::duration && compound) || q.unit == "times") {
    std::size_t k = last;
    while (k < t.size() && t[k].is(Type::word) && lexicon::is_function_word(t[k].lower)) ++k;
    if (auto noun = noun_after(t, k); !noun.empty()) return noun;
  } else if (q.kind == Kind::ratio) {
    // "480,000 Chinese tourists per month": a count per unit of time is about what it counts.
    auto per = q.unit.find(" per ");
    if (per != std::string::npos && lexicon::time_unit(q.unit.substr(per + 5)))
      return q.unit.substr(0, per);
  }
  return clause_subject(t, marks, first);
}

}  // namespace

std::vector<std::string> subjects_of(std::string_view sentence,
                                     const std::vector<Quantity>& quantities) {
  Tokens t = tokenize(sentence);
  Landmarks marks(t);
  std::vector<std::string> subjects;
  subjects.reserve(quantities.size());
  // The latest non-empty subject of each kind and unit so far, for a figure that has none.
  std::map<std::pair<Kind, std::string>, std::size_t> latest;
  for (std::size_t index = 0; index < quantities.size(); ++index) {
    const Quantity& q = quantities[index];
    std::size_t first = first_token_at(t, q.offset);
    std::size_t last = first_token_at(t, q.offset + q.as_written.size());
    std::string subject;
    // "VNĐ656.7 billion (US$25 million)": the same amount in another currency.
    const Quantity* before = index > 0 ? &quantities[index - 1] : nullptr;
    if (before && first > 0 && t[first - 1].is_symbol("(") &&
        first_token_at(t, before->offset + before->as_written.size()) + 1 == first) {
      subject = subjects[index - 1];
    } else {
      subject = subject_of_tokens(t, marks, q, first, last);
      // "... to a record 1.91": the subject of the figure whose unit it shares.
      auto shared = latest.find({q.kind, q.unit});
      if (subject.empty() && shared != latest.end()) subject = subjects[shared->second];
    }
    if (!subject.empty()) latest[{q.kind, q.unit}] = index;
    subjects.push_back(std::move(subject));
  }
  return subjects;
}

}  // namespace briefing::data
