#include "render/haru_cmap.hpp"

#include <hpdf_doc.h>
#include <hpdf_fontdef.h>

#include <string_view>
#include <vector>

namespace briefing::render {

namespace {

// An array libharu will free with the font definition, so allocated by its memory manager.
template <class T>
T* haru_array(HPDF_FontDef def, const std::vector<T>& values) {
  auto* out =
      static_cast<T*>(HPDF_GetMem(def->mmgr, static_cast<HPDF_UINT>(values.size() * sizeof(T))));
  if (!out) return nullptr;
  for (std::size_t i = 0; i < values.size(); ++i) out[i] = values[i];
  return out;
}

template <class T>
void replace(HPDF_FontDef def, T*& field, T* value) {
  if (field) HPDF_FreeMem(def->mmgr, field);
  field = value;
}

}  // namespace

bool compact_cmap(HPDF_Doc pdf, const char* name, const std::set<char32_t>& chars) {
  if (std::string_view(HPDF_GetVersion()) != "2.3.0") return false;
  HPDF_FontDef def = HPDF_GetFontDef(pdf, name);
  if (!def || def->type != HPDF_FONTDEF_TYPE_TRUETYPE) return false;
  auto* attr = static_cast<HPDF_TTFontDefAttr>(def->attr);
  auto& cmap = attr->cmap;
  if (cmap.format != 4 || cmap.seg_count_x2 == 0) return false;
  std::vector<char32_t> bmp;
  for (char32_t c : chars)
    if (c < 0xFFFF) bmp.push_back(c);
  if (bmp.empty()) return false;
  const HPDF_UINT16 first = static_cast<HPDF_UINT16>(bmp.front());
  const HPDF_UINT16 last = static_cast<HPDF_UINT16>(bmp.back());
  // The old table's answer for every code point of the range, gaps included.
  std::vector<HPDF_UINT16> glyphs;
  glyphs.reserve(last - first + 1u);
  for (unsigned c = first; c <= last; ++c)
    glyphs.push_back(HPDF_TTFontDef_GetGlyphid(def, static_cast<HPDF_UINT16>(c)));
  // Segment 0 reads glyphs[c - first]: libharu indexes the glyph array at
  // id_range_offset / 2 + (c - start) - (segments - segment). Segment 1 maps 0xFFFF to glyph 0.
  auto* ends = haru_array<HPDF_UINT16>(def, {last, 0xFFFF});
  auto* starts = haru_array<HPDF_UINT16>(def, {first, 0xFFFF});
  auto* deltas = haru_array<HPDF_INT16>(def, {0, 1});
  auto* offsets = haru_array<HPDF_UINT16>(def, {4, 0});
  auto* array = haru_array(def, glyphs);
  if (!ends || !starts || !deltas || !offsets || !array) {
    for (void* p :
         {static_cast<void*>(ends), static_cast<void*>(starts), static_cast<void*>(deltas),
          static_cast<void*>(offsets), static_cast<void*>(array)})
      if (p) HPDF_FreeMem(def->mmgr, p);
    return false;
  }
  replace(def, cmap.end_count, ends);
  replace(def, cmap.start_count, starts);
  replace(def, cmap.id_delta, deltas);
  replace(def, cmap.id_range_offset, offsets);
  replace(def, cmap.glyph_id_array, array);
  cmap.glyph_id_array_count = static_cast<HPDF_UINT>(glyphs.size());
  cmap.seg_count_x2 = 4;
  return true;
}

}  // namespace briefing::render
