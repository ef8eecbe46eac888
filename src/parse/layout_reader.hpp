#pragma once
// The layout language: <layout> with page, fonts, styles, header, footer and cover.
#include "parse/confine.hpp"
#include "parse/images.hpp"
#include "parse/parse.hpp"
#include "xml/reader.hpp"

namespace briefing::parse {

LayoutSpec read_layout(xml::Reader& reader, const Confinement& confine, ImageFiles& images);

}  // namespace briefing::parse
