// The page builder: fills pages from the vertical list. A box that does not fit ends the page at
// the last place a break is allowed; space above a box is dropped at the top of a page; a table
// row that starts a page brings its table's header with it; a floating block that does not fit
// waits for the next page while the text goes on.
#include <algorithm>
#include <cstdio>
#include <deque>

#include "layout/columns.hpp"
#include "layout/footnotes.hpp"
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
// How much shorter a band of columns is cut at a time when its footnotes do not fit under it.
constexpr double kNoteStep = 2;
// A crafted brief (thousands of page breaks) must not exhaust memory or time; real briefings
// are a few hundred pages at most.
constexpr std::size_t kMaxPages = 10000;

// A floating block waiting for a page: its boxes [first, first + count).
struct Waiting {
  int first = 0;
  int count = 1;
  double height = 0;  // its boxes and the spaces between them
  int glued = -1;     // the box after it, kept with the one before it while it waits
};

struct PageFill {
  PageDraft draft;
  double y = 0;         // where the next box of text goes
  double limit = 0;     // where the text must end: above the floats at the page's foot
  bool floats = false;  // floats were placed on this page
  double top_gap = 0;   // the least space between the floats at its top and the text
  std::size_t foot_first = 0, foot_end = 0;  // the floats at its foot, in draft.boxes
};

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

// Fills pages from the list in order. Floating blocks that do not fit where they stand wait, in
// order, while the text after them goes on; each new page first takes what waits, at its top or
// foot, or as a page of floats alone (place="page", before a forced break and at the end).
class Flow {
 public:
  Flow(const VList& list, const Frame& frame, const Frame& turned, const ColumnStyle& columns,
       Diagnostics& diags, FootnoteArea* notes)
      : list_(list),
        frames_{frame, turned},
        columns_(columns),
        diags_(diags),
        notes_(notes),
        n_(static_cast<int>(list.boxes.size())),
        glued_(list.boxes.size(), 0) {}

  std::vector<PageDraft> run() {
    while (i_ < n_ || !waiting_.empty() || (notes_ && notes_->pending())) {
      if (pages_.size() == kMaxPages) {
        int at = waiting_.empty() ? i_ : std::min(i_, waiting_.front().first);
        diags_.error(box(at).where,
                     "the document would have more than " + std::to_string(kMaxPages) +
                         " pages; this block is on page " + std::to_string(kMaxPages + 1));
        break;
      }
      PageFill page;
      // Floats wait only for pages up to a forced break, and a turn is one: what waits sits on
      // pages turned as the box it was met before.
      page.draft.turned = box(waiting_.empty() ? i_ : waiting_.front().first).turned;
      frame_ = frames_[page.draft.turned ? 1 : 0];
      page.limit = frame_.height;
      bool floats_only =
          !waiting_.empty() && (i_ == n_ || box(i_).forced_break ||
                                box(waiting_.front().first).place == model::Place::page);
      place_waiting(page, floats_only);
      if (notes_) notes_->start_page(page.draft, page.y, page.limit);
      if (!floats_only && i_ < n_) fill_text(page);
      if (notes_) notes_->end_page(page.draft, frame_.height, page.foot_first, page.foot_end);
      pages_.push_back(std::move(page.draft));
    }
    return std::move(pages_);
  }

 private:
  const VBox& box(int i) const { return list_.boxes[std::size_t(i)]; }
  bool breakable(int i) const { return box(i).break_before && !glued_[std::size_t(i)]; }

  double float_height(int first) const {
    double height = 0;
    for (int k = 0; k < box(first).float_boxes; ++k)
      height += box(first + k).height + (k > 0 ? box(first + k).space_before : 0);
    return height;
  }

  // Places a float's boxes from `y` down; returns where they end.
  double put_float(PageFill& page, int first, double y) {
    for (int k = 0; k < box(first).float_boxes; ++k) {
      const VBox& b = box(first + k);
      if (k > 0) y += b.space_before;
      page.draft.boxes.push_back(PlacedBox{&b, 0, y, first + k});
      y += b.height;
    }
    page.floats = true;
    return y;
  }

