#include "render/haru_doc.hpp"

#include <array>
#include <cstdio>
#include <system_error>
#include <utility>

#include "base/unicode.hpp"

namespace briefing::render {

namespace {

// The codes a font file, a bad value from layout or a full disk can cause; the rest would be
// programming errors, for which the hex code is enough to look up.
constexpr std::array<std::pair<HPDF_STATUS, const char*>, 18> known_errors{{
    {HPDF_FAILD_TO_ALLOC_MEM, "out of memory"},
    {HPDF_FILE_OPEN_ERROR, "cannot open the file"},
    {HPDF_FILE_IO_ERROR, "cannot read the file"},
    {HPDF_TTF_INVALID_FOMAT, "not a TrueType font file"},
    {HPDF_TTF_MISSING_TABLE, "not glyf-based TrueType (libharu cannot embed CFF outlines)"},
    {HPDF_TTF_INVALID_CMAP, "the font has no usable Unicode cmap"},
    {HPDF_TTF_CANNOT_EMBEDDING_FONT, "the font's licence (OS/2 fsType) forbids embedding"},
    {HPDF_INVALID_TTC_FILE, "not a valid TrueType collection"},
    {HPDF_INVALID_TTC_INDEX, "no such face in the TrueType collection"},
    {HPDF_UNSUPPORTED_FONT_TYPE, "unsupported font type"},
    {HPDF_INVALID_FONTDEF_DATA, "invalid font data"},
    {HPDF_PAGE_INVALID_FONT_SIZE, "type size out of range (libharu accepts above 0 up to 600)"},
    {HPDF_PAGE_OUT_OF_RANGE, "a value is out of range (colour components must be 0..1)"},
    {HPDF_PAGE_INVALID_SIZE, "page size out of range (3..14400 pt)"},
    {HPDF_INVALID_DATE_TIME, "invalid date"},
    {HPDF_INVALID_URI, "a link has no address"},
    {HPDF_INVALID_PARAMETER, "invalid parameter"},
    {HPDF_ZLIB_ERROR, "compression failed"},
}};

}  // namespace

std::string describe(const HaruError& error) {
  std::string words;
  for (const auto& [code, text] : known_errors) {
    if (code == error.code) words = text;
  }
  if (words.empty()) {
    char hex[64];
    std::snprintf(hex, sizeof hex, "libharu error 0x%04X (detail %u)",
                  static_cast<unsigned>(error.code), static_cast<unsigned>(error.detail));
    return hex;
  }
  // For file errors libharu passes errno as the detail.
  bool file_error = error.code == HPDF_FILE_OPEN_ERROR || error.code == HPDF_FILE_IO_ERROR;
  if (file_error && error.detail != 0) {
    words += " (" + std::generic_category().message(static_cast<int>(error.detail)) + ")";
  }
  return words;
}

namespace {

std::string utf16be(std::string_view utf8) {
  std::string out = "\xFE\xFF";
  auto unit = [&](unsigned u) {
    out += char(u >> 8);
    out += char(u & 0xFF);
  };
  for (std::size_t pos = 0; pos < utf8.size();) {
    char32_t c = next_code_point(utf8, pos);
    if (c < 0x10000) {
      unit(unsigned(c));
    } else {
      unit(0xD800 + unsigned((c - 0x10000) >> 10));
      unit(0xDC00 + unsigned((c - 0x10000) & 0x3FF));
    }
  }
  return out;
}

}  // namespace

HPDF_Binary text_string(HPDF_MMgr mmgr, std::string_view utf8) {
  std::string bytes = utf16be(utf8);
  return HPDF_Binary_New(mmgr, reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                         static_cast<HPDF_UINT>(bytes.size()));
}

std::size_t text_string_size(std::string_view utf8) { return utf16be(utf8).size(); }

HaruDoc::HaruDoc() : doc_(HPDF_New(&HaruDoc::record, this)) {}

HaruDoc::~HaruDoc() {
  if (doc_) HPDF_Free(doc_);
}

void HaruDoc::record(HPDF_STATUS code, HPDF_STATUS detail, void* self) {
  auto& doc = *static_cast<HaruDoc*>(self);
  if (!doc.first_) doc.first_ = HaruError{code, detail};
}

std::optional<HaruError> HaruDoc::error() const {
  if (first_) return first_;
  // A few libharu paths set the error without calling the handler.
  if (doc_ && HPDF_GetError(doc_) != HPDF_OK) {
    return HaruError{HPDF_GetError(doc_), HPDF_GetErrorDetail(doc_)};
  }
  return std::nullopt;
}

bool HaruDoc::check(Diagnostics& diags, const Location& where, const std::string& what) const {
  auto e = error();
  if (!e) return true;
  diags.error(where, what + ": " + describe(*e));
  return false;
}

}  // namespace briefing::render
