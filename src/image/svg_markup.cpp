// An SVG for a briefing must be self-contained: librsvg would otherwise fetch the files it links
// to (images, style sheets, other SVGs' elements) from wherever the link points.
#include <algorithm>
#include <cctype>
#include <map>

#include "image/image.hpp"
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

// How many elements a drawing has once every <use> is replaced by what it names: groups that
// each use the one before ten times (the billion laughs without a DOCTYPE) grow tenfold a level,
// which librsvg would take seconds to refuse. Counted once per element (memoised), saturating.
class Expansion {
 public:
  explicit Expansion(const xml::XmlFile& svg) { index(svg.root()); }

  std::size_t size(pugi::xml_node node) {
    auto [found, fresh] = sizes_.try_emplace(node.internal_object(), kInProgress);
    if (!fresh) return found->second == kInProgress ? kMaxSvgElements + 1 : found->second;
    std::size_t total = 1;
    for (pugi::xml_node child : node.children())
      if (child.type() == pugi::node_element) total = add(total, size(child));
    if (lower(node.name()) == "use") total = add(total, used(node));
    sizes_[node.internal_object()] = total;
    return total;
  }

 private:
  static constexpr std::size_t kInProgress = std::size_t(-1);

  static std::size_t add(std::size_t a, std::size_t b) {
    return std::min(a + b, kMaxSvgElements + 1);
  }

  std::size_t used(pugi::xml_node node) {
    for (pugi::xml_attribute attribute : node.attributes()) {
      std::string_view value = attribute.value();
      if (!is_link(lower(attribute.name())) || value.empty() || value.front() != '#') continue;
      auto target = ids_.find(std::string(value.substr(1)));
      if (target != ids_.end()) return size(target->second);
    }
    return 0;
  }

  void index(pugi::xml_node node) {
    if (auto id = node.attribute("id")) ids_.emplace(id.value(), node);
    for (pugi::xml_node child : node.children())
      if (child.type() == pugi::node_element) index(child);
  }

  std::map<std::string, pugi::xml_node> ids_;
  std::map<const void*, std::size_t> sizes_;
};

}  // namespace

bool check_self_contained(const xml::XmlFile& svg, Diagnostics& diags) {
  Checker checker(svg, diags);
  checker.element(svg.root());
  return checker.passed();
}

bool check_expansion(const xml::XmlFile& svg, Diagnostics& diags) {
  if (Expansion(svg).size(svg.root()) <= kMaxSvgElements) return true;
  diags.error(svg.where(svg.root()),
              "the drawing has more than " + std::to_string(kMaxSvgElements) +
                  " elements once its <use> references are expanded (or a <use> that names "
                  "itself); an SVG image must be a drawing of reasonable size");
  return false;
}

}  // namespace briefing::image
