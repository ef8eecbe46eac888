#pragma once
// Paragraph setting: styled runs in, lines of positioned pieces out. Break opportunities come
// from ICU (UAX #14), English hyphenation from libhyphen, and the breaks are chosen by total fit
// (Knuth-Plass) so that justified lines are as even as possible.
#include <span>
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "base/geom.hpp"
#include "font/font.hpp"
#include "layout/bidi.hpp"

namespace briefing::layout {

enum class LineAlign { left, right, center, justify };

struct StyledRun {
  std::string text;  // NFC UTF-8
  FaceId face = 0;   // preferred face; fallback per character happens inside
  double size = 10;
  Color color;
  std::string href;                     // non-empty for links
  Location where;                       // for warnings about missing glyphs
  std::vector<font::Feature> features;  // OpenType features of its style
  // A reference's words link to `link_to`; with `page_of`, the run holds the place of its page.
  std::string link_to{};
  bool page_of = false;
  std::string anchor{};  // the id whose target this run's text is (a fact printed first here)
  int note = -1;         // the footnote whose marker's place this run holds
};

struct ParagraphShape {
  double width = 0;         // line width in points
  double first_indent = 0;  // indent of the first line (reduces its width)
  LineAlign align = LineAlign::left;
  bool hyphenate = false;  // English hyphenation (libhyphen, hyph_en_US)
  // The base direction; a right-to-left paragraph set `left` is set `right` instead, and its
  // justified last line ends at the right edge.
  TextDirection direction = TextDirection::automatic;
  bool missing_glyphs_error = false;  // a character no font has is an error, else a warning
};

// One drawable piece of a line; x is relative to the line's start (indent included).
struct Piece {
  double x = 0;
  double width = 0;
  FaceId face = 0;
  double size = 10;
  Color color;
  std::string text;  // a word with its trailing space if any, or a hyphen, in one face
  std::string href;
  std::string link_to;  // as its run's
  bool page_of = false;
  std::string anchor;
  int note = -1;  // as its run's
  // The text's first `ink` bytes shaped (the hyphen of a broken word included), and the
  // spaces after them shaped apart: a word is shaped, and kept between runs, once whatever
  // follows it. Both held by the FontBook.
  std::span<const PlacedGlyph> glyphs;
  std::span<const PlacedGlyph> space_glyphs;
  std::size_t ink = std::string::npos;
  bool rtl = false;  // shaped right to left
  double lead = 0;   // the glyphs start this far before x (a right-to-left word's trailing space)
};

struct Line {
  std::vector<Piece> pieces;
  double width = 0;    // set width (== shape width for justified lines except the last)
  double ascent = 0;   // max ascender over the pieces, points
  double descent = 0;  // max |descender|, points
  bool last = false;   // last line of the paragraph
  // How the line was aligned (justify: a full justified line, its spaces stretched), which
  // says where room freed in it later goes: a reference's page number narrower than its place.
  LineAlign set_as = LineAlign::left;
};

// Sets a paragraph. Never returns a line wider than shape.width: a word that cannot fit is
// broken between characters. Characters no font has produce a warning at the run's location.
std::vector<Line> set_paragraph(const std::vector<StyledRun>& runs, const ParagraphShape& shape,
                                const font::FontBook& fonts, Diagnostics& diags);

}  // namespace briefing::layout
