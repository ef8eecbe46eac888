#include "data/check_claims.hpp"

namespace briefing::data {

std::vector<Claim> claims_of(FactSheet& sheet) {
  std::vector<Claim> claims;
  for (auto& fact : sheet.facts)
    if (!fact.is_derived())
      claims.push_back({"fact '" + fact.id + "'", fact.label, fact.kind, fact.value, fact.unit,
                        fact.qualifier, fact.period, fact.article, fact.quote, fact.where, true,
                        &fact.verified, fact.from_sidebar, fact.from_caption, fact.upper,
                        fact.change});
  for (auto& series : sheet.series)
    for (auto& point : series.points)
      claims.push_back({"series '" + series.id + "', point " + point.period.iso(), series.label,
                        series.kind, point.value, series.unit, "", point.period, point.article,
                        point.quote, point.where, false, &point.verified, series.from_sidebar,
                        series.from_caption});
  return claims;
}

std::string place(const Location& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.col);
}

void check_facts(FactSheet& sheet, const std::map<std::string, Article>& articles,
                 Diagnostics& diags) {
  auto claims = claims_of(sheet);
  QuoteIndexes indexes;
  for (const auto& claim : claims) *claim.verified = verify_claim(claim, articles, indexes, diags);
  report_conflicts(claims, diags);
  check_derived(sheet, diags);
}

}  // namespace briefing::data
