#include "cli/edition.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <ctime>
#include <set>

namespace briefing::cli {

namespace {

bool digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string two_digits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// An edition's month, as `--period` (checked by its validator) gives it.
Period month_of(const std::string& period) { return Period::parse(period).value(); }

// After `month`: a period or an article's date ending in a later month.
bool after(const Period& period, const Period& month) {
  return period.year_known() && period.last_day() > month.last_day();
}

bool article_after(const std::map<std::string, data::Article>& articles, const std::string& id,
                   const Period& month) {
  auto found = articles.find(id);
  if (found == articles.end()) return false;
  auto date = Period::parse(found->second.date);
  return date && after(*date, month);
}

}  // namespace

// A figure for October reported in a December article was not known at the end of November.
bool dated_after(const std::optional<Period>& fact_period, const std::string& article,
                 const std::map<std::string, data::Article>& articles, const Period& month) {
  return (fact_period && after(*fact_period, month)) || article_after(articles, article, month);
}

bool date_from_environment(parse::BriefSpec& spec, Diagnostics& diags) {
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  if (!epoch) return true;
  // 9999-12-31T23:59:59Z: a brief's date has four digits of year.
  constexpr long long kLast = 253402300799;
  std::string_view text(epoch);
  long long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  std::tm utc{};
  std::time_t seconds = static_cast<std::time_t>(value);
  if (!digits(text) || error != std::errc() || end != text.data() + text.size() || value > kLast ||
      !::gmtime_r(&seconds, &utc)) {
    diags.error({"SOURCE_DATE_EPOCH"},
                "malformed value '" + std::string(text.substr(0, 40)) +
                    "': expected the seconds since 1970-01-01 UTC, digits only, at most " +
                    std::to_string(kLast) + " (the reproducible-builds specification)");
    return false;
  }
  if (!spec.meta.date.empty()) return true;
  spec.meta.date = std::to_string(utc.tm_year + 1900) + "-" + two_digits(utc.tm_mon + 1) + "-" +
                   two_digits(utc.tm_mday);
  return true;
}

void start_edition(parse::BriefSpec& spec, const std::string& period) {
  spec.meta.period = period;
  spec.meta.date = month_of(period).last_day().iso();
}

std::set<std::string> restrict_sources(parse::BriefSpec& spec,
                                       std::map<std::string, data::Article>& articles,
                                       const std::string& period) {
  std::set<std::string> later;
  auto month = month_of(period);
  for (const auto& [id, article] : articles)
    if (article_after(articles, id, month)) later.insert(id);
  for (const auto& id : later) articles.erase(id);
  std::erase_if(spec.sources,
                [&](const parse::ArticleSpec& source) { return later.count(source.id) > 0; });
  return later;
}

void restrict_facts(data::FactSheet& facts, const std::string& facts_file,
                    const std::map<std::string, data::Article>& articles,
                    const std::set<std::string>& later, const std::string& period,
                    Diagnostics& diags) {
  auto month = month_of(period);
  auto after = [&](const std::optional<Period>& fact_period, const std::string& article) {
    return later.count(article) > 0 || dated_after(fact_period, article, articles, month);
  };
  std::string left_out;
  // A derived figure goes with its inputs (declared before it, so already judged).
  auto input_left_out = [&](const data::Fact& fact) {
    return std::any_of(fact.inputs.begin(), fact.inputs.end(),
                       [&](const std::string& id) { return facts.left_out.count(id) > 0; });
  };
  std::erase_if(facts.facts, [&](const data::Fact& fact) {
    if (fact.is_derived() ? !input_left_out(fact) : !after(fact.period, fact.article)) return false;
    left_out += (left_out.empty() ? "" : ", ") + fact.id;
    facts.left_out.insert(fact.id);
    return true;
  });
  for (auto& series : facts.series)
    std::erase_if(series.points,
                  [&](const data::Point& point) { return after(point.period, point.article); });
  std::erase_if(facts.series, [&](const data::Series& series) {
    if (!series.points.empty()) return false;
    left_out += (left_out.empty() ? "" : ", ") + series.id;
    facts.left_out.insert(series.id);
    return true;
  });
  if (!left_out.empty())
    diags.warn({facts_file}, "facts and series dated after the edition's period " + period +
                                 ", left out of this edition: " + left_out);
}

void mark_new_in_period(data::FactSheet& facts,
                        const std::map<std::string, data::Article>& articles,
                        const std::string& period) {
  auto before = month_of(period).previous().value();
  for (const auto& fact : facts.facts)
    if (dated_after(fact.period, fact.article, articles, before))
      facts.new_in_period.insert(fact.id);
  for (const auto& series : facts.series)
    for (const auto& point : series.points)
      if (dated_after(point.period, point.article, articles, before))
        facts.new_in_period.insert(series.id + "@" + point.period.iso());
}

}  // namespace briefing::cli
