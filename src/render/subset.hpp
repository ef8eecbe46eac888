#pragma once
// Font subsetting: a PDF should carry only the glyphs its pages draw. HarfBuzz cuts a font down
// to the document's glyphs (composites' components included), numbering them anew, and the
// subset is embedded as it comes (cid_font.hpp) with the new number of each glyph. libharu
// 2.3.0's own "subsetting" only empties unused outlines and keeps the cmap, hmtx and loca of the
// whole font: ~30 kB per Noto face, however few characters a document uses.
//
// A subset depends only on the font file and the exact glyphs, and a brief is rebuilt many
// times with the same ones, so subsets are kept between runs: a run that finds its subsets never
// loads HarfBuzz (harfbuzz.hpp). Only exact matches are used, so the PDF is the same byte for
// byte whether a subset was cached or made.
#include <cstdint>
#include <filesystem>
#include <optional>
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

  // What a subset of face `index` of the font at `path` to `glyphs` (ascending) is known by: the
  // font file's path, size and modification time, the face and the glyphs. Empty when the file
  // cannot be examined.
  static std::string key(const std::string& path, unsigned index,
                         const std::vector<std::uint32_t>& glyphs);
  std::optional<std::string> find(const std::string& key) const;
  void store(const std::string& key, std::string_view subset) const;

 private:
  std::filesystem::path file_of(const std::string& key) const;
  void prune() const;

  std::filesystem::path folder_;
};

// A font program and the glyph index in it of each glyph asked for, in the order asked.
struct Subset {
  std::string program;
  std::vector<std::uint32_t> ids;
};

// Face `index` of the font at `path` reduced to `glyphs` (ascending; composites' components
// included), as font file bytes: from `cache` when it has them, else made by HarfBuzz and stored
// there. No program when HarfBuzz cannot be loaded, or cannot read or subset the font.
Subset subset_font(const std::string& path, unsigned index,
                   const std::vector<std::uint32_t>& glyphs, const SubsetCache& cache);

}  // namespace briefing::render
