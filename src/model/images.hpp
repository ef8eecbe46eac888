#pragma once
// <image> as a model block.
#include "model/document.hpp"
#include "parse/parse.hpp"

namespace briefing::model {

// The space around an image that names no style: 6pt above, 9pt below.
Style default_image_style();

ImageBlock make_image(const parse::ImageSpec& spec, Style style);

}  // namespace briefing::model
