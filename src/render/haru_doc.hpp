#pragma once
// A libharu document owned by RAII. libharu reports errors through a callback; the usual
// longjmp-out-of-the-callback recipe would skip C++ destructors, so the callback here only
// records, and the render steps ask for the record after their calls.
#include <hpdf.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include "base/diag.hpp"
#include "render/haru_seam.hpp"

// Every file but haru_seam.cpp sees libharu's public API only (CMakeLists.txt).
static_assert(std::is_same_v<HPDF_Doc, void*>, "compile with HPDF_SHARED");

namespace briefing::render {

// `utf8` as the bytes of a PDF text string: UTF-16BE after a byte order mark, with surrogate
// pairs for the characters past U+FFFF, which libharu's UTF-8 encoder writes as spaces.
std::string text_string(std::string_view utf8);

// The size of text_string(`utf8`), which libharu bounds like any string.
std::size_t text_string_size(std::string_view utf8);

class HaruDoc {
 public:
  HaruDoc();
  ~HaruDoc();
  HaruDoc(const HaruDoc&) = delete;
  HaruDoc& operator=(const HaruDoc&) = delete;

  // Null only when libharu could not allocate the document.
  HPDF_Doc get() const { return doc_; }
  haru::DocRef ref() const { return {doc_}; }

  // The first error since the document was made. Later ones are mostly libharu refusing to work
  // on a document that already failed, so the first is the one worth reporting.
  std::optional<haru::Error> error() const;

  // Reports the error, if any, as "<what>: <words>" at `where`; true when there was none.
  bool check(Diagnostics& diags, const Location& where, const std::string& what) const;

 private:
  static void record(HPDF_STATUS code, HPDF_STATUS detail, void* self);

  std::optional<haru::Error> first_;
  HPDF_Doc doc_ = nullptr;
};

}  // namespace briefing::render
