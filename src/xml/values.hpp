#pragma once
// Value syntax shared by the brief, layout and facts languages, free of XML: lengths, colours,
// booleans, dates, width lists, and the "did you mean" suggestion used by every unknown-name
// message. Part of the `xml` utility library, used by parse, data, model and bind.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/geom.hpp"

namespace briefing::xml {

// "12pt", "20mm", "1.5cm", "0.5in" -> points. No unit, no sign, no exponent.
std::optional<double> parse_length(std::string_view text);
// "#rrggbb" -> components in [0, 1].
std::optional<Color> parse_color(std::string_view text);
std::optional<bool> parse_bool(std::string_view text);
// A whole number in [min, max].
std::optional<int> parse_int(std::string_view text, int min, int max);
// "2,3,3" -> {2, 3, 3}; every weight positive.
std::optional<std::vector<double>> parse_weights(std::string_view text);
// ISO 8601 calendar date: "2025", "2025-03" or "2025-03-14", checked against the calendar.
bool is_iso_date(std::string_view text);

// The candidate closest to `name` by edit distance if it is close enough to be a likely typo,
// else empty.
std::string closest_name(std::string_view name, const std::vector<std::string_view>& candidates);
// "a, b, c"
std::string join_names(const std::vector<std::string_view>& names, std::string_view before = "",
                       std::string_view after = "");

// XML whitespace (space, tab, CR, LF) runs -> one space, ends trimmed.
std::string collapse_whitespace(std::string_view text);

}  // namespace briefing::xml
