#pragma once
// Shared by the parse and model tests: a brief folder in the temp directory, written from
// strings so that each test shows the XML whose line:col it checks.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "parse/parse.hpp"

namespace briefing::testing {

// Holds layouts/minimal.xml: every required style, used as layout="minimal".
inline const std::string parse_data_dir = BRIEFING_TEST_DATA "/parse";

class ScratchBrief {
 public:
  ScratchBrief() {
    static int count = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("briefing-test-" + std::to_string(::getpid()) + "-" + std::to_string(++count));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~ScratchBrief() { std::filesystem::remove_all(dir_); }
  ScratchBrief(const ScratchBrief&) = delete;
  ScratchBrief& operator=(const ScratchBrief&) = delete;

  ScratchBrief& write(const std::string& relative, const std::string& text) {
    auto path = dir_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
    return *this;
  }

  std::string dir() const { return dir_.string(); }

  std::optional<parse::BriefSpec> parse(Diagnostics& diags,
                                        const std::string& data_dir = parse_data_dir) const {
    return parse::parse_brief(dir(), {data_dir}, diags);
  }

  // The diagnostics as the CLI prints them, with this folder's path left out.
  std::vector<std::string> messages(const Diagnostics& diags) const {
    std::vector<std::string> out;
    for (const auto& d : diags.all()) {
      auto text = format_diagnostic(d);
      auto prefix = dir() + "/";
      for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix))
        text.erase(at, prefix.size());
      out.push_back(text);
    }
    return out;
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace briefing::testing
