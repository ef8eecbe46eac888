#include <cstdio>
#include <iostream>

#include "cli/commands.hpp"

namespace briefing::cli {

namespace {

// Tabs and line breaks would split a TSV row.
std::string cell(std::string text) {
  for (char& c : text)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return text;
}

void list_fact(const data::Fact& fact, std::string_view lang) {
  if (!fact.verified) return;
  std::cout << cell(fact.id) << '\t' << cell(data::format_fact(fact, lang)) << '\t'
            << cell(fact.period ? fact.period->iso() : "") << '\t' << cell(fact.article) << '\t'
            << cell(fact.quote) << '\t' << fact.where.file << ':' << fact.where.line << '\n';
}

// Facts, then series points as "SERIES@PERIOD".
void list_facts(const CheckedBrief& brief) {
  std::cout << "id\tprinted\tperiod\tarticle\tquote\twhere\n";
  const auto& lang = brief.spec.meta.lang;
  for (const auto& fact : brief.facts.facts) list_fact(fact, lang);
  for (const auto& series : brief.facts.series)
    for (const auto& point : series.points) list_fact(data::point_fact(series, point), lang);
}

int count(const Diagnostics& diags, Severity severity) {
  int n = 0;
  for (const auto& d : diags.all()) n += d.severity == severity;
  return n;
}

}  // namespace

void print(const Diagnostics& diags) {
  for (const auto& d : diags.all()) std::cerr << format_diagnostic(d) << '\n';
}

int check_command(const CheckOptions& options) {
  Diagnostics diags;
  auto brief = check_brief(options.brief, diags);
  // References to unknown or failed facts are found by binding them.
  if (brief && !diags.has_errors()) bind_brief(*brief, diags);
  print(diags);
  if (brief && options.list) list_facts(*brief);
  std::size_t points = 0;
  if (brief)
    for (const auto& series : brief->facts.series) points += series.points.size();
  std::fprintf(stderr,
               "briefing: %s: %zu facts and %zu series points checked, %d errors, %d warnings\n",
               options.brief.brief_dir.c_str(), brief ? brief->facts.facts.size() : 0, points,
               count(diags, Severity::error), count(diags, Severity::warning));
  return diags.has_errors() ? kInputError : 0;
}

}  // namespace briefing::cli
