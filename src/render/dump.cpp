// The page dump: a PagedDocument as plain text, one line per item, for golden tests and for
// reading what layout decided. It must be the same bytes on every run and every machine, so it
// prints only values of the page model, rounded to 2 decimals, in the model's order, and names
// a face by its manifest family, style and file stem, never by its path.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <string>
#include <string_view>

#include "base/picture.hpp"
#include "render/render.hpp"

namespace briefing::render {

namespace {

class Dump {
 public:
  explicit Dump(const font::FontBook& fonts) : fonts_(fonts) {}

  void document(const PagedDocument& doc) {
    out_ += "briefing page dump 1\n";
    info(doc.info);
    for (std::size_t p = 0; p < doc.pages.size(); ++p) page(doc.pages[p], p);
    if (doc.outline.empty()) return;
    out_ += "outline\n";
    for (const OutlineEntry& entry : doc.outline) {
      out_ += "  level " + std::to_string(entry.level) + " page " + std::to_string(entry.page + 1) +
              " y";
      number(entry.y);
      text(entry.title);
      out_ += '\n';
    }
  }

  std::string take() { return std::move(out_); }

 private:
  // The creator names the program's version, which is no part of the layout.
  void info(const DocInfo& info) {
    field("title", info.title);
    field("author", info.author);
    field("subject", info.subject);
    field("keywords", info.keywords);
    field("language", info.language);
    field("date", info.date);
  }

  void field(std::string_view name, const std::string& value) {
    if (value.empty()) return;
    out_ += name;
    text(value);
    out_ += '\n';
  }

  void page(const Page& page, std::size_t index) {
    out_ += "page " + std::to_string(index + 1) + " size";
    number(page.width);
    number(page.height);
    if (page.trim.w > 0) {
      out_ += " trim";
      rect(page.trim);
      out_ += " bleed";
      number(page.bleed);
    }
    out_ += '\n';
    for (const Artifact& a : page.artifacts)
      if (!a.over) artifact(a);
    for (const Item& item : page.items) std::visit([&](const auto& it) { this->item(it); }, item);
    for (const Artifact& a : page.artifacts)
      if (a.over) artifact(a);
    for (const PageLink& link : page.links) {
      out_ += "  link";
      rect(link.rect);
      out_ += " -> page " + std::to_string(link.target_page + 1) + " y";
      number(link.target_y);
      out_ += '\n';
    }
    for (const UriLink& link : page.uris) {
      out_ += "  uri";
      rect(link.rect);
      out_ += " ->";
      text(link.uri);
      out_ += '\n';
    }
  }

  // An artifact's items follow it, indented once more.
  void artifact(const Artifact& a) {
    out_ += a.over ? "  artifact over opacity" : "  artifact under opacity";
    number(a.opacity);
    out_ += " rotate";
    number(a.rotate);
    out_ += " about";
    number(a.cx);
    number(a.cy);
    out_ += '\n';
    for (const Item& item : a.items)
      std::visit(
          [&](const auto& it) {
            out_ += "  ";
            this->item(it);
          },
          item);
  }

  void item(const GlyphRun& run) {
    out_ += "  text";
    number(run.x);
    number(run.y);
    face(run.face);
    number(run.size);
    color(run.color);
    // The shaped width: kerning and ligatures show as a change of it.
    double width = 0;
    for (const PlacedGlyph& glyph : run.glyphs) width += glyph.advance * run.size;
    for (const PlacedGlyph& glyph : run.spaces) width += glyph.advance * run.size;
    number(width);
    if (run.rtl) out_ += " rtl";
    text(run.text);
    out_ += '\n';
  }

  void item(const Fill& fill) {
    out_ += "  fill";
    rect(fill.rect);
    color(fill.color);
    out_ += '\n';
  }

  void item(const Stroke& stroke) {
    out_ += "  stroke";
    number(stroke.x1);
    number(stroke.y1);
    number(stroke.x2);
    number(stroke.y2);
    out_ += " width";
    number(stroke.width);
    color(stroke.color);
    out_ += '\n';
  }

