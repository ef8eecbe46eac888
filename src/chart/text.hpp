#pragma once
// Chart text: measured with the FontBook (the same advances the PDF uses), set as GlyphRuns with
// per-character fallback faces, and boxed so that labels can be kept apart.
#include <string>
#include <string_view>
#include <vector>

#include "base/geom.hpp"
#include "base/page.hpp"
#include "font/font.hpp"

namespace briefing::chart {

struct TextLook {
  FaceId face = 0;
  double size = 7;
  Color color;
  double leading() const { return size * 1.25; }
};

enum class Align { left, centre, right };

class Texts {
 public:
  explicit Texts(const font::FontBook& fonts) : fonts_(fonts) {}

  double width(const TextLook& look, std::string_view text) const;
  // Baseline offset from the top of a line box of the look's leading.
  double baseline(const TextLook& look) const;
  // The box a label occupies around its baseline: cap height above, descender below.
  double cap(const TextLook& look) const;
  double descent(const TextLook& look) const;

  // Greedy breaks at spaces; a word wider than `width` gets a line of its own.
  std::vector<std::string> wrap(const TextLook& look, std::string_view text, double width) const;
  double widest(const TextLook& look, const std::vector<std::string>& lines) const;

  // One line anchored at x (its left edge, centre or right edge) on `baseline`; returns its box.
  Rect line(const TextLook& look, std::string_view text, double x, double baseline, Align align,
            std::vector<Item>& out) const;
  // Lines one leading apart, the first line box's top at `top`; returns the height used.
  double lines(const TextLook& look, const std::vector<std::string>& text, double x, double top,
               Align align, std::vector<Item>& out) const;

  const font::FontBook& fonts() const { return fonts_; }

 private:
  const font::FontBook& fonts_;
};

}  // namespace briefing::chart
