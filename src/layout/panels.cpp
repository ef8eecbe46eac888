// Panels: key figures and charts, which never split; block quotes, which split between lines
// only when taller than a page; and the table of contents, whose page numbers are filled in
// once pages are built.
#include <algorithm>
#include <cmath>

#include "layout/builder.hpp"
#include "layout/layout.hpp"

namespace briefing::layout {

namespace {

std::vector<model::Run> plain_runs(const std::string& text, const Location& where) {
  return {model::Run{text, false, false, "", where}};
}

// Sets runs in `width` at (x, top) and returns the height used.
double text_block(const BlockContext& ctx, const model::Style& style,
                  const std::vector<model::Run>& runs, double x, double top, double width,
                  Content& out) {
  auto lines = set_text(ctx, style, runs, width, 0);
  return draw_lines(lines, style, baseline_offset(ctx.fonts, style), x, top, out);
}

void frame_rect(std::vector<Item>& items, Rect r, double w, Color c) {
  items.push_back(Stroke{r.x, r.y, r.x + r.w, r.y, w, c});
  items.push_back(Stroke{r.x + r.w, r.y, r.x + r.w, r.y + r.h, w, c});
  items.push_back(Stroke{r.x + r.w, r.y + r.h, r.x, r.y + r.h, w, c});
  items.push_back(Stroke{r.x, r.y + r.h, r.x, r.y, w, c});
}

// Adds an unbreakable panel: its background and rules first, then the text drawn over them.
void add_panel(VListBuilder& b, VBox box, Content text, const model::Style& style,
               const Location& where, const char* kind) {
  append_content(box.content, text);
  box.where = where;
  box.kind = kind;
  b.first(std::move(box), style);
  b.end_block(style);
}

// A series' shape under its value: as tall as the value's line and a few times as wide.
double add_sparkline(const BlockContext& ctx, const chart::ChartSpec& spec,
                     const model::Style& value_style, double x, double top, double width,
                     Content& out) {
  double height = value_style.leading;
  auto frame = chart::draw_chart(spec, std::min(width, 5 * height), height, ctx.fonts, ctx.diags);
  if (!frame) return 0;
  double gap = value_style.leading / 6;
  chart::place(*frame, x, top + gap, out.items);
  return height + 2 * gap;
}

// A quote's background and rule, as tall as `box`.
void quote_panel(const BlockContext& ctx, const model::Style& style, VBox& box) {
  if (style.has_background)
    box.content.items.push_back(
        Fill{Rect{style.indent, 0, ctx.width - 2 * style.indent, box.height}, style.background});
  if (style.rule_width > 0)
    box.content.items.push_back(
        Stroke{style.indent, 0, style.indent, box.height, style.rule_width, style.rule_color});
}

// One line of a quote, `top` from the quote's top.
struct QuoteLine {
  const Line* line;
  const model::Style* style;
  double top;
};

// A quote taller than the text frame, in slices of lines (line_slices), each with its own
// stretch of background and rule; a page may end between any two slices.
void add_long_quote(VListBuilder& b, const model::Quote& quote) {
  const auto& ctx = b.ctx();
  const auto& style = quote.style;
  double x = style.indent + style.padding;
  double width = ctx.width - 2 * style.indent - style.padding;
  std::vector<std::vector<Line>> set;  // kept while the slices are drawn
  std::vector<QuoteLine> lines;
  double y = style.padding;
  auto add = [&](const model::Style& s, const std::vector<model::Run>& runs) {
    set.push_back(set_text(ctx, s, runs, width, 0));
    for (const Line& line : set.back()) {
      lines.push_back({&line, &s, y});
      y += s.leading;
    }
  };
  for (std::size_t i = 0; i < quote.paragraphs.size(); ++i) {
    if (i > 0) y += style.space_after / 2;
    add(style, quote.paragraphs[i].runs);
  }
  model::Style attribution = quote.attribution_style;
  if (!quote.attribution.empty()) {
    y += attribution.space_before;
    add(attribution, plain_runs("\u2014\u2009" + quote.attribution, quote.where));
  }
  const double end = y + style.padding;
  auto top = [&](std::size_t j) { return j == 0 ? 0 : j < lines.size() ? lines[j].top : end; };
  bool first = true;
  for (LineSlice slice : line_slices(lines.size())) {
    VBox box;
    box.height = top(slice.to) - top(slice.from);
    quote_panel(ctx, style, box);
    for (std::size_t j = slice.from; j < slice.to; ++j)
      draw_line(*lines[j].line, x,
                lines[j].top - top(slice.from) + baseline_offset(ctx.fonts, *lines[j].style),
                box.content);
    box.where = quote.where;
    box.kind = "a line of the quote";
    if (first)
      b.first(std::move(box), style);
    else
      b.next(std::move(box));
    first = false;
  }
  b.end_block(style);
}

// The widest word of a text set in `style`: a key-figure value breaks only between words.
double widest_word(const font::FontBook& fonts, const model::Style& style,
                   const std::string& text) {
  double widest = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.find(' ', start), text.size());
    if (end > start)
      widest = std::max(widest, plain_width(fonts, style, text.substr(start, end - start)));
    start = end + 1;
  }
  return widest;
}

