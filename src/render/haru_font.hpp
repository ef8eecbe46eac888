#pragma once
// libharu's Type 0 font for a font file, made in proportion to the characters a document draws.
//
// libharu 2.3.0's HPDF_GetFont with the UTF-8 encoder walks all 65,536 BMP code points through
// the font's cmap, to build the CID font's widths (W) and its CIDToGIDMap: about 8 million
// instructions per font, the largest single cost of a short brief, and a 128 kB map per font
// that libharu deflates as it saves, though a document's code points rarely pass U+2100. The
// same function has a second path, for CMap encoders, that visits only the codes a CMap
// defines. For the call, the UTF-8 encoder is made to look like a CMap of exactly the document's
// characters; the W array and the map come out as the walk would make them, cut after the
// highest character, which is as far as a viewer looks up.
#include <hpdf.h>
#include <hpdf_encoder.h>

#include <set>
#include <vector>

namespace briefing::render {

// HPDF_GetFont(pdf, name, "UTF-8") for loaded TrueType fonts of which the pages draw only the
// characters given. While one lives, the document's UTF-8 encoder serves only this: no text may
// be measured or shown. Where libharu is not 2.3.0 or the encoder not the one expected, get() is
// that call.
class FontMaker {
 public:
  explicit FontMaker(HPDF_Doc pdf);
  ~FontMaker();
  FontMaker(const FontMaker&) = delete;
  FontMaker& operator=(const FontMaker&) = delete;

  HPDF_Font get(const char* name, const std::set<char32_t>& chars);

 private:
  // On: the encoder reads as a CMap (its tables are set per font). Off: as libharu made it.
  void narrow(bool on);

  HPDF_Doc pdf_;
  HPDF_Encoder encoder_ = nullptr;  // null when get() makes fonts the usual way
  std::vector<unsigned char> saved_unicode_, saved_cid_;
  HPDF_Encoder_ToUnicode_Func saved_to_unicode_ = nullptr;
};

// libharu writes a font's file into the PDF (FontFile2) only as it saves, and deflates it there,
// on the thread that saves. Once every character drawn has been measured, this runs that step
// of libharu's at once and stores the file deflated, so that saving only copies it. False where
// it could not, with the step left to the save.
bool write_font_file(HPDF_Font font);

// Stores the font's ToUnicode map and CIDToGIDMap deflated now, for the same reason: libharu
// would deflate them while saving, with zlib at its default level. Run once the ToUnicode map is
// final. False where the font lacks either, with the rest left to the save.
bool deflate_font_maps(HPDF_Font font);

}  // namespace briefing::render
