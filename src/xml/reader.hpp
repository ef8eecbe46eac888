#pragma once
// Checked access to one XML file: attribute and child-element lookups that report unknown
// names, missing required ones and bad values at their exact location, then carry on so that
// every problem in the file is reported in one run.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diag.hpp"
#include "base/geom.hpp"
#include "xml/xml_file.hpp"

namespace briefing::xml {

struct ChildRule {
  std::string_view name;
  bool once = false;  // a second occurrence is an error
  std::function<void(pugi::xml_node)> read;
};

class Reader {
 public:
  Reader(const XmlFile& file, Diagnostics& diags) : file_(file), diags_(diags) {}

  const XmlFile& file() const { return file_; }
  Location where(pugi::xml_node node) const { return file_.where(node); }
  // The attribute if present, else its element.
  Location where(pugi::xml_node node, const char* attribute) const;
  void error(Location where, std::string message) {
    diags_.error(std::move(where), std::move(message));
  }
  void warn(Location where, std::string message) {
    diags_.warn(std::move(where), std::move(message));
  }
  // The messages of a reader of the same file that read part of it on another thread.
  void append(const Diagnostics& other) { diags_.append(other); }

  void check_attributes(pugi::xml_node node, const std::vector<std::string_view>& allowed);
  // Runs the rule named by each child element; unknown elements, duplicates of `once` elements
  // and non-blank text between the elements are errors.
  void read_children(pugi::xml_node node, const std::vector<ChildRule>& rules);
  // Reports a missing child element; true if present.
  bool require_child(pugi::xml_node node, const char* name);

  // Attribute values as NFC text with XML whitespace collapsed.
  std::optional<std::string> text(pugi::xml_node node, const char* name);
  std::optional<std::string> required_text(pugi::xml_node node, const char* name);
  // Typed attributes: nullopt when absent, or when malformed (then reported).
  std::optional<double> length(pugi::xml_node node, const char* name);
  std::optional<Color> color(pugi::xml_node node, const char* name);
  std::optional<bool> boolean(pugi::xml_node node, const char* name);
  std::optional<int> integer(pugi::xml_node node, const char* name, int min, int max);
  template <class Value>
  std::optional<Value> choice(pugi::xml_node node, const char* name,
                              const std::vector<std::pair<std::string_view, Value>>& options);

  // The text content of an element that may hold only text: NFC, whitespace collapsed.
  std::string plain_text(pugi::xml_node node);

 private:
  void bad_value(pugi::xml_node node, const char* name, std::string_view expected);
  void report_bad_choice(pugi::xml_node node, const char* name,
                         const std::vector<std::string_view>& allowed);

  const XmlFile& file_;
  Diagnostics& diags_;
};

template <class Value>
std::optional<Value> Reader::choice(
    pugi::xml_node node, const char* name,
    const std::vector<std::pair<std::string_view, Value>>& options) {
  auto attribute = node.attribute(name);
  if (!attribute) return std::nullopt;
  std::vector<std::string_view> allowed;
  for (const auto& [spelling, value] : options) {
    if (spelling == attribute.value()) return value;
    allowed.push_back(spelling);
  }
  report_bad_choice(node, name, allowed);
  return std::nullopt;
}

// "<name>"
std::string element_name(pugi::xml_node node);

}  // namespace briefing::xml
