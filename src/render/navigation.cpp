#include "render/navigation.hpp"

#include <cstdio>
#include <string>

#include "render/haru_doc.hpp"

namespace briefing::render {

namespace {

// [page /XYZ null top null]: go to `top` and keep the reader's zoom and horizontal scroll.
// libharu 2.3.0's HPDF_Destination_SetXYZ refuses a zoom of 0 or null, so the array is built the
// way SetXYZ builds it, with nulls where it would put numbers.
HPDF_Destination position_on(HPDF_Page target, double top) {
  HPDF_Destination dst = HPDF_Page_CreateDestination(target);
  if (!dst) return nullptr;
  haru::set_items({dst},
                  {haru::ObjectRef{target}, haru::Name{"XYZ"}, haru::Null{}, top, haru::Null{}});
  return dst;
}

HPDF_Rect pdf_rect(const Rect& r, double page_height) {
  return HPDF_Rect{static_cast<HPDF_REAL>(r.x), static_cast<HPDF_REAL>(page_height - r.y - r.h),
                   static_cast<HPDF_REAL>(r.x + r.w), static_cast<HPDF_REAL>(page_height - r.y)};
}

bool valid_page(const PagedDocument& doc, int page) {
  return page >= 0 && static_cast<std::size_t>(page) < doc.pages.size();
}

std::string missing_page(std::string what, int page) {
  return what + " points at page " + std::to_string(page + 1) + ", which the document lacks";
}

// An invisible border: layout already styles link text.
void borderless(HPDF_Annotation annot) {
  if (annot) HPDF_LinkAnnot_SetBorderStyle(annot, 0, 0, 0);
}

}  // namespace

std::string ascii_uri(const std::string& uri) {
  std::string out;
  for (unsigned char c : uri) {
    if (c > 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      char escaped[4];
      std::snprintf(escaped, sizeof escaped, "%%%02X", static_cast<unsigned>(c));
      out += escaped;
    }
  }
  return out;
}

void add_links(const PagedDocument& doc, const std::vector<HPDF_Page>& targets,
               Diagnostics& diags) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    for (const auto& link : page.links) {
      if (!valid_page(doc, link.target_page)) {
        diags.error({}, missing_page("a link on page " + std::to_string(p + 1), link.target_page));
        continue;
      }
      auto t = static_cast<std::size_t>(link.target_page);
      HPDF_Destination dst = position_on(targets[t], doc.pages[t].height - link.target_y);
      borderless(HPDF_Page_CreateLinkAnnot(targets[p], pdf_rect(link.rect, page.height), dst));
    }
    for (const auto& uri : page.uris) {
      std::string address = ascii_uri(uri.uri);
      borderless(HPDF_Page_CreateURILinkAnnot(targets[p], pdf_rect(uri.rect, page.height),
                                              address.c_str()));
    }
  }
}

void add_outline(HPDF_Doc pdf, const PagedDocument& doc, const std::vector<HPDF_Page>& targets,
                 Diagnostics& diags) {
  struct Ancestor {
    int level;
    HPDF_Outline node;
  };
  std::vector<Ancestor> ancestors;
  HPDF_Encoder utf8 = HPDF_GetEncoder(pdf, "UTF-8");
  for (const auto& entry : doc.outline) {
    if (!valid_page(doc, entry.page)) {
      diags.error({}, missing_page("outline entry '" + entry.title + "'", entry.page));
      continue;
    }
    while (!ancestors.empty() && ancestors.back().level >= entry.level) ancestors.pop_back();
    HPDF_Outline parent = ancestors.empty() ? nullptr : ancestors.back().node;
    HPDF_Outline node = HPDF_CreateOutline(pdf, parent, "", utf8);
    if (!node) return;
    // As in the document information: every character kept, those past U+FFFF too.
    haru::put_entry({node}, "Title", haru::Hex{text_string(entry.title)});
    // libharu marks items /Type /Outlines, a key the PDF reference gives the root only.
    haru::remove_entry({node}, "Type");
    auto t = static_cast<std::size_t>(entry.page);
    HPDF_Outline_SetDestination(node, position_on(targets[t], doc.pages[t].height - entry.y));
    HPDF_Outline_SetOpened(node, ancestors.empty() ? HPDF_TRUE : HPDF_FALSE);
    ancestors.push_back({entry.level, node});
  }
}

}  // namespace briefing::render
