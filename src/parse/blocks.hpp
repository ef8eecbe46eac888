#pragma once
// Body content of a brief: sections (up to three deep) and the blocks inside them.
#include "parse/images.hpp"
#include "parse/parse.hpp"
#include "xml/reader.hpp"

namespace briefing::parse {

// The block elements, as child rules appending to `blocks`; `depth` is the section depth of
// `blocks`' owner (0 = the <brief> itself).
// `images` reads the <image>s among them.
std::vector<xml::ChildRule> block_rules(xml::Reader& reader, std::vector<BlockSpec>& blocks,
                                        int depth, const ImagePlace& images);

}  // namespace briefing::parse
