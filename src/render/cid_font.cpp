#include "render/cid_font.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H
#include FT_CID_H
#include <hpdf.h>

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
};

bool has_table(FT_Face face, FT_ULong tag) {
  FT_ULong length = 0;
  return FT_Load_Sfnt_Table(face, tag, 0, nullptr, &length) == 0 && length > 0;
}

// What the viewer needs to stand in for the font and to place its glyphs; the stem width is
// estimated from the weight class, as the font has no such figure.
haru::Dict descriptor(FT_Face face, const std::string& name, const char* program_key,
                      haru::ObjectRef program) {
  Scale scale{double(face->units_per_EM)};
  const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(face, FT_SFNT_OS2));
  const auto* post = static_cast<const TT_Postscript*>(FT_Get_Sfnt_Table(face, FT_SFNT_POST));
  double italic_angle = post ? double(post->italicAngle) / 65536 : 0;
  int weight = os2 ? os2->usWeightClass : 400;
  int flags = 32;                           // nonsymbolic: the standard Latin set
  if (FT_IS_FIXED_WIDTH(face)) flags |= 1;  // fixed pitch
  if (italic_angle != 0 || (face->style_flags & FT_STYLE_FLAG_ITALIC)) flags |= 64;  // italic
  haru::Array box;
  for (FT_Pos v : {face->bbox.xMin, face->bbox.yMin, face->bbox.xMax, face->bbox.yMax})
    box.push_back(scale(double(v)));
  haru::Dict dict{
      {"FontBBox", std::move(box)},
      {"Type", haru::Name{"FontDescriptor"}},
      {"FontName", haru::Name{name}},
      {"Flags", flags},
      {"ItalicAngle", italic_angle},
      {"Ascent", scale(face->ascender)},
      {"Descent", scale(face->descender)},
      {"CapHeight", scale(os2 && os2->version >= 2 ? os2->sCapHeight : face->ascender)},
  };
  if (os2 && os2->version >= 2) dict.push_back({"XHeight", scale(os2->sxHeight)});
  dict.push_back({"StemV", int(50 + std::pow(weight / 65.0, 2))});
  dict.push_back({program_key, program});
  return dict;
}

// A run of consecutive CIDs with their widths; CIDs that no page draws, filled in to join two
// runs, get width 0.
struct CidRun {
  std::uint32_t first;
  std::vector<int> widths;
};

// libharu holds at most HPDF_LIMIT_MAX_ARRAY entries in an array, and W takes two per run: past
// that many runs, the smallest gaps between runs are filled, and a run longer than an array holds
// is split.
std::vector<CidRun> cid_runs(const std::vector<UsedGlyph>& glyphs) {
  constexpr std::size_t max_entries = HPDF_LIMIT_MAX_ARRAY;
  // Splitting the merged runs (at most 65,536 CIDs in all) adds no more than a few.
  constexpr std::size_t max_runs = max_entries / 2 - 16;
  std::vector<CidRun> runs;
  for (const UsedGlyph& glyph : glyphs) {
    if (runs.empty() || glyph.id != runs.back().first + runs.back().widths.size())
      runs.push_back({glyph.id, {}});
    runs.back().widths.push_back(glyph.width);
  }
  if (runs.size() > max_runs) {
    auto gap = [&](std::size_t i) {
      return runs[i].first - (runs[i - 1].first + std::uint32_t(runs[i - 1].widths.size()));
    };
    std::vector<std::uint32_t> gaps;
    for (std::size_t i = 1; i < runs.size(); ++i) gaps.push_back(gap(i));
    std::size_t fill = runs.size() - max_runs;
    std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(fill - 1), gaps.end());
    std::uint32_t widest_filled = gaps[fill - 1];
    std::vector<CidRun> merged{runs.front()};
    for (std::size_t i = 1; i < runs.size(); ++i) {
      std::uint32_t between = gap(i);
      if (between <= widest_filled) {
        merged.back().widths.insert(merged.back().widths.end(), between, 0);
        merged.back().widths.insert(merged.back().widths.end(), runs[i].widths.begin(),
                                    runs[i].widths.end());
      } else {
        merged.push_back(std::move(runs[i]));
      }
    }
    runs = std::move(merged);
  }
  std::vector<CidRun> split;
  for (CidRun& run : runs) {
    for (std::size_t at = 0; at < run.widths.size(); at += max_entries) {
      std::size_t end = std::min(run.widths.size(), at + max_entries);
      split.push_back(
          {run.first + std::uint32_t(at),
           {run.widths.begin() + std::ptrdiff_t(at), run.widths.begin() + std::ptrdiff_t(end)}});
    }
  }
  return split;
}

// W: runs of CIDs as "first [w1 w2 ...]".
haru::Array widths(const std::vector<UsedGlyph>& glyphs) {
  haru::Array w;
  for (const CidRun& r : cid_runs(glyphs)) {
    haru::Array run(r.widths.begin(), r.widths.end());
    w.push_back(int(r.first));
    w.push_back(std::move(run));
  }
  return w;
}

// CID (the file's glyph index) to the subset's glyph index, two bytes each, up to the highest
// CID drawn.
std::string glyph_map(const std::vector<UsedGlyph>& glyphs, const std::vector<std::uint32_t>& ids) {
  std::string map(2 * (std::size_t(glyphs.back().id) + 1), '\0');
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    std::size_t cid = glyphs[i].id;
    map[2 * cid] = char(ids[i] >> 8);
    map[2 * cid + 1] = char(ids[i] & 0xFF);
  }
  return map;
}