  // A path is summarised: the box of its points (control points included), how it is painted,
  // and the number of its segments; the segments themselves are chart geometry, not layout.
  void item(const PathBox& box) {
    const Path& path = *box;
    out_ += "  path " + std::to_string(path.ops.size()) + " ops bbox";
    bounds(path.ops);
    out_ += " fill";
    optional_color(path.fill);
    out_ += " stroke";
    optional_color(path.stroke);
    if (path.stroke) {
      out_ += " width";
      number(path.line_width);
    }
    if (!path.dash.empty()) {
      out_ += " dash ";
      for (std::size_t i = 0; i < path.dash.size(); ++i)
        out_ += (i ? "," : "") + std::to_string(path.dash[i]);
    }
    if (path.cap != LineCap::butt)
      out_ += path.cap == LineCap::round ? " cap round" : " cap square";
    if (path.join != LineJoin::miter)
      out_ += path.join == LineJoin::round ? " join round" : " join bevel";
    if (!path.clip.empty()) {
      out_ += " clip";
      bounds(path.clip);
    }
    out_ += '\n';
  }

  // "image 72.00 100.00 120.00 60.00 svg logo.svg 120x60 paths 12 alt "…"": where, what file
  // (as the brief names it) and its size; a drawing's path count; the alt text, or "decorative".
  void item(const Image& image) {
    const Picture& picture = *image.picture;
    static constexpr const char* kinds[] = {"png", "jpeg", "svg"};
    out_ += "  image";
    rect(image.rect);
    out_ += ' ';
    out_ += kinds[int(picture.kind)];
    out_ += ' ' + picture.name + ' ' + std::to_string(picture.width) + 'x' +
            std::to_string(picture.height);
    if (picture.raster())
      out_ += " components " + std::to_string(picture.components) +
              (picture.alpha.empty() ? "" : " alpha");
    else
      out_ += " paths " + std::to_string(picture.paths.size());
    if (image.alt.empty()) {
      out_ += " decorative";
    } else {
      out_ += " alt";
      text(image.alt);
    }
    out_ += '\n';
  }

  void bounds(const std::vector<PathOp>& ops) {
    double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
    for (const PathOp& op : ops) {
      int points = op.verb == PathVerb::curve ? 3 : op.verb == PathVerb::close ? 0 : 1;
      for (int i = 0; i < points; ++i) {
        x0 = std::min(x0, op.p[i].x), y0 = std::min(y0, op.p[i].y);
        x1 = std::max(x1, op.p[i].x), y1 = std::max(y1, op.p[i].y);
      }
    }
    if (x0 > x1) {
      out_ += " none";
      return;
    }
    number(x0);
    number(y0);
    number(x1);
    number(y1);
  }

  void rect(const Rect& r) {
    number(r.x);
    number(r.y);
    number(r.w);
    number(r.h);
  }

  // "serif/bold-italic NotoSerif-BoldItalic": what the manifest calls it and which file it is.
  void face(FaceId id) {
    const font::FaceInfo& info = fonts_.info(id);
    const char* style =
        info.bold ? (info.italic ? "bold-italic" : "bold") : (info.italic ? "italic" : "regular");
    out_ +=
        ' ' + info.family + '/' + style + ' ' + std::filesystem::path(info.path).stem().string();
  }

  // Fixed 2 decimals whatever the locale; a value that rounds to zero prints as 0.00, never -0.00.
  void number(double value) {
    // Room for the largest double written out in full (309 digits).
    char buffer[400];
    auto end =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2).ptr;
    std::string_view printed(buffer, std::size_t(end - buffer));
    if (printed == "-0.00") printed = "0.00";
    out_ += ' ';
    out_ += printed;
  }

  void color(const Color& c) {
    static constexpr char kHex[] = "0123456789abcdef";
    out_ += " #";
    for (double channel : {c.r, c.g, c.b}) {
      int byte = static_cast<int>(std::lround(std::clamp(channel, 0.0, 1.0) * 255));
      out_ += kHex[byte >> 4];
      out_ += kHex[byte & 15];
    }
  }

  void optional_color(const std::optional<Color>& c) {
    if (c)
      color(*c);
    else
      out_ += " none";
  }

  // Quoted, with the quote, the backslash and control characters escaped, so that one item is
  // always one line.
  void text(std::string_view value) {
    out_ += " \"";
    for (char ch : value) {
      auto byte = static_cast<unsigned char>(ch);
      if (ch == '"' || ch == '\\') {
        out_ += '\\';
        out_ += ch;
      } else if (byte < 0x20 || byte == 0x7f) {
        static constexpr char kHex[] = "0123456789abcdef";
        out_ += "\\x";
        out_ += kHex[byte >> 4];
        out_ += kHex[byte & 15];
      } else {
        out_ += ch;
      }
    }
    out_ += '"';
  }

  const font::FontBook& fonts_;
  std::string out_;
};

}  // namespace

std::string dump_pages(const PagedDocument& doc, const font::FontBook& fonts) {
  Dump dump(fonts);
  dump.document(doc);
  return dump.take();
}

}  // namespace briefing::render