// The smallest a key-figure value is set: the size chart notes keep for a monochrome printer.
constexpr double kSmallestValue = 6;

// The panel's value style, made smaller (all values alike, never below kSmallestValue) until
// every word of every value fits its column; a word that still does not is an error at its
// figure, rather than a word cut between letters with no hyphen ("approximatel / y").
model::Style value_style_for(const BlockContext& ctx, const model::KeyFigures& panel, double col) {
  model::Style style = panel.value_style;
  double widest = 0;
  const model::KeyFigure* culprit = nullptr;
  for (const auto& f : panel.figures) {
    double w = widest_word(ctx.fonts, style, f.value);
    if (w > widest) widest = w, culprit = &f;
  }
  if (widest <= col) return style;
  double scale = std::max(col / widest, std::min(kSmallestValue / style.size, 1.0));
  style.size *= scale;
  style.leading *= scale;
  if (widest * scale > col + 1e-6)
    ctx.diags.error(culprit->where,
                    "the key-figure value '" + culprit->value + "' has a word " +
                        points(widest * scale) + " wide at the smallest size it may take (" +
                        points(style.size) + "), wider than its " + points(col) +
                        " column; shorten the value or put fewer figures in the panel");
  return style;
}

}  // namespace

void add_keyfigures(VListBuilder& b, const model::KeyFigures& panel) {
  const auto& ctx = b.ctx();
  if (panel.figures.empty()) return;
  const auto& box_style = panel.box_style;
  double pad = box_style.padding;
  double gap = 14;
  double n = double(panel.figures.size());
  double inner = ctx.width - 2 * pad;
  double col = (inner - gap * (n - 1)) / n;
  // The figures stand in one row: too many for the frame is an error, not a smear of text.
  const model::Style& largest =
      panel.value_style.size > panel.label_style.size ? panel.value_style : panel.label_style;
  if (col < largest.size) {
    auto fit = static_cast<long>(std::floor((inner + gap) / (largest.size + gap)));
    ctx.diags.error(panel.where, std::to_string(panel.figures.size()) +
                                     " key figures do not fit in one row: at most " +
                                     std::to_string(std::max(fit, 0L)) + " fit in this " +
                                     points(ctx.width) + " wide frame (each at least one em of " +
                                     points(largest.size) + " wide, " + points(gap) +
                                     " apart); split them into several <keyfigures> panels");
    return;
  }
  const model::Style value_style = value_style_for(ctx, panel, col);
  Content text;
  double height = 0;
  for (std::size_t i = 0; i < panel.figures.size(); ++i) {
    const auto& f = panel.figures[i];
    double x = pad + double(i) * (col + gap);
    double y = pad;
    y += text_block(ctx, value_style, plain_runs(f.value, f.where), x, y, col, text);
    if (f.sparkline) y += add_sparkline(ctx, *f.sparkline, value_style, x, y, col, text);
    y += panel.label_style.space_before;
    y += text_block(ctx, panel.label_style, f.label, x, y, col, text);
    if (!f.note.empty()) {
      y += panel.note_style.space_before;
      y += text_block(ctx, panel.note_style, plain_runs(f.note, f.where), x, y, col, text);
    }
    height = std::max(height, y);
    if (i > 0) {
      double sx = x - gap / 2;
      text.items.push_back(Stroke{sx, pad, sx, 0, 0.4, box_style.rule_color});
    }
  }
  height += pad;
  VBox box;
  box.height = height;
  if (box_style.has_background)
    box.content.items.push_back(Fill{Rect{0, 0, ctx.width, height}, box_style.background});
  if (box_style.rule_width > 0) {
    box.content.items.push_back(
        Stroke{0, 0, ctx.width, 0, box_style.rule_width * 2, box_style.rule_color});
    box.content.items.push_back(
        Stroke{0, height, ctx.width, height, box_style.rule_width, box_style.rule_color});
  }
  for (const auto& id : panel.anchors) text.anchors.push_back({id, 0});
  // Column separators were recorded with y2 = 0 meaning "to the bottom padding".
  for (auto& item : text.items)
    if (auto* s = std::get_if<Stroke>(&item); s && s->y2 == 0) s->y2 = height - pad;
  add_panel(b, std::move(box), std::move(text), box_style, panel.where, "the key-figures panel");
}

