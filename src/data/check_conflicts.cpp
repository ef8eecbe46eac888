// Warnings that need every claim at once: sources that disagree, and facts gone stale.
#include <unicode/unistr.h>

#include "data/check_claims.hpp"
#include "data/check_quote.hpp"
#include "data/facts_syntax.hpp"
#include "data/format.hpp"
#include "xml/values.hpp"

namespace briefing::data {

namespace {

// Labels name the subject; case, spacing and quotation marks do not change it.
std::string subject_key(const Claim& claim) {
  std::string lower;
  icu::UnicodeString::fromUTF8(claim.label).toLower().toUTF8String(lower);
  return fold_for_comparison(lower) + "\n" + claim.period;
}

std::string figure(const Claim& claim) {
  return std::string(claim.change == Change::up     ? "up "
                     : claim.change == Change::down ? "down "
                                                    : "") +
         format_quantity(claim.value, claim.upper, claim.kind, claim.unit, claim.qualifier, "en");
}

// The brief's date a year earlier, padded to a full date: "2026-01-15" -> "2025-01-15".
std::string a_year_before(std::string_view brief_date) {
  auto year = std::stoi(std::string(brief_date.substr(0, 4)));
  std::string date = std::to_string(year - 1) + std::string(brief_date.substr(4));
  return date + std::string("-01-01").substr(date.size() - 4);
}

}  // namespace

void report_conflicts(const std::vector<Claim>& claims, Diagnostics& diags) {
  std::vector<std::string> keys;
  for (const auto& claim : claims) keys.push_back(subject_key(claim));
  for (std::size_t later = 0; later < claims.size(); ++later) {
    for (std::size_t first = 0; first < later; ++first) {
      const auto& a = claims[first];
      const auto& b = claims[later];
      if (keys[first] != keys[later] || a.article == b.article) continue;
      // A change and a level of one subject measure different things.
      if (a.change != b.change) continue;
      if (a.value == b.value && a.upper == b.upper && a.unit == b.unit) continue;
      diags.warn(b.where, b.name + ": '" + b.label + "' for " +
                              (b.period.empty() ? "no stated period" : b.period) + " is " +
                              figure(b) + " in article '" + b.article + "' but " + figure(a) +
                              " in article '" + a.article + "' (" + a.name + " at " +
                              place(a.where) + ")");
      break;
    }
  }
}

void report_stale(const std::vector<Claim>& claims, std::string_view brief_date,
                  Diagnostics& diags) {
  if (!xml::is_iso_date(brief_date)) return;
  auto cutoff = a_year_before(brief_date);
  for (const auto& claim : claims) {
    // A series is a history: its early points are meant to be old.
    if (!claim.is_fact || claim.period.empty()) continue;
    auto end = period_end(claim.period);
    if (!end || *end >= cutoff) continue;
    diags.warn(claim.where, claim.name + ": its period " + claim.period +
                                " ended more than a year before the brief's date (" +
                                std::string(brief_date) + "); the figure may be out of date");
  }
}

}  // namespace briefing::data
