#pragma once
// Mixed content: text with <em>, <strong> and <link href>, nested in any order, and where the
// brief's own text allows it, <fact ref="id"/>.
#include <optional>
#include <pugixml.hpp>
#include <string_view>

#include "parse/parse.hpp"
#include "xml/reader.hpp"

namespace briefing::parse {

// Facts and references (<ref>) are refused in quotations (a quote reproduces someone's words)
// and in the layout (it serves many briefs).
enum class Facts { refused, allowed };
// Footnotes belong to running text (paragraphs, list items, quotes, table cells), not to
// headings, captions, key figures or the layout, whose text is not read where it stands.
enum class Footnotes { refused, allowed };

// Also warns, at the character, of directional controls left unpaired in the element's text
// (base/bidi_controls.hpp).
Inline read_inline(xml::Reader& reader, pugi::xml_node node, Facts facts = Facts::refused,
                   Footnotes notes = Footnotes::refused);

// The same warnings for an attribute's text that is set as a paragraph of its own (a title).
void warn_bidi_controls(xml::Reader& reader, pugi::xml_node node, const char* attribute,
                        std::string_view text);

// The 'dir' attribute: ltr, rtl or auto; nullopt when absent or bad (then reported).
std::optional<Direction> read_direction(xml::Reader& reader, pugi::xml_node node);
// 'orientation', on the layout's <page> and on a <section>: portrait or landscape.
std::optional<Orientation> read_orientation(xml::Reader& reader, pugi::xml_node node);
// 'span', on a style and on the blocks that may stand across columns: all (true) or column.
std::optional<bool> read_span(xml::Reader& reader, pugi::xml_node node);
// `place`, on a style and on the blocks that may float.
std::optional<Place> read_place(xml::Reader& reader, pugi::xml_node node);

// Checks the {fields} in every text node under `node`: each must be one the layout language
// knows. Text outside braces is free.
void check_fields(xml::Reader& reader, pugi::xml_node node);

}  // namespace briefing::parse
