#pragma once
// The layout language: <layout> with page, fonts, styles, header, footer and cover.
#include "parse/parse.hpp"
#include "parse/reader.hpp"

namespace briefing::parse {

LayoutSpec read_layout(Reader& reader);

}  // namespace briefing::parse
