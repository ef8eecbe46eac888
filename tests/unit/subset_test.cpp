// Font subsets and their cache: a cached subset is the one HarfBuzz makes, and only the same font
// file with the same characters finds it.
#include "render/subset.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/files.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using namespace briefing;
using briefing::test::TempDir;

namespace {

const std::string kFont = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";
const std::vector<std::uint32_t> kGlyphs = {3, 36, 49, 68, 76, 300};

std::size_t subsets_in(const fs::path& folder) {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(folder))
    count += entry.path().filename().string().starts_with("subset-");
  return count;
}

}  // namespace

TEST_CASE("a subset is stored, and found again only for the same font and characters") {
  TempDir dir;
  fs::copy_file(kFont, dir / "face.ttf");
  const std::string font = (dir / "face.ttf").string();
  render::SubsetCache none{fs::path()};
  render::SubsetCache cache(dir / "cache");

  std::string made = render::subset_font(font, 0, kGlyphs, none).program;
  REQUIRE(made.size() > 1000);
  CHECK(made.size() < fs::file_size(font) / 10);
  CHECK_FALSE(fs::exists(dir / "cache"));  // no folder given, none made

  CHECK(render::subset_font(font, 0, kGlyphs, cache).program == made);
  CHECK(subsets_in(dir / "cache") == 1);
  const std::string key = render::SubsetCache::key(font, 0, kGlyphs);
  // The entry holds the new index of each glyph asked for, then the program.
  REQUIRE(cache.find(key));
  CHECK(cache.find(key)->size() == 2 * kGlyphs.size() + made.size());
  CHECK(cache.find(key)->ends_with(made));
  CHECK(render::subset_font(font, 0, kGlyphs, cache).program == made);

  SECTION("other characters, or the font file changed, are other keys") {
    auto more = kGlyphs;
    more.push_back(400);
    CHECK_FALSE(cache.find(render::SubsetCache::key(font, 0, more)));
    fs::last_write_time(font, fs::last_write_time(font) + std::chrono::seconds(1));
    CHECK(render::SubsetCache::key(font, 0, kGlyphs) != key);
    CHECK_FALSE(cache.find(render::SubsetCache::key(font, 0, kGlyphs)));
  }
  SECTION("a font file edited in place, its size and modification time restored, is another key") {
    auto time = fs::last_write_time(font);
    std::string bytes = *read_file(font);
    bytes[bytes.size() / 2] ^= 1;
    std::ofstream(font, std::ios::binary | std::ios::trunc) << bytes;
    fs::last_write_time(font, time);
    CHECK(fs::file_size(font) == bytes.size());
    CHECK(render::SubsetCache::key(font, 0, kGlyphs) != key);
  }
  SECTION("a damaged file is a miss, and is made again") {
    for (const auto& entry : fs::directory_iterator(dir / "cache")) {
      std::string bytes = *read_file(entry.path());
      bytes[bytes.size() / 2] ^= 1;
      std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << bytes;
    }
    CHECK_FALSE(cache.find(key));
    CHECK(render::subset_font(font, 0, kGlyphs, cache).program == made);
    CHECK(cache.find(key)->ends_with(made));
  }
  SECTION("a missing font has no key and no subset") {
    CHECK(render::SubsetCache::key((dir / "gone.ttf").string(), 0, kGlyphs).empty());
    CHECK(render::subset_font((dir / "gone.ttf").string(), 0, kGlyphs, cache).program.empty());
  }
}

TEST_CASE("the subset cache keeps the 64 most recent subsets") {
  TempDir dir;
  render::SubsetCache cache(dir / "cache");
  std::vector<std::uint32_t> glyphs;
  for (std::uint32_t id = 10; id < 10 + 70; ++id) {
    glyphs.push_back(id);
    cache.store(render::SubsetCache::key(kFont, 0, glyphs), "subset of " + std::to_string(id));
  }
  CHECK(subsets_in(dir / "cache") == 64);
  CHECK(cache.find(render::SubsetCache::key(kFont, 0, glyphs)) ==
        "subset of " + std::to_string(10 + 69));
}
