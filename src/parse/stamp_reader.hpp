#pragma once
// <stamp>, in a layout and in a brief: text under or over the content of a range of pages.
#include "parse/images.hpp"
#include "parse/parse.hpp"
#include "xml/reader.hpp"

namespace briefing::parse {

// `fields`: the text may hold {fields} (a layout's stamp; a brief's text has none). A stamp
// prints its text or one <image>, read from `images`' folder.
StampSpec read_stamp(xml::Reader& reader, pugi::xml_node node, bool fields,
                     const ImagePlace& images);

// "all", or page numbers and ranges separated by commas: "1", "2-", "3-5,8". Nullopt when
// malformed; an empty list means every page.
std::optional<std::vector<PageSpan>> parse_pages(std::string_view text);

}  // namespace briefing::parse
