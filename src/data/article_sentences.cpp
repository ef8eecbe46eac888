// Sentence segmentation: ICU's sentence rules (UAX #29) over each line, then two corrections
// ICU cannot make without a dictionary of abbreviations: no sentence ends after "No.", "Dr.",
// "Dec." or "U.S.", and none starts with a lower-case letter.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "base/unicode.hpp"
#include "data/article_parts.hpp"

namespace briefing::data {

namespace {

constexpr std::string_view spaces = " \t\r\f\v";

// Abbreviations that are never the last word of a sentence in news text.
constexpr std::string_view abbreviations[] = {
    "No",   "Nos",    "Nr",   "Dr",  "Mr",    "Mrs",  "Ms",  "Prof", "St",  "Gen", "Col",
    "Lt",   "Sgt",    "Capt", "Rev", "Gov",   "Sen",  "Rep", "Jr",   "Sr",  "Mt",  "Ft",
    "vs",   "approx", "est",  "Jan", "Feb",   "Mar",  "Apr", "Jun",  "Jul", "Aug", "Sep",
    "Sept", "Oct",    "Nov",  "Dec", "Fig",   "Vol",  "Art", "para", "cf",  "e.g", "i.e",
    "U.S",  "U.K",    "U.N",  "E.U", "Assoc", "Dept", "Maj", "Brig", "Adm", "Pres"};

struct Segment {
  std::size_t begin = 0, end = 0;  // bytes in the line
};

// The word before the final full stop of `text`, with inner dots: "No", "U.S", "e.g".
std::string_view last_word(std::string_view text) {
  if (!text.ends_with('.')) return {};
  text.remove_suffix(1);
  std::size_t start = text.find_last_of(" \t(\"\u201C");
  return start == std::string_view::npos ? text : text.substr(start + 1);
}

bool ends_with_abbreviation(std::string_view text) {
  std::string_view word = last_word(text);
  if (word.empty()) return false;
  // An initial: "J." in "J. Smith".
  if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;
  for (std::string_view abbreviation : abbreviations)
    if (word == abbreviation) return true;
  return false;
}

bool starts_lower_case(std::string_view text) {
  // A segment can be empty (found by fuzzing: a line of nothing but a break).
  if (text.empty()) return false;
  std::size_t pos = 0;
  char32_t c = next_code_point(text, pos);
  return u_islower(UChar32(c));
}

std::vector<Segment> icu_segments(std::string_view line, icu::BreakIterator& breaker) {
  std::vector<Segment> segments;
  UErrorCode status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, line.data(), int64_t(line.size()), &status);
  breaker.setText(text, status);
  if (U_FAILURE(status)) {
    utext_close(text);
    return {{0, line.size()}};
  }
  int32_t start = breaker.first();
  for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE; end = breaker.next()) {
    segments.push_back({std::size_t(start), std::size_t(end)});
    start = end;
  }
  utext_close(text);
  return segments;
}

std::string_view trimmed(std::string_view line, Segment s, std::size_t& begin) {
  std::string_view text = line.substr(s.begin, s.end - s.begin);
  std::size_t first = text.find_first_not_of(spaces);
  if (first == std::string_view::npos) return {};
  begin = s.begin + first;
  return text.substr(first, text.find_last_not_of(spaces) - first + 1);
}

bool has_letter_or_digit(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();)
    if (u_isalnum(UChar32(next_code_point(text, pos)))) return true;
  return false;
}

// Where a credit after a dash starts at the end of a sentence ("... new era. — VNS"), else npos.
std::size_t trailing_credit(std::string_view text) {
  for (std::string_view dash : {" \u2014 ", " \u2013 ", " - "}) {
    std::size_t at = text.rfind(dash);
    if (at == std::string_view::npos || at == 0) continue;
    char before = text[at - 1];
    bool after_sentence =
        before == '.' || before == '!' || before == '?' || text.substr(0, at).ends_with("\u201D");
    std::string_view credit = text.substr(at + 1);
    std::size_t words = 0;
    for (std::size_t k = 0; k < credit.size(); ++k)
      if (credit[k] == ' ' && k + 1 < credit.size() && credit[k + 1] != ' ') ++words;
    if (after_sentence && words <= 3 && !credit.ends_with('.')) return at + 1;
  }
  return std::string_view::npos;
}

std::vector<Segment> corrected(std::string_view line, const std::vector<Segment>& segments) {
  std::vector<Segment> out;
  for (Segment s : segments) {
    if (!out.empty()) {
      std::size_t ignored = 0;
      std::string_view previous = trimmed(line, out.back(), ignored);
      std::string_view current = trimmed(line, s, ignored);
      // "./." closing Vietnamese agency copy belongs to the sentence before it.
      if (ends_with_abbreviation(previous) || starts_lower_case(current) ||
          !has_letter_or_digit(current)) {
        out.back().end = s.end;
        continue;
      }
    }
    out.push_back(s);
  }
  if (!out.empty()) {
    std::size_t begin = 0;
    std::string_view last = trimmed(line, out.back(), begin);
    if (std::size_t credit = trailing_credit(last); credit != std::string_view::npos) {
      Segment tail{begin + credit, out.back().end};
      out.back().end = begin + credit;
      out.push_back(tail);
    }
  }
  return out;
}

// "— VNS", "– Tran Thuong": a short credit after a dash ending a paragraph.
bool dash_byline(std::string_view text) {
  if (!text.starts_with("\u2014") && !text.starts_with("\u2013") && !text.starts_with("-"))
    return false;
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = c == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words <= 4 && !text.ends_with('.');
}

}  // namespace

std::vector<Sentence> split_sentences(const std::vector<Line>& lines, const std::string& path) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaker(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  std::vector<Sentence> sentences;
  for (const Line& line : lines) {
    if (line.blank()) continue;
    std::vector<Segment> segments = {{0, line.text.size()}};
    if (breaker && U_SUCCESS(status))
      segments = corrected(line.text, icu_segments(line.text, *breaker));
    for (Segment s : segments) {
      std::size_t begin = 0;
      std::string_view text = trimmed(line.text, s, begin);
      if (text.empty()) continue;
      Sentence sentence;
      sentence.text = nfc(text);
      sentence.offset = line.offset + begin;
      sentence.zone = dash_byline(text) ? Zone::sidebar : line.zone;
      sentence.where = {path, line.number, int(sentence.offset - line.start) + 1};
      sentences.push_back(std::move(sentence));
    }
  }
  return sentences;
}

}  // namespace briefing::data
