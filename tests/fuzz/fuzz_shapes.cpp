// libFuzzer target: the words a face's shaper keeps between runs (font/shaper.cpp), a file the
// program reads where it lies. The input follows the file's own header (so that the table and
// its words are reached) as a damaged or foreign cache file would; then words are looked up,
// found or shaped, and the file is written again, as a build does.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>

#include "font/shaper.hpp"
#include "scratch.hpp"

namespace {

using namespace briefing;

constexpr const char* kFont = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";
constexpr std::string_view kWords[] = {"AVATAR", "Việt", "office", "2025", ""};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path folder = fuzz::scratch() / "cache";
  static const std::string header = [] {
    std::filesystem::create_directories(folder);
    return font::Shaper(kFont, 0, folder).kept_header();
  }();
  static const std::filesystem::path file = font::Shaper(kFont, 0, folder).kept_file();
  if (header.empty()) return 0;
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(header.data(), static_cast<std::streamsize>(header.size()))
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  font::Shaper shaper(kFont, 0, folder);
  for (std::string_view word : kWords) {
    for (const PlacedGlyph& glyph : shaper.shape(word, {}, font::Direction::automatic))
      (void)glyph.id;
  }
  shaper.keep();
  return 0;
}
