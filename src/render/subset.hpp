#pragma once
// Font subsetting ahead of libharu. libharu 2.3.0 "subsets" by emptying the outlines of unused
// glyphs but embeds the cmap, hmtx and loca of the whole font: ~30 kB per Noto face and ~45 kB
// for Droid Sans Fallback however few characters a document uses. HarfBuzz cuts the font down
// to the document's characters first. libharu can only load fonts from files, so the subsets are
// handed to it as files in memory.
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace briefing::render {

// Font files that live in memory (memfd) and that libharu opens by name, /proc/self/fd/N, for
// as long as this lives: nothing is written to disk, and nothing is left behind even when the
// process is killed.
class MemoryFiles {
 public:
  MemoryFiles() = default;
  ~MemoryFiles();
  MemoryFiles(const MemoryFiles&) = delete;
  MemoryFiles& operator=(const MemoryFiles&) = delete;

  // The name of a new file holding `bytes`; empty when the system cannot make one.
  std::string add(std::string_view bytes);

 private:
  std::vector<int> descriptors_;
};

// The font at `path` reduced to the glyphs `chars` need (composites' components included), as
// font file bytes; empty when HarfBuzz cannot read or subset it.
std::string subset_font(const std::string& path, const std::set<char32_t>& chars);

}  // namespace briefing::render