void add_quote(VListBuilder& b, const model::Quote& quote) {
  const auto& ctx = b.ctx();
  const auto& style = quote.style;
  double x = style.indent + style.padding;
  double width = ctx.width - 2 * style.indent - style.padding;
  if (!has_room(ctx, style, width, quote.where,
                [&] { return "the quote's indent and padding (style '" + style.name + "')"; }))
    return;
  Content text;
  double y = style.padding;
  for (std::size_t i = 0; i < quote.paragraphs.size(); ++i) {
    if (i > 0) y += style.space_after / 2;
    y += text_block(ctx, style, quote.paragraphs[i].runs, x, y, width, text);
  }
  if (!quote.attribution.empty()) {
    y += quote.attribution_style.space_before;
    y += text_block(ctx, quote.attribution_style,
                    plain_runs("\u2014\u2009" + quote.attribution, quote.where), x, y, width, text);
  }
  y += style.padding;
  if (y > frame_height(ctx.page) && !style.keep_together) return add_long_quote(b, quote);
  VBox box;
  box.height = y;
  quote_panel(ctx, style, box);
  add_panel(b, std::move(box), std::move(text), style, quote.where, "the quote");
}

// The chart's own frame (titles, legend, notes and source line included) inside the chart
// style's panel, one unbreakable box.
void add_chart(VListBuilder& b, const model::Chart& chart) {
  const auto& ctx = b.ctx();
  auto frame = chart_frame(chart, ctx.page, ctx.fonts, ctx.diags, ctx.width);
  if (!frame) return;
  const auto& style = chart.style;
  VBox box;
  box.height = frame->height + 2 * style.padding;
  Rect area{0, 0, ctx.width, box.height};
  if (style.has_background) box.content.items.push_back(Fill{area, style.background});
  if (style.rule_width > 0) frame_rect(box.content.items, area, style.rule_width, style.rule_color);
  chart::place(*frame, style.padding, style.padding, box.content.items);
  box.where = chart.where;
  box.kind = "the chart";
  b.first(std::move(box), style);
  if (style.place != model::Place::here) b.floating(b.list().boxes.size() - 1, style);
  b.end_block(style);
}

namespace {

// A caption's lines, none a place to end a page: a caption is read with its figure whole.
void add_caption(VListBuilder& b, const model::Figure& figure) {
  const auto& ctx = b.ctx();
  const auto& style = figure.caption_style;
  std::size_t first = b.list().boxes.size();
  auto lines = set_text(ctx, style, figure.caption, ctx.width, 0);
  b.paragraph_lines(lines, style, 0, 0, "", figure.where);
  for (std::size_t i = first + 1; i < b.list().boxes.size(); ++i)
    b.list().boxes[i].break_before = false;
}

}  // namespace

