#pragma once
// Finding a fact's quote in its article. Both sides are compared after NFC, with every run of
// Unicode white space read as one space and typographic quotation marks and apostrophes read
// as straight ones; nothing else is forgiven (a changed digit, letter, dash or comma is a
// different quote). A quote must start and end on word boundaries: "50 billion" is not a quote
// of "250 billion".
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "data/data.hpp"

namespace briefing::data {

std::string fold_for_comparison(std::string_view text);

struct QuoteSearch {
  // The sentence holding the quote and the quote's bytes within its text, when one does.
  const Sentence* sentence = nullptr;
  std::size_t begin = 0, end = 0;
  // When no sentence holds it: the sentence it starts in if it runs on into the next one, else
  // the sentence sharing most of its words (if at least half), to point the reader at.
  const Sentence* runs_across = nullptr;
  const Sentence* nearest = nullptr;
  std::vector<std::string> lacking;  // words of the quote the nearest sentence lacks, each once
};

// An article's sentences folded once, with two indexes, so that finding a quote costs about the
// postings of its rarest word instead of a pass over the whole article (a facts file may cite a
// large article thousands of times). Keys point into the folded text: neither copied nor moved.
class QuoteIndex {
 public:
  explicit QuoteIndex(const Article& article);
  QuoteIndex(const QuoteIndex&) = delete;
  QuoteIndex& operator=(const QuoteIndex&) = delete;

  QuoteSearch find(std::string_view quote) const;

  // The nearest-sentence hint reads at most this many places of the quote's rarest words and
  // weighs at most this many sentences in full, so that each quote costs a bounded amount.
  static constexpr std::size_t kNearestPostings = 1 << 16;
  static constexpr std::size_t kNearestCandidates = 64;

 private:
  std::size_t sentence_at(std::size_t at) const;
  std::string_view sentence_text(std::size_t i) const;  // folded, without the space after it
  void find_in_text(std::string_view needle, QuoteSearch& found) const;
  void find_nearest(std::string_view needle, QuoteSearch& found) const;

  const Article& article_;
  std::string joined_;               // the folded sentences, each followed by one space
  std::vector<std::size_t> starts_;  // of each sentence in joined_
  // Each maximal run of letters and digits -> where it starts in joined_, in order.
  std::unordered_map<std::string_view, std::vector<std::size_t>> runs_;
  // Each space-separated word -> the sentences that have it, each once, in order.
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> words_;
};

// Each article's index, built the first time a claim cites it.
class QuoteIndexes {
 public:
  const QuoteIndex& of(const Article& article) {
    return indexes_.try_emplace(&article, article).first->second;
  }

 private:
  std::map<const Article*, QuoteIndex> indexes_;
};

}  // namespace briefing::data
