#pragma once
// Internal to layout: how a band of boxes set in columns is cut into its columns on one page.
#include <functional>
#include <span>
#include <vector>

#include "layout/vlist.hpp"

namespace briefing::layout {

// One column of a band: the boxes [first, end) of the list, and the height they take (with the
// table header it repeats when it opens with a continued table's row).
struct ColumnCut {
  int first = 0, end = 0;
  double height = 0;
  bool header = false;  // the table header is repeated at its top
};

struct BandCut {
  std::vector<ColumnCut> columns;
  int next = 0;       // the first box not placed: `end` when the band is done
  double height = 0;  // of the tallest column
};

// The height of a table's repeated header, when box `b` opens a column with a continued row.
double repeated_header(const VBox& b);

// Cuts the boxes [from, end) of `boxes` into at most `count` columns `room` tall, each ending at
// the last place a break is allowed (`breakable(i)`: a column may end before box i). Space above
// a box is dropped at a column's top. When everything up to `end` fits, the columns are balanced:
// as short as they can be, so their feet are as level as the breaks allow. `force`: the band
// starts a page, so its first box is placed even when taller than the room (the page builder
// reports it), lest the flow never move on.
BandCut cut_band(std::span<const VBox> boxes, const std::function<bool(int)>& breakable, int from,
                 int end, int count, double room, bool force);

}  // namespace briefing::layout
