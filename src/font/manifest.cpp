#include "font/manifest.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <pugixml.hpp>

#include "base/files.hpp"
#include "xml/xml_file.hpp"

namespace briefing::font {
namespace {

class ManifestReader {
 public:
  ManifestReader(const xml::XmlFile& source, Diagnostics& diags)
      : source_(source),
        diags_(diags),
        folder_(std::filesystem::absolute(source.path()).parent_path()) {}

  std::optional<Manifest> read() {
    pugi::xml_node root = source_.root();
    if (std::strcmp(root.name(), "fonts") != 0) {
      error(source_.where(root), "the root element must be <fonts>");
      return std::nullopt;
    }
    check_attributes(root, {});
    for (pugi::xml_node child : root.children()) {
      if (is_text(child)) continue;
      if (std::strcmp(child.name(), "family") == 0) {
        read_family(child);
      } else if (std::strcmp(child.name(), "fallback") == 0) {
        read_fallback(child);
      } else {
        error(source_.where(child),
              std::string("unknown element <") + child.name() + "> in <fonts>");
      }
    }
    if (manifest_.families.empty()) error(source_.where(root), "<fonts> declares no <family>");
    check_fallback();
    if (failed_) return std::nullopt;
    return std::move(manifest_);
  }

 private:
  void error(Location where, std::string message) {
    diags_.error(std::move(where), std::move(message));
    failed_ = true;
  }

  // Text between elements is a mistake in this format; whitespace is layout.
  bool is_text(const pugi::xml_node& node) {
    if (node.type() != pugi::node_pcdata && node.type() != pugi::node_cdata) return false;
    std::string_view text = node.value();
    if (text.find_first_not_of(" \t\r\n") != std::string_view::npos)
      error(source_.where(node), "unexpected text in the font manifest");
    return true;
  }

  void check_attributes(const pugi::xml_node& node, std::initializer_list<std::string_view> known) {
    for (pugi::xml_attribute attr : node.attributes()) {
      if (std::find(known.begin(), known.end(), attr.name()) == known.end())
        error(source_.where(attr, node),
              std::string("unknown attribute '") + attr.name() + "' on <" + node.name() + ">");
    }
  }

  std::string required(const pugi::xml_node& node, const char* name) {
    pugi::xml_attribute attr = node.attribute(name);
    if (!attr || *attr.value() == '\0')
      error(source_.where(node),
            std::string("<") + node.name() + "> needs a " + name + " attribute");
    return attr.value();
  }

  bool flag(const pugi::xml_node& node, const char* name) {
    pugi::xml_attribute attr = node.attribute(name);
    if (!attr) return false;
    std::string_view value = attr.value();
    if (value != "true" && value != "false")
      error(source_.where(attr, node),
            std::string(name) + " must be true or false, not '" + std::string(value) + "'");
    return value == "true";
  }

  void read_family(const pugi::xml_node& node) {
    check_attributes(node, {"name"});
    ManifestFamily family{required(node, "name"), {}, source_.where(node)};
    bool duplicate = std::any_of(manifest_.families.begin(), manifest_.families.end(),
                                 [&](const ManifestFamily& f) { return f.name == family.name; });
    if (duplicate) error(family.where, "font family '" + family.name + "' is declared twice");
    for (pugi::xml_node child : node.children()) {
      if (is_text(child)) continue;
      if (std::strcmp(child.name(), "face") == 0) {
        read_face(child, family);
      } else {
        error(source_.where(child),
              std::string("unknown element <") + child.name() + "> in <family>");
      }
    }
    if (family.faces.empty())
      error(family.where, "font family '" + family.name + "' has no <face>");
    manifest_.families.push_back(std::move(family));
  }

  void read_face(const pugi::xml_node& node, ManifestFamily& family) {
    check_attributes(node, {"file", "bold", "italic", "index"});
    std::filesystem::path file = required(node, "file");
    ManifestFace face{(folder_ / file).lexically_normal().string(), flag(node, "bold"),
                      flag(node, "italic"), collection_index(node), source_.where(node)};
    for (const ManifestFace& other : family.faces) {
      if (other.bold == face.bold && other.italic == face.italic)
        error(face.where, "font family '" + family.name + "' already has a face of this style");
    }
    family.faces.push_back(std::move(face));
  }

