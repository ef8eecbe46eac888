#include "parse/confine.hpp"

#include <algorithm>

namespace briefing::parse {

namespace {

namespace fs = std::filesystem;

// The real location: symbolic links followed, `.` and `..` resolved (as far as the path exists).
fs::path real(const fs::path& path) {
  std::error_code ec;
  auto resolved = fs::weakly_canonical(fs::absolute(path), ec);
  return ec ? fs::absolute(path).lexically_normal() : resolved;
}

bool inside(const fs::path& path, const fs::path& folder) {
  auto [f, p] = std::mismatch(folder.begin(), folder.end(), path.begin(), path.end());
  // A trailing separator makes an empty last element.
  return f == folder.end() || (std::next(f) == folder.end() && f->empty());
}

bool inside_any(const fs::path& path, const std::vector<fs::path>& folders) {
  return std::any_of(folders.begin(), folders.end(),
                     [&](const fs::path& folder) { return inside(path, folder); });
}

}  // namespace

Confinement::Confinement(const std::string& brief_dir, const std::string& data_dir,
                         const std::vector<std::string>& allowed_dirs) {
  roots_ = {real(brief_dir), real(fs::path(data_dir) / "layouts"),
            real(fs::path(data_dir) / "fonts")};
  for (const auto& dir : allowed_dirs) allowed_.push_back(real(dir));
}

std::optional<std::string> Confinement::violation(const std::string& written,
                                                  const fs::path& path) const {
  auto target = real(path);
  if (inside_any(target, allowed_)) return std::nullopt;
  const std::string rule =
      "; a brief may name files only in its own folder and in the data folder's layouts/ and "
      "fonts/ (--allow-path DIR allows another folder)";
  if (fs::path(written).is_absolute())
    return "absolute path '" + written + "' is not allowed" + rule;
  if (inside_any(target, roots_)) return std::nullopt;
  auto parts = fs::path(written);
  if (std::find(parts.begin(), parts.end(), fs::path("..")) != parts.end())
    return "'" + written + "' leads outside the brief's folder (to " + target.string() + ")" + rule;
  return "'" + written + "' leads through a symbolic link to " + target.string() +
         ", outside the brief's folder" + rule;
}

}  // namespace briefing::parse