  // What waits goes first, in order, as long as it fits: at the top, or at the foot for
  // place="bottom" (on a page of floats alone, all at the top).
  void place_waiting(PageFill& page, bool floats_only) {
    double top = 0, foot = 0;  // room taken at the top and at the foot, gaps included
    double top_gap = 0;        // between the last float at the top and the text
    std::vector<int> at_foot;
    while (!waiting_.empty()) {
      const Waiting& w = waiting_.front();
      const VBox& first = box(w.first);
      if (!floats_only && first.place == model::Place::page) break;
      bool down = !floats_only && first.place == model::Place::bottom;
      double used = down ? foot : top;
      double need = w.height + (used > 0 ? first.float_gap : 0);
      if (top + foot + need > frame_.height + kEpsilon) {
        if (top + foot > 0) break;
        // Taller than an empty page: it is placed anyway, and refused.
        report_too_tall(first, 0, frame_, reported_, diags_);
      }
      if (down) {
        at_foot.push_back(w.first);
        foot += need;
      } else {
        put_float(page, w.first, top + (top > 0 ? first.float_gap : 0));
        top += need;
        top_gap = first.float_gap;
      }
      waiting_.pop_front();
    }
    double y = frame_.height - foot;
    page.foot_first = page.draft.boxes.size();
    for (std::size_t k = 0; k < at_foot.size(); ++k)
      y = put_float(page, at_foot[k], k == 0 ? y : y + box(at_foot[k]).float_gap);
    page.foot_end = page.draft.boxes.size();
    page.y = top;
    page.top_gap = top > 0 ? top_gap : 0;
    page.limit = frame_.height - foot - (at_foot.empty() ? 0 : box(at_foot.front()).float_gap);
  }

  // Places a box of text; returns false (placing nothing) if it does not fit above the limit.
  bool try_place(PageFill& page, const VBox& b, int index, double space, bool force) {
    if (!force && page.y + space + b.height > page.limit + kEpsilon) return false;
    if (notes_ && !notes_->take(b, index, page.y + space + b.height, page.limit, force))
      return false;
    page.y += space;
    page.draft.boxes.push_back(PlacedBox{&b, 0, page.y, index});
    page.y += b.height;
    return true;
  }

  enum class Placed { none, some, all };

  // Places the band of columns that starts at box i_ (up to the next box across the frame) as
  // far as it fits under page.y: balanced when it ends here, else its columns filled to the
  // limit. `force`: the band opens the page, so its first box goes in even if too tall.
  Placed place_band(PageFill& page, double space, bool force) {
    const int count = box(i_).columns;
    int end = i_;
    while (end < n_ && box(end).columns == count && !(end > i_ && box(end).forced_break)) ++end;
    const double top = page.y + space;
    BandCut band;
    for (double room = page.limit - top;;) {
      band = cut_band(
          list_.boxes, [this](int i) { return breakable(i); }, i_, end, count, room, force);
      if (band.columns.empty()) return Placed::none;
      if (!notes_ || take_notes(band, top + band.height, page.limit, false)) break;
      // The notes of its lines need room under the band: a shorter band, a step at a time.
      room = band.height - kNoteStep;
      if (room <= 0) {
        take_notes(band, top + band.height, page.limit, true);
        break;
      }
    }
    if (force && band.columns.front().height > page.limit - top + kEpsilon)
      report_too_tall(box(i_), 0, frame_, reported_, diags_);
    const double width = (frame_.width - columns_.gap * (count - 1)) / count;
    for (std::size_t c = 0; c < band.columns.size(); ++c) {
      const ColumnCut& cut = band.columns[c];
      const double x = double(c) * (width + columns_.gap);
      double y = top;
      if (cut.header)
        for (const VBox& h : *box(cut.first).repeat_header) {
          page.draft.boxes.push_back(PlacedBox{&h, x, y, -1});
          y += h.height;
        }
      for (int i = cut.first; i < cut.end; ++i) {
        if (i > cut.first) y += box(i).space_before;
        page.draft.boxes.push_back(PlacedBox{&box(i), x, y, i});
        y += box(i).height;
      }
    }
    if (columns_.rule > 0)
      for (int c = 1; c < count; ++c) {
        double x = c * (width + columns_.gap) - columns_.gap / 2;
        page.draft.column_rules.push_back(
            Stroke{x, top, x, top + band.height, columns_.rule, columns_.rule_color});
      }
    page.y = top + band.height;
    i_ = band.next;
    return i_ < end ? Placed::some : Placed::all;
  }

  // Hands the notes of a band's boxes, column by column, to the page's foot under the band's
  // bottom; none when they do not fit above `limit` (unless forced).
  bool take_notes(const BandCut& band, double bottom, double& limit, bool force) {
    const FootnoteArea::Mark before = notes_->mark(limit);
    for (const ColumnCut& cut : band.columns)
      for (int i = cut.first; i < cut.end; ++i)
        if (!notes_->take(box(i), i, bottom, limit, force)) {
          limit = notes_->restore(before);
          return false;
        }
    return true;
  }

