#pragma once
// A brief's <chart> with the layout's chart styles: everything but the facts.xml data.
#include "model/document.hpp"
#include "parse/parse.hpp"

namespace briefing::model {

// `style` is the layout's `chart` style (space around the chart, text family and size),
// `title_style` its `chart-title`.
Chart make_chart(const parse::ChartSpec& spec, const std::vector<parse::ArticleSpec>& articles,
                 const Style& style, const Style& title_style);

// The sparkline of a <figure series sparkline="true">, drawn in the colour of the figure's value.
chart::ChartSpec make_sparkline(const Style& value_style, const Location& where);

}  // namespace briefing::model
