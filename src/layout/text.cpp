// Glue between model styles and the paragraph setter, and small text-drawing helpers.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "layout/vlist.hpp"

namespace briefing::layout {

namespace {

LineAlign line_align(model::Align a) {
  switch (a) {
    case model::Align::right:
      return LineAlign::right;
    case model::Align::center:
      return LineAlign::center;
    case model::Align::justify:
      return LineAlign::justify;
    case model::Align::left:
      break;
  }
  return LineAlign::left;
}

}  // namespace

std::string apply_case(const model::Style& style, const std::string& text) {
  if (!style.uppercase) return text;
  auto u = icu::UnicodeString::fromUTF8(text);
  u.toUpper(icu::Locale::getRoot());
  std::string out;
  u.toUTF8String(out);
  return out;
}

FaceId face_for(const font::FontBook& fonts, const model::Style& style, bool bold, bool italic) {
  FaceId f = fonts.face(style.family, bold, italic);
  // The model checked every family against the manifest; fall back to any face defensively.
  return f >= 0 ? f : 0;
}

std::vector<StyledRun> styled_runs(const font::FontBook& fonts, const model::Style& style,
                                   const std::vector<model::Run>& runs) {
  std::vector<StyledRun> out;
  out.reserve(runs.size());
  for (const auto& r : runs) {
    bool bold = style.bold || r.strong;
    bool italic = style.italic != r.emphasis;
    StyledRun s;
    s.text = apply_case(style, r.text);
    s.face = face_for(fonts, style, bold, italic);
    s.size = style.size;
    s.color = r.href.empty() ? style.color : Color{0.05, 0.2, 0.45};
    s.href = r.href;
    s.where = r.where;
    s.features = style.features;
    s.link_to = r.link_to;
    s.page_of = r.page_of;
    s.note = r.note;
    s.anchor = r.anchor;
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<Line> set_text(const BlockContext& ctx, const model::Style& style,
                           const std::vector<model::Run>& runs, double width, double first_indent) {
  ParagraphShape shape;
  shape.width = width;
  shape.first_indent = first_indent;
  shape.align = line_align(style.align);
  shape.hyphenate = style.hyphenate && ctx.english;
  shape.direction = text_direction(style.dir);
  shape.missing_glyphs_error = ctx.missing_glyphs_error;
  return set_paragraph(styled_runs(ctx.fonts, style, runs), shape, ctx.fonts, ctx.diags);
}

double baseline_offset(const font::FontBook& fonts, const model::Style& style) {
  FaceId f = face_for(fonts, style, style.bold, style.italic);
  double asc = fonts.ascender(f) * style.size;
  double desc = -fonts.descender(f) * style.size;
  // Centre the font's ascent+descent in the leading, as typesetters distribute half-leading.
  return (style.leading - asc - desc) / 2 + asc;
}

double draw_lines(std::span<const Line> lines, const model::Style& style, double baseline, double x,
                  double top, Content& out) {
  double y = top;
  for (const auto& line : lines) {
    draw_line(line, x, y + baseline, out);
    y += style.leading;
  }
  return y - top;
}

namespace {

// The place of a page number: its two figures' width, the number itself left to finishing.
PageSlot page_slot(const Piece& p, double x, double baseline) {
  PageSlot slot;
  slot.to = p.link_to;
  slot.note = p.note;
  slot.x = x + p.x;
  slot.baseline = baseline;
  std::size_t ink = std::min(p.ink, p.text.size());
  for (const PlacedGlyph& glyph : p.glyphs) slot.width += glyph.advance * p.size;
  slot.face = p.face;
  slot.size = p.size;
  slot.color = p.color;
  slot.spaces = p.text.substr(ink);
  if (!slot.spaces.empty()) slot.space_glyphs = p.space_glyphs;
  return slot;
}

}  // namespace

void draw_line(const Line& line, double x, double baseline, Content& out) {
  std::size_t first_item = out.items.size(), first_slot = out.slots.size();
  for (const auto& p : line.pieces) {
    // The link area covers the word's ink box, roughly ascender to descender.
    Rect area{x + p.x, baseline - p.size * 0.9, p.width, p.size * 1.15};
    std::size_t item = out.items.size();
    if (p.page_of || p.note >= 0) {
      out.slots.push_back(page_slot(p, x, baseline));
      out.slots.back().item = item;
      out.items.push_back(GlyphRun{p.face, p.size, x + p.x, baseline, "", p.color});
    } else {
      out.items.push_back(GlyphRun{p.face, p.size, x + p.x - p.lead, baseline, p.text, p.color,
                                   p.glyphs, p.rtl, p.space_glyphs, std::uint32_t(p.ink)});
    }
    if (!p.href.empty()) out.uris.push_back(UriLink{area, p.href});
    if (!p.link_to.empty()) out.refs.push_back(RefLink{area, p.link_to, item});
    if (!p.anchor.empty()) out.anchors.push_back(Anchor{p.anchor, baseline - p.size});
  }
  for (std::size_t i = first_slot; i < out.slots.size(); ++i) {
    out.slots[i].line_first = first_item;
    out.slots[i].line_end = out.items.size();
    out.slots[i].set_as = line.set_as;
  }
}

void draw_plain(const font::FontBook& fonts, const model::Style& style, const std::string& text,
                double x, double baseline, std::vector<Item>& out) {
  FaceId face = face_for(fonts, style, style.bold, style.italic);
  for (font::ShapedSpan& span : fonts.set(face, apply_case(style, text), style.features)) {
    out.push_back(GlyphRun{span.face, style.size, x, baseline, std::move(span.text), style.color,
                           span.glyphs});
    x += span.advance * style.size;
  }
}

double plain_width(const font::FontBook& fonts, const model::Style& style,
                   const std::string& text) {
  FaceId face = face_for(fonts, style, style.bold, style.italic);
  return fonts.measure(face, apply_case(style, text), style.size, style.features);
}

void report_no_room(const BlockContext& ctx, const model::Style& style, double measure,
                    const Location& where, const std::string& what) {
  ctx.diags.error(where, what + " leaves no room for text: its measure is " + points(measure) +
                             " on a " + points(ctx.width) +
                             " wide text frame, less than one em of its type (" +
                             points(style.size) + ")");
}

}  // namespace briefing::layout
