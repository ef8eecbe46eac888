#include "cli/page_images.hpp"

#include <algorithm>
#include <filesystem>

#include "render/render.hpp"

namespace briefing::cli {

namespace {

// The same file by name (it may not exist yet) or, where both exist, by identity.
bool same_file(const std::string& a, const std::string& b) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::absolute(a, ec).lexically_normal() == fs::absolute(b, ec).lexically_normal()) return true;
  return fs::equivalent(a, b, ec) && !ec;
}

}  // namespace

std::vector<std::string> page_image_paths(const std::string& dir, std::size_t pages) {
  const std::size_t digits = std::max<std::size_t>(2, std::to_string(pages).size());
  std::vector<std::string> paths;
  for (std::size_t page = 1; page <= pages; ++page) {
    std::string number = std::to_string(page);
    number.insert(0, digits - number.size(), '0');
    paths.push_back((std::filesystem::path(dir) / ("page-" + number + ".png")).string());
  }
  return paths;
}

bool refuse_page_images(const std::vector<std::string>& paths, const std::string& pdf,
                        const std::vector<std::string>& named, Diagnostics& diags) {
  for (const std::string& path : paths) {
    std::string why = output_refusal(path, named);
    if (why.empty() && pdf != "-" && same_file(path, pdf))
      why = "the page image is the PDF's output, which writing would replace; name another folder";
    if (!why.empty()) {
      diags.error(Location{path, 0, 0}, why);
      return true;
    }
  }
  return false;
}

WriteResult write_page_images(const PagedDocument& doc, const font::FontBook& fonts,
                              const std::vector<std::string>& paths, double dpi,
                              std::vector<std::string>& written, Diagnostics& diags) {
  render::PagePainter painter(doc, fonts, diags);
  for (std::size_t page = 0; page < paths.size(); ++page) {
    auto png = painter.png(page, dpi);
    if (!png) return WriteResult::failed;
    WriteResult result = write_atomically(paths[page], *png, diags);
    if (result != WriteResult::written) return result;
    written.push_back(paths[page]);
  }
  return WriteResult::written;
}

}  // namespace briefing::cli
