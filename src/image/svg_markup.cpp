// An SVG for a briefing must be self-contained: librsvg would otherwise fetch the files it links
// to (images, style sheets, other SVGs' elements) from wherever the link points.
#include <cctype>

#include "image/svg_parts.hpp"
#include "xml/xml_file.hpp"

namespace briefing::image {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A url(...) in CSS that names anything but an element of the same file ("#id").
bool outside_url(std::string_view text) {
  std::string folded = lower(text);
  if (folded.find("@import") != std::string::npos) return true;
  for (std::size_t at = 0; (at = folded.find("url(", at)) != std::string::npos; at += 4) {
    std::size_t start = folded.find_first_not_of(" \t\r\n'\"", at + 4);
    if (start == std::string::npos || folded[start] != '#') return true;
  }
  return false;
}

bool is_link(std::string_view attribute) {
  return attribute == "href" ||
         (attribute.size() > 5 && attribute.substr(attribute.size() - 5) == ":href");
}

class Checker {
 public:
  Checker(const xml::XmlFile& svg, Diagnostics& diags) : svg_(svg), diags_(diags) {}

  void element(pugi::xml_node node) {
    std::string name = lower(node.name());
    if (name == "script" || name == "foreignobject") {
      fail(svg_.where(node), "an SVG image may not hold <" + std::string(node.name()) +
                                 ">: briefing prints drawings, never runs or embeds content");
      return;
    }
    for (pugi::xml_attribute attribute : node.attributes()) this->attribute(node, attribute);
    if (name == "style" && outside_url(node.child_value()))
      fail(svg_.where(node),
           "the style sheet refers to another file (url() or @import); an SVG "
           "image must be self-contained");
    for (pugi::xml_node child : node.children())
      if (child.type() == pugi::node_element) element(child);
  }

  bool passed() const { return passed_; }

 private:
  void attribute(pugi::xml_node node, pugi::xml_attribute attribute) {
    std::string name = lower(attribute.name());
    std::string_view value = attribute.value();
    if (name.rfind("on", 0) == 0) {
      fail(svg_.where(attribute, node), "event handler '" + std::string(attribute.name()) +
                                            "' is a script; an SVG image may "
                                            "not hold scripts");
    } else if (is_link(name) && !value.empty() && value.front() != '#') {
      fail(svg_.where(attribute, node),
           "'" + std::string(value.substr(0, 80)) +
               "' refers to something outside the SVG; an SVG image must be self-contained "
               "(links only to its own elements, '#id')");
    } else if (outside_url(value)) {
      fail(svg_.where(attribute, node),
           "url() refers to something outside the SVG; an SVG image must be self-contained");
    }
  }

  void fail(const Location& where, const std::string& message) {
    diags_.error(where, message);
    passed_ = false;
  }

  const xml::XmlFile& svg_;
  Diagnostics& diags_;
  bool passed_ = true;
};

}  // namespace

bool check_self_contained(const xml::XmlFile& svg, Diagnostics& diags) {
  Checker checker(svg, diags);
  checker.element(svg.root());
  return checker.passed();
}

}  // namespace briefing::image