  // Which face of a collection (.ttc) the file means: a small whole number, 0 by default.
  unsigned collection_index(const pugi::xml_node& node) {
    pugi::xml_attribute attr = node.attribute("index");
    if (!attr) return 0;
    std::string_view value = attr.value();
    constexpr std::size_t kMaxDigits = 3;  // collections hold a handful of faces
    bool digits =
        !value.empty() && value.size() <= kMaxDigits &&
        std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits) {
      error(source_.where(attr, node),
            "index must be a whole number from 0 to 999, not '" + std::string(value) + "'");
      return 0;
    }
    return unsigned(std::stoul(std::string(value)));
  }

  // for="serif sans": the families a fallback entry serves, separated by spaces.
  std::vector<std::string> served_families(const pugi::xml_node& node) {
    std::vector<std::string> names;
    pugi::xml_attribute attr = node.attribute("for");
    if (!attr) return names;
    std::string_view value = attr.value();
    for (std::size_t pos = 0; pos < value.size();) {
      std::size_t end = value.find(' ', pos);
      if (end == std::string_view::npos) end = value.size();
      if (end > pos) names.emplace_back(value.substr(pos, end - pos));
      pos = end + 1;
    }
    if (names.empty()) error(source_.where(attr, node), "for names no font family");
    return names;
  }

  void read_fallback(const pugi::xml_node& node) {
    check_attributes(node, {});
    if (saw_fallback_) error(source_.where(node), "<fallback> appears more than once");
    saw_fallback_ = true;
    for (pugi::xml_node child : node.children()) {
      if (is_text(child)) continue;
      if (std::strcmp(child.name(), "family") != 0 || child.first_child()) {
        error(source_.where(child), "<fallback> holds only empty <family name=\"…\"/> elements");
        continue;
      }
      check_attributes(child, {"name", "for"});
      manifest_.fallback.push_back(
          {required(child, "name"), served_families(child), source_.where(child)});
    }
  }

  // Runs after all families are read, so a fallback may name a family declared below it.
  void check_fallback() {
    for (const FallbackFamily& entry : manifest_.fallback) {
      bool known = std::any_of(manifest_.families.begin(), manifest_.families.end(),
                               [&](const ManifestFamily& f) { return f.name == entry.name; });
      if (!known && !entry.name.empty())
        error(entry.where, "unknown font family '" + entry.name + "' in the fallback chain");
      for (const std::string& served : entry.only_for) {
        bool declared = std::any_of(manifest_.families.begin(), manifest_.families.end(),
                                    [&](const ManifestFamily& f) { return f.name == served; });
        if (!declared) error(entry.where, "unknown font family '" + served + "' in for=\"...\"");
      }
    }
  }

  const xml::XmlFile& source_;
  Diagnostics& diags_;
  std::filesystem::path folder_;
  Manifest manifest_;
  bool saw_fallback_ = false;
  bool failed_ = false;
};

}  // namespace

std::vector<std::string> face_folders(const Manifest& manifest) {
  std::vector<std::string> folders;
  for (const ManifestFamily& family : manifest.families) {
    for (const ManifestFace& face : family.faces) {
      std::string folder = std::filesystem::path(face.path).parent_path().string();
      if (std::find(folders.begin(), folders.end(), folder) == folders.end())
        folders.push_back(folder);
    }
  }
  return folders;
}

bool check_confined(const Manifest& manifest, const std::vector<std::string>& folders,
                    Diagnostics& diags) {
  const FolderSet roots({folders.begin(), folders.end()});
  bool ok = true;
  for (const ManifestFamily& family : manifest.families) {
    for (const ManifestFace& face : family.faces) {
      if (roots.holds(face.path)) continue;
      diags.error(face.where,
                  "font file '" + face.path +
                      "' is outside the folders a font manifest may name: the brief's folder, "
                      "the data folder's fonts/ and the system font folders of the shipped "
                      "manifest (--allow-path DIR allows another folder)");
      ok = false;
    }
  }
  return ok;
}

std::optional<Manifest> read_manifest(const std::string& path, Diagnostics& diags) {
  FileBytes file = read_bounded(path, kXmlLimit);
  if (file.problem == ReadProblem::cannot_open) {
    diags.error({path}, "cannot open the font manifest");
    return std::nullopt;
  }
  if (!file) {
    diags.error({path}, "cannot read the font manifest: " + describe(file.problem, kXmlLimit));
    return std::nullopt;
  }
  auto source = xml::XmlFile::parse(path, std::move(file.bytes), diags);
  if (!source) return std::nullopt;
  return ManifestReader(*source, diags).read();
}

}  // namespace briefing::font
