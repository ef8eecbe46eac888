// Periods as facts.xml stores them (ISO-like, so that they compare and sort) turned into the
// words a reader expects in the brief's language.
#include <algorithm>
#include <array>
#include <optional>

#include "bind/bind.hpp"
#include "bind/language.hpp"

namespace briefing::bind {

namespace {

struct Date {
  int year = 0;
  int month = 0;  // 1-12; 0 for a whole year
  int day = 0;    // 0 for a whole month
};

bool all_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// "2025", "2025-04", "2025-04-14".
std::optional<Date> read_date(std::string_view text) {
  if (text.size() < 4 || !all_digits(text.substr(0, 4))) return std::nullopt;
  Date m{number(text.substr(0, 4))};
  if (text.size() == 4) return m;
  if (text.size() < 7 || text[4] != '-' || !all_digits(text.substr(5, 2))) return std::nullopt;
  m.month = number(text.substr(5, 2));
  if (m.month < 1 || m.month > 12) return std::nullopt;
  if (text.size() == 7) return m;
  if (text.size() != 10 || text[7] != '-' || !all_digits(text.substr(8, 2))) return std::nullopt;
  m.day = number(text.substr(8, 2));
  if (m.day < 1 || m.day > 31) return std::nullopt;
  return m;
}

std::string month_name(int month) {
  static constexpr std::array<std::string_view, 12> names = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return std::string(names[month - 1]);
}

std::string date_text(const Date& m, std::string_view lang) {
  std::string year = std::to_string(m.year);
  if (vietnamese(lang)) {
    if (m.day) return "ngày " + std::to_string(m.day) + "/" + std::to_string(m.month) + "/" + year;
    if (m.month) return "tháng " + std::to_string(m.month) + "/" + year;
    return "năm " + year;
  }
  if (m.day) return std::to_string(m.day) + " " + month_name(m.month) + " " + year;
  if (m.month) return month_name(m.month) + " " + year;
  return year;
}

// Months of one year share the year: "January–November 2025", "tháng 1–11/2025".
std::string range_text(const Date& from, const Date& to, std::string_view lang) {
  bool months_of_one_year = from.year == to.year && from.month && to.month && !from.day && !to.day;
  if (!months_of_one_year) {
    if (!from.month && !to.month)
      return std::to_string(from.year) + "\u2013" + std::to_string(to.year);
    return date_text(from, lang) + " \u2013 " + date_text(to, lang);
  }
  std::string year = std::to_string(from.year);
  if (vietnamese(lang))
    return "tháng " + std::to_string(from.month) + "\u2013" + std::to_string(to.month) + "/" + year;
  return month_name(from.month) + "\u2013" + month_name(to.month) + " " + year;
}

// "2024-Q1", "2025-H1".
std::optional<std::string> part_of_year(std::string_view period, std::string_view lang) {
  if (period.size() != 7 || !all_digits(period.substr(0, 4)) || period[4] != '-')
    return std::nullopt;
  std::string year(period.substr(0, 4));
  char part = period[5];
  char index = period[6];
  bool vi = vietnamese(lang);
  if (part == 'Q' && index >= '1' && index <= '4')
    return vi ? "quý " + std::string(1, index) + "/" + year
              : "Q" + std::string(1, index) + " " + year;
  if (part == 'H' && (index == '1' || index == '2')) {
    if (vi) return std::string(index == '1' ? "nửa đầu năm " : "nửa cuối năm ") + year;
    return std::string(index == '1' ? "first half of " : "second half of ") + year;
  }
  return std::nullopt;
}

}  // namespace

std::string period_text(std::string_view period, std::string_view lang) {
  if (auto part = part_of_year(period, lang)) return *part;
  auto slash = period.find('/');
  if (slash == std::string_view::npos) {
    if (auto date = read_date(period)) return date_text(*date, lang);
    return std::string(period);
  }
  auto from = read_date(period.substr(0, slash));
  auto to = read_date(period.substr(slash + 1));
  if (from && to) return range_text(*from, *to, lang);
  return std::string(period);
}

}  // namespace briefing::bind
