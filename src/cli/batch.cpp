#include "cli/batch.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "base/files.hpp"
#include "cli/batch_report.hpp"
#include "cli/commands.hpp"

namespace briefing::cli {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Beside each output: the digest of the inputs it was built from, and its page count (so that
// a skipped brief still reports its pages).
std::string stamp_path(const std::string& output) { return output + ".inputs"; }

struct Stamp {
  std::string digest;
  int pages = 0;
};

std::optional<Stamp> read_stamp(const std::string& output) {
  auto text = read_file(stamp_path(output));
  if (!text) return std::nullopt;
  std::istringstream in(*text);
  Stamp stamp;
  if (!(in >> stamp.digest >> stamp.pages)) return std::nullopt;
  return stamp;
}

WriteResult write_stamp(const std::string& output, const Stamp& stamp, Diagnostics& diags) {
  std::string text = stamp.digest + "\n" + std::to_string(stamp.pages) + "\n";
  return write_atomically(stamp_path(output), {text.begin(), text.end()}, diags);
}

void collect(const Diagnostics& diags, BriefOutcome& outcome) {
  for (const auto& d : diags.all())
    (d.severity == Severity::error ? outcome.errors : outcome.warnings)
        .push_back(format_diagnostic(d));
}

BriefOutcome build_one(const BatchOptions& options, const std::string& brief) {
  auto start = Clock::now();
  BriefOutcome outcome;
  outcome.brief = brief;
  outcome.output = batch_output(options.out_dir, brief, options.period);
  BuildRequest request{brief, options.data_dir, outcome.output, options.period,
                       options.allowed_dirs};
  request.draft = options.draft;
  // Taken before the build: an input edited during it leaves a stale digest, so the next run
  // builds again rather than keeping an output older than its inputs.
  auto digest = inputs_digest(request);
  auto stamp = read_stamp(outcome.output);
  std::error_code ec;
  auto size = std::filesystem::file_size(outcome.output, ec);
  if (!options.force && digest && stamp && stamp->digest == *digest && !ec) {
    outcome.status = BriefStatus::skipped;
    outcome.pages = stamp->pages;
    outcome.bytes = size;
    outcome.milliseconds = since(start);
    return outcome;
  }
  Diagnostics diags;
  auto built = run_build(request, diags);
  outcome.output_refused = built.output_refused;
  const auto& result = built.built;
  if (result) {
    outcome.status = BriefStatus::ok;
    outcome.pages = result->pages;
    outcome.bytes = result->bytes;
    WriteResult stamped = digest ? write_stamp(outcome.output, {*digest, result->pages}, diags)
                                 : WriteResult::written;
    if (stamped == WriteResult::refused) outcome.output_refused = true;
    if (stamped == WriteResult::failed)
      diags.warn({stamp_path(outcome.output)}, "the next batch will build this brief again");
  }
  collect(diags, outcome);
  // A brief that printed an error has failed, whatever was written: the summary and the exit
  // code must not say otherwise.
  if (!outcome.errors.empty()) outcome.status = BriefStatus::failed;
  outcome.milliseconds = since(start);
  return outcome;
}

// One updating line on a terminal; one plain line per brief otherwise (logs of scheduled runs).
class Progress {
 public:
  explicit Progress(std::size_t total) : total_(total), terminal_(::isatty(STDERR_FILENO)) {}

  void finished(const BriefOutcome& o) {
    std::lock_guard lock(mutex_);
    ++done_;
    if (terminal_)
      std::fprintf(stderr, "\r\033[K[%zu/%zu] %s %s", done_, total_, status_name(o.status),
                   o.brief.c_str());
    else
      std::fprintf(stderr, "briefing: [%zu/%zu] %s %s -> %s (%d pages, %.0f ms)\n", done_, total_,
                   status_name(o.status), o.brief.c_str(), o.output.c_str(), o.pages,
                   o.milliseconds);
    if (terminal_ && done_ == total_) std::fputc('\n', stderr);
    std::fflush(stderr);
  }

 private:
  std::mutex mutex_;
  std::size_t total_, done_ = 0;
  bool terminal_;
};

std::vector<BriefOutcome> build_all(const BatchOptions& options,
                                    const std::vector<std::string>& briefs) {
  std::vector<BriefOutcome> outcomes(briefs.size());
  std::atomic<std::size_t> next{0};
  Progress progress(briefs.size());
  auto work = [&] {
    for (std::size_t i = next++; i < briefs.size(); i = next++) {
      outcomes[i] = build_one(options, briefs[i]);
      progress.finished(outcomes[i]);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned j = 1; j < std::min<std::size_t>(options.jobs, briefs.size()); ++j)
    pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
  return outcomes;
}

// Two briefs with the same folder name would overwrite each other's output.
bool distinct_outputs(const BatchOptions& options, const std::vector<std::string>& briefs) {
  std::map<std::string, std::string> owner;
  for (const auto& brief : briefs) {
    auto [it, added] = owner.emplace(batch_output(options.out_dir, brief, options.period), brief);
    if (!added) {
      std::fprintf(stderr, "briefing: %s and %s would both write %s; rename one folder\n",
                   it->second.c_str(), brief.c_str(), it->first.c_str());
      return false;
    }
  }
  return true;
}

// The same file, by device and inode when both exist, else by resolved name.
bool same_file(const std::string& a, const std::string& b) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::equivalent(a, b, ec) && !ec) return true;
  auto ca = fs::weakly_canonical(a, ec);
  if (ec) return false;
  auto cb = fs::weakly_canonical(b, ec);
  return !ec && ca == cb;
}

// The report must not replace one of the batch's PDFs or their stamps, built now or skipped.
bool report_apart(const BatchOptions& options, const std::vector<std::string>& briefs) {
  if (options.report.empty()) return true;
  for (const auto& brief : briefs) {
    auto output = batch_output(options.out_dir, brief, options.period);
    for (const auto& file : {output, stamp_path(output)}) {
      if (same_file(options.report, file)) {
        std::fprintf(stderr,
                     "%s: error: the --report file is the output %s of brief %s; name another "
                     "file\n",
                     options.report.c_str(), file.c_str(), brief.c_str());
        return false;
      }
    }
  }
  std::string why = output_refusal(options.report);
  if (!why.empty()) std::fprintf(stderr, "%s: error: %s\n", options.report.c_str(), why.c_str());
  return why.empty();
}

void print_problems(const std::vector<BriefOutcome>& outcomes) {
  for (const auto& o : outcomes)
    for (const auto& line : o.errors) std::fprintf(stderr, "%s\n", line.c_str());
}

}  // namespace

