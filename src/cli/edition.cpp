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

// The month an ISO date or a single period ends in.
std::optional<std::string> end_of_single(std::string_view p) {
  if (p.size() < 4 || !digits(p.substr(0, 4))) return std::nullopt;
  std::string year(p.substr(0, 4));
  if (p.size() == 4) return year + "-12";
  if (p[4] != '-' || p.size() < 7) return std::nullopt;
  if (p.size() == 7 && (p[5] == 'Q' || p[5] == 'H') && digits(p.substr(6))) {
    int part = p[6] - '0';
    return year + "-" + two_digits(part * (p[5] == 'Q' ? 3 : 6));
  }
  if (!digits(p.substr(5, 2))) return std::nullopt;
  return std::string(p.substr(0, 7));
}

std::optional<std::string> article_month(const std::map<std::string, data::Article>& articles,
                                         const std::string& id) {
  auto found = articles.find(id);
  if (found == articles.end()) return std::nullopt;
  return end_of_single(found->second.date);
}

// "2025-01" -> "2024-12".
std::string previous_month(std::string_view month) {
  int year = std::stoi(std::string(month.substr(0, 4)));
  int m = std::stoi(std::string(month.substr(5, 2)));
  if (m == 1) return std::to_string(year - 1) + "-12";
  return std::to_string(year) + "-" + two_digits(m - 1);
}

}  // namespace

// A figure for October reported in a December article was not known at the end of November.
bool dated_after(const std::string& fact_period, const std::string& article,
                 const std::map<std::string, data::Article>& articles, const std::string& month) {
  auto end = period_end_month(fact_period);
  if (end && *end > month) return true;
  auto written = article_month(articles, article);
  return written && *written > month;
}

std::optional<std::string> period_end_month(std::string_view period) {
  auto slash = period.find('/');
  if (slash == std::string_view::npos) return end_of_single(period);
  auto end = period.substr(slash + 1);
  return end_of_single(end == ".." ? period.substr(0, slash) : end);
}

std::string last_day(std::string_view month) {
  int year = std::stoi(std::string(month.substr(0, 4)));
  int m = std::stoi(std::string(month.substr(5, 2)));
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int day = days[m - 1] + (m == 2 && leap ? 1 : 0);
  return std::string(month.substr(0, 7)) + "-" + two_digits(day);
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
  spec.meta.date = last_day(period);
}

std::set<std::string> restrict_sources(parse::BriefSpec& spec,
                                       std::map<std::string, data::Article>& articles,
                                       const std::string& period) {
  std::set<std::string> later;
  for (const auto& [id, article] : articles) {
    auto month = end_of_single(article.date);
    if (month && *month > period) later.insert(id);
  }
  for (const auto& id : later) articles.erase(id);
  std::erase_if(spec.sources,
                [&](const parse::ArticleSpec& source) { return later.count(source.id) > 0; });
  return later;
}

void restrict_facts(data::FactSheet& facts, const std::string& facts_file,
                    const std::map<std::string, data::Article>& articles,
                    const std::set<std::string>& later, const std::string& period,
                    Diagnostics& diags) {
  auto after = [&](const std::string& fact_period, const std::string& article) {
    return later.count(article) > 0 || dated_after(fact_period, article, articles, period);
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
  std::string before = previous_month(period);
  for (const auto& fact : facts.facts)
    if (dated_after(fact.period, fact.article, articles, before))
      facts.new_in_period.insert(fact.id);
  for (const auto& series : facts.series)
    for (const auto& point : series.points)
      if (dated_after(point.period, point.article, articles, before))
        facts.new_in_period.insert(series.id + "@" + point.period);
}

}  // namespace briefing::cli
