// Subject phrases by position and word shape only (no parser): good enough to label a
// candidate for review and to suggest its id.
#include "data/extract_subject.hpp"

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

std::string strip_leading_function_words(const Tokens& t, std::size_t first, std::size_t last) {
  while (first < last && (!t[first].is(Type::word) || lexicon::is_function_word(t[first].lower)))
    ++first;
  if (last - first > max_words * 2) last = first + max_words * 2;
  return span_text(t, first, last);
}

// The words of the clause before `before` up to the clause's first verb.
std::string clause_subject(const Tokens& t, std::size_t before) {
  std::size_t start = before;
  while (start > 0 && !clause_mark(t[start - 1])) --start;
  std::size_t verb = start;
  while (verb < before && !is_verb(t, verb)) ++verb;
  std::string subject = strip_leading_function_words(t, start, verb);
  if (!subject.empty() || start == 0) return subject;
  // "..., raising a total of VNĐ656.7 billion": the sentence's own subject.
  std::size_t end = 0;
  while (end < t.size() && !clause_mark(t[end]) && !is_verb(t, end)) ++end;
  return strip_leading_function_words(t, 0, end);
}

std::size_t first_token_at(const Tokens& t, std::size_t offset) {
  std::size_t i = 0;
  while (i < t.size() && t[i].begin < offset) ++i;
  return i;
}

std::string noun_after(const Tokens& t, std::size_t k) {
  std::size_t end = chunk_end(t, k);
  if (end == k) return "";
  end = participle_end(t, end);
  return span_text(t, k, end);
}

std::string subject_of_tokens(const Tokens& t, const Quantity& q, std::size_t first,
                              std::size_t last) {
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
  return clause_subject(t, first);
}

}  // namespace

std::string subject_of(std::string_view sentence, const std::vector<Quantity>& quantities,
                       std::size_t index) {
  Tokens t = tokenize(sentence);
  const Quantity& q = quantities[index];
  std::size_t first = first_token_at(t, q.offset);
  std::size_t last = first_token_at(t, q.offset + q.as_written.size());
  // "VNĐ656.7 billion (US$25 million)": the same amount in another currency.
  if (index > 0 && first > 0 && t[first - 1].is_symbol("(")) {
    const Quantity& before = quantities[index - 1];
    if (first_token_at(t, before.offset + before.as_written.size()) + 1 == first)
      return subject_of(sentence, quantities, index - 1);
  }
  std::string subject = subject_of_tokens(t, q, first, last);
  // "... to a record 1.91": the subject of the figure whose unit it shares.
  for (std::size_t k = index; subject.empty() && k-- > 0;)
    if (quantities[k].kind == q.kind && quantities[k].unit == q.unit)
      subject = subject_of(sentence, quantities, k);
  return subject;
}

}  // namespace briefing::data
