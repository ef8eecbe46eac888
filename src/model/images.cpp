#include "model/images.hpp"

namespace briefing::model {

Style default_image_style() {
  Style style;
  style.name = "image";
  style.space_before = 6;
  style.space_after = 9;
  return style;
}

ImageBlock make_image(const parse::ImageSpec& spec, Style style) {
  Align align = spec.align == parse::Align::left    ? Align::left
                : spec.align == parse::Align::right ? Align::right
                                                    : Align::center;
  return ImageBlock{spec.picture, spec.alt,         spec.width, spec.height,
                    align,        std::move(style), spec.where};
}

}  // namespace briefing::model
