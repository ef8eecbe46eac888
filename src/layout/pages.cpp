// Finishing: pages get their place on paper (mirrored margins), running header and footer with
// fields filled in, table-of-contents page numbers, the page numbers of references, links and
// the outline. Done last, once the page count is known, so "Page X of Y" and "see Figure 2 on
// page 4" need no second layout pass.
#include <cmath>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/parallel.hpp"
#include "base/unicode.hpp"
#include "layout/footnotes.hpp"
#include "layout/hyphenate.hpp"
#include "layout/layout.hpp"
#include "layout/vlist.hpp"

namespace briefing::layout {

namespace {

constexpr Color kLeaderColor{0.45, 0.45, 0.45};
// A stamp at the top or bottom keeps 8 mm from the paper's edge, clear of what office printers
// cannot print; its capitals are about 0.7 of its size (Noto's are 0.71 em), for centring.
constexpr double kStampEdge = 8 * 72 / 25.4, kCapHeight = 0.7;

struct Geometry {
  double left = 0;  // left edge of the text frame on this page
  double top = 0;
  Frame frame;
};

Geometry geometry(const model::PageSetup& p, int page_index) {
  // Page 1 is a right-hand (odd) page: its binding side is on the left.
  bool odd = page_index % 2 == 0;
  Geometry g;
  g.left = p.margin() + ((odd || !p.mirror) ? p.inner : p.outer);
  g.top = p.margin() + p.top;
  g.frame = Frame{p.width - p.inner - p.outer, p.height - p.top - p.bottom};
  return g;
}

std::string fill_fields(const model::RunningText& parts, const std::string& section, int page,
                        int pages) {
  using Field = model::RunningPart::Field;
  std::string text;
  for (const auto& part : parts) {
    switch (part.field) {
      case Field::none:
        text += part.text;
        break;
      case Field::section:
        text += section;
        break;
      case Field::page:
        text += std::to_string(page);
        break;
      case Field::pages:
        text += std::to_string(pages);
        break;
    }
  }
  return text;
}

// The longest run of whole words of `text` that fits `width` with an ellipsis after it, or ""
// when not even one word fits. The widths of all the candidates come out of one pass over the
// characters, advance by advance as FontBook::measure adds them, so a long text costs no more
// than reading it once.
std::string fit(const font::FontBook& fonts, const model::Style& style, const std::string& text,
                double width) {
  if (plain_width(fonts, style, text) <= width) return text;
  FaceId face = face_for(fonts, style, style.bold, style.italic);
  double advance = 0;  // in em, of text up to `start`
  FaceId previous = -1;
  auto add = [&](std::string_view part) {
    for (std::size_t pos = 0; pos < part.size();) {
      auto drawn = fonts.draw(face, next_code_point(part, pos), previous);
      advance += drawn.advance;
      previous = drawn.face;
    }
  };
  std::size_t best = 0;
  for (std::size_t start = 0, space; (space = text.find(' ', start)) != std::string::npos;
       start = space + 1) {
    add(apply_case(style, text.substr(start, space - start)));
    auto ellipsis = fonts.draw(face, U'\u2026', previous);
    if ((advance + ellipsis.advance) * style.size > width) break;
    best = space;
    add(" ");
  }
  return best == 0 ? std::string() : text.substr(0, best) + "\u2026";
}

// The texts of one running element as they fit its line.
struct RunningTexts {
  std::string left, center, right;
};

// Fits each distinct set of texts once: with {title} or {section} in a running element, most
// pages repeat the texts of others, and a long title would otherwise be measured on every page.
class RunningFitter {
 public:
  RunningFitter(const font::FontBook& fonts, const model::Running& r, double width)
      : fonts_(fonts), r_(r), width_(width) {}

  const RunningTexts& fitted(RunningTexts texts) {
    auto key = std::tuple(texts.left, texts.center, texts.right);
    auto found = done_.find(key);
    if (found != done_.end()) return found->second;
    return done_.emplace(std::move(key), fit_all(std::move(texts))).first->second;
  }