int batch_command(const BatchOptions& options) {
  auto start = Clock::now();
  Shard shard;
  if (!options.shard.empty()) {
    auto parsed = parse_shard(options.shard);
    if (!parsed) {
      std::fprintf(stderr, "briefing: bad --shard '%s': expected K/N with 0 <= K <= N, N >= 1\n",
                   options.shard.c_str());
      return kUsageError;
    }
    shard = *parsed;
  }
  auto briefs = select_shard(options.briefs, shard);
  if (!distinct_outputs(options, briefs) || !report_apart(options, briefs)) return kUsageError;
  auto outcomes = build_all(options, briefs);
  print_problems(outcomes);
  double total_ms = since(start);
  if (!options.report.empty()) {
    auto json = batch_report_json(outcomes, options.period, options.shard, total_ms);
    Diagnostics diags;
    WriteResult written = write_atomically(options.report, {json.begin(), json.end()}, diags);
    print(diags);
    if (written == WriteResult::refused) return kUsageError;
    if (written != WriteResult::written) return kInputError;
  }
  int counts[3] = {0, 0, 0};
  for (const auto& o : outcomes) ++counts[static_cast<int>(o.status)];
  std::fprintf(stderr, "briefing: %zu briefs: %d built, %d skipped, %d failed in %.0f ms\n",
               outcomes.size(), counts[0], counts[2], counts[1], total_ms);
  bool refused = std::any_of(outcomes.begin(), outcomes.end(),
                             [](const BriefOutcome& o) { return o.output_refused; });
  return refused ? kUsageError : counts[1] > 0 ? kInputError : 0;
}

}  // namespace briefing::cli
