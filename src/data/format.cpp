#include "data/format.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

#include "data/facts_syntax.hpp"

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

std::string number(double value, const Language& language, bool grouped) {
  auto text = plain_decimal(std::fabs(value));
  auto point = text.find('.');
  std::string whole = text.substr(0, point);
  std::string out = value < 0 && text != "0" ? "-" : "";
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (grouped && whole.size() > 3 && i > 0 && (whole.size() - i) % 3 == 0)
      out += language.group_mark;
    out += whole[i];
  }
  if (point != std::string::npos) out += language.decimal_mark + text.substr(point + 1);
  return out;
}

struct Scale {
  double factor;
  std::string_view english, vietnamese;
};

constexpr std::array<Scale, 3> scales{
    {{1e12, "trillion", "nghìn tỷ"}, {1e9, "billion", "tỷ"}, {1e6, "million", "triệu"}}};

// The scale word that prints `value` with three decimals or fewer, if any.
const Scale* scale_for(double value) {
  for (const auto& scale : scales) {
    double thousandths = std::fabs(value) / scale.factor * 1000;
    if (std::fabs(value) >= scale.factor && same_value(thousandths, std::round(thousandths)))
      return &scale;
    if (std::fabs(value) >= scale.factor) return nullptr;
  }
  return nullptr;
}

// "20,000" or "172 billion" ("172 tỷ").
std::string amount(double value, const Language& language) {
  const auto* scale = scale_for(value);
  if (scale == nullptr) return number(value, language, true);
  return number(value / scale->factor, language, true) + " " +
         std::string(language.vietnamese ? scale->vietnamese : scale->english);
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

std::string ordinal(double value, const Language& language) {
  auto digits = number(value, language, false);
  if (language.vietnamese) return "thứ " + digits;
  auto n = static_cast<long long>(std::fabs(value));
  std::string_view suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return digits + std::string(suffix);
}

std::string money(double value, std::string_view currency, const Language& language) {
  if (!language.vietnamese) return std::string(currency) + " " + amount(value, language);
  // Vietnamese prints the đồng by name and any other currency by its code, after the figure.
  return amount(value, language) + " " + std::string(currency == "VND" ? "đồng" : currency);
}

std::string figure(double value, Kind kind, std::string_view unit, const Language& language) {
  switch (kind) {
    case Kind::money:
      return money(value, unit, language);
    case Kind::percent:
      return number(value, language, true) + "%";
    case Kind::ordinal:
      return ordinal(value, language);
    case Kind::date:
      return number(value, language, false);
    case Kind::count:
    case Kind::ratio:
    case Kind::duration:
      break;
  }
  auto text = amount(value, language);
  if (!unit.empty()) text += " " + std::string(unit_words(unit, language));
  return text;
}

}  // namespace

std::string plain_decimal(double value) {
  // At most 15 significant digits: every figure a source prints, none of the binary noise.
  double magnitude = std::fabs(value);
  int whole_digits = magnitude < 1 ? 1 : static_cast<int>(std::floor(std::log10(magnitude))) + 1;
  std::array<char, 400> buffer{};
  auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                              std::chars_format::fixed, std::max(0, 15 - whole_digits));
  std::string text(buffer.data(), result.ptr);
  if (text.find('.') != std::string::npos) {
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
  }
  return text == "-0" ? "0" : text;
}

std::string format_quantity(double value, Kind kind, std::string_view unit,
                            std::string_view qualifier, std::string_view lang) {
  auto chosen = language(lang);
  auto text = figure(value, kind, unit, chosen);
  if (qualifier.empty()) return text;
  return std::string(qualifier_words(qualifier, chosen)) + " " + text;
}

std::string format_fact(const Fact& fact, std::string_view lang) {
  return format_quantity(fact.value, fact.kind, fact.unit, fact.qualifier, lang);
}

}  // namespace briefing::data