 private:
  RunningTexts fit_all(RunningTexts t) const {
    const model::Style& style = r_.style;
    t.center = fit(fonts_, style, t.center, width_);
    // Left and right share what the centre leaves, so a long section title never overlaps.
    double side =
        (width_ - plain_width(fonts_, style, t.center)) / (t.center.empty() ? 1 : 2) - style.size;
    if (t.center.empty()) {
      double lw = plain_width(fonts_, style, t.left), rw = plain_width(fonts_, style, t.right);
      if (lw + rw > side) {
        if (lw > rw)
          t.left = fit(fonts_, style, t.left, side - rw);
        else
          t.right = fit(fonts_, style, t.right, side - lw);
      }
    } else {
      t.left = fit(fonts_, style, t.left, side);
      t.right = fit(fonts_, style, t.right, side);
    }
    return t;
  }

  const font::FontBook& fonts_;
  const model::Running& r_;
  double width_;
  std::map<std::tuple<std::string, std::string, std::string>, RunningTexts> done_;
};

// The texts of a running element on every page (null on the cover and where it is empty).
// `fitters`: for the document's pages and for turned ones, whose line is as wide as their frame.
std::vector<const RunningTexts*> running_texts(RunningFitter (&fitters)[2], const model::Running& r,
                                               const std::vector<std::string>& sections,
                                               const std::vector<PageDraft>& drafts, bool mirror) {
  std::vector<const RunningTexts*> out(drafts.size(), nullptr);
  if (r.left.empty() && r.center.empty() && r.right.empty() && !r.image) return out;
  int total = int(drafts.size());
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].cover) continue;
    int number = int(i) + 1;
    bool swap = mirror && i % 2 == 1;
    out[i] = &fitters[drafts[i].turned ? 1 : 0].fitted(
        {fill_fields(swap ? r.right : r.left, sections[i], number, total),
         fill_fields(r.center, sections[i], number, total),
         fill_fields(swap ? r.left : r.right, sections[i], number, total)});
  }
  return out;
}

// Where a heading or an anchor landed: a page (0-based; -1: nowhere) and its y there.
struct Place {
  int page = -1;
  double y = 0;
};

// A running element's logo, sized once for every page: its texts share what it leaves.
struct Logo {
  Size size;
  double room = 0;   // the logo's width and the gap after it: taken from the texts' line
  bool left = true;  // on odd pages (mirroring swaps it on even pages, as the texts)
};

// The logo stands on the band's baseline: a header's must stay on the page, a footer's clear the
// text frame above it.
std::optional<Logo> logo(const model::Running& r, const model::PageSetup& page, bool header,
                         Diagnostics& diags) {
  if (!r.image) return std::nullopt;
  model::ImageBlock image = *r.image;
  // A logo with no size of its own is one line of the band tall.
  if (!image.width && !image.height) image.height = r.style.leading;
  double width = page.width - page.inner - page.outer;
  Logo logo{image_size(image, width / 2, diags), 0, image.align != model::Align::right};
  logo.room = logo.size.w + r.style.size;
  double room = header ? page.top - r.distance : r.distance;
  if (logo.size.h > room)
    diags.error(image.where, std::string("the ") + (header ? "header" : "footer") + "'s image is " +
                                 points(logo.size.h) + " tall, and " + points(room) +
                                 " lie between the band's baseline and the " +
                                 (header ? "page's edge" : "text frame") +
                                 ": lower its height or " +
                                 (header ? "widen the margin" : "raise 'distance'"));
  return logo;
}

struct Finisher {
  const model::Document& doc;
  const font::FontBook& fonts;
  PagedDocument& out;
  const std::map<std::string, Place, std::less<>>& anchors;
  const FootnoteArea* notes = nullptr;

  Place find(const std::string& id) const {
    auto found = anchors.find(id);
    return found == anchors.end() ? Place{} : found->second;
  }

  // A reference's page number is set now that it is known, and its words link to its target;
  // a footnote's marker takes its number on page `index`.
  void references(Page& page, Content& c, double x, double y, std::size_t index) {
    // Bind checked every target, and every target has a box: a missing one would print "?".
    for (const PageSlot& slot : c.slots)
      if (slot.note >= 0)
        set_slot(c, slot, notes->marker(index, slot.note));
      else
        page_number(c, slot, find(slot.to).page);
    for (const RefLink& ref : c.refs) {
      Place target = find(ref.to);
      if (target.page < 0) continue;
      page.links.push_back(PageLink{Rect{ref.rect.x + x, ref.rect.y + y, ref.rect.w, ref.rect.h},
                                    target.page, target.y});
    }
  }