// Why a CID-keyed CFF subset cannot be drawn with the file's glyph indexes as CIDs, or nothing.
std::string cid_mismatch(FT_Face face, const std::vector<UsedGlyph>& glyphs,
                         const std::vector<std::uint32_t>& ids) {
  FT_Bool cid_keyed = 0;
  if (FT_Get_CID_Is_Internally_CID_Keyed(face, &cid_keyed) != 0 || !cid_keyed)
    return "its CFF outlines are not CID-keyed";
  for (std::size_t i = 0; i < glyphs.size(); ++i) {
    FT_UInt cid = 0;
    if (FT_Get_CID_From_Glyph_Index(face, ids[i], &cid) != 0 || cid != glyphs[i].id)
      return "the CID of glyph " + std::to_string(glyphs[i].id) + " is not its glyph index";
  }
  return {};
}

// The descendant font: a glyph and a width for each CID the pages draw.
// A CFF descendant (no glyph map) has none; a TrueType one maps CIDs to the subset's glyphs.
haru::Dict descendant(const std::string& name, haru::ObjectRef descriptor, haru::Array widths,
                      haru::ObjectRef glyph_map) {
  haru::Dict identity{{"Registry", haru::Literal{"Adobe"}},
                      {"Ordering", haru::Literal{"Identity"}},
                      {"Supplement", 0}};
  haru::Dict dict{
      {"Type", haru::Name{"Font"}},
      {"Subtype", haru::Name{glyph_map ? "CIDFontType2" : "CIDFontType0"}},
      {"BaseFont", haru::Name{name}},
      {"CIDSystemInfo", std::move(identity)},
      {"FontDescriptor", descriptor},
      {"W", std::move(widths)},
  };
  if (glyph_map) dict.push_back({"CIDToGIDMap", glyph_map});
  return dict;
}

// The font the pages name, whose two-byte codes are the descendant's CIDs.
haru::Dict type0(const std::string& name, haru::ObjectRef descendant, haru::ObjectRef to_unicode) {
  return {
      {"Type", haru::Name{"Font"}},
      {"Subtype", haru::Name{"Type0"}},
      {"BaseFont", haru::Name{name}},
      {"Encoding", haru::Name{"Identity-H"}},
      {"DescendantFonts", haru::Array{descendant}},
      {"ToUnicode", to_unicode},
  };
}

}  // namespace

CidFontWriter::CidFontWriter(haru::DocRef pdf)
    : pdf_(pdf), freetype_(std::make_unique<FreeType>()) {}

CidFontWriter::~CidFontWriter() = default;

haru::ObjectRef CidFontWriter::add(std::string_view program, const std::vector<UsedGlyph>& glyphs,
                                   const std::vector<std::uint32_t>& ids, std::string& error) {
  FT_Face opened = nullptr;
  if (!freetype_->library || glyphs.empty() || ids.size() != glyphs.size() ||
      FT_New_Memory_Face(freetype_->library, reinterpret_cast<const FT_Byte*>(program.data()),
                         FT_Long(program.size()), 0, &opened) != 0) {
    error = "not a font file";
    return {};
  }
  Face face(opened);
  FT_ULong cff_length = 0;
  bool cff = FT_Load_Sfnt_Table(opened, TTAG_CFF, 0, nullptr, &cff_length) == 0 && cff_length > 0;
  if (!FT_IS_SFNT(opened) || (!cff && !has_table(opened, TTAG_glyf))) {
    error = "not a TrueType or OpenType font file";
    return {};
  }
  if (cff) {
    if (std::string why = cid_mismatch(opened, glyphs, ids); !why.empty()) {
      error = "its CFF outlines cannot be embedded by glyph index: " + why;
      return {};
    }
  }
  // A PostScript name has at most 63 characters, and libharu refuses a PDF name past 127
  // bytes; a font that claims a longer one is cut to the 63.
  const char* postscript = FT_Get_Postscript_Name(opened);
  const std::string name =
      subset_tag(added_++) + std::string(postscript ? postscript : "Font").substr(0, 63);
  // The objects in the order libharu numbers them: the program, its descriptor, the glyph map,
  // the ToUnicode map, the descendant font and the Type0 font that names it.
  haru::ObjectRef file;
  if (cff) {
    std::string table(cff_length, '\0');
    FT_Load_Sfnt_Table(opened, TTAG_CFF, 0, reinterpret_cast<FT_Byte*>(table.data()), &cff_length);
    file =
        haru::add_stream_object(pdf_, deflate(table), {{"Subtype", haru::Name{"CIDFontType0C"}}});
  } else {
    file = haru::add_stream_object(pdf_, deflate(program), {{"Length1", int(program.size())}});
  }
  haru::ObjectRef described =
      file ? haru::add_dict_object(pdf_,
                                   descriptor(opened, name, cff ? "FontFile3" : "FontFile2", file))
           : haru::ObjectRef{};
  haru::ObjectRef map =
      cff ? haru::ObjectRef{} : haru::add_stream_object(pdf_, deflate(glyph_map(glyphs, ids)));
  haru::ObjectRef to_unicode = haru::add_stream_object(pdf_, deflate(to_unicode_cmap(glyphs)));
  haru::ObjectRef cid_font =
      described && (cff || map)
          ? haru::add_dict_object(pdf_, descendant(name, described, widths(glyphs), map))
          : haru::ObjectRef{};
  haru::ObjectRef font = cid_font && to_unicode
                             ? haru::add_dict_object(pdf_, type0(name, cid_font, to_unicode))
                             : haru::ObjectRef{};
  if (!font) error = "libharu could not make the font's objects";
  return font;
}

}  // namespace briefing::render
