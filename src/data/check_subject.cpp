// The subject check: a fact's label must be about what its quoted sentence counts. The label
// shares a content word with the sentence; and when the sentence states several figures, the
// clause of the cited figure is the one the label's words are in. Words are compared lower-cased,
// without diacritics ("Việt Nam" as "viet nam") and with English plural and verb endings cut.
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "data/check_claims.hpp"
#include "data/extract_subject.hpp"

namespace briefing::data {

namespace {

using Words = std::set<std::string>;

// Lower case, no diacritics, đ as d.
std::string fold(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const auto* nfd = icu::Normalizer2::getNFDInstance(status);
  auto decomposed = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size()));
  if (U_SUCCESS(status)) decomposed = nfd->normalize(decomposed, status);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0) continue;
    c = u_tolower(c);
    bare.append(c == 0x0111 ? UChar32('d') : c);
  }
  std::string out;
  bare.toUTF8String(out);
  return out;
}

bool stop_word(std::string_view word) {
  static const std::set<std::string_view> words = {
      "a",    "an",    "and",    "are",    "as",     "at",   "be",   "been",  "between", "both",
      "by",   "for",   "from",   "had",    "has",    "have", "in",   "into",  "is",      "it",
      "its",  "of",    "on",     "or",     "over",   "per",  "than", "that",  "the",     "their",
      "them", "these", "this",   "those",  "to",     "was",  "were", "which", "while",   "who",
      "will", "with",  "year",   "years",  "during", "more", "most", "over",  "under",   "up",
      "down", "about", "around", "nearly", "almost", "some", "all",  "each",  "other",   "s"};
  return words.count(word) > 0;
}

std::string stem(std::string word) {
  auto cut = [&](std::string_view suffix, std::size_t keep, std::string_view with = "") {
    if (word.size() < suffix.size() + keep || !word.ends_with(suffix)) return false;
    word.resize(word.size() - suffix.size());
    word += with;
    return true;
  };
  cut("'s", 1) || cut("\u2019s", 1);
  cut("ies", 3, "y") || cut("ing", 3) || cut("ed", 3) || cut("es", 3) ||
      (!word.ends_with("ss") && cut("s", 3));
  return word;
}

// Its content words: letters and digits, split at everything else but apostrophes and hyphens
// inside a word ("test-takers" is "test" and "taker").
Words content_words(std::string_view text) {
  Words words;
  std::string folded = fold(text), word;
  auto flush = [&] {
    if (!word.empty() && !stop_word(word)) words.insert(stem(word));
    word.clear();
  };
  for (std::size_t i = 0; i < folded.size(); ++i) {
    auto c = static_cast<unsigned char>(folded[i]);
    bool letter = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    if (letter || (c == '\'' && !word.empty()))
      word += folded[i];
    else
      flush();
  }
  flush();
  return words;
}

bool share(const Words& a, const Words& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& w) { return b.count(w) > 0; });
}

// Where a sentence's clauses begin: at ";", ", while", ", and", ", with", ", accounting for",
// ", including", " with " and " while ".
std::vector<std::size_t> clause_starts(std::string_view sentence) {
  static constexpr std::string_view marks[] = {
      ";",      ", while ", ", and ", ", with ", ", accounting for ", ", including ",
      " with ", " while "};
  std::vector<std::size_t> starts{0};
  for (auto mark : marks)
    for (auto at = sentence.find(mark); at != std::string_view::npos;
         at = sentence.find(mark, at + 1))
      starts.push_back(at + 1);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

std::size_t clause_of(const std::vector<std::size_t>& starts, std::size_t offset) {
  return std::size_t(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) - 1;
}

bool is_figure(const Quantity& q) { return q.kind != Kind::date && q.kind != Kind::ordinal; }

}  // namespace

bool check_subject(const Claim& claim, std::string_view sentence,
                   const std::vector<Quantity>& quoted, const Quantity& cited, Diagnostics& diags) {
  Words label = content_words(claim.label);
  if (!share(label, content_words(sentence))) {
    diags.error(claim.where, claim.name + ": its label '" + claim.label +
                                 "' shares no word with the sentence it quotes, so the "
                                 "sentence is not about it (relabel the fact with what the "
                                 "sentence counts, or quote the sentence that states it)");
    return false;
  }
  auto figures = std::count_if(quoted.begin(), quoted.end(), is_figure);
  if (figures < 2) return true;
  auto starts = clause_starts(sentence);
  auto clause_text = [&](std::size_t k) {
    auto end = k + 1 < starts.size() ? starts[k + 1] : sentence.size();
    return sentence.substr(starts[k], end - starts[k]);
  };
  std::size_t own = clause_of(starts, cited.offset);
  if (share(label, content_words(clause_text(own)))) return true;
  // A clause may leave its subject to an earlier one ("…, and USD 250 billion in 2025"): the
  // extractor's subject phrase of the figure names it.
  auto subjects = subjects_of(sentence, quoted);
  for (std::size_t i = 0; i < quoted.size() && i < subjects.size(); ++i)
    if (quoted[i].offset == cited.offset && share(label, content_words(subjects[i]))) return true;
  for (const auto& other : quoted) {
    if (!is_figure(other) || other.offset == cited.offset) continue;
    std::size_t k = clause_of(starts, other.offset);
    if (k != own && share(label, content_words(clause_text(k)))) {
      diags.error(claim.where, claim.name + ": its label '" + claim.label +
                                   "' names what the clause of " + other.as_written +
                                   " is about, not the clause of " + cited.as_written + " (\u201C" +
                                   std::string(clause_text(k)) +
                                   "\u201D); the fact cites the sentence's other figure");
      return false;
    }
  }
  diags.warn(claim.where, claim.name + ": the sentence states " + std::to_string(figures) +
                              " figures and the label's words are not in the clause of " +
                              cited.as_written + ": \u201C" + std::string(sentence) +
                              "\u201D (say in the label what this figure counts)");
  return true;
}

}  // namespace briefing::data
