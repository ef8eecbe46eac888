#pragma once
// Font subsetting: a PDF should carry only the glyphs its pages draw. HarfBuzz cuts a font down
// to the document's characters (composites' components included), and the subset is embedded
// as it comes (cid_font.hpp). libharu 2.3.0's own "subsetting" only empties unused outlines and
// keeps the cmap, hmtx and loca of the whole font: ~30 kB per Noto face, ~45 kB for Droid Sans
// Fallback, however few characters a document uses.
//
// A subset depends only on the font file and the exact characters, and a brief is rebuilt many
// times with the same ones, so subsets are kept between runs: a run that finds its subsets never
// loads HarfBuzz (harfbuzz.hpp). Only exact matches are used, so the PDF is the same byte for
// byte whether a subset was cached or made.
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace briefing::render {

// Subsets made by earlier runs: one file each in a folder, named by a hash of its key and
// holding the whole key and a checksum, so a collision or a damaged file is a miss. The folder
// keeps the 64 most recently made.
class SubsetCache {
 public:
  explicit SubsetCache(std::filesystem::path folder);  // empty: nothing is kept
  // In the process's cache folder (base/cache.hpp).
  static const SubsetCache& shared();

  // What a subset of the font at `path` to `chars` is known by: the font file's path, size and
  // modification time, and the characters. Empty when the file cannot be examined.
  static std::string key(const std::string& path, const std::set<char32_t>& chars);
  std::optional<std::string> find(const std::string& key) const;
  void store(const std::string& key, std::string_view subset) const;

 private:
  std::filesystem::path file_of(const std::string& key) const;
  void prune() const;

  std::filesystem::path folder_;
};

// The font at `path` reduced to the glyphs `chars` need (composites' components included), as
// font file bytes: from `cache` when it has them, else made by HarfBuzz and stored there. Empty
// when HarfBuzz cannot be loaded, or cannot read or subset the font.
std::string subset_font(const std::string& path, const std::set<char32_t>& chars,
                        const SubsetCache& cache);

}  // namespace briefing::render
