#include "render/haru_doc.hpp"

#include "base/unicode.hpp"

namespace briefing::render {

std::string text_string(std::string_view utf8) {
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

std::size_t text_string_size(std::string_view utf8) { return text_string(utf8).size(); }

HaruDoc::HaruDoc() : doc_(HPDF_New(&HaruDoc::record, this)) {}

HaruDoc::~HaruDoc() {
  if (doc_) HPDF_Free(doc_);
}

void HaruDoc::record(HPDF_STATUS code, HPDF_STATUS detail, void* self) {
  auto& doc = *static_cast<HaruDoc*>(self);
  if (!doc.first_) doc.first_ = haru::Error{code, detail};
}

std::optional<haru::Error> HaruDoc::error() const {
  if (first_) return first_;
  // A few libharu paths set the error without calling the handler.
  if (doc_ && HPDF_GetError(doc_) != HPDF_OK) {
    return haru::Error{HPDF_GetError(doc_), HPDF_GetErrorDetail(doc_)};
  }
  return std::nullopt;
}

bool HaruDoc::check(Diagnostics& diags, const Location& where, const std::string& what) const {
  auto e = error();
  if (!e) return true;
  diags.error(where, what + ": " + haru::describe(*e));
  return false;
}

}  // namespace briefing::render
