#pragma once
// The only place that knows the order of the stages:
// parse -> facts check (data) -> model -> bind -> (fonts) -> layout -> render -> write.
#include <optional>
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "data/data.hpp"
#include "model/document.hpp"
#include "parse/parse.hpp"

namespace briefing::cli {

struct BuildRequest {
  std::string brief_dir;
  std::string data_dir;  // holds layouts/ and fonts/
  std::string output;    // empty: validate only, write nothing; "-": standard output
  std::string period;    // YYYY-MM: the edition as of that month; empty: everything
  std::vector<std::string> allowed_dirs{};  // --allow-path: more folders a brief may name files in
  bool dump_pages = false;   // --dump pages: write the pages as text (render::dump_pages), no PDF
  std::string images_dir{};  // --png: also paint each page as a PNG file here; empty: none
  double images_dpi = 150;
  bool draft = false;  // --draft: unverified figures are warnings; DRAFT across every page
};

struct BuildResult {
  int pages = 0;
  std::size_t bytes = 0;
  std::vector<std::string> images{};  // the page images written, in page order
};

// A build's result, or why there is none: input errors (exit 1) or a refused output (exit 2).
struct BuildOutcome {
  std::optional<BuildResult> built;
  bool output_refused = false;
};

// The folders the font manifest at `manifest` may name files in: the brief's, the data folder's
// fonts/, the system font folders the shipped manifest (DATA/fonts/manifest.xml) names, and
// --allow-path; none (no confinement) when `manifest` is the shipped one, which is trusted.
std::vector<std::string> font_folders(const BuildRequest& request, const std::string& manifest);

// A brief parsed, with its facts checked against its articles.
struct CheckedBrief {
  parse::BriefSpec spec;
  data::FactSheet facts;
};

// Parses the brief and its layout, reads its articles and facts file and checks every fact and
// series point. nullopt when the brief itself could not be read; errors in the facts are in
// `diags`.
std::optional<CheckedBrief> check_brief(const BuildRequest& request, Diagnostics& diags);

// The brief's Document with its fact references bound (the last step of the `check` command).
std::optional<model::Document> bind_brief(const CheckedBrief& brief, Diagnostics& diags);

// Runs the stages in order and stops after the first stage that reported an error; the facts
// check is one of them, so a brief with a fact that fails it is never built. The output is
// checked (output_refusal) before the render and again when written; so are the page images,
// which are painted and written after the render and before the PDF.
BuildOutcome run_build(const BuildRequest& request, Diagnostics& diags);

// Why `path` may not be an output of this run ("" when it may): it is a symbolic link, a
// folder, device or FIFO (a rename would replace it), a file the run has read (device and
// inode, whatever the name), one of `named` (files the run names but may not read, such as the
// articles of a brief without facts), or a file the run has already written.
std::string output_refusal(const std::string& path, const std::vector<std::string>& named = {});

// refused: nothing was touched, since output_refusal named a reason (a usage error, exit 2).
enum class WriteResult { written, failed, refused };

// Writes to a temporary file beside `path` and renames it over `path`, so a failure never
// leaves a partial file nor destroys the previous one; "-" is standard output.
WriteResult write_atomically(const std::string& path, const std::vector<unsigned char>& bytes,
                             Diagnostics& diags);

// As write_atomically, for the one input a command edits (`pin`'s brief.xml): refused only when
// `path` is a link or not a regular file.
WriteResult rewrite_input(const std::string& path, const std::vector<unsigned char>& bytes,
                          Diagnostics& diags);

}  // namespace briefing::cli
