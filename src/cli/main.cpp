// briefing: brief + XML layout -> print-ready PDF; article quantities -> facts checked against
// their sentences. Exit codes: 0 success, 1 input errors, 2 usage errors, 70 internal error (a
// bug).
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>

#include "cli/batch.hpp"
#include "cli/charts.hpp"
#include "cli/commands.hpp"

namespace {

using briefing::Diagnostics;
using briefing::cli::kInputError;
using briefing::cli::kUsageError;

constexpr int kInternalError = 70;

int build_command(briefing::cli::BuildRequest request) {
  // A dump is for reading or diffing: standard output unless -o names a file.
  if (request.output.empty())
    request.output = request.dump_pages
                         ? "-"
                         : briefing::cli::batch_output("out", request.brief_dir, request.period);
  Diagnostics diags;
  auto start = std::chrono::steady_clock::now();
  auto outcome = briefing::cli::run_build(request, diags);
  briefing::cli::print(diags);
  if (outcome.output_refused) return kUsageError;
  if (!outcome.built) return kInputError;
  const auto& result = outcome.built;
  auto ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "briefing: %d pages, %zu bytes in %.0f ms\n", result->pages, result->bytes,
               ms);
  // With -o - the standard output is the PDF's.
  if (request.output != "-") {
    for (const auto& image : result->images) std::cout << image << '\n';
    std::cout << request.output << '\n';
  }
  return 0;
}

int validate_command(const briefing::cli::BuildRequest& request) {
  Diagnostics diags;
  auto result = briefing::cli::run_build(request, diags).built;
  briefing::cli::print(diags);
  if (!result) return kInputError;
  std::fprintf(stderr, "briefing: %s is valid (%d pages)\n", request.brief_dir.c_str(),
               result->pages);
  return 0;
}

int run(int argc, char** argv) {
  CLI::App app{
      "briefing: turns a brief and an XML layout into a print-ready PDF briefing, printing only "
      "figures traced to a sentence of a source article.\n"
      "Exit codes: 0 success, 1 input errors, 2 usage errors."};
  app.set_version_flag("--version", std::string("briefing ") + BRIEFING_VERSION);
  app.require_subcommand(1);
  std::string data_dir = BRIEFING_DATA_DIR;
  app.add_option("--data-dir", data_dir, "Folder holding layouts/ and fonts/")
      ->capture_default_str();
  std::vector<std::string> allowed_dirs;
  app.add_option("--allow-path", allowed_dirs,
                 "A folder, besides the brief's own and the data folder's layouts/ and fonts/, "
                 "whose files a brief may name (repeatable)");

  briefing::cli::BuildRequest build;
  auto* build_cmd = app.add_subcommand(
      "build",
      "Check the brief's facts against its articles, then build the PDF; an error "
      "writes nothing");
  build_cmd->add_option("BRIEF_DIR", build.brief_dir, "Folder holding brief.xml")->required();
  build_cmd->add_option(
      "-o,--output", build.output,
      "Output PDF, or dump with --dump (default: out/BRIEF_NAME.pdf, a dump to standard output; "
      "- for standard output); never an input, a link or a device");
  briefing::cli::add_period_option(*build_cmd, build.period);
  build_cmd->add_flag("--draft", build.draft,
                      "Allow figures no fact verifies (warnings instead of errors) and stamp "
                      "DRAFT across every page, in light grey under the text");
  std::string dump;
  build_cmd
      ->add_option("--dump", dump,
                   "Write the laid-out pages as text instead of the PDF (to standard output "
                   "unless -o is given): one line per item with its position, face, size, "
                   "colour and text (docs/golden.md)")
      ->check(CLI::IsMember({"pages"}));
  auto* png_option = build_cmd->add_option(
      "--png", build.images_dir,
      "Also paint each page as a PNG image into this folder (page-01.png, ...), before the PDF");
  build_cmd->add_option("--dpi", build.images_dpi, "Resolution of the --png images")
      ->check(CLI::Range(36.0, 600.0))
      ->needs(png_option)
      ->capture_default_str();

  briefing::cli::BuildRequest validate;
  auto* validate_cmd = app.add_subcommand(
      "validate", "Check a brief, its layout and its facts, and lay it out; write nothing");
  validate_cmd->add_option("BRIEF_DIR", validate.brief_dir, "Folder holding brief.xml")->required();
  validate_cmd->add_flag("--draft", validate.draft,
                         "Validate as build --draft: figures no fact verifies are warnings");

  briefing::cli::CheckOptions check;
  auto* check_cmd = app.add_subcommand(
      "check",
      "Check a brief's facts against its articles (each quote is in its article and states the "
      "value, unit and qualifier) and the facts the brief cites: one line per problem, exit 1 on "
      "any error");
  check_cmd->add_option("BRIEF_DIR", check.brief.brief_dir, "Folder holding brief.xml")->required();
  check_cmd->add_flag("--list", check.list,
                      "Also print the verified facts and series points (SERIES@PERIOD) as TSV: id, "
                      "as printed in the brief, period, article, quote, where");

  briefing::cli::ExtractOptions extract;
  auto* extract_cmd = app.add_subcommand(
      "extract", "Print every quantitative statement of the articles as candidate facts");
  extract_cmd->add_option("ARTICLE", extract.articles, "Plain-text UTF-8 article files")
      ->required();
  extract_cmd->add_option("--format", extract.format, "tsv (one candidate a line) or xml")
      ->check(CLI::IsMember({"tsv", "xml"}))
      ->capture_default_str();
  extract_cmd->add_option("--into", extract.into,
                          "Append the candidates, for review, to this facts.xml instead of "
                          "printing them; curated entries are left as they are");

  briefing::cli::PinOptions pin;
  auto* pin_cmd = app.add_subcommand(
      "pin",
      "Record in brief.xml the SHA-256 and the number of sentences of each article of its "
      "<sources>, the copy you reviewed: `check` refuses an article changed since");
  pin_cmd->add_option("BRIEF_DIR", pin.brief.brief_dir, "Folder holding brief.xml")->required();

  briefing::cli::BatchOptions batch;
  auto* batch_cmd = briefing::cli::add_batch_command(app, batch);

  briefing::cli::ChartsOptions charts;
  auto* charts_cmd = briefing::cli::add_charts_command(app, charts);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kUsageError;
  }

  if (*build_cmd) {
    build.data_dir = data_dir;
    build.dump_pages = dump == "pages";
    build.allowed_dirs = allowed_dirs;
    return build_command(build);
  }
  if (*check_cmd) {
    check.brief.data_dir = data_dir;
    check.brief.allowed_dirs = allowed_dirs;
    return briefing::cli::check_command(check);
  }
  if (*batch_cmd) {
    batch.data_dir = data_dir;
    batch.allowed_dirs = allowed_dirs;
    return briefing::cli::batch_command(batch);
  }
  if (*charts_cmd) {
    charts.brief.data_dir = data_dir;
    charts.brief.allowed_dirs = allowed_dirs;
    return briefing::cli::charts_command(charts);
  }
  if (*extract_cmd) return briefing::cli::extract_command(extract);
  if (*pin_cmd) {
    pin.brief.data_dir = data_dir;
    pin.brief.allowed_dirs = allowed_dirs;
    return briefing::cli::pin_command(pin);
  }
  validate.data_dir = data_dir;
  validate.allowed_dirs = allowed_dirs;
  return validate_command(validate);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "briefing: internal error: " << e.what() << " (please report this as a bug)\n";
    return kInternalError;
  }
}
