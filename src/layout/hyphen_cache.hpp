#pragma once
// Hyphenation results kept between runs. Loading libhyphen's patterns takes longer than laying out
// a short brief, and a brief is rebuilt many times with nearly the same words: a word's
// hyphenation points never change while the pattern file does not, so they are kept in a small
// file and the patterns are read only for words it lacks. Only a cache: a file that is missing,
// stale, damaged, unreadable or unwritable changes nothing but the time taken.
//
// The file collects the words of every brief built, so it is not parsed: its lines are sorted
// and a word is found by binary search in the bytes as read (a checksum in the header vouches
// for them). A run costs one read of the file and a few probes per distinct word.
#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
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
  // The points stored for a lowercase word, if it is stored (any thread).
  std::optional<std::vector<std::uint8_t>> find(std::string_view word) const;
  // Records a result computed in this run (any thread).
  void add(const std::string& word, const std::vector<std::uint8_t>& points);
  // Writes the file (through a temporary and a rename) if results were added since the last save.
  void save();

 private:
  void load();

  std::filesystem::path file_;
  std::string stamp_;
  std::string text_;        // the file as read; read-only after load
  std::string_view lines_;  // its sorted "word\tpoints\n" lines
  std::size_t count_ = 0;   // how many
  std::mutex mutex_;
  std::map<std::string, std::vector<std::uint8_t>> added_;
  bool dirty_ = false;
};

}  // namespace briefing::layout
