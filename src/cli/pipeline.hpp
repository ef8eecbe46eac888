#pragma once
// The only place that knows the order of the stages:
// parse -> model -> (fonts) -> layout -> render -> write.
#include <optional>
#include <string>
#include <vector>

#include "base/diag.hpp"

namespace briefing::cli {

struct BuildRequest {
  std::string brief_dir;
  std::string data_dir;  // holds layouts/ and fonts/
  std::string output;    // empty: validate only, write nothing
};

struct BuildResult {
  int pages = 0;
  std::size_t bytes = 0;
};

// Runs the stages in order and stops after the first stage that reported an error.
std::optional<BuildResult> run_build(const BuildRequest& request, Diagnostics& diags);

// Writes to a temporary file beside `path` and renames it over `path`, so a failure never
// leaves a partial file nor destroys the previous one.
bool write_atomically(const std::string& path, const std::vector<unsigned char>& bytes,
                      Diagnostics& diags);

}  // namespace briefing::cli
