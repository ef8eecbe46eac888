#include "layout/hyphen_cache.hpp"

#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <system_error>

#include "base/cache.hpp"
#include "base/files.hpp"

namespace briefing::layout {

namespace {

// About 1.2 MB of file. A file that would grow past it starts again from one run's new words.
constexpr std::size_t kMaxWords = 50000;

// The pattern file as it is now: results computed from another version are not reused.
std::string dictionary_stamp() {
  std::filesystem::path dict = BRIEFING_HYPHEN_DICT;
  std::string stamp = file_stamp(dict);
  if (stamp.empty()) return {};
  return "briefing-hyphenation-3 " + dict.string() + " " + stamp;
}

// "agricultural\t2,5,7,9": lowercase ASCII letters, then increasing letter counts.
bool parse_line(std::string_view line, std::string& word, std::vector<std::uint8_t>& points) {
  auto tab = line.find('\t');
  if (tab == std::string_view::npos || tab == 0 || tab > 64) return false;
  word.assign(line.substr(0, tab));
  for (char c : word)
    if (c < 'a' || c > 'z') return false;
  points.clear();
  std::string_view rest = line.substr(tab + 1);
  while (!rest.empty()) {
    unsigned value = 0;
    auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), value);
    if (ec != std::errc() || value == 0 || value >= word.size()) return false;
    if (!points.empty() && value <= points.back()) return false;
    points.push_back(static_cast<std::uint8_t>(value));
    rest.remove_prefix(static_cast<std::size_t>(end - rest.data()));
    if (!rest.empty()) {
      if (rest.front() != ',') return false;
      rest.remove_prefix(1);
    }
  }
  return true;
}

void write_entry(std::string& out, std::string_view word, const std::vector<std::uint8_t>& points) {
  out += word;
  out += '\t';
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (i) out += ',';
    out += std::to_string(points[i]);
  }
  out += '\n';
}

// The second line of the file: how many words follow, and the CRC-32 of their lines.
std::string header(std::size_t count, std::string_view lines) {
  auto crc =
      crc32(0, reinterpret_cast<const Bytef*>(lines.data()), static_cast<uInt>(lines.size()));
  return "words " + std::to_string(count) + " crc32 " + std::to_string(crc);
}

std::string_view line_at(std::string_view lines, std::size_t start) {
  return lines.substr(start, lines.find('\n', start) - start);
}

std::string_view word_of(std::string_view line) { return line.substr(0, line.find('\t')); }

}  // namespace

HyphenCache::HyphenCache(std::filesystem::path file, std::string stamp)
    : file_(std::move(file)), stamp_(std::move(stamp)) {
  if (!file_.empty() && !stamp_.empty()) load();
}

HyphenCache& HyphenCache::shared() {
  static HyphenCache cache = [] {
    auto dir = cache_folder();
    return HyphenCache(dir.empty() ? dir : dir / "hyphenation.tsv", dictionary_stamp());
  }();
  return cache;
}

void HyphenCache::load() {
  auto bytes = read_file(file_);
  if (!bytes) return;
  std::istringstream in(std::move(*bytes));
  std::string stamp, counted;
  if (!in || !std::getline(in, stamp) || stamp != stamp_ || !std::getline(in, counted)) return;
  std::ostringstream rest;
  rest << in.rdbuf();
  std::string text = std::move(rest).str();
  std::size_t count = 0;
  if (std::sscanf(counted.c_str(), "words %zu", &count) != 1 || count > kMaxWords ||
      counted != header(count, text) || (!text.empty() && text.back() != '\n'))
    return;  // damaged: not trusted at all
  text_ = std::move(text);
  lines_ = text_;
  count_ = count;
}

bool HyphenCache::has_results() const { return count_ > 0; }

std::optional<std::vector<std::uint8_t>> HyphenCache::find(std::string_view word) const {
  // Binary search over bytes: a probe's line is the one its byte falls in.
  std::size_t low = 0, high = lines_.size();
  while (low < high) {
    std::size_t middle = low + (high - low) / 2;
    std::size_t start = lines_.rfind('\n', middle);
    start = (start == std::string_view::npos || start < low) ? low : start + 1;
    if (start >= high) start = low;
    std::string_view line = line_at(lines_, start);
    std::string_view key = word_of(line);
    if (key < word) {
      low = start + line.size() + 1;
    } else if (word < key) {
      high = start;
    } else {
      std::string stored;
      std::vector<std::uint8_t> points;
      if (!parse_line(line, stored, points)) return std::nullopt;
      return points;
    }
  }
  return std::nullopt;
}

void HyphenCache::add(const std::string& word, const std::vector<std::uint8_t>& points) {
  if (file_.empty() || stamp_.empty()) return;
  std::lock_guard lock(mutex_);
  if (added_.emplace(word, points).second) dirty_ = true;
}

void HyphenCache::save() {
  std::lock_guard lock(mutex_);
  if (!dirty_) return;
  dirty_ = false;
  // The stored lines and the new words, merged in order; a file that would be too long starts
  // again from the new words.
  std::string_view stored = count_ + added_.size() <= kMaxWords ? lines_ : std::string_view();
  std::string lines;
  std::size_t at = 0;
  for (const auto& [word, points] : added_) {
    while (at < stored.size() && word_of(line_at(stored, at)) < word) {
      std::size_t end = stored.find('\n', at) + 1;
      lines.append(stored.substr(at, end - at));
      at = end;
    }
    write_entry(lines, word, points);
  }
  lines.append(stored.substr(at));
  auto count = static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n'));
  replace_cache_file(file_, stamp_ + '\n' + header(count, lines) + '\n' + lines);
}

}  // namespace briefing::layout
