#include "render/to_unicode.hpp"

#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

namespace briefing::render {

namespace {

constexpr const char* cmap_header =
    "/CIDInit /ProcSet findresource begin\n"
    "12 dict begin\n"
    "begincmap\n"
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
    "/CMapName /Adobe-Identity-UCS def\n"
    "/CMapType 2 def\n"
    "1 begincodespacerange\n"
    "<0000> <FFFF>\n"
    "endcodespacerange\n";

constexpr const char* cmap_trailer =
    "endcmap\n"
    "CMapName currentdict /CMap defineresource pop\n"
    "end\n"
    "end\n";

// The CMap syntax caps a bfrange block at 100 entries.
constexpr std::size_t max_block = 100;

// Runs of consecutive code points; a bfrange may not cross a change of the high byte.
std::vector<std::pair<char32_t, char32_t>> ranges_of(const std::set<char32_t>& chars) {
  std::vector<std::pair<char32_t, char32_t>> ranges;
  for (char32_t c : chars) {
    if (c > 0xFFFF) break;
    bool extends = !ranges.empty() && ranges.back().second + 1 == c && (c & 0xFF) != 0;
    if (extends) {
      ranges.back().second = c;
    } else {
      ranges.emplace_back(c, c);
    }
  }
  return ranges;
}

}  // namespace

std::string identity_to_unicode_cmap(const std::set<char32_t>& chars) {
  auto ranges = ranges_of(chars);
  std::string out = cmap_header;
  for (std::size_t start = 0; start < ranges.size(); start += max_block) {
    std::size_t end = std::min(ranges.size(), start + max_block);
    out += std::to_string(end - start) + " beginbfrange\n";
    for (std::size_t i = start; i < end; ++i) {
      char line[32];
      std::snprintf(line, sizeof line, "<%04X> <%04X> <%04X>\n",
                    static_cast<unsigned>(ranges[i].first), static_cast<unsigned>(ranges[i].second),
                    static_cast<unsigned>(ranges[i].first));
      out += line;
    }
    out += "endbfrange\n";
  }
  return out + cmap_trailer;
}

}  // namespace briefing::render
