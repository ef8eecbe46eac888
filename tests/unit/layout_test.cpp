// The layout stage on hand-made Documents with the project's real fonts.
#include "layout/layout.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "model/text.hpp"
#include "support.hpp"

using namespace briefing;

namespace {

const font::FontBook& fonts() { return briefing::test::project_fonts(); }

model::Style body_style() {
  model::Style s;
  s.name = "body";
  s.size = 10.5;
  s.leading = 14.5;
  s.align = model::Align::justify;
  s.hyphenate = true;
  s.space_after = 6;
  return s;
}

model::Paragraph paragraph(const std::string& text) {
  return model::Paragraph{{model::Run{text, false, false, "", {"t.xml", 1, 1}}}, body_style(), {}};
}

model::Heading heading(const std::string& title, int level = 1) {
  model::Heading h;
  h.level = level;
  h.runs = {model::Run{title, false, false, "", {}}};
  h.plain = title;
  h.style = body_style();
  h.style.family = "sans";
  h.style.bold = true;
  h.style.size = 15;
  h.style.leading = 19;
  h.style.align = model::Align::left;
  h.style.keep_with_next = true;
  h.style.space_before = 14;
  return h;
}

const std::string kText =
    "People-to-people exchanges have emerged as one of the six key pillars underpinning efforts by "
    "Vietnam and China to strengthen bilateral relations, particularly as both countries enter a "
    "new phase of development, and the year 2025 has been officially designated as the Year of "
    "Vietnam – China Humanistic Exchange. ";

model::Document document(int paragraphs) {
  model::Document doc;
  doc.meta.title = "Test brief";
  doc.page.top = doc.page.bottom = doc.page.inner = doc.page.outer = 60;
  doc.footer.center = model::running_text("Page {page} of {pages}", doc.meta);
  doc.footer.style = body_style();
  doc.footer.distance = 20;
  doc.header.right = model::running_text("{section}", doc.meta);
  doc.header.style = body_style();
  doc.header.distance = 20;
  doc.body.push_back(heading("First section"));
  for (int i = 0; i < paragraphs; ++i) doc.body.push_back(paragraph(kText + kText));
  doc.body.push_back(heading("Second section"));
  for (int i = 0; i < paragraphs; ++i) doc.body.push_back(paragraph(kText));
  return doc;
}

std::string page_text(const Page& page) {
  std::string s;
  for (const auto& item : page.items)
    if (const auto* run = std::get_if<GlyphRun>(&item)) s += run->text;
  return s;
}

}  // namespace

TEST_CASE("text stays inside the text frame, and running elements stay in the margins") {
  Diagnostics diags;
  auto doc = document(12);
  PagedDocument paged = layout::layout_document(doc, fonts(), diags);
  CHECK_FALSE(diags.has_errors());
  REQUIRE(paged.pages.size() >= 3);
  for (std::size_t p = 0; p < paged.pages.size(); ++p) {
    double left = p % 2 == 0 ? doc.page.inner : doc.page.outer;
    double right = doc.page.width - (p % 2 == 0 ? doc.page.outer : doc.page.inner);
    for (const auto& item : paged.pages[p].items) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (!run) continue;
      double width = fonts().measure(run->face, run->text, run->size);
      // Trailing spaces may hang past the right edge; ink may not.
      std::string ink = run->text;
      while (!ink.empty() && ink.back() == ' ') ink.pop_back();
      double ink_width = fonts().measure(run->face, ink, run->size);
      INFO("page " << p + 1 << " run '" << run->text << "' x " << run->x << " w " << width);
      CHECK(run->x >= left - 0.01);
      CHECK(run->x + ink_width <= right + 0.01);
    }
  }
}

TEST_CASE("page X of Y and the section in the running header") {
  Diagnostics diags;
  PagedDocument paged = layout::layout_document(document(12), fonts(), diags);
  std::string total = std::to_string(paged.pages.size());
  CHECK(page_text(paged.pages[0]).find("Page 1 of " + total) != std::string::npos);
  CHECK(page_text(paged.pages.back()).find("Page " + total + " of " + total) != std::string::npos);
  CHECK(page_text(paged.pages[0]).find("First section") != std::string::npos);
  CHECK(page_text(paged.pages.back()).find("Second section") != std::string::npos);
}

TEST_CASE("the outline lists headings with the pages they landed on") {
  Diagnostics diags;
  PagedDocument paged = layout::layout_document(document(12), fonts(), diags);
  REQUIRE(paged.outline.size() == 2);
  CHECK(paged.outline[0].title == "First section");
  CHECK(paged.outline[0].page == 0);
  const auto& second = paged.outline[1];
  CHECK(page_text(paged.pages[std::size_t(second.page)]).find("Second section") !=
        std::string::npos);
}

TEST_CASE("a heading is never the last thing on a page") {
  // Vary the amount of text before the second heading so that it falls at every position.
  for (int n = 1; n < 30; ++n) {
    Diagnostics diags;
    PagedDocument paged = layout::layout_document(document(n), fonts(), diags);
    const auto& h = paged.outline.back();
    const Page& page = paged.pages[std::size_t(h.page)];
    // Some body text (a glyph run below the heading, inside the frame) follows on the same page.
    bool followed = false;
    for (const auto& item : page.items)
      if (const auto* run = std::get_if<GlyphRun>(&item))
        if (run->y > h.y + 25 && run->y < page.height - 60) followed = true;
    INFO("paragraphs per section: " << n);
    CHECK(followed);
  }
}

TEST_CASE("a keep-together list is never split across pages") {
  for (int n = 1; n < 14; ++n) {
    model::Document doc = document(0);
    doc.body.clear();
    for (int i = 0; i < n; ++i) doc.body.push_back(paragraph(kText + kText));
    model::ListBlock list;
    list.style = body_style();
    list.style.keep_together = true;
    for (int i = 0; i < 6; ++i)
      list.items.push_back(paragraph("Item " + std::to_string(i) + " " + kText));
    doc.body.push_back(list);
    Diagnostics diags;
    PagedDocument paged = layout::layout_document(doc, fonts(), diags);
    int pages_with_items = 0;
    for (const auto& page : paged.pages)
      if (page_text(page).find("Item ") != std::string::npos) ++pages_with_items;
    INFO("paragraphs before the list: " << n);
    CHECK(pages_with_items == 1);
  }
}

TEST_CASE("English hyphenation applies only to briefs in English") {
  auto hyphens = [](const std::string& lang) {
    model::Document doc = document(0);
    doc.meta.lang = lang;
    doc.body.clear();
    std::string text = kText + kText + kText;
    std::replace(text.begin(), text.end(), '-', ' ');  // so that every '-' is an added hyphen
    model::Paragraph p = paragraph(text);
    p.style.indent = 300;  // a narrow measure forces hyphenation where it is allowed
    doc.body.push_back(p);
    Diagnostics diags;
    PagedDocument paged = layout::layout_document(doc, fonts(), diags);
    int count = 0;
    for (const auto& item : paged.pages[0].items)
      if (const auto* run = std::get_if<GlyphRun>(&item))
        if (!run->text.empty() && run->text.back() == '-' && run->text.size() > 1) ++count;
    return count;
  };
  CHECK(hyphens("en") > 0);
  CHECK(hyphens("vi") == 0);
}
