#pragma once
// Mixed content: text with <em>, <strong> and <link href>, nested in any order.
#include <pugixml.hpp>

#include "parse/parse.hpp"
#include "parse/reader.hpp"

namespace briefing::parse {

Inline read_inline(Reader& reader, pugi::xml_node node);

// Checks the {fields} in every text node under `node`: each must be one the layout language
// knows. Text outside braces is free.
void check_fields(Reader& reader, pugi::xml_node node);

}  // namespace briefing::parse