  void running(std::vector<Item>& items, const model::Running& r, const Geometry& g, bool header,
               const RunningTexts* texts, const std::optional<Logo>& logo, bool swap) {
    if (!texts) return;
    const auto& [left, center, right] = *texts;
    double edge = header ? g.top : g.top + g.frame.height;
    double baseline = header ? edge - r.distance : edge + r.distance;
    double x = g.left, w = g.frame.width;
    if (logo) {
      bool at_left = logo->left != swap;
      double lx = at_left ? x : x + w - logo->size.w;
      items.push_back(Image{Rect{lx, baseline - logo->size.h, logo->size.w, logo->size.h},
                            r.image->picture, r.image->alt});
      if (at_left) x += logo->room;
      w -= logo->room;
    }
    if (!left.empty()) draw_plain(fonts, r.style, left, x, baseline, items);
    if (!center.empty())
      draw_plain(fonts, r.style, center, x + (w - plain_width(fonts, r.style, center)) / 2,
                 baseline, items);
    if (!right.empty())
      draw_plain(fonts, r.style, right, x + w - plain_width(fonts, r.style, right), baseline,
                 items);
    if (r.rule_width > 0) {
      // The rule sits halfway between the band's baseline and the text frame.
      double y = header ? baseline + (edge - baseline) / 2
                        : baseline - (baseline - edge) / 2 - r.style.size;
      items.push_back(Stroke{g.left, y, g.left + g.frame.width, y, r.rule_width, r.rule_color});
    }
  }

  // The page number of a reference in the place its line kept (two figures wide): the room a
  // shorter number leaves goes where the line's alignment puts its slack (after the number in
  // a line set flush left, into the spaces of a justified one), so no gap shows inside the
  // reference; a number wider than the place (past page 99) is set smaller to fit it.
  void page_number(Content& c, const PageSlot& slot, int target_page) {
    set_slot(c, slot, target_page < 0 ? "?" : std::to_string(target_page + 1));
  }

  void set_slot(Content& c, const PageSlot& slot, std::string number) {
    std::span<const PlacedGlyph> digits = fonts.shape(slot.face, number);
    double width = 0;
    for (const PlacedGlyph& digit : digits) width += digit.advance * slot.size;
    double size = width > slot.width ? slot.size * slot.width / width : slot.size;
    double room = std::max(slot.width - width, 0.0);
    c.items[slot.item] =
        GlyphRun{slot.face,  size,   slot.x, slot.baseline,     number + slot.spaces,
                 slot.color, digits, false,  slot.space_glyphs, std::uint32_t(number.size())};
    for (RefLink& ref : c.refs)
      if (ref.item == slot.item) ref.rect.w = std::min(width, slot.width);
    give_room(c, slot, room);
  }

  // Moves the pieces of the slot's line (its items, the references over them, the later slots
  // of the line) so that `room` leaves the slot where the line's alignment wants it.
  static void give_room(Content& c, const PageSlot& slot, double room) {
    if (room <= 0) return;
    std::size_t pieces = slot.line_end - slot.line_first;
    std::size_t at = slot.item - slot.line_first;
    auto shift = [&](std::size_t k) {
      bool after = k > at;
      switch (slot.set_as) {
        case LineAlign::justify:
          if (pieces > 1) return double(k) * room / double(pieces - 1) - (after ? room : 0);
          return after ? -room : 0.0;
        case LineAlign::right:
          return after ? 0.0 : room;
        case LineAlign::center:
          return after ? -room / 2 : room / 2;
        case LineAlign::left:
          break;
      }
      return after ? -room : 0.0;
    };
    for (std::size_t i = slot.line_first; i < slot.line_end; ++i)
      c.items[i] = translated(std::move(c.items[i]), shift(i - slot.line_first), 0);
    for (RefLink& ref : c.refs)
      if (ref.item >= slot.line_first && ref.item < slot.line_end)
        ref.rect.x += shift(ref.item - slot.line_first);
    for (PageSlot& later : c.slots)
      if (later.item > slot.item && later.item < slot.line_end)
        later.x += shift(later.item - slot.line_first);
  }

