#include "layout/hyphen_cache.hpp"

#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace briefing::layout {

namespace {

constexpr std::size_t kMaxWords = 200000;  // beyond this the file is not worth reading

std::filesystem::path cache_dir() {
  if (const char* dir = std::getenv("BRIEFING_CACHE_DIR")) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
    return std::filesystem::path(xdg) / "briefing";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::filesystem::path(home) / ".cache" / "briefing";
  return {};
}

// The pattern file as it is now: results computed from another version are not reused.
std::string dictionary_stamp() {
  std::error_code ec;
  std::filesystem::path dict = BRIEFING_HYPHEN_DICT;
  auto size = std::filesystem::file_size(dict, ec);
  auto time = std::filesystem::last_write_time(dict, ec);
  if (ec) return {};
  return "briefing-hyphenation-1 " + dict.string() + " " + std::to_string(size) + " " +
         std::to_string(time.time_since_epoch().count());
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

void write_entry(std::ostream& out, const std::string& word,
                 const std::vector<std::uint8_t>& points) {
  out << word << '\t';
  for (std::size_t i = 0; i < points.size(); ++i) out << (i ? "," : "") << unsigned(points[i]);
  out << '\n';
}

}  // namespace

HyphenCache::HyphenCache(std::filesystem::path file, std::string stamp)
    : file_(std::move(file)), stamp_(std::move(stamp)) {
  if (!file_.empty() && !stamp_.empty()) load();
}

HyphenCache& HyphenCache::shared() {
  static HyphenCache cache = [] {
    auto dir = cache_dir();
    return HyphenCache(dir.empty() ? dir : dir / "hyphenation.tsv", dictionary_stamp());
  }();
  return cache;
}

void HyphenCache::load() {
  std::ifstream in(file_, std::ios::binary);
  std::string line;
  if (!in || !std::getline(in, line) || line != stamp_) return;
  std::string word;
  std::vector<std::uint8_t> points;
  while (std::getline(in, line) && stored_.size() < kMaxWords) {
    if (!parse_line(line, word, points)) {
      stored_.clear();  // a damaged file is not trusted at all
      return;
    }
    stored_.emplace(word, points);
  }
}

bool HyphenCache::has_results() const { return !stored_.empty(); }

const std::vector<std::uint8_t>* HyphenCache::find(const std::string& word) const {
  auto found = stored_.find(word);
  return found == stored_.end() ? nullptr : &found->second;
}

void HyphenCache::add(const std::string& word, const std::vector<std::uint8_t>& points) {
  if (file_.empty() || stamp_.empty()) return;
  std::lock_guard lock(mutex_);
  if (added_.emplace(word, points).second) dirty_ = true;
}

void HyphenCache::save() {
  std::lock_guard lock(mutex_);
  if (!dirty_ || stored_.size() + added_.size() > kMaxWords) return;
  dirty_ = false;
  std::error_code ec;
  std::filesystem::create_directories(file_.parent_path(), ec);
  auto temp = file_;
  temp += "." + std::to_string(::getpid()) + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << stamp_ << '\n';
    for (const auto& [word, points] : stored_) write_entry(out, word, points);
    for (const auto& [word, points] : added_)
      if (!stored_.count(word)) write_entry(out, word, points);
    if (!out.flush()) {
      std::filesystem::remove(temp, ec);
      return;
    }
  }
  std::filesystem::rename(temp, file_, ec);
  if (ec) std::filesystem::remove(temp, ec);
}

}  // namespace briefing::layout
