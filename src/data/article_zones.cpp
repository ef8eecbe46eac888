// Zones of scraped news pages. Captions: photo credits "(Photo: VNA)", image file names and the
// line after them, "Illustrative image", gallery counters "Item 1 of 4", a line repeated just
// after itself (alt text and caption). Sidebar: everything from a "See more" line on, section
// labels above the headline ("Making news"), agency and author bylines at the end ("VNA",
// "Tran Thuong"), credit lines in parentheses at the end.
#include <cctype>

#include "data/article_parts.hpp"

namespace briefing::data {

namespace {

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

bool ends_sentence(std::string_view s) {
  return s.ends_with('.') || s.ends_with('!') || s.ends_with('?') || s.ends_with(':') ||
         s.ends_with(';') || s.ends_with(',') || s.ends_with("\u201D");
}

bool sidebar_marker(std::string_view line) {
  std::string text = lower_ascii(trim(line));
  while (!text.empty() && (text.back() == ':' || text.back() == '.')) text.pop_back();
  for (std::string_view marker :
       {"see more", "read more", "related news", "related articles", "related stories", "related",
        "more news", "more stories", "you may also like", "also read", "most read", "latest news",
        "recommended"})
    if (text == marker) return true;
  return false;
}

bool image_file_name(std::string_view line) {
  std::string text = lower_ascii(trim(line));
  if (text.empty() || text.find(' ') != std::string::npos) return false;
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff"})
    if (text.ends_with(ext) && text.size() > ext.size()) return true;
  return false;
}

bool photo_credit(std::string_view line) {
  std::string text = lower_ascii(trim(line));
  if (!text.ends_with(')')) return false;
  std::size_t open = text.rfind('(');
  if (open == std::string::npos) return false;
  std::string_view credit = std::string_view(text).substr(open + 1);
  for (std::string_view word : {"photo", "image", "illustration", "graphic", "video", "file photo"})
    if (credit.starts_with(word)) return true;
  return false;
}

bool caption_opening(std::string_view line) {
  std::string text = lower_ascii(trim(line));
  for (std::string_view opening : {"illustrative image", "illustrative photo", "illustration photo",
                                   "file photo", "photo:", "photos:", "image:"})
    if (text.starts_with(opening)) return true;
  return false;
}

// "Item 1 of 4", "Photo 2 of 10".
bool gallery_counter(std::string_view line) {
  std::string text = lower_ascii(trim(line));
  std::size_t of = text.find(" of ");
  if (of == std::string::npos || word_count(text) != 4) return false;
  for (std::string_view word : {"item ", "photo ", "image ", "slide "})
    if (text.starts_with(word)) return has_digit(text);
  return false;
}

// An all-capital agency name on its own line: "VNA", "AFP".
bool agency_line(std::string_view line) {
  std::string_view text = trim(line);
  if (text.size() < 2 || text.size() > 8) return false;
  for (char c : text)
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  return true;
}

bool byline(std::string_view line) {
  std::string_view text = trim(line);
  if (text.starts_with('(') && text.ends_with(')')) return true;
  return word_count(text) <= 4 && !has_digit(text) && !ends_sentence(text);
}

bool reads_as_headline(std::string_view line) {
  std::string_view text = trim(line);
  return !ends_sentence(text) && word_count(text) <= 25;
}

std::vector<std::size_t> text_lines(const std::vector<Line>& lines) {
  std::vector<std::size_t> indexes;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].blank()) indexes.push_back(i);
  return indexes;
}

void tag_captions(std::vector<Line>& lines, const std::vector<std::size_t>& text) {
  for (std::size_t k = 0; k < text.size(); ++k) {
    Line& line = lines[text[k]];
    bool after_file = k > 0 && image_file_name(lines[text[k - 1]].text);
    bool repeated = (k > 0 && trim(lines[text[k - 1]].text) == trim(line.text)) ||
                    (k + 1 < text.size() && trim(lines[text[k + 1]].text) == trim(line.text));
    if (image_file_name(line.text) || photo_credit(line.text) || caption_opening(line.text) ||
        gallery_counter(line.text) || after_file || repeated)
      line.zone = Zone::caption;
  }
}

// Section labels above the headline: short lines followed by another headline-like line.
void tag_labels(std::vector<Line>& lines, const std::vector<std::size_t>& text) {
  for (std::size_t k = 0; k + 1 < text.size(); ++k) {
    Line& line = lines[text[k]];
    if (line.zone != Zone::body) continue;
    bool label = word_count(trim(line.text)) <= 3 && reads_as_headline(line.text) &&
                 reads_as_headline(lines[text[k + 1]].text) &&
                 word_count(trim(lines[text[k + 1]].text)) > 3;
    if (!label) return;
    line.zone = Zone::sidebar;
  }
}

// Bylines and credits closing the article (before a sidebar marker, or at the very end).
void tag_bylines(std::vector<Line>& lines, const std::vector<std::size_t>& text, std::size_t end) {
  for (std::size_t k = end; k-- > 0;) {
    Line& line = lines[text[k]];
    if (line.zone == Zone::caption) continue;
    if (!byline(line.text)) return;
    line.zone = Zone::sidebar;
  }
}

}  // namespace

void tag_zones(std::vector<Line>& lines) {
  auto text = text_lines(lines);
  tag_captions(lines, text);
  std::size_t marker = text.size();
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (sidebar_marker(lines[text[k]].text)) {
      marker = k;
      break;
    }
  }
  for (std::size_t k = marker; k < text.size(); ++k) lines[text[k]].zone = Zone::sidebar;
  tag_labels(lines, text);
  tag_bylines(lines, text, marker);
  for (std::size_t k = 0; k < marker; ++k)
    if (agency_line(lines[text[k]].text)) lines[text[k]].zone = Zone::sidebar;
}

}  // namespace briefing::data
