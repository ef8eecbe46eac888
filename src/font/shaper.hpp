#pragma once
// One face's shaped words. A document repeats its words thousands of times and a brief is
// rebuilt many times with the same words, while HarfBuzz spends about half a microsecond per glyph
// on a large font's kerning and mark tables. So each (text, features, direction) is shaped once
// per run, and the words a run shaped are kept between runs in the cache folder (one file per
// face, a hash table searched where it lies), keyed by the font file and the HarfBuzz library
// file: a run that finds all its words never loads HarfBuzz, and the glyphs are the same bytes
// either way.
#include <hb.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/files.hpp"
#include "base/page.hpp"
#include "font/font.hpp"

namespace briefing::font {

class Shaper {
 public:
  // Face `index` of the file at `path`, with the words earlier runs kept in `folder` (empty:
  // none kept).
  Shaper(std::string path, unsigned index, const std::filesystem::path& folder);
  ~Shaper();
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  // Safe from several threads: HarfBuzz fonts are immutable once made. Empty, with failure()
  // saying why, when HarfBuzz cannot be loaded or cannot read the face.
  // The glyphs stay where they are for the shaper's life.
  std::span<const PlacedGlyph> shape(std::string_view text, std::span<const Feature> features,
                                     Direction direction) const;
  std::string failure() const;
  // Writes the kept words when this run shaped new ones.
  void keep() const;
  // Where the words are kept and the header such a file starts with (tests/fuzz/fuzz_shapes.cpp
  // writes one); empty when none are kept.
  const std::filesystem::path& kept_file() const { return file_; }
  std::string kept_header() const;

 private:
  struct HarfBuzzFont;
  const HarfBuzzFont* font() const;  // opened on the first word not kept
  std::optional<std::span<const PlacedGlyph>> find_kept(std::string_view key) const;

  std::string path_;
  unsigned index_;
  std::filesystem::path file_;  // where the words are kept; empty for nowhere
  std::string key_;             // what they are kept for
  mutable std::mutex mutex_;
  std::unique_ptr<MappedFile> kept_;  // the words earlier runs kept, where they lie
  std::string_view table_;            // its hash table (see shaper.cpp), empty for none
  struct FreeStates {
    void operator()(std::uint8_t* states) const;
  };
  std::unique_ptr<std::uint8_t[], FreeStates> slot_states_;  // one per slot, see find_kept
  mutable std::unordered_map<std::string, std::vector<PlacedGlyph>> shaped_;  // this run's
  mutable bool added_ = false;
  mutable std::once_flag opened_;
  mutable std::unique_ptr<HarfBuzzFont> font_;
  mutable std::string failure_;
};

}  // namespace briefing::font
