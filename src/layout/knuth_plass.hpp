#pragma once
// Total-fit line breaking (Knuth & Plass, "Breaking Paragraphs into Lines", 1981): the breaks of
// a whole paragraph are chosen together so that the sum of the lines' demerits is smallest.
#include <vector>

namespace briefing::layout {

inline constexpr int kNoBreak = 10000;      // a penalty this high forbids a break
inline constexpr int kForceBreak = -10000;  // a penalty this low forces one

// The paper's box, glue and penalty items. `first`/`last` tie an item to the paragraph's glyphs:
// a box's glyphs, a glue's space characters; for a hyphen penalty `first` is the glyph before it.
struct BreakItem {
  enum class Kind : unsigned char { box, glue, penalty };
  Kind kind = Kind::box;
  bool breakable = false;  // glue: a line may end here, dropping the glue
  bool flagged = false;    // penalty: a hyphen, so two in a row cost extra
  double width = 0;        // for a penalty: what the line gains if it ends here (the hyphen)
  double stretch = 0;
  double shrink = 0;
  int penalty = 0;
  int first = 0;
  int last = 0;
};

struct LineBreak {
  int start = 0;      // first item of the line
  int end = 0;        // the item it breaks at: excluded, but a penalty's width is in the line
  double ratio = 0;   // glue adjustment, >= -1: > 0 a fraction of the stretch, < 0 of the shrink
  bool full = false;  // the adjusted line is exactly as wide as the measure
};

// Breaks `items`, which must end in a forced break, into lines `first_width` wide, then `width`.
// A line ending in a forced break is set at its natural width (the paper's \parfillskip). If no
// set of breaks keeps every line within tolerance, the tolerance is raised until one does; a
// line is only overfull when a single box is wider than the measure.
std::vector<LineBreak> break_lines(const std::vector<BreakItem>& items, double first_width,
                                   double width);

// Ragged text: each line takes every item that fits at natural width (first fit). Total fit
// balances ragged lines instead, and in narrow columns that leaves a short word off a line it
// would have fitted on, which a reader sees at once.
std::vector<LineBreak> first_fit_lines(const std::vector<BreakItem>& items, double first_width,
                                       double width);

}  // namespace briefing::layout
