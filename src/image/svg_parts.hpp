#pragma once
// Internal to the image stage's SVG reader.
#include <string>
#include <string_view>
#include <vector>

#include "base/page.hpp"

namespace briefing::xml {
class XmlFile;
}

namespace briefing::image {

// Reports, at its place in the file, every part of an SVG that would make librsvg run a script
// or read anything but the file itself: <script>, <foreignObject>, a link (href) or url() to
// another file, a style sheet's @import. False when there was one.
bool check_self_contained(const xml::XmlFile& svg, Diagnostics& diags);

// Reports, at the <svg>, a drawing whose elements, once every <use> is expanded, pass
// kMaxSvgElements, or a <use> that names itself; false when there is one.
bool check_expansion(const xml::XmlFile& svg, Diagnostics& diags);

// The paths a CairoScript (what Cairo's script surface writes as librsvg draws) paints, in the
// surface's coordinates; "" or why the drawing cannot be kept as vector paths.
std::string script_paths(std::string_view script, std::vector<Path>& paths);

}  // namespace briefing::image
