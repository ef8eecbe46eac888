#pragma once
// `briefing batch`: many briefs built in parallel for scheduled runs. One failed brief never
// stops the others; a brief whose inputs are unchanged since its last output is skipped; every
// file appears complete or not at all (write_atomically); a JSON report says what happened.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/pipeline.hpp"

namespace CLI {
class App;
}

namespace briefing::cli {

// Part `index` of `count` parts of a batch. `index` may be 1..count (Slurm array ids) or
// 0..count-1 (Kubernetes' JOB_COMPLETION_INDEX): parts are taken modulo `count`, so either
// numbering covers the batch exactly once.
struct Shard {
  unsigned index = 0;
  unsigned count = 1;
};

// "K/N" with 1 <= N and 0 <= K <= N; nullopt for anything else.
std::optional<Shard> parse_shard(std::string_view text);

// The briefs of one shard: the distinct brief folders, sorted by path, and every count-th of
// them. The split depends only on the set of paths, so every job of an array agrees on it.
std::vector<std::string> select_shard(std::vector<std::string> briefs, Shard shard);

struct BatchOptions {
  std::vector<std::string> briefs;
  std::string data_dir;
  std::vector<std::string> allowed_dirs{};  // --allow-path, for every brief
  std::string out_dir = "out";
  std::string report;  // JSON report path; empty: none
  std::string period;  // YYYY-MM or empty
  std::string shard;   // "K/N" or empty
  unsigned jobs = 1;
  bool force = false;  // build even when the inputs are unchanged
  bool draft = false;  // --draft: every brief as `build --draft` builds it
};

// Registers `batch` and its options on `app`.
CLI::App* add_batch_command(CLI::App& app, BatchOptions& options);

// Adds `--period YYYY-MM` to a command.
void add_period_option(CLI::App& command, std::string& period);

// Returns the process exit code: 0 when every brief was built or skipped, 1 when any failed
// (the others are still built), 2 for unusable options.
int batch_command(const BatchOptions& options);

// out/NAME.pdf, or out/NAME/PERIOD.pdf for an edition of a period.
std::string batch_output(const std::string& out_dir, const std::string& brief_dir,
                         const std::string& period);

// A digest of everything a build of `request` reads: brief.xml, its layout, facts file,
// articles and font manifest by content; the font files by path, size and modification time
// (they are megabytes each and change only when replaced); plus the period and the program
// version. nullopt when the brief cannot be parsed (the build then reports why).
std::optional<std::string> inputs_digest(const BuildRequest& request);

}  // namespace briefing::cli
