#pragma once
// Internal to layout: appends boxes to a VList while applying the spacing and keep rules that
// join consecutive blocks (collapsed space between blocks, keep-with-next, forced breaks).
#include "layout/vlist.hpp"

namespace briefing::layout {

class VListBuilder {
 public:
  // `turned`: the first blocks sit on turned pages (a part set on a second thread may start so).
  VListBuilder(const BlockContext& ctx, VList& out, bool turned = false)
      : ctx_(&ctx), out_(out), turned_(turned) {}

  const BlockContext& ctx() const { return *ctx_; }
  bool turned() const { return turned_; }
  int columns() const { return columns_; }
  // The blocks from here on are set in `ctx` (as wide as their column or frame), in a band of
  // `columns` columns (1: across the frame), on turned pages or not; a turn starts a new page.
  void frame(const BlockContext& ctx, bool turned, int columns) {
    ctx_ = &ctx;
    if (turned != turned_) force_next_ = true;
    turned_ = turned;
    columns_ = columns;
  }
  VList& list() { return out_; }
  // Every heading of the block list, in order, known before the first box is added so that a
  // table of contents can come before the headings it lists.
  std::vector<HeadingMark> headings_ahead;

  // The first box of a block: the space above it is the larger of the previous block's
  // space-after and this block's space-before.
  void first(VBox box, const model::Style& style);
  // A further box of the same block.
  void next(VBox box);
  void end_block(const model::Style& style);
  void force_break() { force_next_ = true; }

  // Appends the boxes a fresh builder made of the blocks that follow this one's, with the
  // spacing and keep rules this builder carries applied to their first box and the heading
  // numbers moved on: the list comes out as if one builder had made it (a turn at the seam
  // included).
  void append(VList&& later);

  // A keep-together block (its boxes from `first_box` on, none breakable) taller than the text
  // frame could only be split against its rule or overprint the footer: an error at `where`.
  void check_kept(std::size_t first_box, const Location& where, const char* what);

  // Makes the block whose boxes run from `first_box` to the last one a float, which goes where
  // the style's `place` says when it does not fit where it stands.
  void floating(std::size_t first_box, const model::Style& style);

  // Lines of a paragraph as one box per line, keeping at least two lines at the foot and head
  // of a page; `keep_together` forbids any break inside. `where` is the block's, for messages
  // about its lines (taller than the page, past the page limit).
  void paragraph_lines(const std::vector<Line>& lines, const model::Style& style, double x,
                       double hang_marker_x, const std::string& marker, const Location& where);

 private:
  const BlockContext* ctx_;
  VList& out_;
  bool turned_ = false;
  int columns_ = 1;
  double pending_after_ = 0;
  bool keep_next_ = false;
  bool force_next_ = false;
};

void add_table(VListBuilder& b, const model::Table& table);
void add_keyfigures(VListBuilder& b, const model::KeyFigures& panel);
void add_quote(VListBuilder& b, const model::Quote& quote);
void add_chart(VListBuilder& b, const model::Chart& chart);
void add_figure(VListBuilder& b, const model::Figure& figure);
void add_toc(VListBuilder& b, const model::Toc& toc);
void add_image(VListBuilder& b, const model::ImageBlock& image);

}  // namespace briefing::layout
