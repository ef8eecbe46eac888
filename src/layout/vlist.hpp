#pragma once
// Internal to layout: the vertical list that blocks are turned into and pages are built from.
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "base/page.hpp"
#include "base/picture.hpp"
#include "font/font.hpp"
#include "layout/paragraph.hpp"
#include "model/document.hpp"

namespace briefing::layout {

// Where an id's target is (a heading, a figure, a fact's first printing): references link there.
struct Anchor {
  std::string id;
  double y = 0;
};

// The words of a reference: a link to its target, which only finishing can place.
struct RefLink {
  Rect rect;
  std::string to;
  std::size_t item = 0;  // the content item of the word it covers, to move with it
};

// The place held in a line for the page number of a reference's target: the width of two
// figures. Once pages are built the number takes the place of the empty item `item`, and the
// room it leaves goes where the line's alignment puts it (see layout-language.md).
struct PageSlot {
  std::string to;
  int note = -1;  // or the place of a footnote's marker, numbered as its page is (footnotes.cpp)
  double x = 0, baseline = 0, width = 0;
  FaceId face = 0;
  double size = 10;
  Color color;
  std::string spaces;                         // the spaces after the number, for copying text out
  std::span<const PlacedGlyph> space_glyphs;  // held by the FontBook, as a GlyphRun's are
  std::size_t item = 0;                       // in the content's items
  std::size_t line_first = 0, line_end = 0;   // the items of its line, one per piece
  LineAlign set_as = LineAlign::left;
};

// Content positioned relative to its box: x from the text frame's left edge, y from the box top.
struct Content {
  std::vector<Item> items;
  std::vector<UriLink> uris;
  std::vector<RefLink> refs{};
  std::vector<PageSlot> slots{};
  std::vector<Anchor> anchors{};
};

// Appends `from`'s items after `to`'s, with its links, page slots and anchors (whose item
// indexes move with them).
inline void append_content(Content& to, Content& from) {
  const std::size_t offset = to.items.size();
  auto move = [](auto& into, auto& out) {
    for (auto& x : out) into.push_back(std::move(x));
    out.clear();
  };
  for (RefLink& ref : from.refs) ref.item += offset;
  for (PageSlot& slot : from.slots) {
    slot.item += offset;
    slot.line_first += offset;
    slot.line_end += offset;
  }
  move(to.items, from.items);
  move(to.uris, from.uris);
  move(to.refs, from.refs);
  move(to.slots, from.slots);
  move(to.anchors, from.anchors);
}

// A table-of-contents entry whose page number is only known once pages are built.
struct TocSlot {
  int heading = -1;        // index into VList::headings, or -1 for the target of `anchor`
  std::string anchor{};    // a list of figures' or tables' entry: the figure's id
  double number_x = 0;     // right edge of the page number
  double baseline = 0;     // relative to the box top
  double leader_from = 0;  // where the dot leaders start
  FaceId face = 0;
  double size = 10;
  Color color;
};

struct VBox {
  double height = 0;
  double space_before = 0;    // dropped when the box starts a page
  bool break_before = true;   // may a page end just before this box?
  bool forced_break = false;  // this box must start a page
  bool turned = false;        // it sits on a turned page (model::Turn)
  std::uint8_t columns = 1;   // the columns of its band (1: across the frame)
  Content content;
  std::shared_ptr<const std::vector<VBox>> repeat_header;  // table rows: header to repeat
  bool continues_table = false;  // not the table's first row (so a new page repeats the header)
  int heading = -1;              // index into VList::headings if the box starts a heading
  std::vector<TocSlot> toc;      // usually empty
  Location where;
  const char* kind = "a block";  // what the box is, for the message when it cannot fit a page
  // A block that may float: its first box says where it may go and how many boxes, this one
  // included, move with it (0: none, the box stays in the flow).
  model::Place place = model::Place::here;
  int float_boxes = 0;
  double float_gap = 0;  // between a float and the text at a page's top or foot
};

// Where a block taller than the page (a quote, a table row) may break between its `lines`
// lines: [from, to) slices of one line each, but two at its start and two at its end, so that,
// as with a paragraph, a page never holds a single line of it at its foot or head. Lines that
// fit where the block starts are set there instead of leaving that page's rest empty.
struct LineSlice {
  std::size_t from = 0, to = 0;
};
std::vector<LineSlice> line_slices(std::size_t lines);

struct HeadingMark {
  std::string title;  // for TOC, outline and {section}
  int level = 1;
  bool in_toc = true;
  int page = -1;  // filled by the page builder
  double y = 0;   // page coordinates
  Location where{};
};

struct VList {
  std::vector<VBox> boxes;
  std::vector<HeadingMark> headings;
};

// What a finished page holds before finishing: boxes placed at page coordinates.
struct PlacedBox {
  const VBox* box = nullptr;
  double x = 0, y = 0;
  int index = -1;  // in the list; -1 for a table's header row repeated on a further page
};

// Lines [first, end) of a footnote at the page's foot, `y` their top in the text frame.
struct PlacedNote {
  int note = -1;
  std::size_t first = 0, end = 0;
  double y = 0;
  int box = -1;  // the box of the list holding its marker; -1: continued from the page before
};

struct PageDraft {
  std::vector<PlacedBox> boxes;
  bool cover = false;
  std::vector<PlacedNote> notes{};     // in the order they print
  double rule_y = 0;                   // the rule above them
  bool turned = false;                 // the paper turned a quarter (model::PageSetup::turned)
  std::vector<Stroke> column_rules{};  // between columns, relative to the text frame
};

struct Frame {
  double width = 0, height = 0;
};

// blocks.cpp
struct BlockContext {
  const font::FontBook& fonts;
  Diagnostics& diags;
  double width;                       // text frame width
  bool english;                       // the hyphenation patterns are English ones
  const model::PageSetup& page;       // charts are sized against the text frame
  bool missing_glyphs_error = false;  // a character no font has is an error, not a warning
};
// Which blocks of a list sit on turned pages (and what those are) or in columns other than the
// layout's (ctx.page.columns).
struct BodyPages {
  std::span<const model::Turn> turns{};
  std::span<const model::ColumnRun> column_runs{};
  const model::PageSetup* turned = nullptr;
};
void add_blocks(const std::vector<model::Block>& blocks, const BlockContext& ctx, VList& out,
                const BodyPages& pages = {});
// The height of the text frame, which no box may exceed.
double frame_height(const model::PageSetup& page);
// A length for a message: whole points ("12pt").
std::string points(double length);
// The same list, with blocks[split, end) set on a second thread while this one sets the others
// (none when split is the list's size). add_blocks picks the split for a long list.
void add_blocks_split(const std::vector<model::Block>& blocks, std::size_t split,
                      const BlockContext& ctx, VList& out, const BodyPages& pages = {});

// images.cpp: the size a picture prints at in a frame `available` wide (never wider); warns at
// the image when a raster prints below 150 dpi.
struct Size {
  double w = 0, h = 0;
};
Size image_size(const model::ImageBlock& image, double available, Diagnostics& diags);
// Where a picture `width` wide starts in a frame `available` wide.
double aligned_x(model::Align align, double width, double available);

// The gap and rule between columns (model::PageSetup's).
struct ColumnStyle {
  double gap = 12, rule = 0;
  Color rule_color;
};

class FootnoteArea;
// flow.cpp: fills pages from the vertical list; every box lands on exactly one page. A page
// whose first box is a turned one has the `turned` text frame; boxes in a band of columns
// (VBox::columns) are placed column by column (columns.hpp). The notes whose markers a page's
// boxes hold go to its foot (none: the brief has no footnotes).
std::vector<PageDraft> build_pages(const VList& list, const Frame& frame, const Frame& turned,
                                   const ColumnStyle& columns, Diagnostics& diags,
                                   FootnoteArea* notes = nullptr);
inline std::vector<PageDraft> build_pages(const VList& list, const Frame& frame, Diagnostics& diags,
                                          FootnoteArea* notes = nullptr) {
  return build_pages(list, frame, frame, ColumnStyle{}, diags, notes);
}

// text.cpp
FaceId face_for(const font::FontBook& fonts, const model::Style& style, bool bold, bool italic);
std::vector<StyledRun> styled_runs(const font::FontBook& fonts, const model::Style& style,
                                   const std::vector<model::Run>& runs);
// Sets runs in a style; hyphenates only where both the style and the brief's language allow.
std::vector<Line> set_text(const BlockContext& ctx, const model::Style& style,
                           const std::vector<model::Run>& runs, double width, double first_indent);
// Draws lines into `out`, one per leading, the first line's top at `top`; `baseline` is the
// baseline's offset within a line box. Returns the height used.
double draw_lines(std::span<const Line> lines, const model::Style& style, double baseline, double x,
                  double top, Content& out);
void draw_line(const Line& line, double x, double baseline, Content& out);
// Baseline offset from the top of a line box of the style's leading.
double baseline_offset(const font::FontBook& fonts, const model::Style& style);
// One line of plain text (fallback faces included), starting at x on `baseline`.
void draw_plain(const font::FontBook& fonts, const model::Style& style, const std::string& text,
                double x, double baseline, std::vector<Item>& out);
double plain_width(const font::FontBook& fonts, const model::Style& style, const std::string& text);
// Whether `measure` (a text width left by indents, padding or columns) holds at least one em of
// the style; an error at `where` naming what() when it does not, since no line could be set.
// `what` makes its text only then: this runs for every block.
void report_no_room(const BlockContext& ctx, const model::Style& style, double measure,
                    const Location& where, const std::string& what);
template <class What>
bool has_room(const BlockContext& ctx, const model::Style& style, double measure,
              const Location& where, What&& what) {
  if (measure >= style.size) return true;
  report_no_room(ctx, style, measure, where, what());
  return false;
}
std::string apply_case(const model::Style& style, const std::string& text);

}  // namespace briefing::layout
