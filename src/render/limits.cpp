#include "render/limits.hpp"

#include <hpdf.h>

#include <cstddef>
#include <string>

#include "render/haru_doc.hpp"
#include "render/navigation.hpp"

namespace briefing::render {

namespace {

constexpr std::size_t max_string = HPDF_LIMIT_MAX_STRING_LEN;
constexpr std::size_t max_array = HPDF_LIMIT_MAX_ARRAY;
constexpr std::size_t max_objects = HPDF_LIMIT_MAX_XREF_ELEMENT;
// Objects besides pages, links and outline entries: catalog, info, page tree, and about ten
// per embedded font; a generous allowance, since only a count near the limit matters.
constexpr std::size_t other_objects = 100000;

struct Checker {
  Diagnostics& diags;
  Location document;  // for counts, which no single element causes
  bool ok = true;

  // `size` is what libharu measures: the UTF-16 of a text string, the bytes of an ASCII one.
  void text(std::size_t size, const Location& where, const std::string& what) {
    if (size <= max_string) return;
    diags.error(where, what + " is too long for the PDF (" + std::to_string(size) +
                           " bytes as a PDF string; the PDF writer takes at most " +
                           std::to_string(max_string) + ")");
    ok = false;
  }

  void count(std::size_t n, std::size_t limit, const std::string& what) {
    if (n <= limit) return;
    diags.error(document, what + " (" + std::to_string(n) + "; the PDF writer takes at most " +
                              std::to_string(limit) + ")");
    ok = false;
  }
};

}  // namespace

bool within_writer_limits(const PagedDocument& doc, Diagnostics& diags) {
  const DocInfo& info = doc.info;
  Checker check{diags, {info.title_where.file, 0, 0}};
  check.text(text_string_size(info.title), info.title_where, "the title");
  check.text(text_string_size(info.author), info.author_where, "the author");
  check.text(text_string_size(info.subject), info.subject_where, "the subject");
  check.text(text_string_size(info.keywords), info.keywords_where, "the keywords");
  check.text(info.language.size(), info.language_where, "the language");
  for (const auto& entry : doc.outline)
    check.text(text_string_size(entry.title), entry.where, "the heading, as an outline entry,");
  // The page tree holds every page in one array; a page's links are one array too.
  check.count(doc.pages.size(), max_array, "the document has too many pages");
  std::size_t objects = other_objects + doc.outline.size();
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    std::size_t links = page.links.size() + page.uris.size();
    check.count(links, max_array, "page " + std::to_string(p + 1) + " has too many links");
    objects += 3 + links;  // the page, its contents and their length; one per link
    // The brief's reader bounds addresses; percent-encoding triples a byte at most.
    for (const auto& uri : page.uris)
      if (uri.uri.size() > max_string / 3)
        check.text(ascii_uri(uri.uri).size(), check.document,
                   "a link address on page " + std::to_string(p + 1));
  }
  check.count(objects, max_objects, "the document needs too many PDF objects");
  return check.ok;
}

}  // namespace briefing::render
