#pragma once
// The PDF objects of an embedded font, made here from the font program rather than by libharu's
// HPDF_GetFont. libharu 2.3.0 builds a CID font by walking all 65,536 BMP code points through
// the font's cmap, clearing and filling a 128 kB map on the way, then rewrites the TrueType file
// table by table as it saves: over a millisecond per font, and the longest task left beside
// painting the pages. Here the font program (HarfBuzz's subset, or the whole file) is embedded
// as it is, and the tables a viewer reads are made from the glyphs the pages draw:
//
//   Type0 font, /Encoding /Identity-H: a CID is the glyph's index in the font file the layout
//   shaped with (HarfBuzz), as content.cpp writes text, so that ligatures, contextual forms and
//   characters of every plane print as shaped;
//     /DescendantFonts: a CIDFontType2 font (TrueType outlines) with the width of each glyph (W)
//       and a CIDToGIDMap from the file's glyph index to the subset's; or a CIDFontType0 font
//       (CID-keyed CFF outlines, as the CJK fonts have), whose subset keeps each glyph's CID,
//       which must then be its index in the file;
//       /FontDescriptor: metrics from the program's head, hhea, OS/2 and post tables, and the
//         program (FontFile2), or its CFF table (FontFile3, CIDFontType0C);
//     /ToUnicode: each CID to the characters its glyph was shaped from (to_unicode.hpp), so
//       text copies out as written.
//
// Every stream is deflated here, on the thread that embeds; the objects go into the document
// through the seam (haru_seam.hpp), as libharu has no public call to add them.
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "render/haru_seam.hpp"

namespace briefing::render {

// A glyph's advance as the PDF declares it (W) and the viewer applies it: whole thousandths of
// an em, rounded down. Content streams measure with the same figure, so that they place each
// glyph where shaping put it. The em fraction comes from a float; the margin is below one
// thousandth of the smallest step (1/4096 em) and above float's error.
inline int pdf_width(double em) { return int(std::floor(em * 1000 + 1e-4)); }

// A glyph a font file draws: its CID is its glyph index in the file (cid_font.hpp).
struct UsedGlyph {
  std::uint32_t id = 0;
  int width = 0;     // pdf_width of its advance
  std::string text;  // UTF-8 it copies out as: its cluster's characters, or none
};

class CidFontWriter {
 public:
  explicit CidFontWriter(haru::DocRef pdf);
  ~CidFontWriter();
  CidFontWriter(const CidFontWriter&) = delete;
  CidFontWriter& operator=(const CidFontWriter&) = delete;

  // Adds a font whose program is `program` and of which the pages draw `glyphs` (by their index
  // in the original file, ascending), which are glyphs `ids` of the program. Its name gets the
  // next subset tag (BRFAAA+, BRFAAB+, ...), so names are the same on every run. Null, with
  // `error` saying why, when the program is not a font the PDF can embed or libharu fails.
  haru::ObjectRef add(std::string_view program, const std::vector<UsedGlyph>& glyphs,
                      const std::vector<std::uint32_t>& ids, std::string& error);

 private:
  struct FreeType;  // the library that reads programs
  haru::DocRef pdf_;
  std::unique_ptr<FreeType> freetype_;
  int added_ = 0;
};

}  // namespace briefing::render
