#pragma once
// Internal to the data stage: the steps of read_article (article.cpp).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "data/data.hpp"

namespace briefing::data {

struct Line {
  std::size_t start = 0;   // byte offset of the line in the file
  std::size_t offset = 0;  // byte offset of `text` in the file
  std::string_view text;   // without the line break; metadata prefixes cut off
  int number = 1;          // 1-based
  Zone zone = Zone::body;
  bool blank() const { return text.find_first_not_of(" \t\r\f\v") == std::string_view::npos; }
};

std::vector<Line> split_lines(std::string_view text);

// Small text helpers shared by the steps.
std::string_view trim(std::string_view text);
std::string lower_ascii(std::string_view text);
std::size_t word_count(std::string_view text);

// Cuts page metadata written before the text ("date 2025-12-30 HÀ NỘI — ...", "Updated:
// 28/12/2024") off the first lines and returns the date it gives (ISO), or "".
std::string cut_metadata(std::vector<Line>& lines);

// The first full date (day, month and year) in the first lines of text: a dateline
// ("HANOI, March 3, 2025 (Reuters) -") or a date line under the headline. "" if none.
std::string date_near_top(const std::vector<Line>& lines);

// Tags captions and sidebars (see article_zones.cpp).
void tag_zones(std::vector<Line>& lines);

// The first body line when it reads as a headline (no full stop at its end), else "".
std::string find_headline(const std::vector<Line>& lines);

// Sentences of every non-blank line, NFC; a sentence inherits its line's zone, except bylines
// such as "— VNS" at the end of a paragraph, which are sidebar.
std::vector<Sentence> split_sentences(const std::vector<Line>& lines, const std::string& path);

}  // namespace briefing::data