// A table's caption stands above it and keeps with its first rows; a chart's or an image's stands
// below it, kept with it.
void add_figure(VListBuilder& b, const model::Figure& figure) {
  std::size_t first = b.list().boxes.size();
  auto content = [&] {
    if (const auto* table = std::get_if<model::Table>(&figure.content))
      add_table(b, *table);
    else if (const auto* image = std::get_if<model::ImageBlock>(&figure.content))
      add_image(b, *image);
    else
      add_chart(b, std::get<model::Chart>(figure.content));
  };
  if (!figure.caption_below) {
    add_caption(b, figure);
    model::Style glue = figure.caption_style;
    glue.keep_with_next = true;
    glue.space_after = figure.caption_style.size / 3;
    b.end_block(glue);
    content();
  } else {
    content();
    std::size_t caption = b.list().boxes.size();
    model::Style above;
    above.space_after = figure.caption_style.size / 2;
    b.end_block(above);
    add_caption(b, figure);
    if (caption < b.list().boxes.size()) b.list().boxes[caption].break_before = false;
    b.end_block(figure.caption_style);
  }
  if (first >= b.list().boxes.size()) return;
  b.list().boxes[first].content.anchors.push_back({figure.id, 0});
  // A figure that floats takes its caption with it.
  const auto* table = std::get_if<model::Table>(&figure.content);
  const auto* image = std::get_if<model::ImageBlock>(&figure.content);
  const model::Style& placed = table   ? table->cell_style
                               : image ? image->style
                                       : std::get<model::Chart>(figure.content).style;
  if (placed.place == model::Place::here || (table && !placed.keep_together)) return;
  for (std::size_t i = first; i < b.list().boxes.size(); ++i) b.list().boxes[i].float_boxes = 0;
  b.floating(first, placed);
}

void add_toc(VListBuilder& b, const model::Toc& toc) {
  const auto& ctx = b.ctx();
  if (!toc.title.empty()) {
    VBox title;
    title.height = text_block(ctx, toc.title_style, plain_runs(toc.title, toc.where), 0, 0,
                              ctx.width, title.content);
    title.where = toc.where;
    title.kind = "the contents' title";
    b.first(std::move(title), toc.title_style);
    b.end_block(toc.title_style);
  }
  // Room on the right for the page number, so titles never run into it.
  double number_col = toc.entry_style.size * 3;
  auto entry = [&](const std::string& text, const model::Style& style, TocSlot slot) {
    double indent = style.indent;
    if (!has_room(ctx, style, ctx.width - indent - number_col, toc.where, [&] {
          return "the contents' indent (style '" + style.name + "') with its page numbers";
        }))
      return false;
    auto lines =
        set_text(ctx, style, plain_runs(text, toc.where), ctx.width - indent - number_col, 0);
    VBox box;
    double baseline = baseline_offset(ctx.fonts, style);
    box.height = draw_lines(lines, style, baseline, indent, 0, box.content);
    slot.number_x = ctx.width;
    slot.baseline = box.height - style.leading + baseline;
    slot.leader_from = indent + (lines.empty() ? 0 : lines.back().width) + style.size * 0.5;
    slot.face = face_for(ctx.fonts, style, style.bold, style.italic);
    slot.size = style.size;
    slot.color = style.color;
    box.toc.push_back(slot);
    box.where = toc.where;
    box.kind = "a contents entry";
    b.first(std::move(box), style);
    b.end_block(style);
    return true;
  };
  if (toc.listing) {
    for (const auto& e : toc.entries) {
      TocSlot slot;
      slot.anchor = e.anchor;
      if (!entry(e.text, toc.entry_style, slot)) return;
    }
    return;
  }
  for (std::size_t i = 0; i < b.headings_ahead.size(); ++i) {
    const auto& h = b.headings_ahead[i];
    if (!h.in_toc || h.level > toc.depth) continue;
    TocSlot slot;
    slot.heading = int(i);
    if (!entry(h.title, h.level == 1 ? toc.entry_style : toc.sub_style, slot)) return;
  }
}

}  // namespace briefing::layout
