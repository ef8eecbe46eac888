#pragma once
// A paragraph as one string of glyphs: every character with its run, the face that draws it and
// its width, so that breaking and setting never measure text again.
#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "layout/bidi.hpp"
#include "layout/paragraph.hpp"

namespace briefing::layout {

struct Glyph {
  std::uint32_t byte = 0;  // offset of the character in ParagraphText::text
  char32_t c = 0;
  int run = 0;
  FaceId face = 0;
  double width = 0;        // points
  std::uint8_t level = 0;  // bidi embedding level: odd is right to left
  // Drawn by the glyph of a character before it (the second letter of a ligature such as "ff"):
  // a word broken here would not be drawn as it was measured.
  bool joined = false;
};

struct ParagraphText {
  std::string text;  // the runs' text, concatenated
  std::vector<Glyph> glyphs;
  bool mixed = false;  // some text is right to left: words are shaped in their level's direction
  bool rtl = false;    // the paragraph's base direction is right to left
  // Each word as shaped, by its first glyph, so that a piece of a line that is a whole word
  // takes its glyphs without shaping (or looking them up) again.
  struct Word {
    int first = 0, last = 0;
    std::span<const PlacedGlyph> glyphs;
  };
  std::vector<Word> words;  // in text order

  // The glyphs of the word that is exactly glyphs [first, last), if one is.
  const Word* word(int first, int last) const {
    auto it = std::lower_bound(words.begin(), words.end(), first,
                               [](const Word& word, int at) { return word.first < at; });
    return it != words.end() && it->first == first && it->last == last ? &*it : nullptr;
  }

  // The UTF-8 of glyphs [first, last).
  std::string_view slice(int first, int last) const {
    std::size_t begin = glyphs[first].byte;
    std::size_t end = last < static_cast<int>(glyphs.size()) ? glyphs[last].byte : text.size();
    return std::string_view(text).substr(begin, end - begin);
  }
};

// Assigns faces by the FontBook's fallback and bidi levels (in the shape's direction), and
// shapes each word; a warning or error (the shape says which), at the run's location, once per
// character that no face has.
ParagraphText collect_glyphs(const std::vector<StyledRun>& runs, const ParagraphShape& shape,
                             const font::FontBook& fonts, Diagnostics& diags);

// How a piece of text at bidi `level` is shaped in a paragraph that is `mixed` or not.
inline font::Direction shaping_direction(bool mixed, std::uint8_t level) {
  if (!mixed) return font::Direction::automatic;
  return level % 2 ? font::Direction::rtl : font::Direction::ltr;
}

// Format characters (soft hyphen, zero-width space and joiners, variation selectors): they steer
// breaking but are never drawn, since the PDF has no shaping to interpret them.
bool is_invisible(char32_t c);

bool is_combining_mark(char32_t c);

}  // namespace briefing::layout
