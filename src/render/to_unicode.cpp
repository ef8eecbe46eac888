#include "render/to_unicode.hpp"

#include <cstdio>

#include "base/unicode.hpp"

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

// The CMap syntax caps a bfchar block at 100 entries, and a destination string at 512 bytes.
constexpr std::size_t kMaxBlock = 100;
constexpr std::size_t kMaxUnits = 256;

void append_hex(std::string& out, unsigned unit) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "%04X", unit & 0xFFFF);
  out += hex;
}

// The text as UTF-16BE hex digits, at most kMaxUnits code units (whole characters).
std::string utf16_hex(const std::string& text) {
  std::string out;
  std::size_t units = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t c = next_code_point(text, pos);
    std::size_t needed = c > 0xFFFF ? 2 : 1;
    if (units + needed > kMaxUnits) break;
    units += needed;
    if (c > 0xFFFF) {
      c -= 0x10000;
      append_hex(out, 0xD800 + (c >> 10));
      append_hex(out, 0xDC00 + (c & 0x3FF));
    } else {
      append_hex(out, c);
    }
  }
  return out;
}

}  // namespace

std::string to_unicode_cmap(const std::vector<UsedGlyph>& glyphs) {
  std::vector<std::string> entries;
  for (const UsedGlyph& glyph : glyphs) {
    if (glyph.text.empty()) continue;
    std::string entry = "<";
    append_hex(entry, glyph.id);
    entry += "> <" + utf16_hex(glyph.text) + ">\n";
    entries.push_back(std::move(entry));
  }
  std::string out = cmap_header;
  for (std::size_t start = 0; start < entries.size(); start += kMaxBlock) {
    std::size_t end = std::min(entries.size(), start + kMaxBlock);
    out += std::to_string(end - start) + " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i) out += entries[i];
    out += "endbfchar\n";
  }
  return out + cmap_trailer;
}

}  // namespace briefing::render