  // A stamp's text centred across the page: at the page's middle, turned about it, or its
  // capitals kStampEdge from the top or bottom edge, in the margin beyond the running bands.
  void stamp(Page& page, const model::Stamp& stamp, const std::optional<Size>& picture,
             const std::string& section, int number, int pages) const {
    if (stamp.image && picture) {
      page.artifacts.push_back(picture_stamp(page, stamp, *picture));
      return;
    }
    const model::Style& style = stamp.content.style;
    std::string text = fill_fields(stamp.content.text, section, number, pages);
    if (text.empty()) return;
    Artifact artifact{{}, stamp.over, stamp.opacity, stamp.rotate, page.width / 2, 0};
    const double cap = style.size * kCapHeight;
    double baseline = 0;
    switch (stamp.position) {
      case model::Stamp::Position::center:
        baseline = page.height / 2 + cap / 2;
        break;
      case model::Stamp::Position::top:
        baseline = page.trim.y + kStampEdge + cap;
        break;
      case model::Stamp::Position::bottom:
        baseline = page.height - page.trim.y - kStampEdge;
        break;
    }
    artifact.cy = baseline - cap / 2;
    draw_plain(fonts, style, text, artifact.cx - plain_width(fonts, style, text) / 2, baseline,
               artifact.items);
    page.artifacts.push_back(std::move(artifact));
  }

  // A picture stamp centred across the page, as a text stamp is: its middle at the page's, or
  // its edge kStampEdge from the top or bottom of the paper.
  static Artifact picture_stamp(const Page& page, const model::Stamp& stamp, Size size) {
    // From the trimmed page's edge (trim.y is 0 when the page is the paper).
    double y = stamp.position == model::Stamp::Position::top ? page.trim.y + kStampEdge
               : stamp.position == model::Stamp::Position::bottom
                   ? page.height - page.trim.y - kStampEdge - size.h
                   : (page.height - size.h) / 2;
    Artifact artifact{{}, stamp.over, stamp.opacity, stamp.rotate, page.width / 2, y + size.h / 2};
    artifact.items.push_back(Image{Rect{(page.width - size.w) / 2, y, size.w, size.h},
                                   stamp.image->picture, stamp.image->alt});
    return artifact;
  }

  void toc_number(Page& page, const TocSlot& slot, double x0, double y0, const Place& target) {
    std::string number = std::to_string(target.page + 1);
    std::span<const PlacedGlyph> digits = fonts.shape(slot.face, number);
    double nw = 0;
    for (const PlacedGlyph& digit : digits) nw += digit.advance * slot.size;
    double right = x0 + slot.number_x;
    double baseline = y0 + slot.baseline;
    // Dot leaders on a fixed grid, so the dots of all entries line up vertically.
    double step = slot.size * 0.55;
    double first = std::ceil((x0 + slot.leader_from) / step) * step;
    int count = int((right - nw - slot.size * 0.4 - first) / step);
    std::span<const PlacedGlyph> dot = fonts.shape(slot.face, ".");
    for (int k = 0; k < count; ++k)
      page.items.push_back(
          GlyphRun{slot.face, slot.size, first + k * step, baseline, ".", kLeaderColor, dot});
    page.items.push_back(GlyphRun{slot.face, slot.size, right - nw, baseline, std::move(number),
                                  slot.color, digits});
  }
};

// The paper of a page: the page itself, or, for a printer, the page (its TrimBox) in a larger
// sheet with the bleed around it and crop marks (an artifact) outside that.
void trim(Page& page, const model::PageSetup& s) {
  const double m = s.margin();
  page.width = s.width + 2 * m;
  page.height = s.height + 2 * m;
  if (m <= 0) return;
  page.trim = Rect{m, m, s.width, s.height};
  page.bleed = s.bleed;
  if (!s.crop_marks) return;
  // Two marks at each corner, on the trim's lines, starting clear of the bleed.
  Artifact marks{{}, true, 1, 0, 0, 0};
  const double from = std::max(s.bleed, model::PageSetup::kMarkGap), to = m;
  const double xs[2] = {m, m + s.width}, ys[2] = {m, m + s.height};
  for (int cx = 0; cx < 2; ++cx)
    for (int cy = 0; cy < 2; ++cy) {
      double x = xs[cx], y = ys[cy], dx = cx ? 1 : -1, dy = cy ? 1 : -1;
      marks.items.push_back(Stroke{x + dx * from, y, x + dx * to, y, 0.25, Color{0, 0, 0}});
      marks.items.push_back(Stroke{x, y + dy * from, x, y + dy * to, 0.25, Color{0, 0, 0}});
    }
  page.artifacts.push_back(std::move(marks));
}

