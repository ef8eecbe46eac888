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
const std::set<char32_t> kChars = {U'H', U'à', U' ', U'N', U'ộ', U'i'};

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

  std::string made = render::subset_font(font, kChars, none);
  REQUIRE(made.size() > 1000);
  CHECK(made.size() < fs::file_size(font) / 10);
  CHECK_FALSE(fs::exists(dir / "cache"));  // no folder given, none made

  CHECK(render::subset_font(font, kChars, cache) == made);
  CHECK(subsets_in(dir / "cache") == 1);
  const std::string key = render::SubsetCache::key(font, kChars);
  REQUIRE(cache.find(key) == made);
  CHECK(render::subset_font(font, kChars, cache) == made);

  SECTION("other characters, or the font file changed, are other keys") {
    auto more = kChars;
    more.insert(U'Q');
    CHECK_FALSE(cache.find(render::SubsetCache::key(font, more)));
    fs::last_write_time(font, fs::last_write_time(font) + std::chrono::seconds(1));
    CHECK(render::SubsetCache::key(font, kChars) != key);
    CHECK_FALSE(cache.find(render::SubsetCache::key(font, kChars)));
  }
  SECTION("a font file edited in place, its size and modification time restored, is another key") {
    auto time = fs::last_write_time(font);
    std::string bytes = *read_file(font);
    bytes[bytes.size() / 2] ^= 1;
    std::ofstream(font, std::ios::binary | std::ios::trunc) << bytes;
    fs::last_write_time(font, time);
    CHECK(fs::file_size(font) == bytes.size());
    CHECK(render::SubsetCache::key(font, kChars) != key);
  }
  SECTION("a damaged file is a miss, and is made again") {
    for (const auto& entry : fs::directory_iterator(dir / "cache")) {
      std::string bytes = *read_file(entry.path());
      bytes[bytes.size() / 2] ^= 1;
      std::ofstream(entry.path(), std::ios::binary | std::ios::trunc) << bytes;
    }
    CHECK_FALSE(cache.find(key));
    CHECK(render::subset_font(font, kChars, cache) == made);
    CHECK(cache.find(key) == made);
  }
  SECTION("a missing font has no key and no subset") {
    CHECK(render::SubsetCache::key((dir / "gone.ttf").string(), kChars).empty());
    CHECK(render::subset_font((dir / "gone.ttf").string(), kChars, cache).empty());
  }
}

TEST_CASE("the subset cache keeps the 64 most recent subsets") {
  TempDir dir;
  render::SubsetCache cache(dir / "cache");
  std::set<char32_t> chars;
  for (char32_t c = U'A'; c < U'A' + 70; ++c) {
    chars.insert(c);
    cache.store(render::SubsetCache::key(kFont, chars), "subset of " + std::to_string(c));
  }
  CHECK(subsets_in(dir / "cache") == 64);
  CHECK(cache.find(render::SubsetCache::key(kFont, chars)) ==
        "subset of " + std::to_string(chars.size() + 'A' - 1));
}
