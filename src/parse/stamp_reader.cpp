#include "parse/stamp_reader.hpp"

#include <charconv>

#include "parse/inline.hpp"

namespace briefing::parse {

using xml::Reader;

namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// A page number: 1 to 99999, digits only.
std::optional<int> page_number(std::string_view text) {
  int value = 0;
  if (text.empty() || text.size() > 5 || text.front() == '+') return std::nullopt;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1) return std::nullopt;
  return value;
}

std::optional<PageSpan> page_span(std::string_view item) {
  item = trimmed(item);
  auto dash = item.find('-');
  auto first = page_number(item.substr(0, dash));
  if (!first) return std::nullopt;
  if (dash == std::string_view::npos) return PageSpan{*first, *first};
  std::string_view rest = item.substr(dash + 1);
  if (rest.empty()) return PageSpan{*first, 0};
  auto last = page_number(rest);
  if (!last || *last < *first) return std::nullopt;
  return PageSpan{*first, *last};
}

// A decimal number written out: an optional minus, digits, and a fraction ("0.15", "-45").
std::optional<double> decimal(std::string_view text) {
  std::size_t digits = 0, point = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9')
      ++digits;
    else if (!(c == '-' && i == 0) && !(c == '.' && point++ == 0))
      return std::nullopt;
  }
  if (digits == 0 || text.back() == '.') return std::nullopt;
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// A number from `min` to `max`; reported at the attribute when it is not one.
std::optional<double> number(Reader& r, pugi::xml_node node, const char* name, double min,
                             double max, const char* expected) {
  auto attribute = node.attribute(name);
  if (!attribute) return std::nullopt;
  auto value = decimal(attribute.value());
  if (value && *value >= min && *value <= max) return value;
  r.error(r.where(node, name), "bad value '" + std::string(attribute.value()) + "' for '" + name +
                                   "' on <stamp>: expected " + expected);
  return std::nullopt;
}

// The attributes of where and how a stamp prints, whatever it prints.
StampSpec finish_stamp(Reader& r, pugi::xml_node node, StampSpec stamp) {
  if (auto pages = node.attribute("pages")) {
    if (auto spans = parse_pages(pages.value()))
      stamp.pages = std::move(*spans);
    else
      r.error(r.where(node, "pages"),
              "bad value '" + std::string(pages.value()) +
                  "' for 'pages' on <stamp>: expected all, or page numbers and ranges from 1 "
                  "separated by commas, such as 1 or 2- or 1,3-5 (the cover is page 1)");
  }
  stamp.layer = r.choice<StampLayer>(node, "layer",
                                     {{"under", StampLayer::under}, {"over", StampLayer::over}})
                    .value_or(StampLayer::under);
  stamp.position = r.choice<StampPosition>(node, "position",
                                           {{"center", StampPosition::center},
                                            {"top", StampPosition::top},
                                            {"bottom", StampPosition::bottom}})
                       .value_or(StampPosition::center);
  stamp.rotate =
      number(r, node, "rotate", -180, 180, "an angle in degrees from -180 to 180").value_or(0);
  stamp.opacity =
      number(r, node, "opacity", 0.01, 1, "a number from 0.01 to 1, such as 0.15").value_or(1);
  if (auto style = r.text(node, "style")) stamp.style = *style;
  stamp.size = r.length(node, "size");
  if (stamp.size && *stamp.size <= 0)
    r.error(r.where(node, "size"), "'size' must be greater than 0pt");
  stamp.color = r.color(node, "color");
  return stamp;
}

}  // namespace

std::optional<std::vector<PageSpan>> parse_pages(std::string_view text) {
  if (trimmed(text) == "all") return std::vector<PageSpan>{};
  std::vector<PageSpan> spans;
  for (std::size_t start = 0;;) {
    auto comma = text.find(',', start);
    auto span = page_span(text.substr(start, comma - start));
    if (!span) return std::nullopt;
    spans.push_back(*span);
    if (comma == std::string_view::npos) return spans;
    start = comma + 1;
  }
}

StampSpec read_stamp(Reader& r, pugi::xml_node node, bool fields, const ImagePlace& images) {
  r.check_attributes(node,
                     {"pages", "layer", "position", "rotate", "opacity", "style", "size", "color"});
  StampSpec stamp;
  stamp.where = r.where(node);
  stamp.fields = fields;
  if (pugi::xml_node picture = node.child("image")) {
    for (pugi::xml_node child : node.children())
      if (child != picture &&
          (child.type() == pugi::node_element ||
           std::string_view(child.value()).find_first_not_of(" \t\r\n") != std::string_view::npos))
        r.error(r.where(child), "a <stamp> prints its text or one <image>, not both");
    stamp.image = images.files.read(r, picture, images.folder);
    return finish_stamp(r, node, std::move(stamp));
  }
  if (fields) check_fields(r, node);
  stamp.text = r.plain_text(node);
  if (stamp.text.empty())
    r.error(stamp.where, "a <stamp> needs its text, such as DRAFT, or an <image>");
  return finish_stamp(r, node, std::move(stamp));
}

}  // namespace briefing::parse
