#include "xml/xml_file.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>

#include "base/files.hpp"
#include "base/unicode.hpp"

namespace briefing::xml {

namespace {

// Limits that keep a crafted file from exhausting memory or the stack: a brief of 20,000
// paragraphs is about 1 MB, and the readers recurse once per level of nesting.
constexpr int max_depth = 64;

std::string byte_hex(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(c));
  return buf;
}

// The first element nested deeper than max_depth, found without recursion.
pugi::xml_node too_deep(pugi::xml_node root) {
  std::vector<std::pair<pugi::xml_node, int>> pending{{root, 1}};
  while (!pending.empty()) {
    auto [node, depth] = pending.back();
    pending.pop_back();
    if (depth > max_depth) return node;
    for (auto child : node.children())
      if (child.type() == pugi::node_element) pending.emplace_back(child, depth + 1);
  }
  return {};
}

}  // namespace

std::unique_ptr<XmlFile> XmlFile::load(const std::string& path, Diagnostics& diags) {
  auto bytes = read_bounded(path, kXmlLimit);
  if (bytes.problem == ReadProblem::cannot_open) {
    diags.error({path, 0, 0}, "cannot read file (it does not exist or is not readable)");
    return nullptr;
  }
  if (!bytes) {
    diags.error({path, 0, 0}, describe(bytes.problem, kXmlLimit));
    return nullptr;
  }
  return parse(path, std::move(bytes.bytes), diags);
}

std::unique_ptr<XmlFile> XmlFile::parse(const std::string& path, std::string text,
                                        Diagnostics& diags) {
  std::unique_ptr<XmlFile> file(new XmlFile);
  file->path_ = path;
  file->text_ = std::move(text);
  file->line_starts_ = line_starts(file->text_);

  if (auto bad = invalid_utf8_offset(file->text_)) {
    diags.error(file->at_offset(*bad), "invalid UTF-8: byte " +
                                           byte_hex(static_cast<unsigned char>(file->text_[*bad])) +
                                           " at offset " + std::to_string(*bad));
    return nullptr;
  }
  if (!file->check_markup(diags)) return nullptr;
  // Whitespace-only text nodes are kept: the space in "<em>a</em> <strong>b</strong>" matters.
  auto result =
      file->doc_.load_buffer(file->text_.data(), file->text_.size(),
                             pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) {
    diags.error(
        file->at_offset(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, result.offset))),
        std::string("malformed XML: ") + result.description());
    return nullptr;
  }
  auto root = file->root();
  file->buffer_ = root.name() - root.offset_debug();
  if (!file->check_shape(diags) || !file->check_attributes_unique(diags)) return nullptr;
  return file;
}

// pugixml accepts a second root element; XML does not.
bool XmlFile::check_shape(Diagnostics& diags) const {
  auto root = this->root();
  for (auto next = root.next_sibling(); next; next = next.next_sibling()) {
    if (next.type() != pugi::node_element) continue;
    diags.error(where(next), std::string("malformed XML: a second root element <") + next.name() +
                                 "> after <" + root.name() + ">");
    return false;
  }
  if (auto deep = too_deep(root)) {
    diags.error(where(deep),
                "elements nest too deep (more than " + std::to_string(max_depth) + " levels)");
    return false;
  }
  return true;
}

Location XmlFile::at_offset(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<int>(next - line_starts_.begin());
  auto col = static_cast<int>(offset - line_starts_[static_cast<std::size_t>(line - 1)]) + 1;
  return {path_, line, col};
}

std::optional<std::size_t> XmlFile::offset_of(const char* p) const {
  // Compared as integers: a string pugixml allocated elsewhere is not inside the buffer.
  auto begin = reinterpret_cast<std::uintptr_t>(buffer_);
  auto at = reinterpret_cast<std::uintptr_t>(p);
  if (buffer_ == nullptr || at < begin || at > begin + text_.size()) return std::nullopt;
  return at - begin;
}

Location XmlFile::where(pugi::xml_node node) const {
  auto offset = node.offset_debug();
  if (offset < 0) return {path_, 0, 0};
  auto at = static_cast<std::size_t>(offset);
  // offset_debug() gives an element's name; point at its '<'.
  if (node.type() == pugi::node_element && at > 0) --at;
  return at_offset(at);
}

Location XmlFile::where(pugi::xml_attribute attr, pugi::xml_node owner) const {
  if (auto offset = offset_of(attr.name())) return at_offset(*offset);
  return where(owner);
}

}  // namespace briefing::xml
