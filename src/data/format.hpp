#pragma once
// Figures as a brief prints them. English: "nearly USD 172 billion", "over 20,000", "24.1%";
// Vietnamese: "gần 172 tỷ USD", "hơn 20.000", "24,1%". Digits always (never "ten"), as many
// decimals as the value has and no more, scale words from a million up when they keep the
// figure to three decimals or fewer. Every digit of the Decimal is printed: nothing rounds.
// format_fact adds what the figure means: a change its sign ("down 4%", "giảm 4%"), a range
// both ends ("12–15%").
#include <optional>
#include <string>
#include <string_view>

#include "data/data.hpp"

namespace briefing::data {

// `lang` is a brief's language; "vi" (or "vi-…") is Vietnamese, anything else English.
std::string format_quantity(const Decimal& value, Kind kind, std::string_view unit,
                            std::string_view qualifier, std::string_view lang);
// A range when `upper` is given: "12–15%", "USD 2–3 billion", "2–3 tỷ USD".
std::string format_quantity(const Decimal& value, const std::optional<Decimal>& upper, Kind kind,
                            std::string_view unit, std::string_view qualifier,
                            std::string_view lang);

}  // namespace briefing::data
