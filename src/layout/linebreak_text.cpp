#include "layout/linebreak_text.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/unicode.hpp"

namespace briefing::layout {

bool is_invisible(char32_t c) {
  return c == 0xAD || (c >= 0x300 && u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT));
}

bool is_combining_mark(char32_t c) { return c >= 0x300 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

ParagraphText collect_glyphs(const std::vector<StyledRun>& runs, const font::FontBook& fonts,
                             Diagnostics& diags) {
  ParagraphText paragraph;
  std::size_t bytes = 0;
  for (const StyledRun& run : runs) bytes += run.text.size();
  paragraph.text.reserve(bytes);
  paragraph.glyphs.reserve(bytes);
  std::vector<char32_t> missing;
  std::vector<char32_t> warned;
  for (int r = 0; r < static_cast<int>(runs.size()); ++r) {
    const StyledRun& run = runs[r];
    missing.clear();
    // FontBook::segment() and advance() in one pass, without copying the text into spans.
    FaceId previous = -1;
    for (std::size_t pos = 0; pos < run.text.size();) {
      auto byte = static_cast<std::uint32_t>(paragraph.text.size() + pos);
      char32_t c = next_code_point(run.text, pos);
      font::FontBook::Drawn drawn = fonts.draw(run.face, c, previous);
      if (drawn.missing && std::find(missing.begin(), missing.end(), c) == missing.end())
        missing.push_back(c);
      paragraph.glyphs.push_back({byte, c, r, drawn.face, drawn.advance * run.size});
      previous = drawn.face;
    }
    paragraph.text += run.text;
    for (char32_t c : missing) {
      if (std::find(warned.begin(), warned.end(), c) != warned.end()) continue;
      warned.push_back(c);
      std::string shown;
      append_utf8(shown, c);
      diags.warn(run.where, std::string("no font has ") + code_point_name(c) + " '" + shown + "'");
    }
  }
  return paragraph;
}

}  // namespace briefing::layout
