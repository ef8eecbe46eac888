#pragma once
// Font subsetting ahead of libharu. libharu 2.3.0 "subsets" by emptying the outlines of unused
// glyphs but embeds the cmap, hmtx and loca of the whole font: ~30 kB per Noto face and ~45 kB
// for Droid Sans Fallback however few characters a document uses. HarfBuzz cuts the font down
// to the document's characters first. libharu can only load fonts from files, so the subsets go
// through a private temporary folder.
#include <filesystem>
#include <set>
#include <string>

namespace briefing::render {

// A fresh folder under the system's temporary folder, removed with everything in it on
// destruction. Holds the subsets for as long as libharu may read them.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  bool ok() const { return !path_.empty(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The font at `path` reduced to the glyphs `chars` need (composites' components included), as
// font file bytes; empty when HarfBuzz cannot read or subset it.
std::string subset_font(const std::string& path, const std::set<char32_t>& chars);

}  // namespace briefing::render
