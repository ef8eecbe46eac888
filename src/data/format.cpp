#include "data/format.hpp"

#include <array>
#include <utility>

namespace briefing::data {

namespace {

struct Language {
  bool vietnamese = false;
  char decimal_mark = '.';
  char group_mark = ',';
};

Language language(std::string_view lang) {
  if (lang == "vi" || lang.starts_with("vi-")) return {true, ',', '.'};
  return {};
}

std::string number(const Decimal& value, const Language& language, bool grouped) {
  auto text = value.magnitude().plain();
  auto point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string out = value.is_negative() ? "-" : "";
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (grouped && whole.size() > 3 && i > 0 && (whole.size() - i) % 3 == 0)
      out += language.group_mark;
    out += whole[i];
  }
  if (point != std::string::npos) out += language.decimal_mark + text.substr(point + 1);
  return out;
}

struct Scale {
  int power;  // of ten
  std::string_view english, vietnamese;
};

constexpr std::array<Scale, 3> scales{
    {{12, "trillion", "nghìn tỷ"}, {9, "billion", "tỷ"}, {6, "million", "triệu"}}};

// The scale word that prints `value` with three decimals or fewer, if any, and the value in it
// (an exact shift of the decimal point).
std::optional<std::pair<const Scale*, Decimal>> scale_for(const Decimal& value) {
  for (const auto& scale : scales) {
    auto scaled = value.shifted(-scale.power);
    if (!scaled || scaled->magnitude() < Decimal::integer(1)) continue;
    if (scaled->decimals() <= 3) return std::pair{&scale, *scaled};
    return std::nullopt;
  }
  return std::nullopt;
}

// "20,000" or "172 billion" ("172 tỷ").
std::string amount(const Decimal& value, const Language& language) {
  auto scale = scale_for(value);
  if (!scale) return number(value, language, true);
  return number(scale->second, language, true) + " " +
         std::string(language.vietnamese ? scale->first->vietnamese : scale->first->english);
}

// "2–3 million", "900,000–1.2 million": a scale word both ends share is written once.
std::string amount(const Decimal& value, const std::optional<Decimal>& upper,
                   const Language& language) {
  if (!upper) return amount(value, language);
  auto low = scale_for(value), high = scale_for(*upper);
  if (low && high && low->first == high->first)
    return number(low->second, language, true) + "–" + amount(*upper, language);
  return amount(value, language) + "–" + amount(*upper, language);
}

std::string_view qualifier_words(std::string_view qualifier, const Language& language) {
  static const std::vector<std::array<std::string_view, 3>> words{
      {"over", "over", "hơn"},
      {"more than", "more than", "hơn"},
      {"exceeded", "over", "hơn"},
      {"surpassed", "over", "hơn"},
      {"above", "above", "trên"},
      {"at least", "at least", "ít nhất"},
      {"nearly", "nearly", "gần"},
      {"almost", "almost", "gần"},
      {"approximately", "approximately", "khoảng"},
      {"around", "around", "khoảng"},
      {"about", "about", "khoảng"},
      {"up to", "up to", "tối đa"},
      {"at most", "at most", "tối đa"},
      {"under", "under", "dưới"},
      {"less than", "less than", "dưới"},
      {"record", "a record", "mức kỷ lục"}};
  for (const auto& entry : words)
    if (entry[0] == qualifier) return language.vietnamese ? entry[2] : entry[1];
  return qualifier;
}

std::string_view unit_words(std::string_view unit, const Language& language) {
  static const std::vector<std::pair<std::string_view, std::string_view>> vietnamese{
      {"times", "lần"}, {"years", "năm"}, {"months", "tháng"}, {"weeks", "tuần"},
      {"days", "ngày"}, {"hours", "giờ"}, {"people", "người"}};
  if (!language.vietnamese) return unit;
  for (const auto& [english, words] : vietnamese)
    if (english == unit) return words;
  return unit;
}

std::string ordinal(const Decimal& value, const Language& language) {
  auto digits = number(value, language, false);
  if (language.vietnamese) return "thứ " + digits;
  // The suffix follows the last two whole digits; a value beyond 10^18 has zeros there.
  auto whole = value.magnitude().plain();
  whole = whole.substr(0, whole.find('.'));
  auto n = std::stoi(whole.size() > 2 ? whole.substr(whole.size() - 2) : whole);
  std::string_view suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return digits + std::string(suffix);
}

std::string money(const std::string& amount, std::string_view currency, const Language& language) {
  if (!language.vietnamese) return std::string(currency) + " " + amount;
  // Vietnamese prints the đồng by name and any other currency by its code, after the figure.
  return amount + " " + std::string(currency == "VND" ? "đồng" : currency);
}

std::string figure(const Decimal& value, const std::optional<Decimal>& upper, Kind kind,
                   std::string_view unit, const Language& language) {
  switch (kind) {
    case Kind::money:
      return money(amount(value, upper, language), unit, language);
    case Kind::percent:
      return number(value, language, true) + (upper ? "–" + number(*upper, language, true) : "") +
             "%";
    case Kind::ordinal:
      return ordinal(value, language);
    case Kind::date:
      return number(value, language, false);
    case Kind::count:
    case Kind::ratio:
    case Kind::duration:
      break;
  }
  auto text = amount(value, upper, language);
  if (!unit.empty()) text += " " + std::string(unit_words(unit, language));
  return text;
}

// "up 4%", "down nearly 4%", "giảm 4%": the sign comes first, as the sentence said it.
std::string_view change_words(Change change, const Language& language) {
  switch (change) {
    case Change::none:
      break;
    case Change::up:
      return language.vietnamese ? "tăng " : "up ";
    case Change::down:
      return language.vietnamese ? "giảm " : "down ";
  }
  return "";
}

}  // namespace

std::string format_quantity(const Decimal& value, Kind kind, std::string_view unit,
                            std::string_view qualifier, std::string_view lang) {
  return format_quantity(value, std::nullopt, kind, unit, qualifier, lang);
}

std::string format_quantity(const Decimal& value, const std::optional<Decimal>& upper, Kind kind,
                            std::string_view unit, std::string_view qualifier,
                            std::string_view lang) {
  auto chosen = language(lang);
  auto text = figure(value, upper, kind, unit, chosen);
  if (qualifier.empty()) return text;
  return std::string(qualifier_words(qualifier, chosen)) + " " + text;
}

std::string format_fact(const Fact& fact, std::string_view lang) {
  return std::string(change_words(fact.change, language(lang))) +
         format_quantity(fact.value, fact.upper, fact.kind, fact.unit, fact.qualifier, lang);
}

}  // namespace briefing::data
