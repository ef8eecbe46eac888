#pragma once
// check_facts' working view: a fact and a series point are both a claim that one sentence of
// one article states one figure, checked and compared the same way.
#include <map>
#include <optional>
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
  std::string unit, qualifier;
  std::optional<Period> period;
  std::string article, quote;
  Location where;
  bool is_fact = true;
  bool* verified = nullptr;  // the flag of the fact or point this claim stands for
  bool from_sidebar = false;
  bool from_caption = false;
  std::optional<Decimal> upper{};  // a range's upper end
  Change change = Change::none;
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

// Whether `stated`, the quantity of the quoted sentence that gives the claim's figure, supports
// the claim's period: the period the sentence states, or, when it states none, one that began
// by the month the article was written in. Reports why not, as an error.
bool check_period(const Claim& claim, const Quantity& stated, const Article& article,
                  Diagnostics& diags);

// The quoted quantity that states the claim (check_meaning.cpp): the same figure, range and
// qualifier, and the same sign if several do; nullptr when none states the figure.
const Quantity* stating_quantity(const Claim& claim, const std::vector<Quantity>& quoted);
// Errors: the claim cites one end of a range the quote states (true when so).
bool report_range_end(const Claim& claim, const std::vector<Quantity>& quoted, Diagnostics& diags);
// Errors: the claim's change and sign against what the sentence gives the quantity.
bool change_agrees(const Claim& claim, const Quantity& stated, Diagnostics& diags);

// Warnings: the same label and period with different figures in different articles.
void report_conflicts(const std::vector<Claim>& claims, Diagnostics& diags);

}  // namespace briefing::data
