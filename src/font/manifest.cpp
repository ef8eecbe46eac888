#include "font/manifest.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <pugixml.hpp>

#include "base/files.hpp"

namespace briefing::font {
namespace {

// The manifest text with its line starts, so that pugixml's byte offsets become line:col.
class SourceText {
 public:
  SourceText(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
      if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }

  const std::string& text() const { return text_; }
  const std::string& path() const { return path_; }

  Location at(std::ptrdiff_t offset) const {
    auto pos = static_cast<std::size_t>(std::clamp<std::ptrdiff_t>(offset, 0, text_.size()));
    auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
    auto line = static_cast<int>(next - line_starts_.begin());
    return {path_, line, static_cast<int>(pos - *(next - 1)) + 1};
  }

  // pugixml gives the offset of an element's name; users expect the column of its '<'.
  Location at(const pugi::xml_node& node) const { return at(node.offset_debug() - 1); }

  // pugixml keeps no offsets for attributes: find the name inside the element's start tag.
  Location at(const pugi::xml_node& node, const pugi::xml_attribute& attr) const {
    auto start = static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug(), 0));
    std::size_t tag_end = text_.find('>', start);
    std::string_view name = attr.name();
    for (std::size_t pos = text_.find(name, start); pos < tag_end;
         pos = text_.find(name, pos + 1)) {
      std::size_t after = text_.find_first_not_of(" \t\r\n", pos + name.size());
      bool whole_name = pos > 0 && std::isspace(static_cast<unsigned char>(text_[pos - 1]));
      if (whole_name && after < text_.size() && text_[after] == '=') return at(pos);
    }
    return at(node);
  }

 private:
  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
};

class ManifestReader {
 public:
  ManifestReader(const SourceText& source, Diagnostics& diags)
      : source_(source),
        diags_(diags),
        folder_(std::filesystem::absolute(source.path()).parent_path()) {}

  std::optional<Manifest> read(const pugi::xml_document& doc) {
    pugi::xml_node root = doc.document_element();
    if (std::strcmp(root.name(), "fonts") != 0) {
      error(root ? source_.at(root) : source_.at(0), "the root element must be <fonts>");
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
        error(source_.at(child), std::string("unknown element <") + child.name() + "> in <fonts>");
      }
    }
    if (manifest_.families.empty()) error(source_.at(root), "<fonts> declares no <family>");
    check_fallback();
    if (failed_) return std::nullopt;
    return std::move(manifest_);
  }

 private:
  void error(Location where, std::string message) {
    diags_.error(std::move(where), std::move(message));
    failed_ = true;
  }

  // Text between elements is a mistake in this format; whitespace is already dropped by pugixml.
  bool is_text(const pugi::xml_node& node) {
    if (node.type() != pugi::node_pcdata && node.type() != pugi::node_cdata) return false;
    error(source_.at(node.offset_debug()), "unexpected text in the font manifest");
    return true;
  }

  void check_attributes(const pugi::xml_node& node, std::initializer_list<std::string_view> known) {
    for (pugi::xml_attribute attr : node.attributes()) {
      if (std::find(known.begin(), known.end(), attr.name()) == known.end())
        error(source_.at(node, attr),
              std::string("unknown attribute '") + attr.name() + "' on <" + node.name() + ">");
    }
  }

  std::string required(const pugi::xml_node& node, const char* name) {
    pugi::xml_attribute attr = node.attribute(name);
    if (!attr || *attr.value() == '\0')
      error(source_.at(node), std::string("<") + node.name() + "> needs a " + name + " attribute");
    return attr.value();
  }

  bool flag(const pugi::xml_node& node, const char* name) {
    pugi::xml_attribute attr = node.attribute(name);
    if (!attr) return false;
    std::string_view value = attr.value();
    if (value != "true" && value != "false")
      error(source_.at(node, attr),
            std::string(name) + " must be true or false, not '" + std::string(value) + "'");
    return value == "true";
  }

  void read_family(const pugi::xml_node& node) {
    check_attributes(node, {"name"});
    ManifestFamily family{required(node, "name"), {}, source_.at(node)};
    bool duplicate = std::any_of(manifest_.families.begin(), manifest_.families.end(),
                                 [&](const ManifestFamily& f) { return f.name == family.name; });
    if (duplicate) error(family.where, "font family '" + family.name + "' is declared twice");
    for (pugi::xml_node child : node.children()) {
      if (is_text(child)) continue;
      if (std::strcmp(child.name(), "face") == 0) {
        read_face(child, family);
      } else {
        error(source_.at(child), std::string("unknown element <") + child.name() + "> in <family>");
      }
    }
    if (family.faces.empty())
      error(family.where, "font family '" + family.name + "' has no <face>");
    manifest_.families.push_back(std::move(family));
  }

  void read_face(const pugi::xml_node& node, ManifestFamily& family) {
    check_attributes(node, {"file", "bold", "italic"});
    std::filesystem::path file = required(node, "file");
    ManifestFace face{(folder_ / file).lexically_normal().string(), flag(node, "bold"),
                      flag(node, "italic"), source_.at(node)};
    for (const ManifestFace& other : family.faces) {
      if (other.bold == face.bold && other.italic == face.italic)
        error(face.where, "font family '" + family.name + "' already has a face of this style");
    }
    family.faces.push_back(std::move(face));
  }

  void read_fallback(const pugi::xml_node& node) {
    check_attributes(node, {});
    if (saw_fallback_) error(source_.at(node), "<fallback> appears more than once");
    saw_fallback_ = true;
    for (pugi::xml_node child : node.children()) {
      if (is_text(child)) continue;
      if (std::strcmp(child.name(), "family") != 0 || child.first_child()) {
        error(source_.at(child), "<fallback> holds only empty <family name=\"…\"/> elements");
        continue;
      }
      check_attributes(child, {"name"});
      manifest_.fallback.push_back({required(child, "name"), source_.at(child)});
    }
  }

  // Runs after all families are read, so a fallback may name a family declared below it.
  void check_fallback() {
    for (const FallbackFamily& entry : manifest_.fallback) {
      bool known = std::any_of(manifest_.families.begin(), manifest_.families.end(),
                               [&](const ManifestFamily& f) { return f.name == entry.name; });
      if (!known && !entry.name.empty())
        error(entry.where, "unknown font family '" + entry.name + "' in the fallback chain");
    }
  }

  const SourceText& source_;
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
  std::vector<std::filesystem::path> roots(folders.begin(), folders.end());
  bool ok = true;
  for (const ManifestFamily& family : manifest.families) {
    for (const ManifestFace& face : family.faces) {
      if (lies_within(face.path, roots)) continue;
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
  SourceText source(path, std::move(file.bytes));
  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(source.text().data(), source.text().size(), pugi::parse_default);
  if (!parsed) {
    diags.error(source.at(parsed.offset), std::string("malformed XML: ") + parsed.description());
    return std::nullopt;
  }
  return ManifestReader(source, diags).read(doc);
}

}  // namespace briefing::font
