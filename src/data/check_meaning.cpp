// What the quoted figure means, beyond its digits: the whole of a range or one end of it, a
// change with its sign or a level. A fact that cites a fall as growth, a change as a share or
// one end of a range has the right number and the wrong meaning.
#include "data/check_claims.hpp"
#include "data/facts_syntax.hpp"
#include "data/format.hpp"

namespace briefing::data {

namespace {

bool states(const Quantity& quantity, const Claim& claim) {
  return quantity.kind == claim.kind && quantity.unit == claim.unit &&
         quantity.value == claim.value && quantity.upper == claim.upper &&
         qualifiers_agree(claim.qualifier, quantity.qualifier);
}

std::string shown(const Quantity& q) {
  return format_quantity(q.value, q.upper, q.kind, q.unit, "", "en");
}

std::string shown(const Claim& claim, const Decimal& value) {
  return format_quantity(value, claim.kind, claim.unit, "", "en");
}

std::string change_attribute(Change change) {
  return "change=\"" + std::string(change_name(change)) + "\"";
}

std::string_view direction(Change change) { return change == Change::up ? "a rise" : "a fall"; }

}  // namespace

const Quantity* stating_quantity(const Claim& claim, const std::vector<Quantity>& quoted) {
  const Quantity* found = nullptr;
  for (const auto& q : quoted) {
    if (!states(q, claim)) continue;
    if (q.change == claim.change) return &q;
    if (!found) found = &q;
  }
  return found;
}

bool report_range_end(const Claim& claim, const std::vector<Quantity>& quoted, Diagnostics& diags) {
  if (claim.upper) return false;
  for (const auto& q : quoted) {
    if (!q.upper || q.kind != claim.kind || q.unit != claim.unit) continue;
    if (q.value != claim.value && *q.upper != claim.value) continue;
    diags.error(claim.where, claim.name + ": " + shown(claim, claim.value) +
                                 " is one end of the range " + shown(q) + " the quote states ('" +
                                 q.as_written + "'); cite the whole range: value=\"" +
                                 q.value.plain() + "\" to=\"" + q.upper->plain() + "\"");
    return true;
  }
  return false;
}

bool change_agrees(const Claim& claim, const Quantity& stated, Diagnostics& diags) {
  if (claim.change == stated.change) return true;
  auto figure = shown(stated);
  if (claim.change == Change::none) {
    // A series point is a level: it has no change attribute to give.
    auto hint = claim.is_fact
                    ? "a change says " + change_attribute(stated.change)
                    : std::string("a point is a level: quote the sentence that states it");
    diags.error(claim.where, claim.name + ": the sentence gives " + figure + " as a change ('" +
                                 stated.change_word +
                                 "': " + std::string(direction(stated.change)) +
                                 "), not a level or a share; " + hint);
  } else if (stated.change == Change::none) {
    diags.error(claim.where, claim.name + ": " + change_attribute(claim.change) +
                                 ", but the sentence gives " + figure +
                                 " as a level or a share: no word such as 'rose' or 'fell' "
                                 "makes it a change; remove " +
                                 change_attribute(claim.change));
  } else {
    diags.error(claim.where, claim.name + ": " + change_attribute(claim.change) +
                                 ", but the sentence says '" + stated.change_word + "': " + figure +
                                 " is " + std::string(direction(stated.change)) + "; write " +
                                 change_attribute(stated.change));
  }
  return false;
}

}  // namespace briefing::data
