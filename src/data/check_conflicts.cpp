// Warnings that need every claim at once: sources that disagree.
#include <unicode/unistr.h>

#include "data/check_claims.hpp"
#include "data/check_quote.hpp"
#include "data/facts_syntax.hpp"
#include "data/format.hpp"

namespace briefing::data {

namespace {

// Labels name the subject; case, spacing and quotation marks do not change it.
std::string subject_key(const Claim& claim) {
  std::string lower;
  icu::UnicodeString::fromUTF8(claim.label).toLower().toUTF8String(lower);
  return fold_for_comparison(lower) + "\n" + (claim.period ? claim.period->iso() : "");
}

std::string figure(const Claim& claim) {
  return std::string(claim.change == Change::up     ? "up "
                     : claim.change == Change::down ? "down "
                                                    : "") +
         format_quantity(claim.value, claim.upper, claim.kind, claim.unit, claim.qualifier, "en");
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
                              (b.period ? b.period->iso() : "no stated period") + " is " +
                              figure(b) + " in article '" + b.article + "' but " + figure(a) +
                              " in article '" + a.article + "' (" + a.name + " at " +
                              place(a.where) + ")");
      break;
    }
  }
}

}  // namespace briefing::data
