#pragma once
// libharu 2.3.0 gives its Identity-H fonts a ToUnicode CMap written with CID operators
// (begincidrange), which is not ToUnicode syntax: poppler warns on every page and stricter
// readers fall back to guessing. Since libharu's UTF-8 encoder makes every CID the character's
// code point, a correct map is the identity over the characters used; these functions write one
// and put it in the font's existing ToUnicode stream.
#include <hpdf.h>

#include <set>
#include <string>

namespace briefing::render {

// A ToUnicode CMap mapping each BMP code point in `chars` to itself.
std::string identity_to_unicode_cmap(const std::set<char32_t>& chars);

// Replaces the contents of `font`'s ToUnicode stream; false if the font has none.
bool replace_to_unicode(HPDF_Font font, const std::string& cmap);

}  // namespace briefing::render
