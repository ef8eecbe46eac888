// libFuzzer target: the image readers. The input is a picture file (PNG, JPEG or SVG, told apart
// by its first bytes as a build does), read as <image> reads it; a raster that is accepted is
// also decoded as the Cairo painter decodes it (libjpeg for a JPEG, whose data the reader only
// checked the markers of). An input starting "%!CairoScript" goes to the script reader that
// turns librsvg's drawing into paths, which otherwise sees only what Cairo writes.
#include <cairo.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "image/image.hpp"
#include "image/svg_parts.hpp"
#include "render/cairo_pictures.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace briefing;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (std::string_view(bytes).starts_with("%!CairoScript")) {
    std::vector<Path> paths;
    image::script_paths(bytes, paths);
    return 0;
  }
  Diagnostics diags;
  auto picture = image::decode_picture(std::move(bytes), "fuzz.img", "fuzz.img", {}, diags);
  if (!picture || !picture->raster()) return 0;
  if (cairo_surface_t* surface = render::raster_surface(*picture)) cairo_surface_destroy(surface);
  return 0;
}
