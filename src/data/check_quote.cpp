#include "data/check_quote.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <vector>

#include "base/unicode.hpp"

namespace briefing::data {

namespace {

// Folded text and, for each of its bytes (and one past the end), the byte of the source text
// it came from.
struct Folded {
  std::string text;
  std::vector<std::size_t> origin;
};

char32_t straight_quote(char32_t c) {
  switch (c) {
    case U'\u2018':  // ‘
    case U'\u2019':  // ’
    case U'\u201A':  // ‚
    case U'\u201B':  // ‛
    case U'\u2032':  // ′
      return U'\'';
    case U'\u201C':  // “
    case U'\u201D':  // ”
    case U'\u201E':  // „
    case U'\u201F':  // ‟
    case U'\u2033':  // ″
      return U'"';
    default:
      return c;
  }
}

Folded fold(std::string_view text) {
  Folded out;
  bool pending_space = false;
  std::size_t space_at = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    auto start = pos;
    auto c = next_code_point(text, pos);
    if (u_isUWhiteSpace(static_cast<UChar32>(c))) {
      if (!pending_space && !out.text.empty()) space_at = start;
      pending_space = !out.text.empty();
      continue;
    }
    if (pending_space) {
      out.text += ' ';
      out.origin.push_back(space_at);
      pending_space = false;
    }
    auto size = out.text.size();
    append_utf8(out.text, straight_quote(c));
    out.origin.insert(out.origin.end(), out.text.size() - size, start);
  }
  out.origin.push_back(text.size());
  return out;
}

char32_t code_point_at(std::string_view text, std::size_t pos) {
  return pos < text.size() ? next_code_point(text, pos) : 0;
}

char32_t code_point_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return 0;
  auto start = pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return next_code_point(text, start);
}

bool is_word_character(char32_t c) { return u_isalnum(static_cast<UChar32>(c)) != 0; }

bool on_word_boundaries(std::string_view text, std::size_t at, std::string_view quote) {
  bool starts_inside_word =
      is_word_character(code_point_at(quote, 0)) && is_word_character(code_point_before(text, at));
  bool ends_inside_word = is_word_character(code_point_before(quote, quote.size())) &&
                          is_word_character(code_point_at(text, at + quote.size()));
  return !starts_inside_word && !ends_inside_word;
}

std::vector<std::string_view> words(std::string_view folded) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0; start < folded.size();) {
    auto end = std::min(folded.find(' ', start), folded.size());
    out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

struct WordRun {
  std::size_t at;
  std::string_view text;
};

// The maximal runs of letters and digits. A quote starts and ends on word boundaries, so each
// of its runs is a whole run of the text where it occurs: a run's postings locate the quote.
std::vector<WordRun> word_runs(std::string_view text) {
  std::vector<WordRun> out;
  std::size_t run_start = std::string_view::npos;
  for (std::size_t pos = 0; pos < text.size();) {
    auto start = pos;
    bool inside = is_word_character(next_code_point(text, pos));
    if (inside && run_start == std::string_view::npos) run_start = start;
    if (!inside && run_start != std::string_view::npos) {
      out.push_back({run_start, text.substr(run_start, start - run_start)});
      run_start = std::string_view::npos;
    }
  }
  if (run_start != std::string_view::npos) out.push_back({run_start, text.substr(run_start)});
  return out;
}

int rank(const Sentence& sentence) {
  switch (sentence.zone) {
    case Zone::body:
      return 0;
    case Zone::caption:
      return 1;
    case Zone::sidebar:
      return 2;
  }
  return 2;
}

}  // namespace

std::string fold_for_comparison(std::string_view text) { return fold(nfc(text)).text; }

QuoteIndex::QuoteIndex(const Article& article) : article_(article) {
  for (const auto& sentence : article.sentences) {
    starts_.push_back(joined_.size());
    joined_ += fold(sentence.text).text + " ";
  }
  // Built after joined_ is complete: the keys are views into it.
  for (const auto& run : word_runs(joined_)) runs_[run.text].push_back(run.at);
  for (std::size_t i = 0; i < starts_.size(); ++i) {
    for (auto word : words(sentence_text(i))) {
      auto& sentences = words_[word];
      if (sentences.empty() || sentences.back() != i) sentences.push_back(std::uint32_t(i));
    }
  }
}

std::size_t QuoteIndex::sentence_at(std::size_t at) const {
  return std::size_t(std::upper_bound(starts_.begin(), starts_.end(), at) - starts_.begin() - 1);
}

