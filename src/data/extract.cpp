#include "base/unicode.hpp"
#include "data/data.hpp"
#include "data/extract_subject.hpp"

namespace briefing::data {

namespace {

// Byte offset in the file's own bytes of `nfc_offset` in the sentence's NFC text: the same
// number unless normalisation changed the bytes before it.
std::size_t raw_offset(std::string_view raw, std::string_view normal, std::size_t nfc_offset) {
  if (raw.substr(0, normal.size()) == normal) return nfc_offset;
  for (std::size_t pos = 0; pos < raw.size();) {
    if (nfc(raw.substr(0, pos)).size() >= nfc_offset) return pos;
    next_code_point(raw, pos);
  }
  return raw.size();
}

}  // namespace

std::vector<Candidate> extract(const Article& article) {
  std::vector<Candidate> candidates;
  for (const Sentence& sentence : article.sentences) {
    auto quantities = find_quantities(sentence.text, article.date);
    std::string_view raw = std::string_view(article.text).substr(sentence.offset);
    for (std::size_t k = 0; k < quantities.size(); ++k) {
      Candidate c;
      c.file = article.path;
      c.offset = sentence.offset + raw_offset(raw, sentence.text, quantities[k].offset);
      c.subject = subject_of(sentence.text, quantities, k);
      c.quote = sentence.text;
      c.zone = sentence.zone;
      c.quantity = std::move(quantities[k]);
      candidates.push_back(std::move(c));
    }
  }
  return candidates;
}

}  // namespace briefing::data
