#pragma once
// The value syntax of facts.xml, shared by reading and checking: fact values, kinds
// and qualifiers (with the equivalence classes a quote's qualifier is judged by).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/data.hpp"

namespace briefing::data {

// "250", "3.4 billion", "24.1", "-2.5": a plain decimal number (no thousands separators, no
// exponent), optionally followed by one of thousand, million, billion, trillion; exactly, or
// an error: not a number (Error::syntax), more significant digits than a Decimal carries, or
// out of its range.
Decimal::Parsed parse_fact_value(std::string_view text);

const std::vector<std::string_view>& kind_names();
std::optional<Kind> kind_from_name(std::string_view name);

// Every qualifier a fact may carry: the names find_quantities gives and their synonyms.
const std::vector<std::string_view>& qualifier_names();
// Whether a quote whose quantity carries `stated` supports a fact that says `claimed`: both
// in the same class (over = more than = exceeded = above = surpassed; nearly = almost;
// approximately = around = about; up to = at most; under = less than; at least alone), or an
// unqualified fact quoting an unqualified or "record" figure. A "record" fact needs "record".
bool qualifiers_agree(std::string_view claimed, std::string_view stated);

}  // namespace briefing::data
