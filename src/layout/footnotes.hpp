#pragma once
// Internal to layout: footnotes. Each note is set once, at the text frame's width less the room
// of its marker; the page builder gives a page's foot to the notes whose markers its boxes hold
// (the text above it shrinks as floats at the foot shrink it), continues a note too long for the
// page at the next page's foot, and finishing numbers the markers as the layout says (by page,
// section or document), in the order the notes print, and draws the notes under a short rule.
#include <optional>
#include <string>
#include <vector>

#include "layout/vlist.hpp"

namespace briefing::layout {

class FootnoteArea {
 public:
  // Sets every note of the document; none when it has none (then layout passes no area).
  FootnoteArea(const model::Footnotes& notes, const BlockContext& ctx);

  // --- the page builder (flow.cpp)
  // A new page: first what continues from the page before, then the notes of the floats placed
  // already (`draft`'s boxes), whatever room they take. `limit` shrinks by the area.
  void start_page(const PageDraft& draft, double top, double& limit);
  // The notes of box `b` (index `index` of the list) when it is placed ending at `bottom`: all
  // of them, or the last one's first lines (two at least, two left for the next page). False,
  // taking nothing, when they do not fit above `limit`; `force` takes them anyway.
  bool take(const VBox& b, int index, double bottom, double& limit, bool force);
  // Whether the page began with a note continued from the one before, which took room there.
  bool continued() const { return continued_; }
  // Whether a note still has lines for a page to come.
  bool pending() const { return outgoing_.has_value(); }
  // The area as it is at a break the page may go back to.
  struct Mark {
    std::size_t placed = 0;
    double limit = 0;
    bool split = false;
  };
  Mark mark(double limit) const { return {placed_.size(), limit, split_}; }
  // Back to `at`; returns the limit then.
  double restore(const Mark& at);
  // Stacks the page's notes at the frame's foot `frame_height`, under the floats placed there
  // (draft.boxes[foot_first, foot_end), moved up above them), and starts the next page.
  void end_page(PageDraft& draft, double frame_height, std::size_t foot_first,
                std::size_t foot_end);

  // --- finishing (pages.cpp)
  // Numbers the markers of every page: `level1` holds the list indexes of the boxes that
  // start a level-1 section, in order (section numbering restarts there).
  void number(const std::vector<PageDraft>& drafts, const std::vector<int>& level1);
  // The marker of note `note` on page `page`.
  std::string marker(std::size_t page, int note) const;
  // Draws page `page`'s rule and notes, the frame's top left corner at (left, top), into `out`
  // (positioned on the page; its links and page slots are the caller's to finish).
  void draw(std::size_t page, const PageDraft& draft, double left, double top, double width,
            Content& out) const;

 private:
  struct Continued {
    int note = -1;
    std::size_t from = 0;
  };
  double height(int note) const { return double(lines_[std::size_t(note)].size()) * leading_; }
  double area_height() const;
  bool on_page(int note) const;
  void add(int note, std::size_t from, std::size_t end, int box, double& limit);

  model::Style style_;
  model::Footnotes::Marker kind_;
  model::Footnotes::Numbering numbering_;
  double rule_ = 0;
  double leading_ = 0, gap_ = 0, separator_ = 0, indent_ = 0, baseline_ = 0;
  const font::FontBook& fonts_;
  std::vector<std::vector<Line>> lines_;  // of each note
  // The page being built.
  std::vector<PlacedNote> placed_;
  bool split_ = false;      // its last note goes on on the next page
  bool continued_ = false;  // it opened with a note continued from the page before
  std::optional<Continued> incoming_, outgoing_;
  // Finishing: the number of each note on each page, in the order they print.
  std::vector<std::vector<std::pair<int, int>>> numbers_;
  std::vector<int> latest_;  // the number each note printed with last
};

}  // namespace briefing::layout