// `c` is moved from: a box of the list lands on one page only (a repeated header is copied first).
// {section} of each page: the level-1 section its first box in reading order belongs to (a
// float waiting at the page's top was read before the text under it, so the list order decides).
std::vector<std::string> page_sections(const std::vector<PageDraft>& drafts, const VList& marks) {
  std::map<int, const std::string*> starts;  // list index of each level-1 heading -> its title
  for (const auto& draft : drafts)
    for (const auto& pb : draft.boxes)
      if (pb.index >= 0 && pb.box->heading >= 0) {
        const auto& mark = marks.headings[std::size_t(pb.box->heading)];
        if (mark.level == 1) starts.emplace(pb.index, &mark.title);
      }
  std::vector<std::string> sections(drafts.size());
  std::string section;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].cover) continue;
    int first = -1;
    for (const auto& pb : drafts[i].boxes)
      if (pb.index >= 0 && (first < 0 || pb.index < first)) first = pb.index;
    if (first >= 0) {
      auto in_force = starts.upper_bound(first);
      section = in_force == starts.begin() ? std::string() : *std::prev(in_force)->second;
    }
    sections[i] = section;
  }
  return sections;
}

void place_content(Page& page, Content&& c, double x, double y) {
  for (auto& item : c.items) page.items.push_back(translated(std::move(item), x, y));
  for (auto& u : c.uris)
    page.uris.push_back(
        UriLink{Rect{u.rect.x + x, u.rect.y + y, u.rect.w, u.rect.h}, std::move(u.uri)});
}

}  // namespace

