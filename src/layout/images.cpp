// Pictures (<image>) sized for the frame they are set in, as blocks, in table cells, on the
// cover and in the running header and footer.
#include <cmath>

#include "layout/builder.hpp"

namespace briefing::layout {

namespace {

// A picture without a size of its own prints at 96 pixels to the inch, as browsers show it.
constexpr double kPointsPerPixel = 72.0 / 96.0;
// Below this many pixels to the inch a raster prints visibly soft.
constexpr double kSharpDpi = 150;

std::string whole(double value) { return std::to_string(int(std::lround(value))); }

void check_resolution(const model::ImageBlock& image, double width, double height,
                      Diagnostics& diags) {
  const Picture& picture = *image.picture;
  if (!picture.raster()) return;
  double dpi = std::min(picture.width / (width / 72), picture.height / (height / 72));
  if (dpi >= kSharpDpi) return;
  diags.warn(image.where, "image '" + picture.name + "' prints at " + whole(dpi) + " dpi (" +
                              whole(picture.width) + " x " + whole(picture.height) + " pixels in " +
                              whole(width) + " x " + whole(height) +
                              "pt); it prints sharply from " + whole(kSharpDpi) +
                              " dpi: print it smaller or use a larger picture");
}

}  // namespace

Size image_size(const model::ImageBlock& image, double available, Diagnostics& diags) {
  const Picture& picture = *image.picture;
  double aspect = double(picture.height) / double(picture.width);
  double w = picture.width * kPointsPerPixel, h = picture.height * kPointsPerPixel;
  if (image.width && image.height) {
    w = *image.width, h = *image.height;
  } else if (image.width) {
    w = *image.width, h = w * aspect;
  } else if (image.height) {
    h = *image.height, w = h / aspect;
  }
  if (w > available) {
    if (image.width)
      diags.warn(image.where, "the image is " + points(w) + " wide, wider than its frame (" +
                                  points(available) + "): it is printed " + points(available) +
                                  " wide");
    h *= available / w;
    w = available;
  }
  check_resolution(image, w, h, diags);
  return Size{w, h};
}

double aligned_x(model::Align align, double width, double available) {
  if (align == model::Align::left) return 0;
  if (align == model::Align::right) return available - width;
  return (available - width) / 2;
}

void add_image(VListBuilder& b, const model::ImageBlock& image) {
  const auto& ctx = b.ctx();
  Size size = image_size(image, ctx.width, ctx.diags);
  VBox box;
  box.height = size.h;
  box.content.items.push_back(
      Image{Rect{aligned_x(image.align, size.w, ctx.width), 0, size.w, size.h}, image.picture,
            image.alt});
  box.where = image.where;
  box.kind = "the image";
  b.first(std::move(box), image.style);
  b.end_block(image.style);
}

}  // namespace briefing::layout
