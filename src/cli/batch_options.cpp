#include <CLI/CLI.hpp>
#include <thread>

#include "base/period.hpp"
#include "cli/batch.hpp"

namespace briefing::cli {

namespace {

std::string check_period(const std::string& text) {
  auto month = Period::parse(text);
  if (month && month->year_known() && !month->is_range() &&
      month->from().unit == Period::Unit::month)
    return {};
  return "expected a month as YYYY-MM, such as 2025-11";
}

}  // namespace

void add_period_option(CLI::App& command, std::string& period) {
  command
      .add_option("--period", period,
                  "Build the edition as of this month (YYYY-MM): only facts and articles dated "
                  "up to it; the output is named NAME/PERIOD.pdf")
      ->check(CLI::Validator(check_period, "YYYY-MM"));
}

CLI::App* add_batch_command(CLI::App& app, BatchOptions& options) {
  options.jobs = std::max(1u, std::thread::hardware_concurrency());
  auto* command = app.add_subcommand(
      "batch",
      "Build many briefs in parallel; a brief whose inputs are unchanged since its last output "
      "is skipped. Exit 1 if any brief failed (the others are still built)");
  command->add_option("BRIEF_DIR", options.briefs, "Folders holding brief.xml")->required();
  command->add_option("-j,--jobs", options.jobs, "Briefs built at the same time")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  command->add_option("--out-dir", options.out_dir, "Where NAME.pdf (or NAME/PERIOD.pdf) go")
      ->capture_default_str();
  command->add_option("--report", options.report, "Write a JSON report of every brief here");
  command->add_flag("--force", options.force, "Build even the briefs whose inputs are unchanged");
  command->add_flag("--draft", options.draft,
                    "As build --draft: unverified figures are warnings, every page stamped DRAFT");
  command->add_option("--shard", options.shard,
                      "Build only part K of N (K in 1..N or 0..N-1): for job arrays");
  add_period_option(*command, options.period);
  return command;
}

}  // namespace briefing::cli
