#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include "base/files.hpp"
#include "cli/batch.hpp"
#include "font/manifest.hpp"
#include "model/model.hpp"

namespace briefing::cli {

namespace {

namespace fs = std::filesystem;

// 64-bit FNV-1a: the digest only has to notice edits, not resist forgery, and needs no library.
class Digest {
 public:
  void add(std::string_view bytes) {
    for (unsigned char c : bytes) {
      state_ ^= c;
      state_ *= 0x100000001b3ULL;
    }
    // A separator, so that ("ab", "c") and ("a", "bc") differ.
    state_ ^= 0xff;
    state_ *= 0x100000001b3ULL;
  }

  void add_contents(const std::string& path) {
    add(path);
    FileBytes file = read_bounded(path, kFontLimit);
    if (!file) return add("(missing)");
    add(file.bytes);
  }

  void add_stamp(const std::string& path) {
    add(path);
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    if (ec) return add("(missing)");
    auto mtime = fs::last_write_time(path, ec).time_since_epoch().count();
    add(std::to_string(size) + ":" + std::to_string(mtime));
  }

  std::string hex() const {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(state_));
    return text;
  }

 private:
  std::uint64_t state_ = 0xcbf29ce484222325ULL;
};

std::string brief_name(const std::string& brief_dir) {
  fs::path path = fs::path(brief_dir).lexically_normal();
  if (path.filename().empty()) path = path.parent_path();
  return path.filename().string();
}

std::optional<unsigned> read_number(std::string_view text) {
  unsigned value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

}  // namespace

std::optional<Shard> parse_shard(std::string_view text) {
  auto slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  auto index = read_number(text.substr(0, slash));
  auto count = read_number(text.substr(slash + 1));
  if (!index || !count || *count == 0 || *index > *count) return std::nullopt;
  return Shard{*index, *count};
}

std::vector<std::string> select_shard(std::vector<std::string> briefs, Shard shard) {
  std::set<std::string> distinct;
  for (const auto& brief : briefs) {
    auto path = fs::path(brief).lexically_normal().string();
    if (path.size() > 1 && path.back() == '/') path.pop_back();
    distinct.insert(path);
  }
  std::vector<std::string> selected;
  std::size_t position = 0;
  for (const auto& brief : distinct)
    if (position++ % shard.count == shard.index % shard.count) selected.push_back(brief);
  return selected;
}

std::string batch_output(const std::string& out_dir, const std::string& brief_dir,
                         const std::string& period) {
  auto name = brief_name(brief_dir);
  if (period.empty()) return (fs::path(out_dir) / (name + ".pdf")).string();
  return (fs::path(out_dir) / name / (period + ".pdf")).string();
}

std::optional<std::string> inputs_digest(const BuildRequest& request) {
  Diagnostics ignored;  // a brief that does not parse is built anyway, to report its errors
  auto spec = parse::parse_brief(
      request.brief_dir, parse::ParseOptions{request.data_dir, request.allowed_dirs}, ignored);
  if (!spec || ignored.has_errors()) return std::nullopt;
  Digest digest;
  digest.add(std::string("briefing ") + BRIEFING_VERSION);
  digest.add(request.period);
  // A draft is another output of the same inputs; without --draft the digest is as it was.
  if (request.draft) digest.add("--draft");
  digest.add_contents((fs::path(request.brief_dir) / "brief.xml").string());
  digest.add_contents(spec->layout.path);
  if (!spec->facts_file.empty()) digest.add_contents(spec->facts_file);
  for (const auto& source : spec->sources)
    digest.add_contents((fs::path(request.brief_dir) / source.file).string());
  auto manifest_path = model::font_manifest_path(*spec);
  digest.add_contents(manifest_path);
  auto manifest = font::read_manifest(manifest_path, ignored);
  if (!manifest) return std::nullopt;
  for (const auto& family : manifest->families)
    for (const auto& face : family.faces) digest.add_stamp(face.path);
  return digest.hex();
}

}  // namespace briefing::cli
