#pragma once
// Confinement: the files a brief names (articles, facts file, layout, font manifest) must lie in
// the brief's folder or in the data folder's layouts/ and fonts/, or in a folder the user
// allowed with --allow-path; so a brief from elsewhere cannot make briefing read any file it
// likes through `..`, an absolute path or a symbolic link.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace briefing::parse {

class Confinement {
 public:
  Confinement(const std::string& brief_dir, const std::string& data_dir,
              const std::vector<std::string>& allowed_dirs);

  // Why the file written as `written` in a brief or layout, found at `path`, may not be read;
  // nullopt when it may.
  std::optional<std::string> violation(const std::string& written,
                                       const std::filesystem::path& path) const;

 private:
  std::vector<std::filesystem::path> roots_;    // the brief's folder, layouts/, fonts/
  std::vector<std::filesystem::path> allowed_;  // --allow-path folders
};

}  // namespace briefing::parse