  // A floating block met in the text waits when it does not fit here, or when others wait
  // before it (floats keep their order); the box after it then keeps the rules it had with the
  // float, so that a heading stays with the text that follows its chart.
  bool defer(PageFill& page, int i, double space) {
    const VBox& b = box(i);
    if (b.float_boxes == 0 || b.place == model::Place::here) return false;
    double height = float_height(i);
    if (b.place != model::Place::page && waiting_.empty() &&
        page.y + space + height <= page.limit + kEpsilon)
      return false;
    Waiting w{i, b.float_boxes, height, -1};
    int next = i + b.float_boxes;
    if (next < n_ && !breakable(i) && !glued_[std::size_t(next)]) {
      glued_[std::size_t(next)] = 1;
      w.glued = next;
    }
    waiting_.push_back(w);
    return true;
  }

  // Back to the break before box `to`: the floats met from there on wait no more.
  void unwind(int to) {
    while (!waiting_.empty() && waiting_.back().first >= to) {
      if (waiting_.back().glued >= 0) glued_[std::size_t(waiting_.back().glued)] = 0;
      waiting_.pop_back();
    }
  }

  void fill_text(PageFill& page) {
    const int first_box = i_;
    const VBox& opening = box(i_);
    if (opening.continues_table && opening.repeat_header) {
      // The repeated header takes the space under the floats; its row follows it directly.
      page.y += page.top_gap;
      page.top_gap = 0;
      for (const auto& h : *opening.repeat_header) try_place(page, h, -1, 0, true);
    }
    const double header = page.y;
    int last_break = -1;              // box index a page may end before
    std::size_t placed_at_break = 0;  // placed boxes on this page before that index
    std::size_t rules_at_break = 0;   // and column rules
    FootnoteArea::Mark notes_at_break;
    auto mark_break = [&] {
      last_break = i_;
      placed_at_break = page.draft.boxes.size();
      rules_at_break = page.draft.column_rules.size();
      if (notes_) notes_at_break = notes_->mark(page.limit);
    };
    while (i_ < n_) {
      const VBox& b = box(i_);
      bool at_top = i_ == first_box;
      if (b.forced_break && !at_top) break;
      // Space above a box is dropped at the top of a page, but not under the floats there.
      double space =
          at_top ? (page.top_gap > 0 ? std::max(page.top_gap, b.space_before) : 0) : b.space_before;
      if (b.columns > 1) {
        Placed placed = place_band(page, space, at_top && !page.floats);
        if (placed == Placed::some) break;  // the band goes on on the next page
        if (placed == Placed::all) {
          if (i_ < n_ && breakable(i_)) mark_break();
          continue;
        }
      } else if (defer(page, i_, space)) {
        i_ += b.float_boxes;
        if (i_ < n_ && breakable(i_)) mark_break();
        continue;
      }
      if (b.columns == 1 && try_place(page, b, i_, space, false)) {
        ++i_;
        if (i_ < n_ && breakable(i_)) mark_break();
        continue;
      }
      if (at_top && (page.floats || (notes_ && notes_->continued()))) {
        // The floats at the top, or a note continued at the foot, took the room this box
        // needs: it goes on the next page.
      } else if (at_top && b.columns == 1) {
        // Taller than an empty page: whatever could split has been split before, so this box
        // would run into the footer. Place it anyway rather than loop forever, and refuse.
        report_too_tall(b, header, frame_, reported_, diags_);
        try_place(page, b, i_, 0, true);
        ++i_;
      } else if (!breakable(i_) && last_break > first_box) {
        // Keep rules forbid ending the page here: move back to the last allowed break.
        page.draft.boxes.resize(placed_at_break);
        page.draft.column_rules.resize(rules_at_break);
        if (notes_) page.limit = notes_->restore(notes_at_break);
        unwind(last_break);
        i_ = last_break;
      }
      break;
    }
  }

  const VList& list_;
  const Frame frames_[2];  // of the document's pages and of turned ones
  const ColumnStyle columns_;
  Frame frame_;  // of the page being filled
  Diagnostics& diags_;
  FootnoteArea* notes_;  // null: the document has no footnotes
  const int n_;
  std::vector<char> glued_;  // a page may not end before these boxes: see defer()
  std::deque<Waiting> waiting_;
  const VBox* reported_ = nullptr;  // the last box found taller than the page
  std::vector<PageDraft> pages_;
  int i_ = 0;  // the next box of the flow
};

}  // namespace

std::vector<PageDraft> build_pages(const VList& list, const Frame& frame, const Frame& turned,
                                   const ColumnStyle& columns, Diagnostics& diags,
                                   FootnoteArea* notes) {
  return Flow(list, frame, turned, columns, diags, notes).run();
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
