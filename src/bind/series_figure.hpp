#pragma once
// <figure series="id"> in a monthly edition: the series' latest point (the last one the edition
// has: points after the period are left out before binding), and how it changed since the point
// before, as the key figures of an update print it.
#include <string>
#include <string_view>

#include "data/data.hpp"

namespace briefing::bind {

// "up 4.2% from October 2025", "down 1.5 points from …" for a percent series (a change of a share
// is in points), "unchanged from …" for equal values only, "up less than 0.1% from …", "up more
// than 1,000% from …", "up from …" from zero; in Vietnamese "tăng 4,2% so với tháng
// 10/2025"; the direction also as ▲/▼ (U+25B2, U+25BC, from the manifest's symbols fallback).
std::string change_text(const data::Series& series, const data::Point& before,
                        const data::Point& latest, std::string_view lang);

}  // namespace briefing::bind
