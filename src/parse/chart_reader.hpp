#pragma once
// <chart>: kind, texts, the facts.xml series it draws, or categories and literal series.
#include "parse/parse.hpp"
#include "parse/reader.hpp"

namespace briefing::parse {

ChartSpec read_chart(Reader& r, pugi::xml_node node, bool keep_together);

}  // namespace briefing::parse
