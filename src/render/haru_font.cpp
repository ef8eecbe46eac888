#include "render/haru_font.hpp"

#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "render/deflated.hpp"

namespace briefing::render {

namespace {

bool is_haru_2_3_0() { return std::string_view(HPDF_GetVersion()) == "2.3.0"; }

std::string contents_of(HPDF_Stream stream) {
  std::string bytes;
  for (HPDF_UINT i = 0; i < HPDF_MemStream_GetBufCount(stream); ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* chunk = HPDF_MemStream_GetBufPtr(stream, i, &length);
    if (chunk) bytes.append(reinterpret_cast<const char*>(chunk), length);
  }
  return bytes;
}

constexpr const char* kEncoding = "UTF-8";

constexpr std::size_t kTableBytes = sizeof(HPDF_UINT16[256][256]);

// A code's CID and character, as the CMap path reads them: both are the code point.
void define(HPDF_CMapEncoderAttr attr, char32_t c) {
  attr->cid_map[c >> 8][c & 0xFF] = static_cast<HPDF_UINT16>(c);
  attr->unicode_map[c >> 8][c & 0xFF] = static_cast<HPDF_UNICODE>(c);
}

}  // namespace

FontMaker::FontMaker(HPDF_Doc pdf) : pdf_(pdf) {
  HPDF_Encoder encoder = HPDF_GetEncoder(pdf, kEncoding);
  if (!is_haru_2_3_0() || !encoder || encoder->type != HPDF_ENCODER_TYPE_DOUBLE_BYTE) return;
  // Both code tables are put back as they were: the UTF-8 encoder keeps its parsing state in
  // the first row of `cid_map`.
  auto* attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
  saved_unicode_.assign(kTableBytes, 0);
  saved_cid_.assign(kTableBytes, 0);
  std::memcpy(saved_unicode_.data(), attr->unicode_map, kTableBytes);
  std::memcpy(saved_cid_.data(), attr->cid_map, kTableBytes);
  saved_to_unicode_ = encoder->to_unicode_fn;
  encoder_ = encoder;
  narrow(true);
}

FontMaker::~FontMaker() {
  if (encoder_) narrow(false);
}

void FontMaker::narrow(bool on) {
  if (!on) {
    auto* attr = static_cast<HPDF_CMapEncoderAttr>(encoder_->attr);
    std::memcpy(attr->unicode_map, saved_unicode_.data(), kTableBytes);
    std::memcpy(attr->cid_map, saved_cid_.data(), kTableBytes);
  }
  encoder_->to_unicode_fn = on ? HPDF_CMapEncoder_ToUnicode : saved_to_unicode_;
}

HPDF_Font FontMaker::get(const char* name, const std::set<char32_t>& chars) {
  if (!encoder_) return HPDF_GetFont(pdf_, name, kEncoding);
  // CID 0 is never defined, and U+FFFF is no character: neither is drawn.
  auto highest = std::find_if(chars.rbegin(), chars.rend(), [](char32_t c) { return c < 0xFFFF; });
  if (highest == chars.rend() || *highest == 0) {
    narrow(false);
    HPDF_Font font = HPDF_GetFont(pdf_, name, kEncoding);
    narrow(true);
    return font;
  }
  // The CMap path reads a code's character only where its CID is not 0.
  auto* attr = static_cast<HPDF_CMapEncoderAttr>(encoder_->attr);
  std::memset(attr->cid_map, 0, kTableBytes);
  for (char32_t c : chars)
    if (c > 0 && c < 0xFFFF) define(attr, c);
  // libharu writes the widths and the map of the CIDs below the highest one it visits; one
  // more, which no text draws, keeps the last character in both.
  define(attr, *highest + 1);
  return HPDF_GetFont(pdf_, name, kEncoding);
}

bool write_font_file(HPDF_Font font) {
  if (!is_haru_2_3_0() || !font || !font->before_write_fn) return false;
  auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  // The step makes the font's descriptor, and runs once: at the save it is found made.
  if (!attr || attr->type != HPDF_FONT_TYPE0_TT || attr->fontdef->descriptor) return false;
  if (font->before_write_fn(font) != HPDF_OK || !attr->fontdef->descriptor) return false;
  auto* file = static_cast<HPDF_Dict>(
      HPDF_Dict_GetItem(attr->fontdef->descriptor, "FontFile2", HPDF_OCLASS_DICT));
  if (!file || !file->stream || file->stream->type != HPDF_STREAM_MEMORY ||
      file->filter == HPDF_STREAM_FILTER_NONE)
    return false;
  return store_deflated(file, deflate(contents_of(file->stream)));
}

bool deflate_font_maps(HPDF_Font font) {
  if (!is_haru_2_3_0() || !font) return false;
  auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  if (!attr || attr->type != HPDF_FONT_TYPE0_TT || !attr->descendant_font) return false;
  HPDF_Font cid_font = attr->descendant_font;
  auto stream_at = [](HPDF_Dict dict, const char* key) {
    auto* stream = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(dict, key, HPDF_OCLASS_DICT));
    return stream && stream->stream && stream->stream->type == HPDF_STREAM_MEMORY ? stream
                                                                                  : nullptr;
  };
  HPDF_Dict to_unicode = stream_at(font, "ToUnicode");
  HPDF_Dict glyph_map = stream_at(cid_font, "CIDToGIDMap");
  if (!to_unicode || !glyph_map) return false;
  if (!store_deflated(to_unicode, deflate(contents_of(to_unicode->stream))) ||
      !store_deflated(glyph_map, deflate(contents_of(glyph_map->stream))))
    return false;
  // As it saves, libharu gives both streams the font's own filter (its before-write step), which
  // would deflate them again.
  font->filter = HPDF_STREAM_FILTER_NONE;
  return true;
}

}  // namespace briefing::render
