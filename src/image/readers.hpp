#pragma once
// Internal to the image stage: one reader per format, each given the whole file. Each says why
// it refuses the file, or fills `picture` (whose name is set).
#include <string>
#include <string_view>

#include "base/diag.hpp"
#include "base/picture.hpp"

namespace briefing::image {

// "" when the picture was read; else what is wrong with it, to follow "'name' ".
std::string read_png(std::string_view bytes, Picture& picture);
std::string read_jpeg(std::string_view bytes, Picture& picture);
// Problems inside the SVG's markup are reported at their place in `path`; the rest is returned.
std::string read_svg(std::string bytes, const std::string& path, Picture& picture,
                     Diagnostics& diags);

// "is 100000 x 100000 pixels; the limit is 25000000 pixels ..." or "" when within kMaxPixels.
std::string pixel_limit_problem(long long width, long long height);

}  // namespace briefing::image
