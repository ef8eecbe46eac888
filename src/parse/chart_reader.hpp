#pragma once
// <chart>: kind, texts, the facts.xml series it draws, or categories and literal series.
#include "parse/parse.hpp"
#include "xml/reader.hpp"

namespace briefing::parse {

ChartSpec read_chart(xml::Reader& r, pugi::xml_node node, bool keep_together);

}  // namespace briefing::parse
