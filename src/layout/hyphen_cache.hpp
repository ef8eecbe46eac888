#pragma once
// Hyphenation results kept between runs. Loading libhyphen's patterns takes longer than laying out
// a short brief, and a brief is rebuilt many times with nearly the same words: a word's
// hyphenation points never change while the pattern file does not, so they are kept in a small
// file and the patterns are read only for words it lacks. Only a cache: a file that is missing,
// stale, unreadable or unwritable changes nothing but the time taken.
#include <cstdint>
#include <filesystem>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace briefing::layout {

class HyphenCache {
 public:
  // `file` is where results live; `stamp` names what they were computed from (pattern file, its
  // size and time, format): a file with another stamp is ignored and replaced.
  HyphenCache(std::filesystem::path file, std::string stamp);

  // The process's cache: in $BRIEFING_CACHE_DIR (empty: none), else $XDG_CACHE_HOME/briefing,
  // else ~/.cache/briefing.
  static HyphenCache& shared();

  bool has_results() const;
  // The points stored for a lowercase word, or nullptr.
  const std::vector<std::uint8_t>* find(const std::string& word) const;
  // Records a result computed in this run (any thread).
  void add(const std::string& word, const std::vector<std::uint8_t>& points);
  // Writes the file (through a temporary and a rename) if results were added since the last save.
  void save();

 private:
  void load();

  std::filesystem::path file_;
  std::string stamp_;
  std::unordered_map<std::string, std::vector<std::uint8_t>> stored_;  // read-only after load
  std::mutex mutex_;
  std::unordered_map<std::string, std::vector<std::uint8_t>> added_;
  bool dirty_ = false;
};

}  // namespace briefing::layout
