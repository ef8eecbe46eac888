#pragma once
// What several unit-test files need: the project's fonts, a scratch folder, and running a
// command-line tool (poppler-utils, qpdf) on a PDF a test wrote.
#include <stdlib.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "font/font.hpp"

namespace briefing::test {

// The FontBook of fonts/manifest.xml, loaded once for the whole test run.
inline const font::FontBook& project_fonts() {
  static Diagnostics diags;
  static std::unique_ptr<font::FontBook> book =
      font::FontBook::load(BRIEFING_SOURCE_DIR "/fonts/manifest.xml", diags);
  REQUIRE(book);
  return *book;
}

class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "briefing-test-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

struct Output {
  int status = -1;
  std::string text;  // stdout and stderr together: warnings count as failures where asserted
};

inline Output run(const std::string& command) {
  Output out;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::array<char, 4096> buffer;
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0)
    out.text.append(buffer.data(), n);
  out.status = pclose(pipe.release());
  return out;
}

inline std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

}  // namespace briefing::test
