#pragma once
// The commands that print more than diagnostics: `check` (facts against their articles),
// `extract` (quantity candidates from articles) and `pin` (which edits brief.xml). Each returns
// the process exit code.
#include <string>
#include <vector>

#include "cli/pipeline.hpp"

namespace briefing::cli {

inline constexpr int kInputError = 1;
inline constexpr int kUsageError = 2;

void print(const Diagnostics& diags);

struct CheckOptions {
  BuildRequest brief;
  bool list = false;  // also print every verified fact as printed in the brief, as TSV
};

int check_command(const CheckOptions& options);

struct ExtractOptions {
  std::vector<std::string> articles;
  std::string format = "tsv";  // or "xml"
  std::string into;            // a facts.xml to append the candidates to, instead of stdout
};

int extract_command(const ExtractOptions& options);

struct PinOptions {
  BuildRequest brief;
};

int pin_command(const PinOptions& options);

}  // namespace briefing::cli
