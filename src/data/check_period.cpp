// Whether the period a fact claims is the one its sentence states. A sentence states its period
// outright ("in 2024", "quý I/2025") or relative to the article's date ("the first 11 months",
// "last year"); a sentence that states none still cannot report a period that had not begun
// when the article was written.
#include "base/period.hpp"
#include "data/check_claims.hpp"
#include "data/period.hpp"
#include "data/quantity_tokens.hpp"

namespace briefing::data {

namespace {

std::string shown(const Period& period) { return period.text("en") + " (" + period.iso() + ")"; }

std::string whose(const Claim& claim) { return claim.is_fact ? "the fact's" : "the point's"; }

// The last day of the month the article was written in (of its year, when only the year is
// known): what a figure of the article can have begun by.
std::optional<Day> written_by(const Article& article) {
  auto date = Period::parse(article.date);
  if (!date || !date->year_known()) return std::nullopt;
  Day day = date->first_day();
  if (date->from().unit == Period::Unit::year) return date->last_day();
  return Period::months(day.year, day.month, day.month).last_day();
}

// Whether the article gives `claimed` where the sentence does not: it falls in the year the
// article was written, or in a period some sentence of the article states.
bool article_gives(const Article& article, const Period& claimed) {
  auto date = Period::parse(article.date);
  if (date && date->year_known() &&
      Period::years(date->first_day().year, date->first_day().year).contains(claimed))
    return true;
  for (const auto& sentence : article.sentences)
    for (const auto& phrase : find_periods(tokenize(sentence.text), article.date)) {
      auto stated = Period::parse(phrase.iso);
      if (stated && stated->year_known() && stated->contains(claimed)) return true;
    }
  return false;
}

std::string claimed_iso(const Claim& claim) { return claim.period ? claim.period->iso() : ""; }

bool undated_relative(const Claim& claim, const Quantity& stated, Diagnostics& diags) {
  const auto& year_less = stated.period;
  diags.error(claim.where,
              claim.name + ": the sentence states a period relative to the article's date" +
                  (year_less ? " (" + year_less->text("en") + " of a year it does not name)" : "") +
                  ", and article '" + claim.article + "' has no date, so " + whose(claim) +
                  " period " + claimed_iso(claim) +
                  " cannot be checked; give the article's date: date=\"YYYY-MM-DD\" on its "
                  "<article> in the brief's <sources>");
  return false;
}

}  // namespace

bool check_period(const Claim& claim, const Quantity& stated, const Article& article,
                  Diagnostics& diags) {
  const auto& claimed = claim.period;
  if (!claimed || claim.kind == Kind::date) return true;
  if (stated.period_relative && article.date.empty()) return undated_relative(claim, stated, diags);
  if (const auto& said = stated.period) {
    if (claimed->agrees_with(*said)) return true;
    diags.error(claim.where, claim.name + ": the sentence states the period " + shown(*said) +
                                 ", " + whose(claim) + " is " + shown(*claimed) +
                                 "; give the period the sentence states");
    return false;
  }
  if (!article_gives(article, *claimed)) {
    diags.error(claim.where,
                claim.name + ": the sentence states no period, and article '" + claim.article +
                    "' neither states one that holds " + whose(claim) + " period " +
                    shown(*claimed) + " nor was written in its year" +
                    (article.date.empty() ? " (it has no date)" : " (" + article.date + ")") +
                    "; give the period the article states");
    return false;
  }
  auto by = written_by(article);
  // A period still running when the article was written ("over 20,000 students this year",
  // said in November) is reported to date; one that had not begun cannot be reported.
  if (!by || claimed->first_day() <= *by) return true;
  diags.error(claim.where, claim.name + ": " + whose(claim) + " period " + shown(*claimed) +
                               " begins after article '" + claim.article + "' was written (" +
                               article.date +
                               ") and the sentence states no period; an article reports no "
                               "figure for a period that has not begun");
  return false;
}

}  // namespace briefing::data
