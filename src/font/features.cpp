// The `features` attribute of a style, read without HarfBuzz: shaping turns each Feature into
// an hb_feature_t, so this file fixes the syntax the layout language documents.
#include <algorithm>
#include <charconv>

#include "font/font.hpp"

namespace briefing::font {

namespace {

constexpr std::uint32_t max_value = 65535;

std::string_view trimmed(std::string_view text) {
  constexpr std::string_view space = " \t\r\n";
  auto first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(space) - first + 1);
}

std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// Nullopt, with `error` set, unless `name` is a tag OpenType can hold.
std::optional<std::array<char, 4>> read_tag(std::string_view item, std::string_view name,
                                            std::string& error) {
  if (name.empty()) {
    error = quoted(item) + " names no feature";
    return std::nullopt;
  }
  if (name.front() == '+' || name.front() == '-') {
    error = quoted(item) + " has more than one sign";
    return std::nullopt;
  }
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      error = quoted(item) + " has a space inside its tag";
      return std::nullopt;
    }
    if (c < '!' || c > '~') {
      error = quoted(item) + ": a tag is printable ASCII characters";
      return std::nullopt;
    }
  }
  if (name.size() > 4) {
    error = quoted(item) + ": a tag has at most 4 characters";
    return std::nullopt;
  }
  std::array<char, 4> tag{' ', ' ', ' ', ' '};
  std::copy(name.begin(), name.end(), tag.begin());
  return tag;
}

std::optional<std::uint32_t> read_value(std::string_view item, std::string_view digits,
                                        std::string& error) {
  std::uint32_t value = 0;
  auto [end, failed] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (digits.empty() || failed != std::errc() || end != digits.data() + digits.size() ||
      value > max_value) {
    error = quoted(item) + ": the value must be a whole number from 0 to 65535";
    return std::nullopt;
  }
  return value;
}

// One comma-separated item: "+tag", "-tag", "tag" or "tag=N".
std::optional<Feature> read_item(std::string_view item, std::string& error) {
  if (item.empty()) {
    error = "an empty item (features are separated by single commas)";
    return std::nullopt;
  }
  Feature feature;
  std::size_t sign = item.front() == '+' || item.front() == '-' ? 1 : 0;
  if (sign) feature.value = item.front() == '+' ? 1 : 0;
  auto equals = item.find('=');
  // Without '=', the tag runs to the end (substr clamps the length).
  auto tag = read_tag(item, item.substr(sign, equals - sign), error);
  if (!tag) return std::nullopt;
  feature.tag = *tag;
  if (equals == std::string_view::npos) return feature;
  if (sign) {
    error = quoted(item) + " has both a sign and a value";
    return std::nullopt;
  }
  auto value = read_value(item, item.substr(equals + 1), error);
  if (!value) return std::nullopt;
  feature.value = *value;
  return feature;
}

}  // namespace

std::optional<std::vector<Feature>> parse_features(std::string_view text, std::string& error) {
  if (trimmed(text).empty()) {
    error = "no features (an unset attribute inherits the parent's)";
    return std::nullopt;
  }
  std::vector<Feature> features;
  std::vector<std::array<char, 4>> seen;
  for (std::size_t start = 0; start <= text.size();) {
    auto comma = std::min(text.find(',', start), text.size());
    auto feature = read_item(trimmed(text.substr(start, comma - start)), error);
    if (!feature) return std::nullopt;
    auto at = std::lower_bound(seen.begin(), seen.end(), feature->tag);
    if (at != seen.end() && *at == feature->tag) {
      error = "the feature '" + std::string(trimmed({feature->tag.data(), 4})) + "' is set twice";
      return std::nullopt;
    }
    seen.insert(at, feature->tag);
    features.push_back(*feature);
    start = comma + 1;
  }
  return features;
}

}  // namespace briefing::font
