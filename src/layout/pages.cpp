// Finishing: pages get their place on paper (mirrored margins), running header and footer with
// fields filled in, table-of-contents page numbers, links and the outline. Done last, once the
// page count is known, so "Page X of Y" needs no second layout pass.
#include <cmath>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "base/parallel.hpp"
#include "base/unicode.hpp"
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
  g.left = (odd || !p.mirror) ? p.inner : p.outer;
  g.top = p.top;
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
std::vector<const RunningTexts*> running_texts(RunningFitter& fitter, const model::Running& r,
                                               const std::vector<std::string>& sections,
                                               const std::vector<PageDraft>& drafts, bool mirror) {
  std::vector<const RunningTexts*> out(drafts.size(), nullptr);
  if (r.left.empty() && r.center.empty() && r.right.empty()) return out;
  int total = int(drafts.size());
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].cover) continue;
    int number = int(i) + 1;
    bool swap = mirror && i % 2 == 1;
    out[i] = &fitter.fitted({fill_fields(swap ? r.right : r.left, sections[i], number, total),
                             fill_fields(r.center, sections[i], number, total),
                             fill_fields(swap ? r.left : r.right, sections[i], number, total)});
  }
  return out;
}

struct Finisher {
  const model::Document& doc;
  const font::FontBook& fonts;
  PagedDocument& out;

  void running(Page& page, const model::Running& r, const Geometry& g, bool header,
               const RunningTexts* texts) {
    if (!texts) return;
    const auto& [left, center, right] = *texts;
    double edge = header ? g.top : g.top + g.frame.height;
    double baseline = header ? edge - r.distance : edge + r.distance;
    double w = g.frame.width;
    if (!left.empty()) draw_plain(fonts, r.style, left, g.left, baseline, page.items);
    if (!center.empty())
      draw_plain(fonts, r.style, center, g.left + (w - plain_width(fonts, r.style, center)) / 2,
                 baseline, page.items);
    if (!right.empty())
      draw_plain(fonts, r.style, right, g.left + w - plain_width(fonts, r.style, right), baseline,
                 page.items);
    if (r.rule_width > 0) {
      // The rule sits halfway between the band's baseline and the text frame.
      double y = header ? baseline + (edge - baseline) / 2
                        : baseline - (baseline - edge) / 2 - r.style.size;
      page.items.push_back(Stroke{g.left, y, g.left + w, y, r.rule_width, r.rule_color});
    }
  }

  // A stamp's text centred across the page: at the page's middle, turned about it, or its
  // capitals kStampEdge from the top or bottom edge, in the margin beyond the running bands.
  void stamp(Page& page, const model::Stamp& stamp, const std::string& section, int number,
             int pages) const {
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
        baseline = kStampEdge + cap;
        break;
      case model::Stamp::Position::bottom:
        baseline = page.height - kStampEdge;
        break;
    }
    artifact.cy = baseline - cap / 2;
    draw_plain(fonts, style, text, artifact.cx - plain_width(fonts, style, text) / 2, baseline,
               artifact.items);
    page.artifacts.push_back(std::move(artifact));
  }

  void toc_number(Page& page, const TocSlot& slot, double x0, double y0,
                  const HeadingMark& target) {
    std::string number = std::to_string(target.page + 1);
    std::span<const PlacedGlyph> shaped = fonts.shape(slot.face, number);
    std::vector<PlacedGlyph> digits(shaped.begin(), shaped.end());
    double nw = 0;
    for (const PlacedGlyph& digit : digits) nw += digit.advance * slot.size;
    double right = x0 + slot.number_x;
    double baseline = y0 + slot.baseline;
    // Dot leaders on a fixed grid, so the dots of all entries line up vertically.
    double step = slot.size * 0.55;
    double first = std::ceil((x0 + slot.leader_from) / step) * step;
    int count = int((right - nw - slot.size * 0.4 - first) / step);
    std::span<const PlacedGlyph> shaped_dot = fonts.shape(slot.face, ".");
    std::vector<PlacedGlyph> dot(shaped_dot.begin(), shaped_dot.end());
    for (int k = 0; k < count; ++k)
      page.items.push_back(
          GlyphRun{slot.face, slot.size, first + k * step, baseline, ".", kLeaderColor, dot});
    page.items.push_back(GlyphRun{slot.face, slot.size, right - nw, baseline, std::move(number),
                                  slot.color, std::move(digits)});
  }
};

