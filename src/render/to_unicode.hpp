#pragma once
// The ToUnicode map of an embedded font. Every CID is a glyph index (cid_font.hpp), and each
// glyph copies out as the characters it was shaped from: a ligature as its letters, a contextual
// form as its letter, a character beyond U+FFFF as its surrogate pair.
#include <string>
#include <vector>

#include "render/cid_font.hpp"

namespace briefing::render {

// A ToUnicode CMap mapping each glyph's CID to its text (glyphs with no text are left out).
std::string to_unicode_cmap(const std::vector<UsedGlyph>& glyphs);

}  // namespace briefing::render
