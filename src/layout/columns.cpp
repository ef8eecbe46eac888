// Columns: a band of boxes is filled column by column, each column ending at the last allowed
// break as a page does; the band that ends on a page (a section's end, a block spanning the
// columns) is balanced by searching the shortest column height that still holds it all.
#include "layout/columns.hpp"

namespace briefing::layout {

namespace {

constexpr double kEpsilon = 0.01;
// Balancing stops when the shortest height that holds the band is known to this much.
constexpr double kBalanceStep = 0.5;

// Fills one column from box `from`: as many boxes as fit `room`, back to the last allowed break
// when the box that does not fit may not start the next column.
ColumnCut fill_column(std::span<const VBox> boxes, const std::function<bool(int)>& breakable,
                      int from, int end, double room) {
  ColumnCut cut{from, from, 0, false};
  if (from < end && boxes[std::size_t(from)].continues_table) {
    cut.height = repeated_header(boxes[std::size_t(from)]);
    cut.header = cut.height > 0;
  }
  int last_break = -1;
  double at_break = 0;
  int i = from;
  double y = cut.height;
  for (; i < end; ++i) {
    const VBox& b = boxes[std::size_t(i)];
    double space = i == from ? 0 : b.space_before;
    if (y + space + b.height > room + kEpsilon) {
      if (i > from && !breakable(i) && last_break > from) i = last_break, y = at_break;
      break;
    }
    y += space + b.height;
    if (i + 1 < end && breakable(i + 1)) last_break = i + 1, at_break = y;
  }
  cut.end = i;
  cut.height = i == from ? 0 : y;
  if (i == from) cut.header = false;
  return cut;
}

BandCut fill(std::span<const VBox> boxes, const std::function<bool(int)>& breakable, int from,
             int end, int count, double room, bool force) {
  BandCut band;
  band.next = from;
  for (int c = 0; c < count && band.next < end; ++c) {
    ColumnCut cut = fill_column(boxes, breakable, band.next, end, room);
    if (cut.end == cut.first) {
      if (!(force && c == 0)) break;
      cut.end = cut.first + 1;  // taller than the page: placed anyway, and reported
      cut.height = boxes[std::size_t(cut.first)].height;
    }
    band.columns.push_back(cut);
    band.next = cut.end;
    band.height = std::max(band.height, cut.height);
  }
  return band;
}

}  // namespace

double repeated_header(const VBox& b) {
  if (!b.continues_table || !b.repeat_header) return 0;
  double height = 0;
  for (const VBox& h : *b.repeat_header) height += h.height;
  return height;
}

BandCut cut_band(std::span<const VBox> boxes, const std::function<bool(int)>& breakable, int from,
                 int end, int count, double room, bool force) {
  BandCut full = fill(boxes, breakable, from, end, count, room, force);
  if (full.next < end || count < 2) return full;
  // All of it fits: the shortest height that still holds it, between an even share and the room.
  double total = 0;
  for (int i = from; i < end; ++i)
    total += boxes[std::size_t(i)].height + (i > from ? boxes[std::size_t(i)].space_before : 0);
  double low = total / count, high = full.height;
  BandCut best = full;
  while (high - low > kBalanceStep) {
    double middle = (low + high) / 2;
    BandCut tried = fill(boxes, breakable, from, end, count, middle, force);
    if (tried.next == end) {
      best = std::move(tried);
      high = best.height;
    } else {
      low = middle;
    }
  }
  return best;
}

}  // namespace briefing::layout
