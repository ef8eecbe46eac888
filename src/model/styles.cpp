#include "model/styles.hpp"

#include <algorithm>
#include <vector>

#include "model/contrast.hpp"
#include "xml/values.hpp"

namespace briefing::model {

namespace {

// The styles the model looks up by name, and what needs each.
constexpr std::pair<std::string_view, std::string_view> required_styles[] = {
    {"body", "<p>"},
    {"h1", "<section>"},
    {"h2", "<section> at depth 2"},
    {"h3", "<section> at depth 3"},
    {"list", "<list> and <sources-list>"},
    {"table", "<table>"},
    {"table-head", "<table> <head>"},
    {"caption", "<table caption>"},
    {"keyfig-box", "<keyfigures>"},
    {"keyfig-value", "<keyfigures>"},
    {"keyfig-label", "<keyfigures>"},
    {"keyfig-note", "<keyfigures>"},
    {"quote", "<quote>"},
    {"quote-attribution", "<quote attribution>"},
    {"chart", "<chart>"},
    {"chart-title", "<chart>"},
    {"toc-title", "<contents>"},
    {"toc-1", "<contents>"},
    {"toc-2", "<contents>"},
    {"running", "the running header and footer"},
};

template <class T>
void set(T& target, const std::optional<T>& value) {
  if (value) target = *value;
}

// font::parse_features is the syntax shaping reads too, so the parse stage keeps the text and its
// place, and the value is checked here.
void set_features(std::vector<font::Feature>& features, const parse::StyleSpec& spec,
                  Diagnostics& diags) {
  if (!spec.props.features) return;
  std::string error;
  if (auto read = font::parse_features(*spec.props.features, error))
    features = std::move(*read);
  else
    diags.error(spec.features_where,
                "bad value '" + *spec.props.features + "' for 'features' on <style>: " + error);
}

Style apply(Style style, const parse::StyleSpec& spec, Diagnostics& diags) {
  const auto& p = spec.props;
  style.name = spec.name;
  // A new size without a new leading keeps the parent's proportion of leading to size.
  if (p.size && !p.leading) style.leading *= *p.size / style.size;
  set(style.family, p.family);
  set(style.bold, p.bold);
  set(style.italic, p.italic);
  set(style.size, p.size);
  set(style.leading, p.leading);
  set(style.color, p.color);
  if (p.align) style.align = to_align(*p.align);
  set(style.space_before, p.space_before);
  set(style.space_after, p.space_after);
  set(style.indent, p.indent);
  set(style.first_indent, p.first_indent);
  set(style.hyphenate, p.hyphenate);
  set(style.keep_with_next, p.keep_with_next);
  set(style.keep_together, p.keep_together);
  set(style.page_break_before, p.page_break_before);
  set(style.uppercase, p.uppercase);
  if (p.background) {
    style.background = *p.background;
    style.has_background = true;
  }
  set(style.rule_width, p.rule);
  set(style.rule_color, p.rule_color);
  set(style.padding, p.padding);
  set_features(style.features, spec, diags);
  if (p.dir) style.dir = to_direction(*p.dir);
  if (p.place) style.place = to_place(*p.place);
  set(style.span_all, p.span_all);
  return style;
}

// Depth-first over parent links; `chain` is the path being resolved, so meeting a style on it
// again is a cycle.
class Resolver {
 public:
  Resolver(const parse::LayoutSpec& layout, Diagnostics& diags) : diags_(diags) {
    for (const auto& spec : layout.styles) specs_.emplace(spec.name, &spec);
  }

  std::map<std::string, Style, std::less<>> run(const parse::LayoutSpec& layout) {
    for (const auto& spec : layout.styles) resolve(spec);
    return std::move(done_);
  }

 private:
  Style resolve(const parse::StyleSpec& spec) {
    if (auto found = done_.find(spec.name); found != done_.end()) return found->second;
    auto on_chain = std::find(chain_.begin(), chain_.end(), spec.name);
    if (on_chain != chain_.end()) return report_cycle(on_chain);
    chain_.push_back(spec.name);
    Style parent = parent_of(spec);
    chain_.pop_back();
    return done_[spec.name] = apply(std::move(parent), spec, diags_);
  }

  Style parent_of(const parse::StyleSpec& spec) {
    if (spec.parent.empty()) return Style{};
    auto parent = specs_.find(spec.parent);
    if (parent != specs_.end()) return resolve(*parent->second);
    std::vector<std::string_view> names;
    for (const auto& [name, unused] : specs_) names.push_back(name);
    auto close = xml::closest_name(spec.parent, names);
    diags_.error(spec.parent_where, "style '" + spec.name + "' has an unknown parent '" +
                                        spec.parent + "'" +
                                        (close.empty() ? "" : " (did you mean '" + close + "'?)"));
    return Style{};
  }

  // The cycle is cut where it closes: the style met again inherits from the defaults there.
  Style report_cycle(std::vector<std::string>::iterator start) {
    std::string path;
    for (auto it = start; it != chain_.end(); ++it) path += *it + " → ";
    path += *start;
    diags_.error(specs_.at(*start)->where, "style cycle: " + path);
    return Style{};
  }

  Diagnostics& diags_;
  std::map<std::string, const parse::StyleSpec*, std::less<>> specs_;
  std::map<std::string, Style, std::less<>> done_;
  std::vector<std::string> chain_;
};

}  // namespace

Align to_align(parse::Align align) {
  switch (align) {
    case parse::Align::left:
      return Align::left;
    case parse::Align::right:
      return Align::right;
    case parse::Align::center:
      return Align::center;
    case parse::Align::justify:
      return Align::justify;
  }
  return Align::left;
}

Direction to_direction(parse::Direction dir) {
  switch (dir) {
    case parse::Direction::automatic:
      return Direction::automatic;
    case parse::Direction::ltr:
      return Direction::ltr;
    case parse::Direction::rtl:
      return Direction::rtl;
  }
  return Direction::automatic;
}

Place to_place(parse::Place place) {
  switch (place) {
    case parse::Place::here:
      return Place::here;
    case parse::Place::top:
      return Place::top;
    case parse::Place::bottom:
      return Place::bottom;
    case parse::Place::page:
      return Place::page;
  }
  return Place::here;
}

StyleSheet StyleSheet::resolve(const parse::LayoutSpec& layout, Diagnostics& diags) {
  StyleSheet sheet;
  sheet.styles_ = Resolver(layout, diags).run(layout);
  check_contrast(layout, sheet.styles_, diags);
  const Location& where = layout.styles_where.line > 0 ? layout.styles_where : layout.where;
  for (auto [name, user] : required_styles)
    if (!sheet.has(name))
      diags.error(where, "the layout defines no style '" + std::string(name) + "', which " +
                             std::string(user) + " needs");
  return sheet;
}

Style StyleSheet::get(std::string_view name, const Location& where, Diagnostics& diags) const {
  if (auto found = styles_.find(name); found != styles_.end()) return found->second;
  // Missing required styles were reported once by resolve(); report only other names here.
  bool required = std::any_of(std::begin(required_styles), std::end(required_styles),
                              [&](const auto& entry) { return entry.first == name; });
  if (!required) {
    std::vector<std::string_view> names;
    for (const auto& [known, unused] : styles_) names.push_back(known);
    auto close = xml::closest_name(name, names);
    diags.error(where, "unknown style '" + std::string(name) + "'" +
                           (close.empty() ? "" : " (did you mean '" + close + "'?)"));
  }
  Style fallback;
  fallback.name = std::string(name);
  return fallback;
}

}  // namespace briefing::model
