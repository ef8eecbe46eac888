#include "cli/pipeline.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

#include "base/parallel.hpp"
#include "bind/bind.hpp"
#include "cli/edition.hpp"
#include "cli/page_images.hpp"
#include "font/font.hpp"
#include "font/manifest.hpp"
#include "layout/layout.hpp"
#include "model/model.hpp"
#include "render/render.hpp"

namespace briefing::cli {

namespace {

// The brief's articles by their id in <sources>. A date the brief declares for an article is
// the one its relative periods ("the first six months of the year") are read against.
std::map<std::string, data::Article> read_articles(const parse::BriefSpec& spec,
                                                   Diagnostics& diags) {
  std::map<std::string, data::Article> articles;
  for (const auto& source : spec.sources) {
    auto path = (std::filesystem::path(spec.brief_dir) / source.file).string();
    auto article = data::read_article(path, diags);
    if (!article) continue;
    if (!source.date.empty()) article->date = source.date;
    articles.emplace(source.id, std::move(*article));
  }
  return articles;
}

// Articles changed since `briefing pin` recorded them; unpinned ones are not judged.
void check_pins(const parse::BriefSpec& spec, const std::map<std::string, data::Article>& articles,
                const data::FactSheet& facts, Diagnostics& diags) {
  for (const auto& source : spec.sources) {
    auto article = articles.find(source.id);
    if (source.sha256.empty() || article == articles.end()) continue;
    data::check_pin(source.id, article->second, {source.sha256, source.sentences, source.where},
                    facts, diags);
  }
}

}  // namespace

std::vector<std::string> font_folders(const BuildRequest& request, const std::string& manifest) {
  namespace fs = std::filesystem;
  fs::path shipped_path = fs::path(request.data_dir) / "fonts" / "manifest.xml";
  if (fs::absolute(shipped_path).lexically_normal() == fs::path(manifest)) return {};
  std::vector<std::string> folders{request.brief_dir,
                                   (fs::path(request.data_dir) / "fonts").string()};
  folders.insert(folders.end(), request.allowed_dirs.begin(), request.allowed_dirs.end());
  // Only its folders matter here; its own errors are reported when it is the one in use.
  Diagnostics ignored;
  auto shipped = font::read_manifest(shipped_path.string(), ignored);
  if (shipped) {
    auto system = font::face_folders(*shipped);
    folders.insert(folders.end(), system.begin(), system.end());
  }
  return folders;
}

std::optional<CheckedBrief> check_brief(const BuildRequest& request, Diagnostics& diags) {
  auto spec = parse::parse_brief(
      request.brief_dir, parse::ParseOptions{request.data_dir, request.allowed_dirs}, diags);
  if (!spec || diags.has_errors() || !date_from_environment(*spec, diags)) return std::nullopt;
  spec->meta.draft = request.draft;
  bool edition = !request.period.empty();
  if (edition) start_edition(*spec, request.period);
  CheckedBrief brief{std::move(*spec), {}};
  bool pinned =
      std::any_of(brief.spec.sources.begin(), brief.spec.sources.end(),
                  [](const parse::ArticleSpec& source) { return !source.sha256.empty(); });
  if (brief.spec.facts_file.empty() && !edition && !pinned) return brief;
  auto articles = read_articles(brief.spec, diags);
  std::set<std::string> later;
  if (edition) later = restrict_sources(brief.spec, articles, request.period);
  auto facts =
      brief.spec.facts_file.empty() ? std::nullopt : data::read_facts(brief.spec.facts_file, diags);
  if (!facts) {
    check_pins(brief.spec, articles, brief.facts, diags);
    return brief;
  }
  brief.facts = std::move(*facts);
  if (edition) {
    restrict_facts(brief.facts, brief.spec.facts_file, articles, later, request.period, diags);
    mark_new_in_period(brief.facts, articles, request.period);
  }
  data::check_facts(brief.facts, articles, diags);
  check_pins(brief.spec, articles, brief.facts, diags);
  return brief;
}

std::optional<model::Document> bind_brief(const CheckedBrief& brief, Diagnostics& diags) {
  auto document = model::build_document(brief.spec, diags);
  if (!document || diags.has_errors()) return std::nullopt;
  return bind::bind_facts(std::move(*document), brief.facts, diags);
}

namespace {

// What a build holds until its PDF is written: freeing it is left to a second thread while the
// file is synced to disk, off the path of the build.
struct Held {
  std::optional<CheckedBrief> brief;
  std::optional<model::Document> document;
  std::optional<PagedDocument> pages;
  std::unique_ptr<font::FontBook> fonts;
};

// The pages of a brief, and the fonts they are set in.
bool lay_out(const BuildRequest& request, Held& held, Diagnostics& diags) {
  auto& brief = held.brief;
  auto& fonts = held.fonts;
  brief = check_brief(request, diags);
  if (!brief || diags.has_errors()) return false;
  // The fonts are read while the facts are bound; their messages follow bind's.
  Diagnostics font_diags;
  Beside loading([&] {
    std::string manifest = model::font_manifest_path(brief->spec);
    return font::FontBook::load(manifest, font_diags, font_folders(request, manifest));
  });
  held.document = bind_brief(*brief, diags);
  fonts = loading.get();
  diags.append(font_diags);
  if (!held.document || !fonts || diags.has_errors()) return false;
  held.pages = layout::layout_document(*held.document, *fonts, diags);
  fonts->report_failures(diags);
  if (diags.has_errors()) return false;
  // Layout has shaped every word the pages draw.
  fonts->keep_shapes();
  return true;
}

std::vector<unsigned char> as_bytes(const std::string& text) { return {text.begin(), text.end()}; }

}  // namespace

BuildOutcome run_build(const BuildRequest& request, Diagnostics& diags) {
  layout::preload_hyphenation();
  Held held;
  if (!lay_out(request, held, diags)) return {};
  PagedDocument& paged = *held.pages;
  paged.info.creator = std::string("briefing ") + BRIEFING_VERSION;
  BuildResult result{static_cast<int>(paged.pages.size()), 0};
  if (request.output.empty()) return {result};
  // Every input has been read by now: refused before the render's work, not after it.
  std::vector<std::string> articles;
  for (const auto& source : held.brief->spec.sources)
    articles.push_back((std::filesystem::path(held.brief->spec.brief_dir) / source.file).string());
  if (std::string why = request.output == "-" ? "" : output_refusal(request.output, articles);
      !why.empty()) {
    diags.error(Location{request.output, 0, 0}, why);
    return {std::nullopt, true};
  }
  std::vector<std::string> images;
  if (!request.images_dir.empty())
    images = page_image_paths(request.images_dir, paged.pages.size());
  if (refuse_page_images(images, request.output, articles, diags)) return {std::nullopt, true};
  auto pdf = request.dump_pages ? std::optional(as_bytes(render::dump_pages(paged, *held.fonts)))
                                : render::render_pdf(paged, *held.fonts, diags);
  if (!pdf || diags.has_errors()) return {};
  // Before the PDF, since writing it frees the pages: a failure leaves the previous PDF.
  if (!images.empty()) {
    WriteResult painted =
        write_page_images(paged, *held.fonts, images, request.images_dpi, result.images, diags);
    if (painted != WriteResult::written) return {std::nullopt, painted == WriteResult::refused};
  }
  Beside<void> freeing([&] { held = Held(); });
  WriteResult written = write_atomically(request.output, *pdf, diags);
  freeing.get();
  if (written != WriteResult::written) return {std::nullopt, written == WriteResult::refused};
  result.bytes = pdf->size();
  return {result};
}

}  // namespace briefing::cli
