#pragma once
// `build --png DIR`: each page of the built document as a PNG picture painted by the render
// stage with Cairo (page previews), one file per page.
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "base/page.hpp"
#include "cli/pipeline.hpp"
#include "font/font.hpp"

namespace briefing::cli {

// DIR/page-01.png, DIR/page-02.png, ...: the page number padded to the digits of the page count,
// so that the names sort in page order.
std::vector<std::string> page_image_paths(const std::string& dir, std::size_t pages);

// True, after an error at the first image that may not be written, when one of `paths` may not
// be an output of this run (output_refusal, with `named`) or is the PDF's own output `pdf`.
bool refuse_page_images(const std::vector<std::string>& paths, const std::string& pdf,
                        const std::vector<std::string>& named, Diagnostics& diags);

// Paints each page of `doc` at `dpi` and writes it to its path in `paths` (page_image_paths),
// one after another; stops at the first page that cannot be painted or written. The paths
// written are appended to `written`.
WriteResult write_page_images(const PagedDocument& doc, const font::FontBook& fonts,
                              const std::vector<std::string>& paths, double dpi,
                              std::vector<std::string>& written, Diagnostics& diags);

}  // namespace briefing::cli
