#include "render/render.hpp"

#include <hpdf.h>

#include <atomic>
#include <map>
#include <string>

#include "base/parallel.hpp"
#include "render/content.hpp"
#include "render/faces.hpp"
#include "render/haru_doc.hpp"
#include "render/limits.hpp"
#include "render/metadata.hpp"
#include "render/navigation.hpp"
#include "render/picture_objects.hpp"

namespace briefing::render {

namespace {

using Bytes = std::vector<unsigned char>;

// Unicode text through libharu's UTF-8 encoder (Identity-H fonts whose CIDs are code points);
// metadata and outline titles then come out as UTF-16BE.
void set_up(HPDF_Doc pdf) {
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(pdf);
  HPDF_SetCurrentEncoder(pdf, "UTF-8");
}

// All pages exist before any is painted, so links can point forwards.
std::vector<HPDF_Page> add_pages(HPDF_Doc pdf, const PagedDocument& doc) {
  std::vector<HPDF_Page> pages;
  pages.reserve(doc.pages.size());
  for (const auto& page : doc.pages) {
    HPDF_Page added = HPDF_AddPage(pdf);
    if (!added) break;
    HPDF_Page_SetWidth(added, page.width);
    HPDF_Page_SetHeight(added, page.height);
    if (page.trim.w > 0) {
      // PDF boxes count y up from the paper's foot.
      const Rect& t = page.trim;
      auto box = [&](double out) {
        return haru::Array{t.x - out, page.height - t.y - t.h - out, t.x + t.w + out,
                           page.height - t.y + out};
      };
      haru::put_entry(haru::ObjectRef{added}, "TrimBox", box(0));
      haru::put_entry(haru::ObjectRef{added}, "BleedBox", box(page.bleed));
    }
    pages.push_back(added);
  }
  return pages;
}

// One graphics state per opacity the pages use, shared by every page that uses it.
std::map<double, haru::ObjectRef> graphic_states(HaruDoc& pdf,
                                                 const std::vector<PageContent>& contents) {
  std::map<double, haru::ObjectRef> states;
  for (const PageContent& content : contents)
    for (double opacity : content.opacities)
      if (!states.count(opacity))
        states[opacity] = haru::add_dict_object(
            pdf.ref(), {{"Type", haru::Name{"ExtGState"}}, {"ca", opacity}, {"CA", opacity}});
  return states;
}

std::optional<Bytes> save(HaruDoc& pdf, Diagnostics& diags) {
  HPDF_SaveToStream(pdf.get());
  if (!pdf.check(diags, {}, "cannot write the PDF")) return std::nullopt;
  Bytes bytes(HPDF_GetStreamSize(pdf.get()));
  auto size = static_cast<HPDF_UINT32>(bytes.size());
  // Asking for exactly the stream's size reads it whole without hitting its end, which libharu
  // would report as an error.
  HPDF_ReadFromStream(pdf.get(), bytes.data(), &size);
  if (!pdf.check(diags, {}, "cannot read back the PDF")) return std::nullopt;
  bytes.resize(size);
  return bytes;
}

}  // namespace

std::optional<Bytes> render_pdf(const PagedDocument& doc, const font::FontBook& fonts,
                                Diagnostics& diags) {
  const int errors_before = diags.error_count();
  auto failed = [&] { return diags.error_count() > errors_before; };
  if (doc.pages.empty()) {
    diags.error({}, "nothing to render: the document has no pages");
    return std::nullopt;
  }
  // The seam reaches into libharu's records as the headers it was built with lay them out.
  if (std::string problem = haru::installed_version_problem(); !problem.empty()) {
    diags.error({}, problem);
    return std::nullopt;
  }
  if (!within_writer_limits(doc, diags)) return std::nullopt;
  std::vector<FontFile> files = font_files(doc, fonts, diags);
  if (failed()) return std::nullopt;
  const std::vector<int> file_of = file_of_face(files, fonts);
  // Painting needs no libharu object and only the font files' order, and the document (with its
  // fonts) shares nothing with it: a second thread paints while this one gathers the characters,
  // makes the document and embeds the fonts, then helps.
  std::vector<PageContent> contents(doc.pages.size());
  std::atomic<std::size_t> next_page{0};
  auto paint = [&] {
    for (std::size_t p; (p = next_page++) < doc.pages.size();)
      contents[p] = paint_page(doc.pages[p], file_of);
  };
  Beside painting(paint);
  collect_glyphs(doc, file_of, files);
  HaruDoc pdf;
  if (!pdf.get()) {
    diags.error({}, "cannot create a PDF document: out of memory");
    return std::nullopt;
  }
  set_up(pdf.get());
  if (!pdf.check(diags, {}, "cannot set up the PDF document")) return std::nullopt;
  std::vector<haru::ObjectRef> by_file = embed_fonts(pdf, files, diags);
  auto by_picture = embed_pictures(pdf, doc, diags);
  paint();
  painting.get();
  if (failed()) return std::nullopt;

  std::vector<HPDF_Page> targets = add_pages(pdf.get(), doc);
  if (!pdf.check(diags, {}, "cannot add the pages")) return std::nullopt;
  const auto states = graphic_states(pdf, contents);
  if (!pdf.check(diags, {}, "cannot add the stamps' opacities")) return std::nullopt;
  for (std::size_t p = 0; p < targets.size(); ++p) {
    bool written = write_contents({targets[p]}, contents[p], by_file, by_picture, states);
    if (!pdf.check(diags, {}, "cannot draw page " + std::to_string(p + 1))) return std::nullopt;
    if (!written) {
      diags.error({}, "cannot draw page " + std::to_string(p + 1) +
                          ": libharu did not take its content stream");
      return std::nullopt;
    }
  }

  add_links(doc, targets, diags);
  if (!pdf.check(diags, {}, "cannot add the links") || failed()) return std::nullopt;
  if (!doc.outline.empty()) {
    add_outline(pdf.get(), doc, targets, diags);
    HPDF_SetPageMode(pdf.get(), HPDF_PAGE_MODE_USE_OUTLINE);
    if (!pdf.check(diags, {}, "cannot build the outline") || failed()) return std::nullopt;
  }
  write_metadata(pdf, doc.info, diags);
  // The date reports its own libharu error, so look at the record only when nothing did.
  if (failed() || !pdf.check(diags, {}, "cannot write the document information")) {
    return std::nullopt;
  }
  return save(pdf, diags);
}

}  // namespace briefing::render
