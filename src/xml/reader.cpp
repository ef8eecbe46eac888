#include "xml/reader.hpp"

#include <algorithm>
#include <map>

#include "base/unicode.hpp"
#include "xml/values.hpp"

namespace briefing::xml {

namespace {

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

bool is_text(pugi::xml_node node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

std::string suggestion(std::string_view name, const std::vector<std::string_view>& allowed,
                       std::string_view before, std::string_view after) {
  auto close = closest_name(name, allowed);
  if (close.empty()) return "";
  return " (did you mean " + std::string(before) + close + std::string(after) + "?)";
}

}  // namespace

std::string element_name(pugi::xml_node node) {
  // Appending (not operator+ on a temporary) sidesteps GCC 12's false -Wrestrict at -O2.
  std::string name = "<";
  name.append(node.name()).append(">");
  return name;
}

Location Reader::where(pugi::xml_node node, const char* attribute) const {
  auto found = node.attribute(attribute);
  return found ? file_.where(found, node) : file_.where(node);
}

void Reader::check_attributes(pugi::xml_node node, const std::vector<std::string_view>& allowed) {
  for (auto attribute : node.attributes()) {
    std::string_view name = attribute.name();
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
    std::string message = "unknown attribute '" + std::string(name) + "' on " + element_name(node);
    message += suggestion(name, allowed, "'", "'");
    message += allowed.empty() ? "; it takes no attributes" : "; allowed: " + join_names(allowed);
    error(file_.where(attribute, node), message);
  }
}

void Reader::read_children(pugi::xml_node node, const std::vector<ChildRule>& rules) {
  std::vector<std::string_view> allowed;
  for (const auto& rule : rules) allowed.push_back(rule.name);
  std::map<std::string_view, pugi::xml_node> seen;
  for (auto child : node.children()) {
    if (is_text(child)) {
      if (!is_blank(child.value()))
        error(where(child), "text is not allowed directly in " + element_name(node) +
                                "; expected elements: " + join_names(allowed, "<", ">"));
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    std::string_view name = child.name();
    auto rule = std::find_if(rules.begin(), rules.end(),
                             [&](const ChildRule& r) { return r.name == name; });
    if (rule == rules.end()) {
      error(where(child), "unknown element " + element_name(child) + " in " + element_name(node) +
                              suggestion(name, allowed, "<", ">") +
                              "; expected one of: " + join_names(allowed, "<", ">"));
      continue;
    }
    if (rule->once) {
      auto [first, inserted] = seen.emplace(rule->name, child);
      if (!inserted) {
        error(where(child), "duplicate " + element_name(child) + " (the first is at line " +
                                std::to_string(where(first->second).line) + ")");
        continue;
      }
    }
    rule->read(child);
  }
}

bool Reader::require_child(pugi::xml_node node, const char* name) {
  if (node.child(name)) return true;
  error(where(node), "element <" + std::string(name) + "> is missing from " + element_name(node));
  return false;
}

std::optional<std::string> Reader::text(pugi::xml_node node, const char* name) {
  auto attribute = node.attribute(name);
  if (!attribute) return std::nullopt;
  return nfc(collapse_whitespace(attribute.value()));
}

std::optional<std::string> Reader::required_text(pugi::xml_node node, const char* name) {
  auto value = text(node, name);
  if (!value) {
    error(where(node),
          "attribute '" + std::string(name) + "' is missing from " + element_name(node));
  } else if (value->empty()) {
    error(where(node, name),
          "'" + std::string(name) + "' on " + element_name(node) + " must not be empty");
    return std::nullopt;
  }
  return value;
}

void Reader::bad_value(pugi::xml_node node, const char* name, std::string_view expected) {
  error(where(node, name), "bad value '" + std::string(node.attribute(name).value()) + "' for '" +
                               name + "' on " + element_name(node) + ": expected " +
                               std::string(expected));
}

void Reader::report_bad_choice(pugi::xml_node node, const char* name,
                               const std::vector<std::string_view>& allowed) {
  std::string value = node.attribute(name).value();
  bad_value(node, name, "one of " + join_names(allowed) + suggestion(value, allowed, "", ""));
}

std::optional<double> Reader::length(pugi::xml_node node, const char* name) {
  auto attribute = node.attribute(name);
  if (!attribute) return std::nullopt;
  auto value = parse_length(attribute.value());
  if (!value) bad_value(node, name, "a length such as 12pt or 20mm (units: pt, mm, cm, in)");
  return value;
}

std::optional<Color> Reader::color(pugi::xml_node node, const char* name) {
  auto attribute = node.attribute(name);
  if (!attribute) return std::nullopt;
  auto value = parse_color(attribute.value());
  if (!value) bad_value(node, name, "a colour #rrggbb such as #1f3a5f");
  return value;
}

std::optional<bool> Reader::boolean(pugi::xml_node node, const char* name) {
  auto attribute = node.attribute(name);
  if (!attribute) return std::nullopt;
  auto value = parse_bool(attribute.value());
  if (!value) bad_value(node, name, "true or false");
  return value;
}

std::optional<int> Reader::integer(pugi::xml_node node, const char* name, int min, int max) {
  auto attribute = node.attribute(name);
  if (!attribute) return std::nullopt;
  auto value = parse_int(attribute.value(), min, max);
  if (!value)
    bad_value(node, name,
              "a whole number from " + std::to_string(min) + " to " + std::to_string(max));
  return value;
}

std::string Reader::plain_text(pugi::xml_node node) {
  std::string text;
  for (auto child : node.children()) {
    if (is_text(child)) {
      text += child.value();
    } else if (child.type() == pugi::node_element) {
      error(where(child),
            element_name(node) + " holds plain text only; found " + element_name(child));
    }
  }
  return nfc(collapse_whitespace(text));
}

}  // namespace briefing::xml