// Where the quote occurs: within one sentence (the story's copy before a sidebar's), else the
// sentence a match running on into the next one starts in.
void QuoteIndex::find_in_text(std::string_view needle, QuoteSearch& found) const {
  std::string_view text = joined_;
  std::vector<std::size_t> all;  // a quote of no letters or digits: every place it occurs
  const std::vector<std::size_t>* places = &all;
  std::size_t offset = 0;  // of the located run in the needle
  auto runs = word_runs(needle);
  if (runs.empty()) {
    for (auto at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at + 1))
      all.push_back(at);
  } else {
    std::size_t fewest = SIZE_MAX;
    for (const auto& run : runs) {
      auto hit = runs_.find(run.text);
      if (hit == runs_.end()) return;  // a word the article does not have
      if (hit->second.size() < fewest) {
        fewest = hit->second.size();
        places = &hit->second;
        offset = run.at;
      }
    }
  }
  std::size_t last = SIZE_MAX, found_at = 0;
  for (auto place : *places) {
    if (place < offset) continue;
    auto at = place - offset;
    if (text.compare(at, needle.size(), needle) != 0 || !on_word_boundaries(text, at, needle))
      continue;
    auto i = sentence_at(at);
    if (at + needle.size() > starts_[i] + sentence_text(i).size()) {
      if (!found.runs_across) found.runs_across = &article_.sentences[i];
      continue;
    }
    // A caption or a sidebar may repeat a sentence of the story; the story's own copy is the
    // one quoted, and a caption's before a sidebar's.
    const Sentence& sentence = article_.sentences[i];
    if (i == last || (found.sentence && rank(*found.sentence) <= rank(sentence))) continue;
    last = i;
    found.sentence = &sentence;
    found_at = at - starts_[i];
    if (sentence.zone == Zone::body) break;
  }
  if (!found.sentence) return;
  found.runs_across = nullptr;
  auto origin = fold(found.sentence->text).origin;
  found.begin = origin[found_at];
  found.end = origin[found_at + needle.size()];
}

std::string_view QuoteIndex::sentence_text(std::size_t i) const {
  auto end = i + 1 < starts_.size() ? starts_[i + 1] - 1 : joined_.size() - 1;
  return std::string_view(joined_).substr(starts_[i], end - starts_[i]);
}

// The sentence sharing most of the quote's words, if it shares at least half, and the words
// of the quote it lacks. A sentence sharing half has one of the rarest words, those the others
// cannot make half without; the sentences having most of those are weighed in full. The work
// is capped, a hint being worth less than a bounded check: a quote of common words may get none.
void QuoteIndex::find_nearest(std::string_view needle, QuoteSearch& found) const {
  auto wanted = words(needle);
  std::unordered_map<std::string_view, std::size_t> weight;  // how often each word is wanted
  for (auto word : wanted) ++weight[word];
  static const std::vector<std::uint32_t> none;
  std::vector<std::pair<std::size_t, const std::vector<std::uint32_t>*>> rarest;
  for (const auto& [word, count] : weight) {
    auto hit = words_.find(word);
    rarest.emplace_back(count, hit == words_.end() ? &none : &hit->second);
  }
  std::sort(rarest.begin(), rarest.end(),
            [](const auto& a, const auto& b) { return a.second->size() < b.second->size(); });
  std::size_t needed = std::max<std::size_t>(1, (wanted.size() + 1) / 2), rest = wanted.size();
  std::vector<std::pair<std::uint32_t, std::size_t>> hits;  // sentence, weight of a rare word
  for (std::size_t k = 0; k < rarest.size() && rest >= needed; ++k) {
    rest -= rarest[k].first;
    if (hits.size() + rarest[k].second->size() > kNearestPostings) return;
    for (auto sentence : *rarest[k].second) hits.emplace_back(sentence, rarest[k].first);
  }
  // Each sentence with the weight of the rare words it has, most first, then in order.
  std::sort(hits.begin(), hits.end());
  std::vector<std::pair<std::size_t, std::uint32_t>> ranked;  // -weight, sentence
  for (std::size_t i = 0; i < hits.size();) {
    std::size_t j = i, sum = 0;
    for (; j < hits.size() && hits[j].first == hits[i].first; ++j) sum += hits[j].second;
    ranked.emplace_back(SIZE_MAX - sum, hits[i].first);
    i = j;
  }
  auto weighed = std::min(ranked.size(), kNearestCandidates);
  std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(weighed), ranked.end());
  std::size_t best_shared = 0, best = 0;
  for (std::size_t c = 0; c < weighed; ++c) {
    auto list = words(sentence_text(ranked[c].second));
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    std::size_t shared = 0;
    for (auto word : list) {
      auto hit = weight.find(word);
      if (hit != weight.end()) shared += hit->second;
    }
    if (shared > best_shared || (shared == best_shared && ranked[c].second < best)) {
      best_shared = shared;
      best = ranked[c].second;
    }
  }
  if (best_shared == 0 || best_shared * 2 < wanted.size()) return;
  found.nearest = &article_.sentences[best];
  auto list = words(sentence_text(best));
  std::sort(list.begin(), list.end());
  for (auto word : wanted)  // each once: a repeated word would hide the others
    if (!std::binary_search(list.begin(), list.end(), word) &&
        std::find(found.lacking.begin(), found.lacking.end(), word) == found.lacking.end())
      found.lacking.emplace_back(word);
}

QuoteSearch QuoteIndex::find(std::string_view quote) const {
  QuoteSearch found;
  auto needle = fold_for_comparison(quote);
  if (needle.empty()) return found;
  find_in_text(needle, found);
  if (!found.sentence && !found.runs_across) find_nearest(needle, found);
  return found;
}

}  // namespace briefing::data
