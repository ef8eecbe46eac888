#pragma once
// File-system questions that never throw: a name too long or a loop of links is "not a file",
// and the caller reports it with a location, instead of an exception escaping as a crash.
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>

namespace briefing {

inline bool is_file(const std::filesystem::path& path) noexcept {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

inline bool is_folder(const std::filesystem::path& path) noexcept {
  std::error_code ec;
  return std::filesystem::is_directory(path, ec);
}

inline bool path_exists(const std::filesystem::path& path) noexcept {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

// A file's bytes; nullopt when it cannot be opened or read to its end.
inline std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(bytes).str();
}

}  // namespace briefing
