#include "bind/series_figure.hpp"

#include <cmath>
#include <optional>
#include <string>

#include "bind/bind.hpp"
#include "bind/language.hpp"

namespace briefing::bind {

namespace {

// The largest change printed as a number; beyond it "more than 1,000%" (or points): a tenfold
// rise says what matters, and its exact percentage would need more digits than a note holds.
constexpr long double kLargest = 1000;

// A whole number grouped as the language writes figures ("1,000"; "1.000").
std::string grouped(long long value, std::string_view lang) {
  std::string digits = std::to_string(value), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += vietnamese(lang) ? '.' : ',';
    out += digits[i];
  }
  return out;
}

// A size of change in tenths, always with one decimal: "1,000.0"; "1.000,0".
std::string tenths(long long value, std::string_view lang) {
  return grouped(value / 10, lang) + (vietnamese(lang) ? ',' : '.') + std::to_string(value % 10);
}

// `size` (> 0) to one decimal, rounded half away from zero; "less than 0.1" when that rounds to
// nothing, since the values differ; "more than 1,000" beyond kLargest.
std::string size_text(long double size, std::string_view lang) {
  bool vi = vietnamese(lang);
  if (size > kLargest)
    return (vi ? "hơn " : "more than ") + grouped(static_cast<long long>(kLargest), lang);
  auto value = std::llround(size * 10);
  if (value == 0) return (vi ? "dưới " : "less than ") + tenths(1, lang);
  return tenths(value, lang);
}

}  // namespace

std::string change_text(const data::Series& series, const data::Point& before,
                        const data::Point& latest, std::string_view lang) {
  bool vi = vietnamese(lang);
  std::string since = (vi ? " so với " : " from ") + before.period.text(lang);
  // Whether it changed, and which way, come from the exact values; only the size of a change,
  // rounded to a tenth, is worked out in floating point, from the exact difference when the type
  // can carry it (a figure near 10^18 has no double to itself).
  if (latest.value == before.value) return (vi ? "không đổi" : "unchanged") + since;
  using Wide = long double;
  auto negated = before.value.times(Decimal::integer(-1));  // exact: only the sign changes
  auto exact = negated ? latest.value.plus(*negated) : std::nullopt;
  Wide change = std::fabs(exact ? Wide(exact->to_double())
                                : Wide(latest.value.to_double()) - Wide(before.value.to_double()));
  std::string amount;
  if (series.kind == data::Kind::percent)
    amount = size_text(change, lang) + (vi ? " điểm " : " points ");
  else if (!before.value.is_zero())
    amount = size_text(change * 100 / std::fabs(Wide(before.value.to_double())), lang) + "% ";
  // The arrow reads at a glance on paper; the words keep the direction when copied or read aloud.
  // From zero there is a direction but no percentage.
  if (latest.value > before.value)
    return (vi ? "\u25B2 tăng " : "\u25B2 up ") + amount + since.substr(1);
  return (vi ? "\u25BC giảm " : "\u25BC down ") + amount + since.substr(1);
}

}  // namespace briefing::bind