PagedDocument layout_document(const model::Document& doc, const font::FontBook& fonts,
                              Diagnostics& diags) {
  Geometry g0 = geometry(doc.page, 0);
  const model::PageSetup turned_page = doc.page.turned();
  const Frame turned_frame = geometry(turned_page, 0).frame;
  auto setup = [&](const PageDraft& d) -> const model::PageSetup& {
    return d.turned ? turned_page : doc.page;
  };
  bool english = doc.meta.lang.empty() || doc.meta.lang.rfind("en", 0) == 0;
  BlockContext ctx{fonts, diags, g0.frame.width, english, doc.page, doc.missing_glyphs_error};
  VList cover, body;
  add_blocks(doc.cover, ctx, cover);
  add_blocks(doc.body, ctx, body, BodyPages{doc.turns, doc.column_runs, &turned_page});
  // Only a brief with footnotes pays for them.
  std::optional<FootnoteArea> notes;
  if (!doc.footnotes.notes.empty()) notes.emplace(doc.footnotes, ctx);
  FootnoteArea* area = notes ? &*notes : nullptr;

  std::vector<PageDraft> drafts;
  if (!cover.boxes.empty()) {
    drafts = build_pages(cover, g0.frame, diags, area);
    for (auto& d : drafts) d.cover = true;
  }
  const ColumnStyle columns{doc.page.column_gap, doc.page.column_rule, doc.page.column_rule_color};
  for (auto& d : build_pages(body, g0.frame, turned_frame, columns, diags, area))
    drafts.push_back(std::move(d));
  if (area) {
    std::vector<int> level1;
    for (std::size_t k = 0; k < body.boxes.size(); ++k)
      if (int h = body.boxes[k].heading; h >= 0 && body.headings[std::size_t(h)].level == 1)
        level1.push_back(int(k));
    area->number(drafts, level1);
  }

  PagedDocument out;
  const model::Meta& m = doc.meta;
  out.info = DocInfo{
      m.title, m.author,      m.subject,      m.keywords,      m.lang,           "",
      m.date,  m.title_where, m.author_where, m.subject_where, m.keywords_where, m.lang_where};
  out.pages.resize(drafts.size());
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    const model::PageSetup& s = setup(drafts[i]);
    trim(out.pages[i], s);
  }

  // Where each heading landed, for the TOC, the outline and {section}.
  VList& marks = body;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].cover) continue;
    Geometry g = geometry(setup(drafts[i]), int(i));
    for (const auto& pb : drafts[i].boxes)
      if (pb.box->heading >= 0) {
        auto& h = marks.headings[std::size_t(pb.box->heading)];
        h.page = int(i);
        h.y = g.top + pb.y;
      }
  }

  // Where each anchor landed, for references and the lists of figures and tables: the first
  // place an id is given (a fact printed twice is found where it is printed first).
  std::map<std::string, Place, std::less<>> anchors;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].cover) continue;
    Geometry g = geometry(setup(drafts[i]), int(i));
    for (const auto& pb : drafts[i].boxes)
      if (pb.index >= 0)
        for (const Anchor& a : pb.box->content.anchors)
          anchors.emplace(a.id, Place{int(i), g.top + pb.y + a.y});
  }

  auto sections = page_sections(drafts, marks);

  auto header_logo = logo(doc.header, doc.page, true, diags);
  // A picture stamp is sized once, never wider than the paper.
  std::vector<std::optional<Size>> stamp_sizes;
  for (const model::Stamp& stamp : doc.stamps)
    stamp_sizes.push_back(stamp.image
                              ? std::optional(image_size(*stamp.image, doc.page.width, diags))
                              : std::nullopt);
  auto footer_logo = logo(doc.footer, doc.page, false, diags);
  double header_room = header_logo ? header_logo->room : 0;
  double footer_room = footer_logo ? footer_logo->room : 0;
  RunningFitter header_fitters[2] = {{fonts, doc.header, g0.frame.width - header_room},
                                     {fonts, doc.header, turned_frame.width - header_room}};
  RunningFitter footer_fitters[2] = {{fonts, doc.footer, g0.frame.width - footer_room},
                                     {fonts, doc.footer, turned_frame.width - footer_room}};
  auto headers = running_texts(header_fitters, doc.header, sections, drafts, doc.page.mirror);
  auto footers = running_texts(footer_fitters, doc.footer, sections, drafts, doc.page.mirror);
  Finisher fin{doc, fonts, out, anchors, area};
  auto finish = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      Page& page = out.pages[i];
      Geometry g = geometry(setup(drafts[i]), int(i));
      // The running heads are set first so that the page's items are allocated once, at their
      // size: a vector grown by doubling would leave up to half of it touched for nothing.
      std::vector<Item> running;
      if (!drafts[i].cover) {
        bool swap = doc.page.mirror && i % 2 == 1;
        fin.running(running, doc.header, g, true, headers[i], header_logo, swap);
        fin.running(running, doc.footer, g, false, footers[i], footer_logo, swap);
      }
      std::size_t items = running.size();
      for (const auto& pb : drafts[i].boxes) items += pb.box->content.items.size();
      page.items.reserve(items);
      for (const auto& pb : drafts[i].boxes) {
        double x = g.left + pb.x, y = g.top + pb.y;
        VList& list = drafts[i].cover ? cover : body;
        Content content = pb.index < 0 ? Content(pb.box->content)
                                       : std::move(list.boxes[std::size_t(pb.index)].content);
        fin.references(page, content, x, y, i);
        place_content(page, std::move(content), x, y);
        for (const auto& slot : pb.box->toc) {
          Place target = fin.find(slot.anchor);
          if (slot.heading >= 0) {
            const auto& mark = marks.headings[std::size_t(slot.heading)];
            target = {mark.page, mark.y};
          }
          if (target.page < 0) continue;
          fin.toc_number(page, slot, x, y, target);
          page.links.push_back(
              PageLink{Rect{x, y, slot.number_x, pb.box->height}, target.page, target.y});
        }
      }
      for (const Stroke& rule : drafts[i].column_rules)
        page.items.push_back(translated(rule, g.left, g.top));
      if (area && !drafts[i].notes.empty()) {
        Content content;
        area->draw(i, drafts[i], g.left, g.top, g.frame.width, content);
        fin.references(page, content, 0, 0, i);
        place_content(page, std::move(content), 0, 0);
      }
      for (const model::Stamp& stamp : doc.stamps)
        if (stamp.on(int(i) + 1))
          fin.stamp(page, stamp, stamp_sizes[std::size_t(&stamp - doc.stamps.data())], sections[i],
                    int(i) + 1, int(drafts.size()));
      std::move(running.begin(), running.end(), std::back_inserter(page.items));
    }
  };
  // Each page is finished on its own: the later half on a second thread (0.7 ms of work for the
  // benchmark's 20 pages).
  std::size_t half = drafts.size() / 2;
  Beside<void> later([&] { finish(half, drafts.size()); });
  finish(0, half);
  later.get();
  for (const auto& h : marks.headings)
    if (h.page >= 0) out.outline.push_back(OutlineEntry{h.title, h.level, h.page, h.y, h.where});
  save_hyphenation();
  return out;
}

}  // namespace briefing::layout
