// PNG through libpng's simplified API: the header is read first, so the pixel limit is checked
// before a byte of the image is decoded; every colour type, bit depth and palette (with tRNS
// transparency) comes out as 8-bit grey or RGB, with an alpha channel when the file has one.
#include <png.h>

#include <algorithm>
#include <memory>

#include "image/readers.hpp"

namespace briefing::image {

namespace {

struct ImageGuard {
  png_image* image;
  ~ImageGuard() { png_image_free(image); }
};

std::string libpng_says(const png_image& image) {
  std::string message = image.message;
  if (message.find("EOF") != std::string::npos || message.find("ended") != std::string::npos ||
      message.find("Not enough") != std::string::npos ||
      message.find("beyond end") != std::string::npos)
    return "is truncated or damaged (libpng: " + message + ")";
  return "is not a readable PNG (libpng: " + message + ")";
}

// Splits interleaved samples with a last alpha sample into `samples` and `alpha`; the alpha is
// dropped when every pixel is opaque, so an opaque picture needs no soft mask.
void split_alpha(const std::vector<unsigned char>& pixels, int colours, Picture& picture) {
  std::size_t count = std::size_t(picture.width) * std::size_t(picture.height);
  picture.samples.resize(count * std::size_t(colours));
  picture.alpha.resize(count);
  bool opaque = true;
  for (std::size_t i = 0; i < count; ++i) {
    const unsigned char* pixel = &pixels[i * std::size_t(colours + 1)];
    std::copy(pixel, pixel + colours, &picture.samples[i * std::size_t(colours)]);
    picture.alpha[i] = char(pixel[colours]);
    opaque = opaque && pixel[colours] == 0xFF;
  }
  if (opaque) picture.alpha.clear();
}

}  // namespace

std::string read_png(std::string_view bytes, Picture& picture) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  ImageGuard guard{&image};
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()))
    return libpng_says(image);
  if (std::string problem = pixel_limit_problem(image.width, image.height); !problem.empty())
    return problem;
  bool colour = image.format & PNG_FORMAT_FLAG_COLOR;
  bool alpha = image.format & PNG_FORMAT_FLAG_ALPHA;
  image.format = (colour ? PNG_FORMAT_RGB : PNG_FORMAT_GRAY) | (alpha ? PNG_FORMAT_FLAG_ALPHA : 0);
  picture.width = int(image.width);
  picture.height = int(image.height);
  picture.components = colour ? 3 : 1;
  std::vector<unsigned char> pixels(PNG_IMAGE_SIZE(image));
  if (!png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr)) return libpng_says(image);
  if (alpha) {
    split_alpha(pixels, picture.components, picture);
  } else {
    picture.samples.assign(pixels.begin(), pixels.end());
  }
  return {};
}

}  // namespace briefing::image
