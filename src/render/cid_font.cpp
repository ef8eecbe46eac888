#include "render/cid_font.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H
#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "render/deflated.hpp"
#include "render/to_unicode.hpp"

namespace briefing::render {

struct CidFontWriter::FreeType {
  FT_Library library = nullptr;
  FreeType() {
    if (FT_Init_FreeType(&library) != 0) library = nullptr;
  }
  ~FreeType() {
    if (library) FT_Done_FreeType(library);
  }
};

namespace {

struct FaceClose {
  void operator()(FT_Face face) const { FT_Done_Face(face); }
};
using Face = std::unique_ptr<FT_FaceRec_, FaceClose>;

// Six capital letters and a plus sign, as PDF names a subset: BRFAAA+, BRFAAB+, ...
std::string subset_tag(int index) {
  std::string tag = "BRF+++";
  for (int i = 5; i >= 3; --i, index /= 26)
    tag[static_cast<std::size_t>(i)] = char('A' + index % 26);
  return tag + "+";
}

// Font units to the thousandths of an em that PDF font metrics use.
struct Scale {
  double units_per_em;
  int operator()(double units) const { return int(std::lround(units * 1000 / units_per_em)); }
  // A width as the viewer applies it and as content.cpp measures it: whole thousandths, rounded
  // down (the margin is below one step of a 4096-unit em).
  int width(FT_Fixed units) const {
    return int(std::floor(double(units) * 1000 / units_per_em + 1e-4));
  }
};

bool has_table(FT_Face face, FT_ULong tag) {
  FT_ULong length = 0;
  return FT_Load_Sfnt_Table(face, tag, 0, nullptr, &length) == 0 && length > 0;
}

// What the viewer needs to stand in for the font and to place its glyphs; the stem width is
// estimated from the weight class, as the font has no such figure.
HPDF_Dict descriptor(HPDF_MMgr mmgr, HPDF_Xref xref, FT_Face face, const std::string& name,
                     HPDF_Dict program) {
  Scale scale{double(face->units_per_EM)};
  const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(face, FT_SFNT_OS2));
  const auto* post = static_cast<const TT_Postscript*>(FT_Get_Sfnt_Table(face, FT_SFNT_POST));
  double italic_angle = post ? double(post->italicAngle) / 65536 : 0;
  int weight = os2 ? os2->usWeightClass : 400;
  int flags = 32;                           // nonsymbolic: the standard Latin set
  if (FT_IS_FIXED_WIDTH(face)) flags |= 1;  // fixed pitch
  if (italic_angle != 0 || (face->style_flags & FT_STYLE_FLAG_ITALIC)) flags |= 64;  // italic
  HPDF_Dict dict = HPDF_Dict_New(mmgr);
  if (!dict || HPDF_Xref_Add(xref, dict) != HPDF_OK) return nullptr;
  HPDF_Array box = HPDF_Array_New(mmgr);
  if (!box || HPDF_Dict_Add(dict, "FontBBox", box) != HPDF_OK) return nullptr;
  HPDF_STATUS status = HPDF_OK;
  for (FT_Pos v : {face->bbox.xMin, face->bbox.yMin, face->bbox.xMax, face->bbox.yMax})
    status += HPDF_Array_AddNumber(box, scale(double(v)));
  status += HPDF_Dict_AddName(dict, "Type", "FontDescriptor");
  status += HPDF_Dict_AddName(dict, "FontName", name.c_str());
  status += HPDF_Dict_AddNumber(dict, "Flags", flags);
  status += HPDF_Dict_AddReal(dict, "ItalicAngle", HPDF_REAL(italic_angle));
  status += HPDF_Dict_AddNumber(dict, "Ascent", scale(face->ascender));
  status += HPDF_Dict_AddNumber(dict, "Descent", scale(face->descender));
  status += HPDF_Dict_AddNumber(dict, "CapHeight",
                                scale(os2 && os2->version >= 2 ? os2->sCapHeight : face->ascender));
  if (os2 && os2->version >= 2)
    status += HPDF_Dict_AddNumber(dict, "XHeight", scale(os2->sxHeight));
  status += HPDF_Dict_AddNumber(dict, "StemV", int(50 + std::pow(weight / 65.0, 2)));
  status += HPDF_Dict_Add(dict, "FontFile2", program);
  return status == HPDF_OK ? dict : nullptr;
}

struct CidRun {
  char32_t first, last;
};

// Runs of consecutive CIDs. libharu holds at most HPDF_LIMIT_MAX_ARRAY entries in an array, and W
// takes two per run: past that many runs, the smallest gaps between runs are filled (their CIDs
// are never drawn, only listed), and a run longer than an array holds is split.
std::vector<CidRun> cid_runs(const std::set<char32_t>& chars) {
  constexpr std::size_t max_entries = HPDF_LIMIT_MAX_ARRAY;
  // Splitting the merged runs (at most 65,536 BMP CIDs in all) adds no more than two.
  constexpr std::size_t max_runs = max_entries / 2 - 2;
  std::vector<CidRun> runs;
  for (char32_t c : chars) {
    if (runs.empty() || c != runs.back().last + 1)
      runs.push_back({c, c});
    else
      runs.back().last = c;
  }
  if (runs.size() > max_runs) {
    std::vector<char32_t> gaps;
    for (std::size_t i = 1; i < runs.size(); ++i) gaps.push_back(runs[i].first - runs[i - 1].last);
    std::size_t fill = runs.size() - max_runs;
    std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(fill - 1), gaps.end());
    char32_t widest_filled = gaps[fill - 1];
    std::vector<CidRun> merged{runs.front()};
    for (std::size_t i = 1; i < runs.size(); ++i) {
      if (runs[i].first - merged.back().last <= widest_filled)
        merged.back().last = runs[i].last;
      else
        merged.push_back(runs[i]);
    }
    runs = std::move(merged);
  }
  std::vector<CidRun> split;
  for (CidRun run : runs) {
    for (; run.last - run.first + 1 > max_entries; run.first += max_entries)
      split.push_back({run.first, char32_t(run.first + max_entries - 1)});
    split.push_back(run);
  }
  return split;
}

