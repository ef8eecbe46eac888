#pragma once
// Finding a fact's quote in its article. Both sides are compared after NFC, with every run of
// Unicode white space read as one space and typographic quotation marks and apostrophes read
// as straight ones; nothing else is forgiven (a changed digit, letter, dash or comma is a
// different quote). A quote must start and end on word boundaries: "50 billion" is not a quote
// of "250 billion".
#include <cstddef>
#include <string>
#include <string_view>
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
  std::vector<std::string> lacking;  // words of the quote the nearest sentence does not have
};

QuoteSearch find_quote(const Article& article, std::string_view quote);

}  // namespace briefing::data
