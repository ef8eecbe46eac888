#pragma once
// Mixed content: text with <em>, <strong> and <link href>, nested in any order, and where the
// brief's own text allows it, <fact ref="id"/>.
#include <pugixml.hpp>

#include "parse/parse.hpp"
#include "xml/reader.hpp"

namespace briefing::parse {

// Facts are refused in quotations (a quote reproduces someone's words) and in the layout (it
// serves many briefs).
enum class Facts { refused, allowed };

Inline read_inline(xml::Reader& reader, pugi::xml_node node, Facts facts = Facts::refused);

// Checks the {fields} in every text node under `node`: each must be one the layout language
// knows. Text outside braces is free.
void check_fields(xml::Reader& reader, pugi::xml_node node);

}  // namespace briefing::parse
