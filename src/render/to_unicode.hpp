#pragma once
// The ToUnicode map of an embedded font. Every CID is the character's code point (cid_font.hpp),
// so the map is the identity over the characters used. (libharu 2.3.0's own map for such fonts
// is written with CID operators, begincidrange, which is not ToUnicode syntax: poppler warns on
// every page and stricter readers fall back to guessing.)
#include <set>
#include <string>

namespace briefing::render {

// A ToUnicode CMap mapping each BMP code point in `chars` to itself.
std::string identity_to_unicode_cmap(const std::set<char32_t>& chars);

}  // namespace briefing::render
