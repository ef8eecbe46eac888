#include "layout/bidi.hpp"

#include <unicode/ubidi.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>
#include <new>
#include <numeric>

#include "base/unicode.hpp"

namespace briefing::layout {

namespace {

bool is_odd(std::uint8_t level) { return (level & 1) != 0; }

// The bidi classes that can give a character an odd level in a left-to-right paragraph.
bool starts_right_to_left(char32_t c) {
  switch (u_charDirection(static_cast<UChar32>(c))) {
    case U_RIGHT_TO_LEFT:
    case U_RIGHT_TO_LEFT_ARABIC:
    case U_ARABIC_NUMBER:
    case U_RIGHT_TO_LEFT_EMBEDDING:
    case U_RIGHT_TO_LEFT_OVERRIDE:
    case U_RIGHT_TO_LEFT_ISOLATE:
      return true;
    default:
      return false;
  }
}

// No character below U+0590 (Hebrew, the first right-to-left block) has one of those classes,
// and every byte of such text is below 0xD6, the lead byte of U+0580..U+05BF: most text is
// passed over a byte at a time, without decoding or a property lookup.
bool has_right_to_left(std::string_view utf8) {
  for (std::size_t pos = 0; pos < utf8.size();) {
    if (static_cast<unsigned char>(utf8[pos]) < 0xD6) {
      ++pos;
      continue;
    }
    char32_t c = next_code_point(utf8, pos);
    if (c >= 0x590 && starts_right_to_left(c)) return true;
  }
  return false;
}

// ubidi works on UTF-16; each code point remembers where its bytes and its units start.
struct Utf16Text {
  std::vector<UChar> units;
  std::vector<std::size_t> byte_starts;  // per code point
  std::vector<std::size_t> unit_starts;  // per code point
};

Utf16Text to_utf16(std::string_view utf8) {
  Utf16Text out;
  out.units.reserve(utf8.size());
  for (std::size_t pos = 0; pos < utf8.size();) {
    out.byte_starts.push_back(pos);
    out.unit_starts.push_back(out.units.size());
    char32_t c = next_code_point(utf8, pos);
    if (c <= 0xFFFF) {
      out.units.push_back(static_cast<UChar>(c));
    } else {
      out.units.push_back(U16_LEAD(c));
      out.units.push_back(U16_TRAIL(c));
    }
  }
  return out;
}

UBiDiLevel paragraph_level(TextDirection dir) {
  switch (dir) {
    case TextDirection::ltr:
      return 0;
    case TextDirection::rtl:
      return 1;
    case TextDirection::automatic:
      return UBIDI_DEFAULT_LTR;
  }
  return UBIDI_DEFAULT_LTR;
}

// ubidi fails only when it cannot allocate: the text, bounded by the input limits, is far below
// its INT32_MAX units.
void check(UErrorCode status) {
  if (U_FAILURE(status)) throw std::bad_alloc();
}

}  // namespace

TextDirection text_direction(model::Direction dir) {
  switch (dir) {
    case model::Direction::ltr:
      return TextDirection::ltr;
    case model::Direction::rtl:
      return TextDirection::rtl;
    case model::Direction::automatic:
      return TextDirection::automatic;
  }
  return TextDirection::automatic;
}

bool BidiParagraph::mixed() const {
  return rtl || std::any_of(levels.begin(), levels.end(), is_odd);
}

BidiParagraph resolve_bidi(std::string_view utf8, TextDirection dir) {
  BidiParagraph out;
  out.rtl = dir == TextDirection::rtl;
  if (!out.rtl && !has_right_to_left(utf8)) return out;
  Utf16Text text = to_utf16(utf8);
  auto length = static_cast<std::int32_t>(text.units.size());
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UBiDi, decltype(&ubidi_close)> bidi(ubidi_openSized(length, 0, &status),
                                                      ubidi_close);
  check(status);
  ubidi_setPara(bidi.get(), text.units.data(), length, paragraph_level(dir), nullptr, &status);
  check(status);
  const UBiDiLevel* levels = ubidi_getLevels(bidi.get(), &status);
  check(status);
  out.rtl = is_odd(ubidi_getParaLevel(bidi.get()));
  out.levels.resize(utf8.size());
  for (std::size_t i = 0; i < text.byte_starts.size(); ++i) {
    std::size_t end = i + 1 < text.byte_starts.size() ? text.byte_starts[i + 1] : utf8.size();
    std::fill(out.levels.begin() + static_cast<std::ptrdiff_t>(text.byte_starts[i]),
              out.levels.begin() + static_cast<std::ptrdiff_t>(end), levels[text.unit_starts[i]]);
  }
  if (!out.mixed()) out.levels.clear();
  return out;
}

std::vector<int> visual_order(const std::vector<std::uint8_t>& piece_levels) {
  std::vector<int> order(piece_levels.size());
  std::iota(order.begin(), order.end(), 0);
  if (piece_levels.empty()) return order;
  auto [lowest, highest] = std::minmax_element(piece_levels.begin(), piece_levels.end());
  int lowest_odd = *lowest | 1;
  // Reversing a run at one level permutes pieces only inside a run at every lower level, so the
  // runs at each level can be found from the pieces' original levels.
  for (int level = *highest; level >= lowest_odd; --level) {
    std::size_t i = 0;
    while (i < piece_levels.size()) {
      if (piece_levels[i] < level) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < piece_levels.size() && piece_levels[end] >= level) ++end;
      std::reverse(order.begin() + static_cast<std::ptrdiff_t>(i),
                   order.begin() + static_cast<std::ptrdiff_t>(end));
      i = end;
    }
  }
  return order;
}

}  // namespace briefing::layout
