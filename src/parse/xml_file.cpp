#include "parse/xml_file.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/unicode.hpp"

namespace briefing::parse {

namespace {

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::string byte_hex(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(c));
  return buf;
}

}  // namespace

std::unique_ptr<XmlFile> XmlFile::load(const std::string& path, Diagnostics& diags) {
  auto bytes = read_file(path);
  if (!bytes) {
    diags.error({path, 0, 0}, "cannot read file (it does not exist or is not readable)");
    return nullptr;
  }
  std::unique_ptr<XmlFile> file(new XmlFile);
  file->path_ = path;
  file->text_ = std::move(*bytes);
  file->line_starts_.push_back(0);
  for (std::size_t i = 0; i < file->text_.size(); ++i)
    if (file->text_[i] == '\n') file->line_starts_.push_back(i + 1);

  if (auto bad = invalid_utf8_offset(file->text_)) {
    diags.error(file->at_offset(*bad), "invalid UTF-8: byte " +
                                           byte_hex(static_cast<unsigned char>(file->text_[*bad])) +
                                           " at offset " + std::to_string(*bad));
    return nullptr;
  }
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
  return file;
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

}  // namespace briefing::parse
