// Lines, page metadata, the article's date and its headline.
#include "base/unicode.hpp"
#include "data/article_parts.hpp"

namespace briefing::data {

namespace {

constexpr std::string_view spaces = " \t\r\f\v";
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// The words that introduce page metadata before the text.
constexpr std::string_view metadata_words[] = {"date", "updated", "published", "posted",
                                               "last updated"};

// A day with its year: "30 December 2025", not "December 30" nor "December 2025".
bool full_date(const Quantity& q) {
  return q.kind == Kind::date && q.period && q.period->year_known() &&
         q.period->from().unit == Period::Unit::day && !q.period->is_range();
}

// A full date with its year, read at the very start of `text`: the date and its length.
std::optional<std::pair<std::string, std::size_t>> leading_date(std::string_view text) {
  for (const Quantity& q : find_quantities(text, "")) {
    if (q.offset != 0) break;
    if (full_date(q)) return std::pair{q.period->iso(), q.as_written.size()};
    break;
  }
  return std::nullopt;
}

}  // namespace

std::string_view trim(std::string_view text) {
  std::size_t first = text.find_first_not_of(spaces);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(spaces) - first + 1);
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

std::size_t word_count(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    bool space = spaces.find(c) != std::string_view::npos;
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = text.starts_with(byte_order_mark) ? byte_order_mark.size() : 0;
  int number = 1;
  // Lines end at LF, CRLF or a CR alone (old Mac files).
  while (start <= text.size()) {
    std::size_t end = text.find_first_of("\r\n", start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(Line{start, start, text.substr(start, end - start), number++});
    if (end == text.size()) break;
    start = end + (text.substr(end, 2) == "\r\n" ? 2 : 1);
  }
  return lines;
}

std::string cut_metadata(std::vector<Line>& lines) {
  int seen = 0;
  for (Line& line : lines) {
    if (line.blank()) continue;
    // Metadata sits above or just under the headline.
    if (++seen > 3) break;
    std::size_t lead = line.text.find_first_not_of(spaces);
    std::string head = lower_ascii(line.text.substr(lead, 16));
    for (std::string_view word : metadata_words) {
      if (!head.starts_with(word)) continue;
      std::size_t at = line.text.find_first_not_of(" :\t", lead + word.size());
      if (at == std::string_view::npos || at == lead + word.size()) continue;
      auto date = leading_date(line.text.substr(at));
      if (!date) continue;
      std::size_t cut = line.text.find_first_not_of(spaces, at + date->second);
      if (cut == std::string_view::npos) cut = line.text.size();
      line.offset += cut;
      line.text.remove_prefix(cut);
      return date->first;
    }
  }
  return "";
}

std::string date_near_top(const std::vector<Line>& lines) {
  int seen = 0;
  for (const Line& line : lines) {
    if (line.blank() || line.zone != Zone::body) continue;
    if (++seen > 3) break;
    for (const Quantity& q : find_quantities(line.text, ""))
      if (full_date(q)) return q.period->iso();
  }
  return "";
}

std::string find_headline(const std::vector<Line>& lines) {
  for (const Line& line : lines) {
    if (line.blank() || line.zone != Zone::body) continue;
    std::string_view text = trim(line.text);
    bool sentence_end = text.ends_with('.') || text.ends_with('!') || text.ends_with('?');
    if (sentence_end || word_count(text) > 25) return "";
    return nfc(text);
  }
  return "";
}

}  // namespace briefing::data
