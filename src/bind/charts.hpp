#pragma once
// Chart data from facts.xml: a chart's series ids, or the facts of its categories, become
// chart::ChartData and a source line naming the articles. Every value must come from a verified
// point or fact; an unknown id or an unverified value is an error and the chart gets no data.
#include <string_view>

#include "base/diag.hpp"
#include "data/data.hpp"
#include "model/document.hpp"

namespace briefing::bind {

void bind_chart(model::Chart& chart, const data::FactSheet& sheet, std::string_view lang,
                Diagnostics& diags);

}  // namespace briefing::bind
