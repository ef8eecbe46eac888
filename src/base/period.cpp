#include "base/period.hpp"

#include <algorithm>
#include <array>
#include <charconv>

namespace briefing {

namespace {

using Unit = Period::Unit;
using Part = Period::Part;

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in(int year, int month) {
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  // An unknown year allows 29 February: the sentence may be about a leap year.
  bool may_leap = year == 0 || leap(year);
  return days[static_cast<std::size_t>(month - 1)] + (month == 2 && may_leap ? 1 : 0);
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// Digits only, exactly `text`.
std::optional<int> number(std::string_view text) {
  int n = 0;
  if (text.empty() ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  std::from_chars(text.data(), text.data() + text.size(), n);
  return n;
}

int first_month(const Part& p) {
  switch (p.unit) {
    case Unit::year:
      return 1;
    case Unit::half:
      return p.index * 6 - 5;
    case Unit::quarter:
      return p.index * 3 - 2;
    default:
      return p.index;
  }
}

int last_month(const Part& p) {
  switch (p.unit) {
    case Unit::year:
      return 12;
    case Unit::half:
      return p.index * 6;
    case Unit::quarter:
      return p.index * 3;
    default:
      return p.index;
  }
}

Day first_day_of(const Part& p) { return {p.year, first_month(p), p.day ? p.day : 1}; }

Day last_day_of(const Part& p) {
  int m = last_month(p);
  return {p.year, m, p.day ? p.day : days_in(p.year, m)};
}

// "2025-04" / "--04" after the year or "--": the month, and a day if one follows.
std::optional<Part> month_or_day(int year, std::string_view rest) {
  auto month = number(rest.substr(0, 2));
  if (rest.size() < 2 || !month || *month < 1 || *month > 12) return std::nullopt;
  if (rest.size() == 2) return Part{Unit::month, year, *month, 0};
  auto day = rest.size() == 5 && rest[2] == '-' ? number(rest.substr(3)) : std::nullopt;
  if (!day || *day < 1 || *day > days_in(year, *month)) return std::nullopt;
  return Part{Unit::day, year, *month, *day};
}

std::optional<Part> parse_part(std::string_view text) {
  if (text.starts_with("--")) return month_or_day(0, text.substr(2));
  auto year = number(text.substr(0, 4));
  if (text.size() < 4 || !year || *year == 0) return std::nullopt;
  if (text.size() == 4) return Part{Unit::year, *year, 0, 0};
  if (text[4] != '-') return std::nullopt;
  auto rest = text.substr(5);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H')) {
    auto index = number(rest.substr(1));
    int most = rest[0] == 'Q' ? 4 : 2;
    if (!index || *index < 1 || *index > most) return std::nullopt;
    return Part{rest[0] == 'Q' ? Unit::quarter : Unit::half, *year, *index, 0};
  }
  return month_or_day(*year, rest);
}

std::string part_iso(const Part& p) {
  std::string year = p.year ? std::to_string(p.year) : "-";
  switch (p.unit) {
    case Unit::year:
      return year;
    case Unit::half:
      return year + "-H" + std::to_string(p.index);
    case Unit::quarter:
      return year + "-Q" + std::to_string(p.index);
    case Unit::month:
      return year + "-" + two_digits(p.index);
    case Unit::day:
      return year + "-" + two_digits(p.index) + "-" + two_digits(p.day);
  }
  return year;
}

bool vietnamese(std::string_view lang) { return lang.substr(0, 2) == "vi"; }

std::string month_name(int month) {
  static constexpr std::array<std::string_view, 12> names = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return std::string(names[static_cast<std::size_t>(month - 1)]);
}

std::string part_text(const Part& p, std::string_view lang) {
  bool vi = vietnamese(lang);
  std::string year = p.year ? std::to_string(p.year) : "";
  std::string en_year = p.year ? " " + year : "", vi_year = p.year ? "/" + year : "";
  switch (p.unit) {
    case Unit::year:
      return vi ? "năm " + year : year;
    case Unit::half:
      if (vi) return std::string(p.index == 1 ? "nửa đầu năm " : "nửa cuối năm ") + year;
      return std::string(p.index == 1 ? "first half of " : "second half of ") + year;
    case Unit::quarter:
      return vi ? "quý " + std::to_string(p.index) + vi_year
                : "Q" + std::to_string(p.index) + en_year;
    case Unit::month:
      return vi ? "tháng " + std::to_string(p.index) + vi_year : month_name(p.index) + en_year;
    case Unit::day:
      if (vi) return "ngày " + std::to_string(p.day) + "/" + std::to_string(p.index) + vi_year;
      return std::to_string(p.day) + " " + month_name(p.index) + en_year;
  }
  return year;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil), and back.
int day_number(const Day& d) {
  int y = d.year - (d.month <= 2 ? 1 : 0);
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Day from_day_number(int z) {
  z += 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int day = doy - (153 * mp + 2) / 5 + 1;
  int month = mp + (mp < 10 ? 3 : -9);
  return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

int units_per_year(Unit unit) {
  switch (unit) {
    case Unit::half:
      return 2;
    case Unit::quarter:
      return 4;
    case Unit::month:
      return 12;
    default:
      return 1;
  }
}

// The part `n` of its own units later (earlier when negative); an unknown year stays unknown.
Part shifted(Part p, int n) {
  if (p.unit == Unit::day) {
    if (!p.year) return p;  // a day without its year cannot be counted across months
    Day d = from_day_number(day_number(first_day_of(p)) + n);
    return {Unit::day, d.year, d.month, d.day};
  }
  if (p.unit == Unit::year) return {Unit::year, p.year ? p.year + n : 0, 0, 0};
  int per = units_per_year(p.unit);
  int at = p.year * per + p.index - 1 + n;
  int year = at >= 0 ? at / per : (at - per + 1) / per;
  int index = at - year * per + 1;
  return {p.unit, p.year ? year : 0, index, 0};
}

// Units of `unit` from `a` to `b`, both included.
int units_between(const Part& a, const Part& b) {
  if (a.unit == Unit::day) return day_number(first_day_of(b)) - day_number(first_day_of(a)) + 1;
  int per = units_per_year(a.unit);
  int ia = a.unit == Unit::year ? 0 : a.index, ib = b.unit == Unit::year ? 0 : b.index;
  return (b.year * per + ib) - (a.year * per + ia) + 1;
}

// Month and day only: for a period whose year is not known.
std::pair<int, int> month_day(const Day& d) { return {d.month, d.day}; }

}  // namespace

std::string Day::iso() const {
  return std::to_string(year) + "-" + two_digits(month) + "-" + two_digits(day);
}

std::optional<Period> Period::parse(std::string_view text) {
  auto slash = text.find('/');
  auto from = parse_part(text.substr(0, slash));
  if (!from) return std::nullopt;
  if (slash == std::string_view::npos) return of(*from);
  auto rest = text.substr(slash + 1);
  if (rest == "..") return from->year ? std::optional(since(*from)) : std::nullopt;
  auto to = parse_part(rest);
  if (!to || (from->year == 0) != (to->year == 0)) return std::nullopt;
  Period period(*from, *to, false);
  if (period.last_day() < last_day_of(*from) || period.first_day() > first_day_of(*to))
    return std::nullopt;
  return period;
}

Period Period::months(int year, int from, int to) {
  Part first{Unit::month, year, from, 0};
  if (from == to) return of(first);
  return Period(first, Part{Unit::month, year, to, 0}, false);
}

Period Period::years(int from, int to) {
  Part first{Unit::year, from, 0, 0};
  if (from == to) return of(first);
  return Period(first, Part{Unit::year, to, 0, 0}, false);
}

std::string Period::iso() const {
  if (open_) return part_iso(from_) + "/..";
  return to_ ? part_iso(from_) + "/" + part_iso(*to_) : part_iso(from_);
}

std::string Period::text(std::string_view lang) const {
  bool vi = vietnamese(lang);
  if (open_) return (vi ? "từ " : "since ") + part_text(from_, lang);
  if (!to_) return part_text(from_, lang);
  if (from_.unit == Unit::year && to_->unit == Unit::year)
    return std::to_string(from_.year) + "\u2013" + std::to_string(to_->year);
  if (from_.unit == Unit::month && to_->unit == Unit::month && from_.year == to_->year) {
    std::string year = from_.year ? std::to_string(from_.year) : "";
    if (vi)
      return "tháng " + std::to_string(from_.index) + "\u2013" + std::to_string(to_->index) +
             (year.empty() ? "" : "/" + year);
    return month_name(from_.index) + "\u2013" + month_name(to_->index) +
           (year.empty() ? "" : " " + year);
  }
  return part_text(from_, lang) + " \u2013 " + part_text(*to_, lang);
}

bool Period::months_of_one_year() const {
  return to_ && !open_ && from_.year && from_.unit == Unit::month && to_->unit == Unit::month &&
         from_.year == to_->year;
}

Day Period::first_day() const { return first_day_of(from_); }

Day Period::last_day() const { return last_day_of(to_ && !open_ ? *to_ : from_); }

int Period::length_in_months() const {
  if (open_) return 0;
  Day a = first_day(), b = last_day();
  return (b.year * 12 + b.month) - (a.year * 12 + a.month) + 1;
}

bool Period::agrees_with(const Period& stated) const {
  if (open_ != stated.open_) return false;
  if (year_known() && stated.year_known())
    return first_day() == stated.first_day() && last_day() == stated.last_day();
  return month_day(first_day()) == month_day(stated.first_day()) &&
         month_day(last_day()) == month_day(stated.last_day()) &&
         length_in_months() == stated.length_in_months();
}

bool Period::contains(const Period& other) const {
  if (other.open_ && !open_) return false;
  return first_day() <= other.first_day() && (open_ || other.last_day() <= last_day());
}

std::optional<Period> Period::previous() const {
  if (open_) return std::nullopt;
  if (!to_) return of(shifted(from_, -1));
  if (from_.unit != to_->unit) return std::nullopt;
  int n = units_between(from_, *to_);
  return Period(shifted(from_, -n), shifted(*to_, -n), false);
}

std::strong_ordering Period::operator<=>(const Period& other) const {
  if (auto c = first_day() <=> other.first_day(); c != 0) return c;
  if (auto c = open_ <=> other.open_; c != 0) return c;
  if (auto c = last_day() <=> other.last_day(); c != 0) return c;
  // "2025-Q1" and "2025-01/2025-03" cover the same days but are written apart.
  return iso() <=> other.iso();
}

}  // namespace briefing
