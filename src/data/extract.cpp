#include <algorithm>

#include "base/unicode.hpp"
#include "data/data.hpp"
#include "data/extract_subject.hpp"

namespace briefing::data {

namespace {

// Maps offsets in a sentence's NFC text back to the file's bytes. The candidates come in order,
// so the walk goes forward once per sentence; NFC never joins a character with one before an
// ASCII character, so the text up to the last one is normalised once, and only the run after it
// again at each step.
class RawOffsets {
 public:
  RawOffsets(std::string_view raw, std::string_view normal)
      : raw_(raw), same_(raw.substr(0, normal.size()) == normal) {}

  std::size_t operator()(std::size_t nfc_offset) {
    if (same_) return nfc_offset;
    if (nfc_offset < target_) pos_ = anchor_ = anchor_size_ = 0;
    target_ = nfc_offset;
    while (pos_ < raw_.size()) {
      std::size_t size = anchor_size_ + nfc(raw_.substr(anchor_, pos_ - anchor_)).size();
      if (size >= nfc_offset) return pos_;
      if (static_cast<unsigned char>(raw_[pos_]) < 0x80) {
        anchor_ = pos_;
        anchor_size_ = size;
      }
      next_code_point(raw_, pos_);
    }
    return raw_.size();
  }

 private:
  std::string_view raw_;
  bool same_;
  std::size_t pos_ = 0, anchor_ = 0, anchor_size_ = 0, target_ = 0;
};

// A sentence longer than this is quoted in part: the words around the figure. Each candidate
// holds its own quote, so whole quotes of a long sentence with many figures would take memory
// and output quadratic in its length; a reviewer still reads the figure in context, and the
// part is a quote `check` accepts (it starts and ends on word boundaries within the sentence).
constexpr std::size_t kLongestQuote = 1000;
constexpr std::size_t kContext = 300;

bool ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string quote_around(std::string_view sentence, std::size_t begin, std::size_t end) {
  if (sentence.size() <= kLongestQuote) return std::string(sentence);
  std::size_t from = begin > kContext ? begin - kContext : 0;
  std::size_t to = std::min(sentence.size(), end + kContext);
  // Inwards to word boundaries (bounded by the context, however long a word is).
  if (from > 0) {
    while (from < begin && !ascii_space(sentence[from - 1])) ++from;
    while (from < begin && ascii_space(sentence[from])) ++from;
  }
  if (to < sentence.size()) {
    while (to > end && !ascii_space(sentence[to])) --to;
    while (to > end && ascii_space(sentence[to - 1])) --to;
  }
  return std::string(sentence.substr(from, to - from));
}

}  // namespace

std::vector<Candidate> extract(const Article& article) {
  std::vector<Candidate> candidates;
  for (const Sentence& sentence : article.sentences) {
    auto quantities = find_quantities(sentence.text, article.date);
    auto subjects = subjects_of(sentence.text, quantities);
    RawOffsets raw_offset(std::string_view(article.text).substr(sentence.offset), sentence.text);
    for (std::size_t k = 0; k < quantities.size(); ++k) {
      const Quantity& q = quantities[k];
      Candidate c;
      c.file = article.path;
      c.offset = sentence.offset + raw_offset(q.offset);
      c.subject = std::move(subjects[k]);
      c.quote = quote_around(sentence.text, q.offset, q.offset + q.as_written.size());
      c.zone = sentence.zone;
      c.quantity = std::move(quantities[k]);
      candidates.push_back(std::move(c));
    }
  }
  return candidates;
}

}  // namespace briefing::data
