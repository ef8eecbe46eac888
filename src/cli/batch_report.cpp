#include "cli/batch_report.hpp"

#include <cstdio>

namespace briefing::cli {

namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
          out += escaped;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string strings(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
  return out + "]";
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.0f", value);
  return text;
}

std::string brief_json(const BriefOutcome& o) {
  return "    {\"brief\": " + quoted(o.brief) + ", \"status\": \"" + status_name(o.status) +
         "\", \"output\": " + quoted(o.output) + ", \"pages\": " + std::to_string(o.pages) +
         ", \"bytes\": " + std::to_string(o.bytes) +
         ", \"milliseconds\": " + number(o.milliseconds) +
         ",\n     \"warnings\": " + strings(o.warnings) + ", \"errors\": " + strings(o.errors) +
         "}";
}

}  // namespace

const char* status_name(BriefStatus status) {
  switch (status) {
    case BriefStatus::ok:
      return "ok";
    case BriefStatus::skipped:
      return "skipped";
    case BriefStatus::failed:
      break;
  }
  return "failed";
}

std::string batch_report_json(const std::vector<BriefOutcome>& outcomes, const std::string& period,
                              const std::string& shard, double milliseconds) {
  int counts[3] = {0, 0, 0};
  long long pages = 0;
  unsigned long long bytes = 0;
  std::string briefs;
  for (const auto& o : outcomes) {
    ++counts[static_cast<int>(o.status)];
    if (o.status != BriefStatus::failed) {
      pages += o.pages;
      bytes += o.bytes;
    }
    briefs += (briefs.empty() ? "" : ",\n") + brief_json(o);
  }
  return "{\n  \"period\": " + quoted(period) + ",\n  \"shard\": " + quoted(shard) +
         ",\n  \"briefs\": [\n" + briefs +
         "\n  ],\n  \"totals\": {\"briefs\": " + std::to_string(outcomes.size()) +
         ", \"ok\": " + std::to_string(counts[0]) + ", \"failed\": " + std::to_string(counts[1]) +
         ", \"skipped\": " + std::to_string(counts[2]) + ", \"pages\": " + std::to_string(pages) +
         ", \"bytes\": " + std::to_string(bytes) + ", \"milliseconds\": " + number(milliseconds) +
         "}\n}\n";
}

}  // namespace briefing::cli
