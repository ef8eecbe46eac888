#include "xml/values.hpp"

#include <algorithm>
#include <charconv>
#include <utility>

namespace briefing::xml {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A plain decimal: digits, optionally a point and more digits.
std::optional<double> parse_decimal(std::string_view text) {
  if (text.empty() || !is_digit(text.front()) || !is_digit(text.back())) return std::nullopt;
  if (std::count(text.begin(), text.end(), '.') > 1) return std::nullopt;
  if (!std::all_of(text.begin(), text.end(), [](char c) { return is_digit(c) || c == '.'; }))
    return std::nullopt;
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int hex_digit(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Optimal string alignment distance: a swapped pair of letters counts as one edit, the most
// common typo in a name.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

}  // namespace

std::optional<double> parse_length(std::string_view text) {
  static constexpr std::pair<std::string_view, double> units[] = {
      {"pt", 1.0}, {"mm", 72.0 / 25.4}, {"cm", 72.0 / 2.54}, {"in", 72.0}};
  for (auto [unit, points] : units) {
    if (text.size() > unit.size() && text.ends_with(unit)) {
      auto number = parse_decimal(text.substr(0, text.size() - unit.size()));
      if (number) return *number * points;
    }
  }
  return std::nullopt;
}

std::optional<Color> parse_color(std::string_view text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  double channel[3];
  for (int k = 0; k < 3; ++k) {
    int high = hex_digit(text[1 + 2 * k]), low = hex_digit(text[2 + 2 * k]);
    if (high < 0 || low < 0) return std::nullopt;
    channel[k] = (high * 16 + low) / 255.0;
  }
  return Color{channel[0], channel[1], channel[2]};
}

std::optional<bool> parse_bool(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  return std::nullopt;
}

std::optional<int> parse_int(std::string_view text, int min, int max) {
  if (text.empty() || !std::all_of(text.begin(), text.end(), is_digit)) return std::nullopt;
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  if (value < min || value > max) return std::nullopt;
  return value;
}

std::optional<std::vector<double>> parse_weights(std::string_view text) {
  std::vector<double> weights;
  while (true) {
    auto comma = text.find(',');
    auto item = collapse_whitespace(text.substr(0, comma));
    auto weight = parse_decimal(item);
    if (!weight || *weight <= 0) return std::nullopt;
    weights.push_back(*weight);
    if (comma == std::string_view::npos) return weights;
    text.remove_prefix(comma + 1);
  }
}

bool is_iso_date(std::string_view text) {
  auto number = [&](std::size_t from, std::size_t length) {
    auto part = text.substr(from, length);
    return std::all_of(part.begin(), part.end(), is_digit) ? std::stoi(std::string(part)) : -1;
  };
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return false;
  int year = number(0, 4);
  // There is no year 0 (and a PDF date of year 0000 is one readers refuse).
  if (year < 1) return false;
  if (text.size() == 4) return true;
  if (text[4] != '-') return false;
  int month = number(5, 2);
  if (month < 1 || month > 12) return false;
  if (text.size() == 7) return true;
  if (text[7] != '-') return false;
  int day = number(8, 2);
  return day >= 1 && day <= days_in_month(year, month);
}

std::string closest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
  // Up to a third of the letters wrong (at least one, at most three) still reads as a typo.
  std::size_t limit = std::clamp<std::size_t>(name.size() / 3, 1, 3);
  std::string_view best;
  std::size_t best_distance = limit + 1;
  for (auto candidate : candidates) {
    auto distance = edit_distance(name, candidate);
    if (distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return std::string(best);
}

std::string join_names(const std::vector<std::string_view>& names, std::string_view before,
                       std::string_view after) {
  std::string out;
  for (auto name : names) {
    if (!out.empty()) out += ", ";
    out += before;
    out += name;
    out += after;
  }
  return out;
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (is_xml_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

}  // namespace briefing::xml
