#include "data/facts_syntax.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include "xml/values.hpp"

namespace briefing::data {

namespace {

constexpr std::array<Kind, 7> all_kinds{Kind::money,    Kind::percent, Kind::count, Kind::ratio,
                                        Kind::duration, Kind::ordinal, Kind::date};

constexpr std::array<std::pair<std::string_view, int>, 4> scale_words{
    {{"thousand", 3}, {"million", 6}, {"billion", 9}, {"trillion", 12}}};

// The class a qualifier belongs to; unqualified and "record" figures are both exact.
std::string_view qualifier_class(std::string_view qualifier) {
  static const std::vector<std::pair<std::string_view, std::string_view>> classes{
      {"over", "above"},      {"more than", "above"}, {"exceeded", "above"},
      {"above", "above"},     {"surpassed", "above"}, {"at least", "at least"},
      {"nearly", "below"},    {"almost", "below"},    {"approximately", "about"},
      {"around", "about"},    {"about", "about"},     {"up to", "at most"},
      {"at most", "at most"}, {"under", "under"},     {"less than", "under"},
      {"record", ""}};
  for (const auto& [name, group] : classes)
    if (name == qualifier) return group;
  return qualifier;
}

}  // namespace

Decimal::Parsed parse_fact_value(std::string_view text) {
  auto space = text.find(' ');
  auto parsed = Decimal::parse(text.substr(0, space));
  if (!parsed || space == std::string_view::npos) return parsed;
  auto word = text.substr(space + 1);
  auto scale = std::find_if(scale_words.begin(), scale_words.end(),
                            [&](const auto& entry) { return entry.first == word; });
  if (scale == scale_words.end()) return {{}, Decimal::Error::syntax};
  auto scaled = parsed.value.shifted(scale->second);
  if (!scaled) return {{}, Decimal::Error::out_of_range};
  return {*scaled, Decimal::Error::none};
}

const std::vector<std::string_view>& kind_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (auto kind : all_kinds) out.push_back(kind_name(kind));
    return out;
  }();
  return names;
}

std::optional<Kind> kind_from_name(std::string_view name) {
  for (auto kind : all_kinds)
    if (kind_name(kind) == name) return kind;
  return std::nullopt;
}

const std::vector<std::string_view>& qualifier_names() {
  static const std::vector<std::string_view> names{
      "over",    "more than", "exceeded",      "above",  "surpassed", "at least",
      "nearly",  "almost",    "approximately", "around", "about",     "up to",
      "at most", "under",     "less than",     "record"};
  return names;
}

bool qualifiers_agree(std::string_view claimed, std::string_view stated) {
  if (claimed == "record") return stated == "record";
  return qualifier_class(claimed) == qualifier_class(stated);
}

}  // namespace briefing::data
