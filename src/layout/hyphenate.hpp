#pragma once
// English hyphenation with libhyphen's hyph_en_US patterns (Liang's TeX patterns).
#include <cstdint>
#include <string_view>
#include <vector>

namespace briefing::layout {

// Where the letters of one word may be hyphenated: each k means "after the k-th letter", at least
// 2 letters from the start and 3 from the end. Empty for a word that is not hyphenated: fewer than
// 6 letters, capitals only, not all Latin letters, or no dictionary. The dictionary is loaded on
// first use and results are cached per word; the reference stays valid for the whole run.
const std::vector<std::uint8_t>& hyphenation_points(std::u32string_view word);

// Keeps the results computed so far for later runs (see hyphen_cache.hpp).
void save_hyphenation();

}  // namespace briefing::layout