// W: runs of CIDs as "first [w1 w2 ...]".
HPDF_Array widths(HPDF_MMgr mmgr, FT_Face face, const std::set<char32_t>& chars) {
  Scale scale{double(face->units_per_EM)};
  HPDF_Array w = HPDF_Array_New(mmgr);
  if (!w) return nullptr;
  HPDF_STATUS status = HPDF_OK;
  for (CidRun r : cid_runs(chars)) {
    HPDF_Array run = HPDF_Array_New(mmgr);
    if (!run) return nullptr;
    // On failure libharu frees `run`: it must not be used after that.
    if (HPDF_Array_AddNumber(w, HPDF_INT32(r.first)) != HPDF_OK ||
        HPDF_Array_Add(w, run) != HPDF_OK)
      return nullptr;
    for (char32_t c = r.first; c <= r.last; ++c) {
      FT_Fixed advance = 0;
      FT_Get_Advance(face, FT_Get_Char_Index(face, c), FT_LOAD_NO_SCALE, &advance);
      status += HPDF_Array_AddNumber(run, scale.width(advance));
    }
  }
  return status == HPDF_OK ? w : nullptr;
}

// CID (code point) to glyph, two bytes each, up to the highest character drawn.
std::string glyph_map(FT_Face face, const std::set<char32_t>& chars) {
  std::string map(2 * (std::size_t(*chars.rbegin()) + 1), '\0');
  for (char32_t c : chars) {
    FT_UInt glyph = FT_Get_Char_Index(face, c);
    map[2 * c] = char(glyph >> 8);
    map[2 * c + 1] = char(glyph & 0xFF);
  }
  return map;
}

HPDF_Dict deflated_stream(HPDF_MMgr mmgr, HPDF_Xref xref, std::string_view bytes) {
  HPDF_Dict stream = HPDF_DictStream_New(mmgr, xref);
  return stream && store_deflated(stream, deflate(bytes)) ? stream : nullptr;
}

}  // namespace

