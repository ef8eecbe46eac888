// What pugixml accepts and XML as the program reads it does not: a DOCTYPE (no DTD is read, so
// the entities it declares would be printed as literal text), references to entities XML does
// not predefine, a bare '&', NUL (which pugixml turns into the end of the string) and the other
// characters base/unicode.hpp forbids, written as themselves or as character references, and
// an attribute given twice on one element. Checked on the text itself, where each one has its
// exact offset.
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "base/unicode.hpp"
#include "xml/xml_file.hpp"

namespace briefing::xml {

namespace {

// A file of one broken character repeated a million times needs only the first few messages.
constexpr int max_reports = 20;

constexpr std::array<std::string_view, 5> predefined = {"lt", "gt", "amp", "apos", "quot"};

bool name_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || c == '-' || c == '.' || c == ':' || u >= 0x80;
}

// Why the reference at `text[at]` ('&') is refused, or "" if it is fine; `end` is past it.
std::string bad_reference(std::string_view text, std::size_t at, std::size_t& end) {
  // Only the name is scanned, so a file of '&'s without ';' is read once, not once per '&'.
  std::size_t semicolon = at + 1;
  while (semicolon < text.size() && (name_char(text[semicolon]) || text[semicolon] == '#'))
    ++semicolon;
  if (semicolon == at + 1 || semicolon == text.size() || text[semicolon] != ';') {
    end = at + 1;
    return "a bare '&' (write it as &amp;)";
  }
  end = semicolon + 1;
  std::string_view name = text.substr(at + 1, semicolon - at - 1);
  std::string written = "'" + std::string(text.substr(at, end - at)) + "'";
  if (!name.starts_with('#')) {
    if (std::find(predefined.begin(), predefined.end(), name) != predefined.end()) return "";
    return "undefined entity " + written +
           " (XML predefines only &lt; &gt; &amp; &apos; &quot;; write other characters as "
           "themselves or as &#NNNN;)";
  }
  bool hex = name.size() > 1 && name[1] == 'x';
  std::string_view digits = name.substr(hex ? 2 : 1);
  std::uint32_t value = 0;
  auto [stop, ec] =
      std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
  bool whole = ec == std::errc() && stop == digits.data() + digits.size() && !digits.empty();
  if (!whole || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
    return "character reference " + written + " does not name a Unicode character";
  std::string why = forbidden_character(value);
  return why.empty() ? ""
                     : "character reference " + written + " is " + why + ", which is not allowed";
}

// The end of a comment, CDATA section or processing instruction opened at `at`, or npos.
std::size_t literal_end(std::string_view text, std::size_t at) {
  for (auto [open, close] : {std::pair{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<?", "?>"}}) {
    if (text.substr(at).starts_with(open)) {
      std::size_t end = text.find(close, at + std::strlen(open));
      return end == std::string_view::npos ? text.size() : end + std::strlen(close);
    }
  }
  return std::string_view::npos;
}

}  // namespace

bool XmlFile::check_markup(Diagnostics& diags) const {
  std::string_view text = text_;
  int reports = 0;
  auto report = [&](std::size_t at, std::string message) {
    diags.error(at_offset(at), std::move(message));
    return ++reports < max_reports;
  };
  std::size_t literal_until = 0;  // inside a comment, CDATA section or PI: no references
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto byte = static_cast<unsigned char>(text[pos]);
    if (byte == '<' && pos >= literal_until) {
      if (text.substr(pos).starts_with("<!DOCTYPE")) {
        report(pos,
               "a DOCTYPE declaration is not allowed: the program reads no DTD, so the entities "
               "it declares would not be defined");
        return false;
      }
      std::size_t end = literal_end(text, pos);
      if (end != std::string_view::npos) literal_until = end;
      ++pos;
    } else if (byte == '&' && pos >= literal_until) {
      std::size_t end = pos;
      std::string why = bad_reference(text, pos, end);
      if (!why.empty() && !report(pos, why)) return false;
      pos = end;
    } else if (byte >= 0x20 && byte < 0x7F) {
      ++pos;
    } else {
      std::size_t start = pos;
      std::string why = forbidden_character(next_code_point(text, pos));
      if (!why.empty() && !report(start, why + " is not allowed")) return false;
    }
  }
  return reports == 0;
}

bool XmlFile::check_attributes_unique(Diagnostics& diags) const {
  bool unique = true;
  std::vector<pugi::xml_node> pending{root()};
  while (!pending.empty()) {
    pugi::xml_node node = pending.back();
    pending.pop_back();
    // Sorted names find a repeat in n log n, however many attributes an element has.
    std::vector<std::pair<std::string_view, pugi::xml_attribute>> names;
    for (auto attr : node.attributes()) names.emplace_back(attr.name(), attr);
    std::stable_sort(names.begin(), names.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 1; i < names.size(); ++i) {
      if (names[i].first != names[i - 1].first) continue;
      diags.error(where(names[i].second, node), "attribute '" + std::string(names[i].first) +
                                                    "' is given twice on <" + node.name() + ">");
      unique = false;
    }
    // Children go on the stack last first, so the messages come in document order.
    for (auto child = node.last_child(); child; child = child.previous_sibling())
      if (child.type() == pugi::node_element) pending.push_back(child);
  }
  return unique;
}

}  // namespace briefing::xml
