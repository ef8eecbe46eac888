#include "layout/linebreak_text.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/unicode.hpp"

namespace briefing::layout {

bool is_invisible(char32_t c) {
  return c == 0xAD || (c >= 0x300 && u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT));
}

bool is_combining_mark(char32_t c) { return c >= 0x300 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

namespace {

// ASCII answered here: nearly every character of a brief is.
bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return u_isUWhiteSpace(c);
}

// Gives each character of glyphs [first, last) (one run, one face, one word) its share of the
// word's shaped width: every glyph's advance, kerning included, goes to the first character of
// its cluster, so a ligature's width sits on its first letter and the others have none.
void shape_word(ParagraphText& paragraph, int first, int last, const StyledRun& run,
                const font::FontBook& fonts) {
  std::vector<Glyph>& chars = paragraph.glyphs;
  std::uint32_t start = chars[std::size_t(first)].byte;
  std::string_view text = paragraph.slice(first, last);
  for (int i = first; i < last; ++i) {
    chars[std::size_t(i)].width = 0;
    chars[std::size_t(i)].joined = i > first;
  }
  int at = first;
  const Glyph& head = chars[std::size_t(first)];
  font::Direction direction = shaping_direction(paragraph.mixed, head.level);
  std::span<const PlacedGlyph> glyphs = fonts.shape(head.face, text, run.features, direction);
  paragraph.words.push_back({first, last, glyphs});
  for (const PlacedGlyph& glyph : glyphs) {
    std::uint32_t byte = start + glyph.cluster;
    // Clusters rise through a left-to-right word and fall through a right-to-left one.
    while (at > first && chars[std::size_t(at)].byte > byte) --at;
    while (at + 1 < last && chars[std::size_t(at + 1)].byte <= byte) ++at;
    chars[std::size_t(at)].width += double(glyph.advance) * run.size;
    if (chars[std::size_t(at)].byte == byte) chars[std::size_t(at)].joined = false;
  }
}

// Shapes each word: the characters between spaces that share a run, a face and a bidi level.
void shape_words(ParagraphText& paragraph, const std::vector<StyledRun>& runs,
                 const font::FontBook& fonts) {
  const std::vector<Glyph>& chars = paragraph.glyphs;
  int count = int(chars.size());
  paragraph.words.reserve(chars.size() / 4 + 1);
  for (int first = 0; first < count;) {
    if (is_space(chars[std::size_t(first)].c)) {
      ++first;
      continue;
    }
    int last = first + 1;
    const Glyph& head = chars[std::size_t(first)];
    while (last < count && chars[std::size_t(last)].run == head.run &&
           chars[std::size_t(last)].face == head.face &&
           chars[std::size_t(last)].level == head.level && !is_space(chars[std::size_t(last)].c))
      ++last;
    shape_word(paragraph, first, last, runs[std::size_t(head.run)], fonts);
    first = last;
  }
}

}  // namespace

ParagraphText collect_glyphs(const std::vector<StyledRun>& runs, const ParagraphShape& shape,
                             const font::FontBook& fonts, Diagnostics& diags) {
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
      std::string message = std::string("no font has ") + code_point_name(c) + " '" + shown + "'";
      if (shape.missing_glyphs_error)
        diags.error(run.where, message);
      else
        diags.warn(run.where, message + ", which prints as an empty box");
    }
  }
  BidiParagraph bidi = resolve_bidi(paragraph.text, shape.direction);
  paragraph.rtl = bidi.rtl;
  paragraph.mixed = bidi.mixed();
  if (paragraph.mixed)
    for (Glyph& glyph : paragraph.glyphs) glyph.level = bidi.level_at(glyph.byte);
  shape_words(paragraph, runs, fonts);
  return paragraph;
}

}  // namespace briefing::layout
