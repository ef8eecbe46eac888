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

// "2025-Q3" or "2025-H1".
bool is_part_of_year(std::string_view text) {
  if (text.size() != 7 || !xml::is_iso_date(text.substr(0, 4)) || text[4] != '-') return false;
  if (text[5] == 'Q') return text[6] >= '1' && text[6] <= '4';
  if (text[5] == 'H') return text[6] == '1' || text[6] == '2';
  return false;
}

bool is_single_period(std::string_view text) {
  return xml::is_iso_date(text) || is_part_of_year(text);
}

std::string month_end(std::string_view year, int month) {
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y = 0;
  std::from_chars(year.data(), year.data() + year.size(), y);
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  int day = month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
  std::string out(year);
  out += month < 10 ? "-0" : "-";
  out += std::to_string(month);
  out += "-" + std::to_string(day);
  return out;
}

std::string single_period_end(std::string_view period) {
  auto year = period.substr(0, 4);
  if (period.size() == 4) return std::string(year) + "-12-31";
  if (period.size() == 10) return std::string(period);
  int part = period[6] - '0';
  if (period[5] == 'Q') return month_end(year, part * 3);
  if (period[5] == 'H') return month_end(year, part * 6);
  return month_end(year, (period[5] - '0') * 10 + part);
}

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

bool is_period(std::string_view text) {
  auto slash = text.find('/');
  if (slash == std::string_view::npos) return is_single_period(text);
  auto from = text.substr(0, slash), to = text.substr(slash + 1);
  if (to == "..") return is_single_period(from);
  return is_single_period(from) && is_single_period(to) &&
         single_period_end(from) <= single_period_end(to);
}

std::optional<std::string> period_end(std::string_view period) {
  auto slash = period.find('/');
  auto last = slash == std::string_view::npos ? period : period.substr(slash + 1);
  if (last == "..") return std::nullopt;
  return single_period_end(last);
}

bool periods_agree(std::string_view claimed, std::string_view stated) {
  // Part by part: "2025-01/2025-11" against "--01/--11" is "2025-01" against "--01", and so on.
  while (!claimed.empty() || !stated.empty()) {
    auto claimed_part = claimed.substr(0, claimed.find('/'));
    auto stated_part = stated.substr(0, stated.find('/'));
    bool same =
        claimed_part == stated_part || (stated_part.starts_with("--") && claimed_part.size() > 4 &&
                                        claimed_part.substr(4) == stated_part.substr(1));
    if (!same) return false;
    claimed.remove_prefix(std::min(claimed.size(), claimed_part.size() + 1));
    stated.remove_prefix(std::min(stated.size(), stated_part.size() + 1));
  }
  return true;
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
