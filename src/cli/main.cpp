// briefing: brief + XML layout -> print-ready PDF. Exit codes: 0 success, 1 input errors,
// 2 usage errors, 70 internal error (a bug).
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>

#include "cli/pipeline.hpp"

namespace {

using briefing::Diagnostics;

constexpr int kInputError = 1;
constexpr int kUsageError = 2;
constexpr int kInternalError = 70;

void print(const Diagnostics& diags) {
  for (const auto& d : diags.all()) std::cerr << briefing::format_diagnostic(d) << '\n';
}

std::string default_output(const std::string& brief_dir) {
  auto name = std::filesystem::path(brief_dir).lexically_normal().filename().string();
  if (name.empty())
    name = std::filesystem::path(brief_dir).lexically_normal().parent_path().filename().string();
  return (std::filesystem::path("out") / (name + ".pdf")).string();
}

int run(int argc, char** argv) {
  CLI::App app{
      "briefing: turns a brief and an XML layout into a print-ready PDF briefing.\n"
      "Exit codes: 0 success, 1 input errors, 2 usage errors."};
  app.set_version_flag("--version", std::string("briefing ") + BRIEFING_VERSION);
  app.require_subcommand(1);
  std::string data_dir = BRIEFING_DATA_DIR;
  app.add_option("--data-dir", data_dir, "Folder holding layouts/ and fonts/")
      ->capture_default_str();

  briefing::cli::BuildRequest build;
  auto* build_cmd = app.add_subcommand("build", "Build the PDF of a brief");
  build_cmd->add_option("BRIEF_DIR", build.brief_dir, "Folder holding brief.xml")->required();
  build_cmd->add_option("-o,--output", build.output, "Output PDF (default: out/BRIEF_NAME.pdf)");

  briefing::cli::BuildRequest check;
  auto* validate_cmd =
      app.add_subcommand("validate", "Check a brief and its layout; write nothing");
  validate_cmd->add_option("BRIEF_DIR", check.brief_dir, "Folder holding brief.xml")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : kUsageError;
  }

  Diagnostics diags;
  if (*build_cmd) {
    build.data_dir = data_dir;
    if (build.output.empty()) build.output = default_output(build.brief_dir);
    auto start = std::chrono::steady_clock::now();
    auto result = briefing::cli::run_build(build, diags);
    print(diags);
    if (!result) return kInputError;
    auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "briefing: %d pages, %zu bytes in %.0f ms\n", result->pages, result->bytes,
                 ms);
    std::cout << build.output << '\n';
    return 0;
  }
  check.data_dir = data_dir;
  auto result = briefing::cli::run_build(check, diags);
  print(diags);
  if (!result) return kInputError;
  std::fprintf(stderr, "briefing: %s is valid (%d pages)\n", check.brief_dir.c_str(),
               result->pages);
  return 0;
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
