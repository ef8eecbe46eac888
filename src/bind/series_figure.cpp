#include "bind/series_figure.hpp"

#include <cmath>
#include <cstdio>

#include "bind/bind.hpp"
#include "bind/language.hpp"

namespace briefing::bind {

namespace {

std::string one_decimal(double value, std::string_view lang) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string out = text;
  if (vietnamese(lang))
    for (char& c : out)
      if (c == '.') c = ',';
  return out;
}

}  // namespace

std::string change_text(const data::Series& series, const data::Point& before,
                        const data::Point& latest, std::string_view lang) {
  bool vi = vietnamese(lang);
  std::string since = (vi ? " so với " : " from ") + period_text(before.period, lang);
  // The direction and "unchanged" come from the exact values; only the rounded size of the
  // change is worked out in floating point.
  double change = latest.value.to_double() - before.value.to_double();
  std::string amount;
  if (series.kind == data::Kind::percent)
    amount = one_decimal(std::fabs(change), lang) + (vi ? " điểm" : " points");
  else if (!before.value.is_zero())
    amount = one_decimal(std::fabs(change / before.value.to_double() * 100), lang) + "%";
  // Rounded to nothing is no change; from zero there is a direction but no percentage.
  if (latest.value == before.value || amount.starts_with("0.0") || amount.starts_with("0,0"))
    return (vi ? "không đổi" : "unchanged") + since;
  if (!amount.empty()) amount += " ";
  // The arrow reads at a glance on paper; the words keep the direction when copied or read aloud.
  if (latest.value > before.value)
    return (vi ? "\u25B2 tăng " : "\u25B2 up ") + amount + since.substr(1);
  return (vi ? "\u25BC giảm " : "\u25BC down ") + amount + since.substr(1);
}

}  // namespace briefing::bind
