#pragma once
// A paragraph as one string of glyphs: every character with its run, the face that draws it and
// its width, so that breaking and setting never measure text again.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "layout/paragraph.hpp"

namespace briefing::layout {

struct Glyph {
  std::uint32_t byte = 0;  // offset of the character in ParagraphText::text
  char32_t c = 0;
  int run = 0;
  FaceId face = 0;
  double width = 0;  // points
};

struct ParagraphText {
  std::string text;  // the runs' text, concatenated
  std::vector<Glyph> glyphs;

  // The UTF-8 of glyphs [first, last).
  std::string_view slice(int first, int last) const {
    std::size_t begin = glyphs[first].byte;
    std::size_t end = last < static_cast<int>(glyphs.size()) ? glyphs[last].byte : text.size();
    return std::string_view(text).substr(begin, end - begin);
  }
};

// Assigns faces by the FontBook's fallback; warns, at the run's location, once per character
// that no face has.
ParagraphText collect_glyphs(const std::vector<StyledRun>& runs, const font::FontBook& fonts,
                             Diagnostics& diags);

// Format characters (soft hyphen, zero-width space and joiners, variation selectors): they steer
// breaking but are never drawn, since the PDF has no shaping to interpret them.
bool is_invisible(char32_t c);

bool is_combining_mark(char32_t c);

}  // namespace briefing::layout
