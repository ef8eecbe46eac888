#pragma once
// The stretch of the calendar a figure covers. Facts, series points, the periods a sentence
// states and an edition's month are all Periods, so that data, bind, the edition filter and the
// chart compare them one way instead of re-reading strings.
//
// Written forms (ISO 8601 where it has one; `iso()` writes them back):
//   "2025" a year   "2025-H1" a half   "2025-Q3" a quarter   "2025-04" a month   "2025-04-14" a day
//   "2025-01/2025-11", "2022/2024", "2025-Q1/2025-Q3"   a range, both ends included
//   "2020/.."           open-ended: "since 2020"
//   "--04", "--01/--11", "--12-25"   months or days whose year neither sentence nor article gives
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace briefing {

// A calendar day; year 0 when unknown.
struct Day {
  int year = 0, month = 1, day = 1;
  auto operator<=>(const Day&) const = default;
  std::string iso() const;  // "2025-04-14"
};

class Period {
 public:
  enum class Unit { year, half, quarter, month, day };

  // One written unit: a year, or a half, quarter, month or day of a year (0 when unknown).
  struct Part {
    Unit unit = Unit::year;
    int year = 0;
    int index = 0;  // half 1-2, quarter 1-4, month 1-12; 0 for a year
    int day = 0;    // 1-31 for a day
    bool operator==(const Part&) const = default;
  };

  // Year 0, the year unknown: what a series point holds until facts.xml gives its period.
  Period() = default;
  static std::optional<Period> parse(std::string_view text);
  static Period of(Part part) { return Period(part, std::nullopt, false); }
  // Months `from`..`to` of `year` (0: unknown); one month when they are equal.
  static Period months(int year, int from, int to);
  static Period years(int from, int to);
  static Period since(Part part) { return Period(part, std::nullopt, true); }

  std::string iso() const;
  // As a reader writes it in a brief of language `lang`: "January–November 2025", "Q1 2025",
  // "first half of 2025"; Vietnamese "tháng 1–11/2025", "quý 1/2025", "nửa đầu năm 2025".
  std::string text(std::string_view lang) const;

  const Part& from() const { return from_; }
  const Part& to() const { return to_ ? *to_ : from_; }
  bool is_range() const { return to_.has_value(); }
  bool is_open() const { return open_; }
  bool year_known() const { return from_.year != 0 && (!to_ || to_->year != 0); }
  // Every month of one known year, as a range: "2025-01/2025-11".
  bool months_of_one_year() const;

  Day first_day() const;
  // The last day the period names; for an open range, the last day of its start (what is known
  // of it when it is stated).
  Day last_day() const;
  // Calendar months covered, counting a day as its month; 0 for an open range.
  int length_in_months() const;

  // The same span, where a period whose year is unknown matches any year: how a sentence's
  // period ("--01/--11" when the article has no date) is held against a fact's.
  bool agrees_with(const Period& stated) const;
  bool contains(const Period& other) const;
  // The period of the same length just before: 2025 -> 2024, 2025-Q1 -> 2024-Q4,
  // 2025-04 -> 2025-03, 2025-03/2025-05 -> 2024-12/2025-02. An open range has none.
  std::optional<Period> previous() const;

  // By first day, then last day; equal periods are written alike.
  std::strong_ordering operator<=>(const Period& other) const;
  bool operator==(const Period& other) const { return (*this <=> other) == 0; }

 private:
  Period(Part from, std::optional<Part> to, bool open) : from_(from), to_(to), open_(open) {}
  Part from_;
  std::optional<Part> to_;
  bool open_ = false;
};

}  // namespace briefing
