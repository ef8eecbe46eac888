#pragma once
// What `briefing batch` did with each brief, and its JSON report.
#include <string>
#include <vector>

namespace briefing::cli {

enum class BriefStatus { ok, failed, skipped };

struct BriefOutcome {
  std::string brief;
  std::string output;
  BriefStatus status = BriefStatus::failed;
  int pages = 0;
  unsigned long long bytes = 0;
  double milliseconds = 0;
  bool output_refused = false;  // the output was an input, a link or a device: a usage error
  std::vector<std::string> warnings, errors;  // formatted as file:line:col: ...
};

const char* status_name(BriefStatus status);

// The report: one object per brief, in the order given, and the totals.
std::string batch_report_json(const std::vector<BriefOutcome>& outcomes, const std::string& period,
                              const std::string& shard, double milliseconds);

}  // namespace briefing::cli
