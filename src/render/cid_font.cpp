#include "render/cid_font.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H
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
haru::Dict descriptor(FT_Face face, const std::string& name, haru::ObjectRef program) {
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
  dict.push_back({"FontFile2", program});
  return dict;
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
haru::Array widths(FT_Face face, const std::set<char32_t>& chars) {
  Scale scale{double(face->units_per_EM)};
  haru::Array w;
  for (CidRun r : cid_runs(chars)) {
    haru::Array run;
    run.reserve(r.last - r.first + 1);
    for (char32_t c = r.first; c <= r.last; ++c) {
      FT_Fixed advance = 0;
      FT_Get_Advance(face, FT_Get_Char_Index(face, c), FT_LOAD_NO_SCALE, &advance);
      run.push_back(scale.width(advance));
    }
    w.push_back(int(r.first));
    w.push_back(std::move(run));
  }
  return w;
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

// The descendant font: a glyph and a width for each CID the pages draw.
haru::Dict descendant(const std::string& name, haru::ObjectRef descriptor, haru::Array widths,
                      haru::ObjectRef glyph_map) {
  haru::Dict identity{{"Registry", haru::Literal{"Adobe"}},
                      {"Ordering", haru::Literal{"Identity"}},
                      {"Supplement", 0}};
  return {
      {"Type", haru::Name{"Font"}},   {"Subtype", haru::Name{"CIDFontType2"}},
      {"BaseFont", haru::Name{name}}, {"CIDSystemInfo", std::move(identity)},
      {"FontDescriptor", descriptor}, {"W", std::move(widths)},
      {"CIDToGIDMap", glyph_map},
  };
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

haru::ObjectRef CidFontWriter::add(std::string_view program, const std::set<char32_t>& chars,
                                   std::string& error) {
  FT_Face opened = nullptr;
  if (!freetype_->library ||
      FT_New_Memory_Face(freetype_->library, reinterpret_cast<const FT_Byte*>(program.data()),
                         FT_Long(program.size()), 0, &opened) != 0) {
    error = "not a TrueType font file";
    return {};
  }
  Face face(opened);
  if (!FT_IS_SFNT(opened) || !has_table(opened, TTAG_glyf) || chars.empty()) {
    error = "not a TrueType font file";
    return {};
  }
  // A PostScript name has at most 63 characters, and libharu refuses a PDF name past 127
  // bytes; a font that claims a longer one is cut to the 63.
  const char* postscript = FT_Get_Postscript_Name(opened);
  const std::string name =
      subset_tag(added_++) + std::string(postscript ? postscript : "Font").substr(0, 63);
  // The objects in the order libharu numbers them: the program, its descriptor, the glyph map,
  // the ToUnicode map, the descendant font and the Type0 font that names it.
  haru::ObjectRef file =
      haru::add_stream_object(pdf_, deflate(program), {{"Length1", int(program.size())}});
  haru::ObjectRef described =
      file ? haru::add_dict_object(pdf_, descriptor(opened, name, file)) : haru::ObjectRef{};
  haru::ObjectRef map = haru::add_stream_object(pdf_, deflate(glyph_map(opened, chars)));
  haru::ObjectRef to_unicode =
      haru::add_stream_object(pdf_, deflate(identity_to_unicode_cmap(chars)));
  haru::ObjectRef cid_font =
      described && map
          ? haru::add_dict_object(pdf_, descendant(name, described, widths(opened, chars), map))
          : haru::ObjectRef{};
  haru::ObjectRef font = cid_font && to_unicode
                             ? haru::add_dict_object(pdf_, type0(name, cid_font, to_unicode))
                             : haru::ObjectRef{};
  if (!font) error = "libharu could not make the font's objects";
  return font;
}

}  // namespace briefing::render
