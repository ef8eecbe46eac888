#include "cli/pipeline.hpp"

#include "font/font.hpp"
#include "layout/layout.hpp"
#include "model/model.hpp"
#include "parse/parse.hpp"
#include "render/render.hpp"

namespace briefing::cli {

std::optional<BuildResult> run_build(const BuildRequest& request, Diagnostics& diags) {
  auto spec = parse::parse_brief(request.brief_dir, parse::ParseOptions{request.data_dir}, diags);
  if (!spec || diags.has_errors()) return std::nullopt;
  auto document = model::build_document(*spec, diags);
  if (!document || diags.has_errors()) return std::nullopt;
  auto fonts = font::FontBook::load(model::font_manifest_path(*spec), diags);
  if (!fonts || diags.has_errors()) return std::nullopt;
  PagedDocument paged = layout::layout_document(*document, *fonts, diags);
  if (diags.has_errors()) return std::nullopt;
  paged.info.creator = std::string("briefing ") + BRIEFING_VERSION;
  BuildResult result{static_cast<int>(paged.pages.size()), 0};
  if (request.output.empty()) return result;
  auto pdf = render::render_pdf(paged, *fonts, diags);
  if (!pdf || diags.has_errors()) return std::nullopt;
  if (!write_atomically(request.output, *pdf, diags)) return std::nullopt;
  result.bytes = pdf->size();
  return result;
}

}  // namespace briefing::cli
