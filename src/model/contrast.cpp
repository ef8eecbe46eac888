#include "model/contrast.hpp"

#include <cstdio>
#include <string_view>
#include <utility>

#include "base/contrast.hpp"

namespace briefing::model {

namespace {

// Styles printed inside another style's panel, which gives them their background.
constexpr std::pair<std::string_view, std::string_view> kPrintedIn[] = {
    {"keyfig-value", "keyfig-box"}, {"keyfig-label", "keyfig-box"}, {"keyfig-note", "keyfig-box"},
    {"quote-attribution", "quote"}, {"chart-title", "chart"},
};

Color background_of(std::string_view name,
                    const std::map<std::string, Style, std::less<>>& styles) {
  auto found = styles.find(name);
  if (found != styles.end() && found->second.has_background) return found->second.background;
  for (auto [inner, panel] : kPrintedIn)
    if (inner == name) return background_of(panel, styles);
  return Color{1, 1, 1};
}

std::string ratio_text(double ratio) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", ratio);
  return text;
}

}  // namespace

void check_contrast(const parse::LayoutSpec& layout,
                    const std::map<std::string, Style, std::less<>>& styles, Diagnostics& diags) {
  for (const auto& spec : layout.styles) {
    auto found = styles.find(spec.name);
    if (found == styles.end()) continue;
    double ratio = contrast_ratio(found->second.color, background_of(spec.name, styles));
    if (ratio >= kLegibleContrast) continue;
    diags.warn(spec.where, "style '" + spec.name + "' prints its text at a contrast of " +
                               ratio_text(ratio) +
                               ":1 against its background, below the 4.5:1 that stays legible "
                               "in grayscale print; darken its colour");
  }
}

}  // namespace briefing::model