// `c` is moved from: a box of the list lands on one page only (a repeated header is copied first).
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
  bool english = doc.meta.lang.empty() || doc.meta.lang.rfind("en", 0) == 0;
  BlockContext ctx{fonts, diags, g0.frame.width, english, doc.page, doc.missing_glyphs_error};
  VList cover, body;
  add_blocks(doc.cover, ctx, cover);
  add_blocks(doc.body, ctx, body);

  std::vector<PageDraft> drafts;
  if (!cover.boxes.empty()) {
    drafts = build_pages(cover, g0.frame, diags);
    for (auto& d : drafts) d.cover = true;
  }
  for (auto& d : build_pages(body, g0.frame, diags)) drafts.push_back(std::move(d));

  PagedDocument out;
  const model::Meta& m = doc.meta;
  out.info = DocInfo{
      m.title, m.author,      m.subject,      m.keywords,      m.lang,           "",
      m.date,  m.title_where, m.author_where, m.subject_where, m.keywords_where, m.lang_where};
  out.pages.resize(drafts.size());
  for (auto& p : out.pages) p.width = doc.page.width, p.height = doc.page.height;

  // Where each heading landed, for the TOC, the outline and {section}.
  VList& marks = body;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].cover) continue;
    Geometry g = geometry(doc.page, int(i));
    for (const auto& pb : drafts[i].boxes)
      if (pb.box->heading >= 0) {
        auto& h = marks.headings[std::size_t(pb.box->heading)];
        h.page = int(i);
        h.y = g.top + pb.y;
      }
  }

  // {section} of each page: the first level-1 heading on it, else the one in force from before.
  std::vector<std::string> sections(drafts.size());
  std::string section;
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].cover) continue;
    sections[i] = section;
    bool first = true;
    for (const auto& pb : drafts[i].boxes) {
      if (pb.box->heading < 0) continue;
      const auto& mark = marks.headings[std::size_t(pb.box->heading)];
      if (mark.level != 1) continue;
      if (first) sections[i] = mark.title;
      first = false;
      section = mark.title;
    }
  }

  RunningFitter header_fitter(fonts, doc.header, g0.frame.width);
  RunningFitter footer_fitter(fonts, doc.footer, g0.frame.width);
  auto headers = running_texts(header_fitter, doc.header, sections, drafts, doc.page.mirror);
  auto footers = running_texts(footer_fitter, doc.footer, sections, drafts, doc.page.mirror);
  Finisher fin{doc, fonts, out};
  auto finish = [&](std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) {
      Page& page = out.pages[i];
      Geometry g = geometry(doc.page, int(i));
      std::size_t items = 0;
      for (const auto& pb : drafts[i].boxes) items += pb.box->content.items.size();
      page.items.reserve(items);
      for (const auto& pb : drafts[i].boxes) {
        double x = g.left + pb.x, y = g.top + pb.y;
        VList& list = drafts[i].cover ? cover : body;
        place_content(page,
                      pb.index < 0 ? Content(pb.box->content)
                                   : std::move(list.boxes[std::size_t(pb.index)].content),
                      x, y);
        for (const auto& slot : pb.box->toc) {
          const auto& target = marks.headings[std::size_t(slot.heading)];
          if (target.page < 0) continue;
          fin.toc_number(page, slot, x, y, target);
          page.links.push_back(
              PageLink{Rect{x, y, g.frame.width, pb.box->height}, target.page, target.y});
        }
      }
      for (const model::Stamp& stamp : doc.stamps)
        if (stamp.on(int(i) + 1))
          fin.stamp(page, stamp, sections[i], int(i) + 1, int(drafts.size()));
      if (drafts[i].cover) continue;
      fin.running(page, doc.header, g, true, headers[i]);
      fin.running(page, doc.footer, g, false, footers[i]);
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
