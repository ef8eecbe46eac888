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
