#pragma once
// One XML input file: its bytes, its pugixml tree and the byte offset -> line:col mapping, so
// every diagnostic can point at the exact place in the text the user wrote. Part of the `xml`
// utility library (checked XML reading shared by parse and data), not a pipeline stage.
#include <cstddef>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "base/diag.hpp"

namespace briefing::xml {

class XmlFile {
 public:
  // Reads and parses `path`. An unreadable or too large file, invalid UTF-8, malformed XML or
  // elements nested too deep is reported and yields nullptr.
  static std::unique_ptr<XmlFile> load(const std::string& path, Diagnostics& diags);
  // The same checks on text already read from `path` (which is named in the messages). Also
  // refused: a DOCTYPE, undefined entities, a bare '&', NUL and the other characters
  // base/unicode.hpp forbids (as themselves or as references), and a repeated attribute.
  static std::unique_ptr<XmlFile> parse(const std::string& path, std::string text,
                                        Diagnostics& diags);

  const std::string& path() const { return path_; }
  pugi::xml_node root() const { return doc_.document_element(); }

  // The '<' of an element, or the first character of a text node.
  Location where(pugi::xml_node node) const;
  // The attribute's name; falls back to its element when the position is unknown.
  Location where(pugi::xml_attribute attr, pugi::xml_node owner) const;

 private:
  XmlFile() = default;
  bool check_shape(Diagnostics& diags) const;
  bool check_markup(Diagnostics& diags) const;             // xml_markup.cpp
  bool check_attributes_unique(Diagnostics& diags) const;  // xml_markup.cpp
  Location at_offset(std::size_t offset) const;
  std::optional<std::size_t> offset_of(const char* p) const;

  std::string path_;
  std::string text_;
  std::vector<std::size_t> line_starts_;
  pugi::xml_document doc_;
  const char* buffer_ = nullptr;  // pugixml's copy of text_, which its strings point into
};

}  // namespace briefing::xml
