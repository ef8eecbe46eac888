#include "parse/parse.hpp"

#include <algorithm>
#include <filesystem>

#include "base/files.hpp"
#include "parse/brief_reader.hpp"
#include "parse/images.hpp"
#include "parse/layout_reader.hpp"
#include "xml/xml_file.hpp"

namespace briefing::parse {

using xml::Reader;
using xml::XmlFile;

namespace {

namespace fs = std::filesystem;

bool is_layout_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

// A bare name ("annual") is a layout shipped in DATA_DIR/layouts; anything else is a path
// relative to the brief's folder, so a brief can carry its own layout.
std::optional<std::string> find_layout(const LayoutRef& ref, const BriefSpec& spec,
                                       const Confinement& confine, Diagnostics& diags) {
  fs::path path = is_layout_name(ref.name)
                      ? fs::path(spec.data_dir) / "layouts" / (ref.name + ".xml")
                      : fs::path(spec.brief_dir) / ref.name;
  if (auto outside = confine.violation(ref.name, path)) {
    diags.error(ref.where, *outside);
    return std::nullopt;
  }
  if (is_file(path)) return path.string();
  diags.error(ref.where, "layout '" + ref.name + "' not found (looked for " + path.string() + ")");
  return std::nullopt;
}

}  // namespace

std::optional<BriefSpec> parse_brief(const std::string& brief_dir, const ParseOptions& options,
                                     Diagnostics& diags) {
  int errors_before = diags.error_count();
  BriefSpec spec;
  spec.brief_dir = brief_dir;
  spec.data_dir = options.data_dir;

  Confinement confine(brief_dir, options.data_dir, options.allowed_dirs);
  ImageFiles images(confine);
  auto brief = XmlFile::load((fs::path(brief_dir) / "brief.xml").string(), diags);
  std::optional<LayoutRef> ref;
  if (brief) {
    Reader reader(*brief, diags);
    ref = read_brief(reader, spec, confine, images);
  }
  std::optional<std::string> layout_path;
  if (ref) layout_path = find_layout(*ref, spec, confine, diags);
  if (layout_path) {
    if (auto layout = XmlFile::load(*layout_path, diags)) {
      Reader reader(*layout, diags);
      spec.layout = read_layout(reader, confine, images);
    }
  }
  if (diags.error_count() > errors_before) return std::nullopt;
  return spec;
}

}  // namespace briefing::parse
