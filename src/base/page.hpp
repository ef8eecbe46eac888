#pragma once
// The finished layout: pages of positioned items. Layout writes it, renderers only read it.
#include <string>
#include <variant>
#include <vector>

#include "base/geom.hpp"

namespace briefing {

using FaceId = int;  // index into the FontBook's faces

// Text set in one face; x,y is the start of the baseline (page coordinates, y down).
struct GlyphRun {
  FaceId face = 0;
  double size = 10;
  double x = 0, y = 0;
  std::string text;  // NFC UTF-8; every character is covered by `face`
  Color color;
};

struct Fill {
  Rect rect;
  Color color;
};

struct Stroke {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color;
};

using Item = std::variant<GlyphRun, Fill, Stroke>;

// A clickable area that jumps to a page of the same document.
struct PageLink {
  Rect rect;
  int target_page = 0;  // 0-based
  double target_y = 0;  // page coordinates of the destination's top
};

struct UriLink {
  Rect rect;
  std::string uri;
};

struct Page {
  double width = 595.276, height = 841.89;
  std::vector<Item> items;  // in painting order
  std::vector<PageLink> links;
  std::vector<UriLink> uris;
};

struct OutlineEntry {
  std::string title;
  int level = 1;  // 1 = top level
  int page = 0;   // 0-based
  double y = 0;   // page coordinates of the heading's top
};

struct DocInfo {
  std::string title, author, subject, keywords, language, creator;
  std::string date;  // ISO 8601 date from the brief, never the clock
};

struct PagedDocument {
  DocInfo info;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
};

}  // namespace briefing
