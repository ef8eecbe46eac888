#pragma once
// Internal to the data stage: the short subject phrase of a candidate.
#include <string>
#include <string_view>
#include <vector>

#include "data/data.hpp"

namespace briefing::data {

// The noun phrase that each of `quantities` (all found in `sentence`) counts or
// measures: for a count, the noun chunk after the number ("Vietnamese students studying in
// China"); for a share, the phrase after "of" ("Vietnam's durian export value"); otherwise the
// subject of its clause ("trade between the two countries" surpassed USD 250 billion). One
// subject per quantity, in order; the sentence is read once, so the time is linear in it.
std::vector<std::string> subjects_of(std::string_view sentence,
                                     const std::vector<Quantity>& quantities);

}  // namespace briefing::data
