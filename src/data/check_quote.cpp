#include "data/check_quote.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <set>
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

std::size_t find_on_word_boundaries(std::string_view text, std::string_view quote) {
  for (auto at = text.find(quote); at != std::string_view::npos; at = text.find(quote, at + 1))
    if (on_word_boundaries(text, at, quote)) return at;
  return std::string_view::npos;
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

// The sentence sharing most of the quote's words, if it shares at least half, and the words
// of the quote it lacks.
void find_nearest(const std::vector<Sentence>& sentences, const std::vector<std::string>& folded,
                  std::string_view quote, QuoteSearch& found) {
  auto wanted = words(quote);
  std::size_t best = sentences.size(), best_shared = 0;
  std::set<std::string_view> best_words;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    auto list = words(folded[i]);
    std::set<std::string_view> present(list.begin(), list.end());
    auto shared = static_cast<std::size_t>(std::count_if(
        wanted.begin(), wanted.end(), [&](std::string_view w) { return present.count(w) > 0; }));
    if (shared > best_shared) {
      best = i;
      best_shared = shared;
      best_words = std::move(present);
    }
  }
  if (best == sentences.size() || best_shared * 2 < wanted.size()) return;
  found.nearest = &sentences[best];
  for (auto word : wanted)
    if (best_words.count(word) == 0) found.lacking.emplace_back(word);
}

}  // namespace

std::string fold_for_comparison(std::string_view text) { return fold(nfc(text)).text; }

QuoteSearch find_quote(const Article& article, std::string_view quote) {
  QuoteSearch found;
  auto needle = fold_for_comparison(quote);
  if (needle.empty()) return found;
  std::vector<std::string> folded;
  std::string joined;
  std::vector<std::size_t> starts;  // of each sentence in `joined`
  for (const auto& sentence : article.sentences) {
    auto text = fold(sentence.text);
    auto at = find_on_word_boundaries(text.text, needle);
    // A sidebar may repeat a sentence of the story; the story's own copy is the one quoted.
    if (at != std::string::npos && (!found.sentence || found.sentence->zone == Zone::sidebar)) {
      found.sentence = &sentence;
      found.begin = text.origin[at];
      found.end = text.origin[at + needle.size()];
    }
    starts.push_back(joined.size());
    joined += text.text + " ";
    folded.push_back(std::move(text.text));
  }
  if (found.sentence) return found;
  auto at = find_on_word_boundaries(joined, needle);
  if (at != std::string::npos) {
    auto index = std::upper_bound(starts.begin(), starts.end(), at) - starts.begin() - 1;
    found.runs_across = &article.sentences[static_cast<std::size_t>(index)];
    return found;
  }
  find_nearest(article.sentences, folded, needle, found);
  return found;
}

}  // namespace briefing::data
