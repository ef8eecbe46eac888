#pragma once
// check_facts' working view: a fact and a series point are both a claim that one sentence of
// one article states one figure, checked and compared the same way.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "data/check_quote.hpp"
#include "data/data.hpp"

namespace briefing::data {

struct Claim {
  std::string name;  // "fact 'trade-2025'" or "series 'trade', point 2024", to open messages
  std::string label;
  Kind kind = Kind::count;
  Decimal value;
  std::string unit, qualifier, period, article, quote;
  Location where;
  bool is_fact = true;
  bool* verified = nullptr;  // the flag of the fact or point this claim stands for
  bool from_sidebar = false;
};

std::vector<Claim> claims_of(FactSheet& sheet);

// "facts.xml:12:3", to point from one message at another place.
std::string place(const Location& where);

// Whether the claim's article holds its quote and the quote states its figure; reports why not.
bool verify_claim(const Claim& claim, const std::map<std::string, Article>& articles,
                  QuoteIndexes& indexes, Diagnostics& diags);

// Whether the claim's label is about the cited figure of its sentence (check_subject.cpp):
// an error when the label shares no content word with the sentence, or names the clause of
// another of its figures; a warning when the sentence's clauses do not tell.
bool check_subject(const Claim& claim, std::string_view sentence,
                   const std::vector<Quantity>& quoted, const Quantity& cited, Diagnostics& diags);

// Warnings: the same label and period with different figures in different articles.
void report_conflicts(const std::vector<Claim>& claims, Diagnostics& diags);
// Warnings: facts whose period ended more than a year before `brief_date` (ISO).
void report_stale(const std::vector<Claim>& claims, std::string_view brief_date,
                  Diagnostics& diags);

}  // namespace briefing::data
