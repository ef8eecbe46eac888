#include "layout/hyphenate.hpp"

#include <hyphen.h>
#include <unicode/uchar.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>

#include "base/parallel.hpp"
#include "base/unicode.hpp"
#include "layout/hyphen_cache.hpp"
#include "layout/layout.hpp"

namespace briefing::layout {
namespace {

constexpr std::size_t kMinLetters = 6;
constexpr std::size_t kMaxLetters = 64;  // longer "words" are codes or URLs, not English
constexpr std::size_t kLeftMin = 2;
constexpr std::size_t kRightMin = 3;

struct DictionaryFree {
  void operator()(HyphenDict* dictionary) const { hnj_hyphen_free(dictionary); }
};
using Dictionary = std::unique_ptr<HyphenDict, DictionaryFree>;

// Loading the patterns costs more than laying out a short brief, so it starts on a thread of its
// own as a build starts when no cached results are at hand (see preload_hyphenation), and is
// shared: hnj_hyphen_hyphenate2 only reads it. It lives as long as the process and is freed at
// exit, also when a failing build never asked for it (LeakSanitizer would report it).
Beside<Dictionary>& dictionary_loading() {
  static Beside loading([] { return Dictionary(hnj_hyphen_load(BRIEFING_HYPHEN_DICT)); });
  return loading;
}

// The first caller waits for the load; the others wait for that first caller.
const HyphenDict* dictionary() {
  static const Dictionary loaded = dictionary_loading().get();
  return loaded.get();
}

bool hyphenatable(std::u32string_view word) {
  if (word.size() < kMinLetters || word.size() > kMaxLetters) return false;
  bool has_lower = false;
  for (char32_t c : word) {
    // ASCII letters only: English patterns would split Vietnamese syllables ("Phư-ơng"), and
    // a Vietnamese word is never hyphenated.
    if (c > 0x7F || !u_isalpha(c)) return false;
    has_lower = has_lower || u_islower(c);
  }
  return has_lower;  // capitals only: an acronym
}

// Frees what hnj_hyphen_hyphenate2 allocates for non-standard (replacement) hyphenation.
void free_replacements(char** rep, int* pos, int* cut, std::size_t size) {
  if (rep) {
    for (std::size_t i = 0; i < size; ++i) std::free(rep[i]);
  }
  std::free(rep);
  std::free(pos);
  std::free(cut);
}

class Hyphenator {
 public:
  const std::vector<std::uint8_t>& points(std::u32string_view word) {
    static const std::vector<std::uint8_t> none;
    if (!hyphenatable(word)) return none;
    key_.clear();
    for (char32_t c : word) append_utf8(key_, u_tolower(c));
    auto found = cache_.find(key_);
    if (found != cache_.end()) return found->second;
    if (auto stored = HyphenCache::shared().find(key_))
      return cache_.emplace(key_, std::move(*stored)).first->second;
    if (!dictionary_) dictionary_ = dictionary();
    if (!dictionary_) return none;
    auto result = compute(word.size());
    HyphenCache::shared().add(key_, result);
    return cache_.emplace(key_, std::move(result)).first->second;
  }

 private:
  // libhyphen marks odd values per byte of the UTF-8 key; only marks on a character's last byte
  // are between letters.
  std::vector<std::uint8_t> compute(std::size_t letters) {
    marks_.assign(key_.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    // libhyphen's API takes a non-const dictionary but does not write to it.
    hnj_hyphen_hyphenate2(const_cast<HyphenDict*>(dictionary_), key_.data(),
                          static_cast<int>(key_.size()), marks_.data(), nullptr, &rep, &pos, &cut);
    free_replacements(rep, pos, cut, key_.size());
    std::vector<std::uint8_t> result;
    std::size_t byte = 0;
    for (std::size_t k = 1; k + kRightMin <= letters; ++k) {
      next_code_point(key_, byte);
      if (k >= kLeftMin && (marks_[byte - 1] & 1)) result.push_back(static_cast<std::uint8_t>(k));
    }
    return result;
  }

  const HyphenDict* dictionary_ = nullptr;  // read on the first word no cache knows
  std::unordered_map<std::string, std::vector<std::uint8_t>> cache_;
  std::string key_;
  std::vector<char> marks_;
};

}  // namespace

void preload_hyphenation() {
  if (!HyphenCache::shared().has_results()) dictionary_loading();
}

void save_hyphenation() { HyphenCache::shared().save(); }

const std::vector<std::uint8_t>& hyphenation_points(std::u32string_view word) {
  // One per thread: the cache and scratch buffers are mutable (`briefing batch` lays out briefs
  // in parallel); the dictionary is shared.
  thread_local Hyphenator english;
  return english.points(word);
}

}  // namespace briefing::layout
