// The page builder: fills pages from the vertical list. A box that does not fit ends the page at
// the last place a break is allowed; space above a box is dropped at the top of a page; a table
// row that starts a page brings its table's header with it.
#include <cstdio>

#include "layout/vlist.hpp"

namespace briefing::layout {

double frame_height(const model::PageSetup& page) { return page.height - page.top - page.bottom; }

std::string points(double length) {
  char text[32];
  std::snprintf(text, sizeof text, "%.0fpt", length);
  return text;
}

namespace {

constexpr double kEpsilon = 0.01;
// A crafted brief (thousands of page breaks) must not exhaust memory or time; real briefings
// are a few hundred pages at most.
constexpr std::size_t kMaxPages = 10000;

struct PageFill {
  PageDraft draft;
  double y = 0;
  int first_box = 0;
};

// Places a box at the current position; returns false (placing nothing) if it does not fit.
bool try_place(PageFill& page, const VBox& box, int index, double space, const Frame& frame,
               bool force) {
  if (!force && page.y + space + box.height > frame.height + kEpsilon) return false;
  page.y += space;
  page.draft.boxes.push_back(PlacedBox{&box, 0, page.y, index});
  page.y += box.height;
  return true;
}

// Reports a box taller than an empty page, once per block: every row of a table under a header
// taller than the page would be one.
void report_too_tall(const VBox& box, double header, const Frame& frame, const VBox*& reported,
                     Diagnostics& diags) {
  if (reported && reported->where.file == box.where.file &&
      reported->where.line == box.where.line && reported->where.col == box.where.col)
    return;
  reported = &box;
  std::string below =
      header > 0 ? " below the table's repeated header (" + points(header) + ")" : "";
  diags.error(box.where, std::string(box.kind) +
                             " is taller than the page and cannot be split: " + points(box.height) +
                             below + " on a " + points(frame.height) + " text frame");
}

void start_page(PageFill& page, const VList& list, int index, const Frame& frame) {
  page = PageFill{};
  page.first_box = index;
  const VBox& box = list.boxes[std::size_t(index)];
  if (box.continues_table && box.repeat_header)
    for (const auto& h : *box.repeat_header) try_place(page, h, -1, 0, frame, true);
}

}  // namespace

std::vector<PageDraft> build_pages(const VList& list, const Frame& frame, Diagnostics& diags) {
  std::vector<PageDraft> pages;
  const int n = static_cast<int>(list.boxes.size());
  int i = 0;
  const VBox* reported = nullptr;  // the last box found taller than the page
  while (i < n) {
    if (pages.size() == kMaxPages) {
      diags.error(list.boxes[std::size_t(i)].where,
                  "the document would have more than " + std::to_string(kMaxPages) +
                      " pages; this block is on page " + std::to_string(kMaxPages + 1));
      break;
    }
    PageFill page;
    start_page(page, list, i, frame);
    int last_break = -1;              // box index a page may end before
    std::size_t placed_at_break = 0;  // placed boxes on this page before that index
    while (i < n) {
      const VBox& box = list.boxes[std::size_t(i)];
      bool at_top = i == page.first_box;
      if (box.forced_break && !at_top) break;
      double space = at_top ? 0 : box.space_before;
      if (try_place(page, box, i, space, frame, false)) {
        ++i;
        if (i < n && list.boxes[std::size_t(i)].break_before) {
          last_break = i;
          placed_at_break = page.draft.boxes.size();
        }
        continue;
      }
      if (at_top) {
        // Taller than an empty page: whatever could split has been split before, so this box
        // would run into the footer. Place it anyway rather than loop forever, and refuse.
        report_too_tall(box, page.y, frame, reported, diags);
        try_place(page, box, i, 0, frame, true);
        ++i;
      } else if (!box.break_before && last_break > page.first_box) {
        // Keep rules forbid ending the page here: move back to the last allowed break.
        page.draft.boxes.resize(placed_at_break);
        i = last_break;
      }
      break;
    }
    page.draft.cover = false;
    pages.push_back(std::move(page.draft));
  }
  return pages;
}

std::vector<LineSlice> line_slices(std::size_t lines) {
  std::vector<LineSlice> slices;
  for (std::size_t from = 0; from < lines;) {
    std::size_t to = from == 0 ? 2 : from + 1;
    if (to + 2 > lines) to = lines;  // the last two lines stay together
    slices.push_back({from, to});
    from = to;
  }
  return slices;
}

}  // namespace briefing::layout
