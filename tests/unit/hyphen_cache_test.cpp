// The hyphenation cache: results survive a run, and only results from the same patterns do.
#include "layout/hyphen_cache.hpp"

#include <catch2/catch.hpp>
#include <fstream>

#include "support.hpp"

using namespace briefing;
using briefing::test::TempDir;
using Points = std::vector<std::uint8_t>;

TEST_CASE("hyphenation results are kept for the next run with the same patterns") {
  TempDir dir;
  auto file = dir / "hyphenation.tsv";
  {
    layout::HyphenCache first(file, "patterns 1");
    CHECK_FALSE(first.has_results());
    first.add("agricultural", {2, 5, 7, 9});
    first.add("strength", {});
    first.save();
  }
  layout::HyphenCache second(file, "patterns 1");
  REQUIRE(second.has_results());
  REQUIRE(second.find("agricultural"));
  CHECK(*second.find("agricultural") == Points{2, 5, 7, 9});
  REQUIRE(second.find("strength"));
  CHECK(second.find("strength")->empty());
  CHECK_FALSE(second.find("table"));

  SECTION("other patterns: nothing is reused") {
    layout::HyphenCache other(file, "patterns 2");
    CHECK_FALSE(other.has_results());
  }
  SECTION("a damaged file is not trusted") {
    std::ofstream(file, std::ios::app) << "broken\t9,3\n";
    layout::HyphenCache damaged(file, "patterns 1");
    CHECK_FALSE(damaged.has_results());
  }
  SECTION("a cache folder that cannot be made is no error, only no cache") {
    std::ofstream(dir / "plain-file") << "x";
    auto blocked = dir / "plain-file" / "hyphenation.tsv";
    layout::HyphenCache none(blocked, "patterns 1");
    none.add("agricultural", {2, 5});
    none.save();
    CHECK_FALSE(layout::HyphenCache(blocked, "patterns 1").has_results());
  }
}

namespace {

// "ba", "bb", ... distinct lowercase words from a number, each with its own points.
std::string word_of(unsigned n) {
  std::string word = "w";
  for (; n > 0; n /= 26) word += char('a' + n % 26);
  return word;
}

Points points_of(const std::string& word) {
  return word.size() > 3 ? Points{1, static_cast<std::uint8_t>(word.size() - 2)} : Points{};
}

}  // namespace

TEST_CASE("words from many runs are merged in order and found by binary search") {
  TempDir dir;
  auto file = dir / "hyphenation.tsv";
  // Three runs, each adding every third word in a shuffled order.
  for (unsigned run = 0; run < 3; ++run) {
    layout::HyphenCache cache(file, "patterns 1");
    for (unsigned i = 0; i < 3000; ++i) {
      unsigned n = (i * 7919) % 3000;
      if (n % 3 != run) continue;
      if (run > 0 && n % 3 == 0) REQUIRE(cache.find(word_of(n)));
      cache.add(word_of(n), points_of(word_of(n)));
    }
    cache.save();
  }
  layout::HyphenCache cache(file, "patterns 1");
  for (unsigned n = 0; n < 3000; ++n) {
    auto found = cache.find(word_of(n));
    REQUIRE(found);
    CHECK(*found == points_of(word_of(n)));
  }
  for (const char* absent : {"a", "wzzzzz", "v", "x", "aardvark", "zebra"})
    CHECK_FALSE(cache.find(absent));
}
