#pragma once
// Where a fuzz target writes its input for code that reads files: a folder of the build tree
// (BRIEFING_FUZZ_SCRATCH), one per process so that parallel jobs do not share it, removed when
// the fuzzer exits (after a crash it stays, like the crash's input).
#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace briefing::fuzz {

inline const std::filesystem::path& scratch() {
  struct Folder {
    std::filesystem::path path =
        std::filesystem::path(BRIEFING_FUZZ_SCRATCH) / std::to_string(::getpid());
    Folder() { std::filesystem::create_directories(path); }
    ~Folder() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
  };
  static const Folder folder;
  return folder.path;
}

}  // namespace briefing::fuzz
