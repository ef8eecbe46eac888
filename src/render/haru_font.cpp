#include "render/haru_font.hpp"

#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <zlib.h>

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

// The encoder's two code tables, put back as they were when this goes out of scope: the UTF-8
// encoder keeps its parsing state in the first row of `cid_map`.
class SavedTables {
 public:
  explicit SavedTables(HPDF_CMapEncoderAttr attr)
      : attr_(attr), unicode_(kTableBytes), cid_(kTableBytes) {
    std::memcpy(unicode_.data(), attr->unicode_map, kTableBytes);
    std::memcpy(cid_.data(), attr->cid_map, kTableBytes);
  }
  ~SavedTables() {
    std::memcpy(attr_->unicode_map, unicode_.data(), kTableBytes);
    std::memcpy(attr_->cid_map, cid_.data(), kTableBytes);
  }
  SavedTables(const SavedTables&) = delete;
  SavedTables& operator=(const SavedTables&) = delete;

 private:
  HPDF_CMapEncoderAttr attr_;
  std::vector<unsigned char> unicode_, cid_;
};

// A code's CID and character, as the CMap path reads them: both are the code point.
void define(HPDF_CMapEncoderAttr attr, char32_t c) {
  attr->cid_map[c >> 8][c & 0xFF] = static_cast<HPDF_UINT16>(c);
  attr->unicode_map[c >> 8][c & 0xFF] = static_cast<HPDF_UNICODE>(c);
}

}  // namespace

HPDF_Font get_font(HPDF_Doc pdf, const char* name, const std::set<char32_t>& chars) {
  HPDF_Encoder encoder = HPDF_GetEncoder(pdf, kEncoding);
  // CID 0 is never defined, and U+FFFF is no character: neither is drawn.
  auto highest = std::find_if(chars.rbegin(), chars.rend(), [](char32_t c) { return c < 0xFFFF; });
  if (!is_haru_2_3_0() || !encoder || encoder->type != HPDF_ENCODER_TYPE_DOUBLE_BYTE ||
      highest == chars.rend() || *highest == 0)
    return HPDF_GetFont(pdf, name, kEncoding);
  auto* attr = static_cast<HPDF_CMapEncoderAttr>(encoder->attr);
  SavedTables saved(attr);
  std::memset(attr->unicode_map, 0, kTableBytes);
  std::memset(attr->cid_map, 0, kTableBytes);
  for (char32_t c : chars)
    if (c > 0 && c < 0xFFFF) define(attr, c);
  // libharu writes the widths and the map of the CIDs below the highest one it visits; one
  // more, which no text draws, keeps the last character in both.
  define(attr, *highest + 1);
  HPDF_Encoder_ToUnicode_Func to_unicode = encoder->to_unicode_fn;
  encoder->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
  HPDF_Font font = HPDF_GetFont(pdf, name, kEncoding);
  encoder->to_unicode_fn = to_unicode;
  return font;
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
  return store_deflated(file, deflate(contents_of(file->stream), Z_DEFAULT_COMPRESSION));
}

}  // namespace briefing::render
