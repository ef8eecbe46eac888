// libFuzzer target: the font loader. The input is a font file, loaded through a manifest as a
// build loads one (checked at load, opened again at first use, each glyph the text uses loaded
// and checked as it is cached); then a few characters are segmented and measured in it, as
// layout does, and its failures reported.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/unicode.hpp"
#include "font/font.hpp"
#include "scratch.hpp"

namespace {

using namespace briefing;

// The manifest and the font file, in the fuzzer's scratch folder (removed at exit).
class Folder {
 public:
  Folder() {
    std::ofstream(manifest())
        << "<fonts><family name=\"body\"><face file=\"font.ttf\"/></family></fonts>\n";
  }
  std::string manifest() const { return (fuzz::scratch() / "manifest.xml").string(); }
  void write_font(const std::uint8_t* data, std::size_t size) const {
    std::ofstream(fuzz::scratch() / "font.ttf", std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  }
};

// Latin, Vietnamese, a space, a mark, a CJK character, a symbol, the braille blank, a default
// ignorable and a character outside the BMP.
constexpr std::string_view kText = "Aa 0,.\u1EA7a\u0302\u4E60\u25B2\u2800\u00AD\U0001F600";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Folder folder;
  folder.write_font(data, size);
  Diagnostics diags;
  auto fonts = font::FontBook::load(folder.manifest(), diags);
  if (!fonts) return 0;
  // A few characters picked by the input too, so that any glyph of a small font can be reached.
  std::string text(kText);
  for (std::size_t i = 0; i + 1 < size && i < 8; i += 2) {
    auto c = static_cast<char32_t>(data[size - 1 - i] << 8 | data[size - 2 - i]);
    if (c < 0xD800 || c > 0xDFFF) append_utf8(text, c);  // layout sees valid UTF-8 only
  }
  const FaceId face = fonts->face("body", false, false);
  std::vector<char32_t> missing;
  for (const auto& span : fonts->segment(face, text, &missing))
    (void)fonts->measure(span.face, span.text, 10);
  (void)fonts->ascender(face);
  (void)fonts->descender(face);
  (void)fonts->cap_height(face);
  fonts->report_failures(diags);
  return 0;
}
