#include "layout/linebreak_items.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <string>

#include "layout/hyphenate.hpp"

namespace briefing::layout {
namespace {

// Space glue as a fraction of the space's own width. TeX's fonts use 1/2 and 1/3; tuned on the
// reference workload (Noto Serif 11pt, 470pt), a little more stretch with a hyphen penalty of 100
// keeps 95% of the gaps under 1.65x natural while hyphenating a third fewer lines.
constexpr double kSpaceStretch = 0.7;
constexpr double kSpaceShrink = 1.0 / 3;
// Ragged lines may end up to about an em short before they count as bad (the paper uses 3 spaces),
// or a quarter of the measure in narrow columns: with only 3 spaces, nearly every line of a table
// cell is "infinitely bad", badness saturates, and the breaker can no longer prefer fuller lines.
constexpr double kRaggedStretch = 3;
constexpr double kRaggedMeasureShare = 0.25;
// Between ideographs, which have no spaces, justification spreads a little per character (em).
constexpr double kIdeographStretch = 0.1;
// Hyphens (TeX's \hyphenpenalty is 50; see above) and breaks after an explicit hyphen, dash or
// slash (\exhyphenpenalty); breaking a word between letters is a last resort.
constexpr int kHyphenPenalty = 100;
constexpr int kExplicitBreakPenalty = 50;
constexpr int kEmergencyPenalty = 1000;

enum class Cut : unsigned char { none, hyphen, emergency };

bool is_space(char32_t c) { return c != 0xA0 && c != 0x2007 && c != 0x202F && u_isUWhiteSpace(c); }

bool is_wide(char32_t c) {
  auto width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH;
}

bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010; }

// One per thread: an iterator holds the text it is breaking (`briefing batch` lays out briefs in
// parallel).
icu::BreakIterator* line_break_iterator() {
  thread_local const std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> created(
        icu::BreakIterator::createLineInstance(icu::Locale::getEnglish(), status));
    return U_SUCCESS(status) ? std::move(created) : nullptr;
  }();
  return iterator.get();
}

class ItemBuilder {
 public:
  ItemBuilder(const ParagraphText& text, const std::vector<StyledRun>& runs,
              const ParagraphShape& shape, const font::FontBook& fonts)
      : text_(text),
        glyphs_(text.glyphs),
        runs_(runs),
        shape_(shape),
        fonts_(fonts),
        justified_(shape.align == LineAlign::justify),
        narrowest_(std::min(shape.width, shape.width - shape.first_indent)) {
    items_.reserve(glyphs_.size() / 2 + 8);
  }

  std::vector<BreakItem> build() {
    for_each_segment([&](int first, int last, bool hard) { add_segment(first, last, hard); });
    items_.push_back(penalty(0, kForceBreak, false, 0));
    return std::move(items_);
  }

