#pragma once
// The Unicode Bidirectional Algorithm (UAX #9) through ICU's ubidi: the embedding level of every
// byte of a paragraph, and the visual order of a line's pieces. Text without a right-to-left
// character (nearly every brief) takes a fast path that never calls ICU.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace briefing::layout {

enum class TextDirection { automatic, ltr, rtl };

// A style's `dir` (every paragraph of text carries its direction in its style).
TextDirection text_direction(model::Direction dir);

struct BidiParagraph {
  // The base direction: as given, or from the first strong character (rules P2, P3), else LTR.
  bool rtl = false;
  // The embedding level of each byte of the UTF-8 text (every byte of a character has the
  // character's level), so that callers index it by byte offset. Empty exactly when mixed() is
  // false: then every byte is at level 0.
  std::vector<std::uint8_t> levels;

  // Whether bidi changes anything: an RTL base or an odd (right-to-left) level anywhere. False
  // for pure left-to-right text, so callers skip all bidi work.
  bool mixed() const;
  // The level at byte `offset`: 0 when the paragraph is not mixed.
  std::uint8_t level_at(std::size_t offset) const { return levels.empty() ? 0 : levels[offset]; }
};

// Resolves the levels of one paragraph (rules P2 to I2; the whitespace at a line's end, rule L1,
// depends on where the line breaks and is left to the line setter).
BidiParagraph resolve_bidi(std::string_view utf8, TextDirection dir);

// The visual (left-to-right) order of a line's pieces, each given its level: rule L2 reverses
// every maximal run of pieces at level k or higher, for k from the highest level down to the
// lowest odd one. Returns piece indices, leftmost first.
std::vector<int> visual_order(const std::vector<std::uint8_t>& piece_levels);

}  // namespace briefing::layout