CidFontWriter::CidFontWriter(HPDF_Doc pdf) : pdf_(pdf), freetype_(std::make_unique<FreeType>()) {}

CidFontWriter::~CidFontWriter() = default;

HPDF_Font CidFontWriter::add(std::string_view program, const std::set<char32_t>& chars,
                             std::string& error) {
  FT_Face opened = nullptr;
  if (!freetype_->library ||
      FT_New_Memory_Face(freetype_->library, reinterpret_cast<const FT_Byte*>(program.data()),
                         FT_Long(program.size()), 0, &opened) != 0) {
    error = "not a TrueType font file";
    return nullptr;
  }
  Face face(opened);
  if (!FT_IS_SFNT(opened) || !has_table(opened, TTAG_glyf) || chars.empty()) {
    error = "not a TrueType font file";
    return nullptr;
  }
  // A PostScript name has at most 63 characters, and libharu refuses a PDF name past 127
  // bytes; a font that claims a longer one is cut to the 63.
  const char* postscript = FT_Get_Postscript_Name(opened);
  const std::string name =
      subset_tag(added_++) + std::string(postscript ? postscript : "Font").substr(0, 63);
  HPDF_MMgr mmgr = pdf_->mmgr;
  HPDF_Xref xref = pdf_->xref;

  HPDF_Dict file = deflated_stream(mmgr, xref, program);
  HPDF_Dict described =
      file && HPDF_Dict_AddNumber(file, "Length1", HPDF_INT32(program.size())) == HPDF_OK
          ? descriptor(mmgr, xref, opened, name, file)
          : nullptr;
  HPDF_Array w = widths(mmgr, opened, chars);
  HPDF_Dict map = deflated_stream(mmgr, xref, glyph_map(opened, chars));
  HPDF_Dict to_unicode = deflated_stream(mmgr, xref, identity_to_unicode_cmap(chars));
  HPDF_Dict system = HPDF_Dict_New(mmgr);
  HPDF_Dict cid_font = HPDF_Dict_New(mmgr);
  HPDF_Dict font = HPDF_Dict_New(mmgr);
  HPDF_Array descendants = HPDF_Array_New(mmgr);
  if (!described || !w || !map || !to_unicode || !system || !cid_font || !font || !descendants ||
      HPDF_Xref_Add(xref, cid_font) != HPDF_OK || HPDF_Xref_Add(xref, font) != HPDF_OK) {
    error = "libharu could not make the font's objects";
    return nullptr;
  }
  HPDF_STATUS status = HPDF_OK;
  status += HPDF_Dict_Add(system, "Registry", HPDF_String_New(mmgr, "Adobe", nullptr));
  status += HPDF_Dict_Add(system, "Ordering", HPDF_String_New(mmgr, "Identity", nullptr));
  status += HPDF_Dict_AddNumber(system, "Supplement", 0);

  status += HPDF_Dict_AddName(cid_font, "Type", "Font");
  status += HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2");
  status += HPDF_Dict_AddName(cid_font, "BaseFont", name.c_str());
  status += HPDF_Dict_Add(cid_font, "CIDSystemInfo", system);
  status += HPDF_Dict_Add(cid_font, "FontDescriptor", described);
  status += HPDF_Dict_Add(cid_font, "W", w);
  status += HPDF_Dict_Add(cid_font, "CIDToGIDMap", map);

  status += HPDF_Dict_AddName(font, "Type", "Font");
  status += HPDF_Dict_AddName(font, "Subtype", "Type0");
  status += HPDF_Dict_AddName(font, "BaseFont", name.c_str());
  status += HPDF_Dict_AddName(font, "Encoding", "Identity-H");
  status += HPDF_Array_Add(descendants, cid_font);
  status += HPDF_Dict_Add(font, "DescendantFonts", descendants);
  status += HPDF_Dict_Add(font, "ToUnicode", to_unicode);
  if (status != HPDF_OK) {
    error = "libharu could not make the font's objects";
    return nullptr;
  }
  return font;
}

}  // namespace briefing::render