 private:
  // Calls `add(first, last, hard)` for the glyphs between consecutive UAX #14 break
  // opportunities; `hard` for a mandatory break (a newline).
  template <typename Add>
  void for_each_segment(Add add) {
    icu::BreakIterator* iterator = line_break_iterator();
    int count = static_cast<int>(glyphs_.size());
    if (!iterator) {
      add(0, count, false);
      return;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text_.text.data(), static_cast<int64_t>(text_.text.size()), &status);
    iterator->setText(&utext, status);
    int first = 0;
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE && U_SUCCESS(status);
         end = iterator->next()) {
      int last = first;
      while (last < count && glyphs_[last].byte < static_cast<std::uint32_t>(end)) ++last;
      add(first, last, iterator->getRuleStatus() >= UBRK_LINE_HARD);
      first = last;
    }
    if (first < count) add(first, count, false);
    utext_close(&utext);
  }

  void add_segment(int first, int last, bool hard) {
    int word_end = last;
    while (word_end > first && is_space(glyphs_[word_end - 1].c)) --word_end;
    // Spaces that start the paragraph or a forced line would only indent it.
    if (word_end == first && !hard && at_line_start_) return;
    add_word(first, word_end);
    if (last == static_cast<int>(glyphs_.size())) return;
    if (hard) {
      items_.push_back(penalty(0, kForceBreak, false, first));
      at_line_start_ = true;
      return;
    }
    at_line_start_ = false;
    if (word_end < last) {
      add_space(word_end, last);
    } else if (word_end > first && is_wide(glyphs_[word_end - 1].c) && is_wide(glyphs_[last].c)) {
      add_ideograph_break(word_end - 1);
    } else if (word_end > first && !in_file_name(word_end - 1)) {
      add_break_after(word_end - 1);
    }
  }

  // Whether the glyph at `at` lies in a file name ("exbulletin-tolam.txt"), which a reader
  // copies whole: a hyphen or slash in it is no place for a line break, unless the name is
  // wider than a line (a long address: it then breaks at its slashes and hyphens, as LaTeX's
  // url does, rather than run past the margin). Only asked at those breaks, so ordinary words
  // cost nothing.
  bool in_file_name(int at) const {
    int count = static_cast<int>(glyphs_.size());
    int end = at;
    while (end < count && !is_space(glyphs_[end].c)) ++end;
    auto closing = [](char32_t c) {
      return c == ')' || c == ']' || c == '}' || c == ',' || c == ';' || c == ':' || c == '!' ||
             c == '?' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == '.';
    };
    while (end > at && closing(glyphs_[end - 1].c)) --end;
    int dot = end;
    while (dot > at && u_isalnum(glyphs_[dot - 1].c)) --dot;
    int extension = end - dot;
    bool named = extension >= 1 && extension <= 5 && dot > at + 1 && glyphs_[dot - 1].c == '.' &&
                 u_isalpha(glyphs_[dot].c);
    return named && !wider_than_line(at, end);
  }

  bool wider_than_line(int at, int end) const {
    int start = at;
    while (start > 0 && !is_space(glyphs_[start - 1].c)) --start;
    double width = 0;
    for (int i = start; i < end; ++i) width += glyphs_[i].width;
    return width > narrowest_;
  }

  void add_word(int first, int last) {
    if (first == last) return;
    mark_cuts(first, last);
    int box_start = -1;
    double box_width = 0;
    auto close_box = [&](int end) {
      if (box_start >= 0) items_.push_back(box(box_width, box_start, end));
      box_start = -1;
      box_width = 0;
    };
    for (int i = first; i < last; ++i) {
      const Glyph& glyph = glyphs_[i];
      Cut cut = cuts_[i - first];
      if (cut != Cut::none) {
        close_box(i);
        add_cut(cut, i - 1);
      }
      if (is_invisible(glyph.c)) {
        close_box(i);
        continue;
      }
      if (box_start >= 0 &&
          (glyph.run != glyphs_[box_start].run || glyph.face != glyphs_[box_start].face ||
           glyph.level != glyphs_[box_start].level))
        close_box(i);
      if (box_start < 0) box_start = i;
      box_width += glyph.width;
    }
    close_box(last);
  }

  // cuts_[k]: whether the word may break before its k-th glyph, and how.
  void mark_cuts(int first, int last) {
    cuts_.assign(last - first, Cut::none);
    double width = 0;
    bool has_digit = false;
    bool may_name_file = false;  // a dot or hyphen: it may be part of a file name
    for (int i = first; i < last; ++i) {
      char32_t c = glyphs_[i].c;
      if (!is_invisible(c)) width += glyphs_[i].width;
      has_digit = has_digit || u_isdigit(c);
      may_name_file = may_name_file || c == '.' || is_hyphen(c) || c == '/';
    }
    if (shape_.hyphenate && !has_digit && !(may_name_file && in_file_name(first)))
      mark_hyphenation(first, last);
    if (width <= narrowest_) return;
    // Wider than any line: it must break somewhere, so anywhere between characters may do.
    for (int i = first + 1; i < last; ++i) {
      char32_t c = glyphs_[i].c;
      bool inside_cluster = is_combining_mark(c) || is_invisible(c) || glyphs_[i - 1].c == 0x200D ||
                            glyphs_[i].joined;
      if (cuts_[i - first] == Cut::none && !inside_cluster) cuts_[i - first] = Cut::emergency;
    }
  }

  void mark_hyphenation(int first, int last) {
    for (int i = first; i < last;) {
      if (!u_isalpha(glyphs_[i].c)) {
        ++i;
        continue;
      }
      letters_.clear();
      int start = i;
      for (; i < last && u_isalpha(glyphs_[i].c); ++i) letters_.push_back(glyphs_[i].c);
      for (std::uint8_t k : hyphenation_points(letters_))
        if (!glyphs_[start + k].joined) cuts_[start + k - first] = Cut::hyphen;
    }
  }

  void add_cut(Cut cut, int before) {
    if (cut == Cut::hyphen) {
      add_break(hyphen_width(before), kHyphenPenalty, true, before);
    } else {
      add_break(0, kEmergencyPenalty, false, before);
    }
  }

  // A break after `before` where UAX #14 allows one without a space: after a soft hyphen (which
  // then shows as a hyphen), a hyphen, a dash or a slash.
  void add_break_after(int before) {
    if (glyphs_[before].c == 0xAD) {
      int shown = before;
      while (shown > 0 && is_invisible(glyphs_[shown].c)) --shown;
      add_break(hyphen_width(shown), kHyphenPenalty, true, shown);
    } else {
      add_break(0, kExplicitBreakPenalty, is_hyphen(glyphs_[before].c), before);
    }
  }

  void add_break(double width, int cost, bool flagged, int before) {
    if (justified_) {
      items_.push_back(penalty(width, cost, flagged, before));
      return;
    }
    double rag = ragged_stretch(before);
    items_.push_back(glue(0, rag, 0, false, before + 1, before + 1));
    items_.push_back(penalty(width, cost, flagged, before));
    items_.push_back(glue(0, -rag, 0, false, before + 1, before + 1));
  }

  void add_space(int first, int last) {
    double width = 0;
    for (int i = first; i < last; ++i) {
      const Glyph& glyph = glyphs_[i];
      width += glyph.width > 0 ? glyph.width : space_width(glyph.run);  // a tab, say
    }
    if (justified_) {
      items_.push_back(
          glue(width, width * kSpaceStretch, width * kSpaceShrink, after_box(), first, last));
      return;
    }
    double rag = ragged_stretch(first);
    items_.push_back(glue(0, rag, 0, false, first, first));
    items_.push_back(penalty(0, 0, false, first));
    items_.push_back(glue(width, -rag, 0, false, first, last));
  }

  void add_ideograph_break(int before) {
    if (!justified_) {
      add_break(0, 0, false, before);
      return;
    }
    const StyledRun& run = runs_[glyphs_[before].run];
    items_.push_back(glue(0, kIdeographStretch * run.size, 0, after_box(), before + 1, before + 1));
  }

  double hyphen_width(int before) const {
    const Glyph& glyph = glyphs_[before];
    return fonts_.advance(glyph.face, '-') * runs_[glyph.run].size;
  }

  double space_width(int run) const {
    return fonts_.advance(runs_[run].face, ' ') * runs_[run].size;
  }

  double ragged_stretch(int glyph) const {
    return std::max(kRaggedStretch * space_width(glyphs_[glyph].run),
                    kRaggedMeasureShare * narrowest_);
  }

  bool after_box() const { return !items_.empty() && items_.back().kind == BreakItem::Kind::box; }

  static BreakItem box(double width, int first, int last) {
    return {BreakItem::Kind::box, false, false, width, 0, 0, 0, first, last};
  }
  static BreakItem glue(double width, double stretch, double shrink, bool breakable, int first,
                        int last) {
    return {BreakItem::Kind::glue, breakable, false, width, stretch, shrink, 0, first, last};
  }
  static BreakItem penalty(double width, int cost, bool flagged, int before) {
    return {BreakItem::Kind::penalty, false, flagged, width, 0, 0, cost, before, before};
  }

  const ParagraphText& text_;
  const std::vector<Glyph>& glyphs_;
  const std::vector<StyledRun>& runs_;
  const ParagraphShape& shape_;
  const font::FontBook& fonts_;
  bool justified_;
  double narrowest_;
  bool at_line_start_ = true;
  std::vector<BreakItem> items_;
  std::vector<Cut> cuts_;
  std::u32string letters_;
};

}  // namespace

std::vector<BreakItem> build_items(const ParagraphText& text, const std::vector<StyledRun>& runs,
                                   const ParagraphShape& shape, const font::FontBook& fonts) {
  return ItemBuilder(text, runs, shape, fonts).build();
}

}  // namespace briefing::layout
