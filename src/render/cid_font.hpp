#pragma once
// The PDF objects of an embedded font, made here from the font program rather than by libharu's
// HPDF_GetFont. libharu 2.3.0 builds a CID font by walking all 65,536 BMP code points through
// the font's cmap, clearing and filling a 128 kB map on the way, then rewrites the TrueType file
// table by table as it saves: over a millisecond per font, and the longest task left beside
// painting the pages. Here the font program (HarfBuzz's subset, or the whole file) is embedded
// as it is, and the tables a viewer reads are made from the characters the pages draw:
//
//   Type0 font, /Encoding /Identity-H: a CID is the character's Unicode code point, as
//   content.cpp writes text (which is what libharu's UTF-8 encoder did too);
//     /DescendantFonts: a CIDFontType2 font with the width of each drawn character (W) and a
//       CIDToGIDMap from code point to glyph, both read from the embedded program itself;
//       /FontDescriptor: metrics from the program's head, hhea, OS/2 and post tables, and the
//         program (FontFile2);
//     /ToUnicode: each CID to itself (to_unicode.hpp), so text copies out as drawn.
//
// Every stream is deflated here, on the thread that embeds; the objects go into the document
// through the seam (haru_seam.hpp), as libharu has no public call to add them.
#include <memory>
#include <set>
#include <string>
#include <string_view>

#include "render/haru_seam.hpp"

namespace briefing::render {

class CidFontWriter {
 public:
  explicit CidFontWriter(haru::DocRef pdf);
  ~CidFontWriter();
  CidFontWriter(const CidFontWriter&) = delete;
  CidFontWriter& operator=(const CidFontWriter&) = delete;

  // Adds a font whose program is `program` (TrueType outlines) and of which the pages draw
  // `chars`. Its name gets the next subset tag (BRFAAA+, BRFAAB+, ...), so names are the same on
  // every run. Null, with `error` saying why, when the program is not a TrueType font or
  // libharu fails.
  haru::ObjectRef add(std::string_view program, const std::set<char32_t>& chars,
                      std::string& error);

 private:
  struct FreeType;  // the library that reads programs
  haru::DocRef pdf_;
  std::unique_ptr<FreeType> freetype_;
  int added_ = 0;
};

}  // namespace briefing::render
