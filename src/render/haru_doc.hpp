#pragma once
// A libharu document owned by RAII. libharu reports errors through a callback; the usual
// longjmp-out-of-the-callback recipe would skip C++ destructors, so the callback here only
// records, and the render steps ask for the record after their calls.
#include <hpdf.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "base/diag.hpp"

namespace briefing::render {

struct HaruError {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};

// "cannot open the file (No such file or directory)" style words for a libharu error; codes
// without words come out as hex, which libharu's documentation lists.
std::string describe(const HaruError& error);

// `utf8` as a PDF text string: UTF-16BE after a byte order mark, with surrogate pairs for the
// characters past U+FFFF, which libharu's UTF-8 encoder writes as spaces.
HPDF_Binary text_string(HPDF_MMgr mmgr, std::string_view utf8);

// The bytes text_string() makes of `utf8`, which libharu bounds like any string.
std::size_t text_string_size(std::string_view utf8);

class HaruDoc {
 public:
  HaruDoc();
  ~HaruDoc();
  HaruDoc(const HaruDoc&) = delete;
  HaruDoc& operator=(const HaruDoc&) = delete;

  // Null only when libharu could not allocate the document.
  HPDF_Doc get() const { return doc_; }

  // The first error since the document was made. Later ones are mostly libharu refusing to work
  // on a document that already failed, so the first is the one worth reporting.
  std::optional<HaruError> error() const;

  // Reports the error, if any, as "<what>: <words>" at `where`; true when there was none.
  bool check(Diagnostics& diags, const Location& where, const std::string& what) const;

 private:
  static void record(HPDF_STATUS code, HPDF_STATUS detail, void* self);

  std::optional<HaruError> first_;
  HPDF_Doc doc_ = nullptr;
};

}  // namespace briefing::render
