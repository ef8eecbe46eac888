#include "render/cairo_pictures.hpp"

#include <cstdio>
// clang-format off: jpeglib.h needs stdio.h's FILE first.
#include <jpeglib.h>
// clang-format on

#include <csetjmp>
#include <cstdint>
#include <vector>

namespace briefing::render {

namespace {

// An opaque or transparent pixel as Cairo stores it: native-endian ARGB, premultiplied.
std::uint32_t argb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
  auto times = [a](unsigned c) { return (c * a + 127) / 255; };
  return (a << 24) | (times(r) << 16) | (times(g) << 8) | times(b);
}

// Fills `surface` (as big as the picture) with pixel(i) for the i-th pixel.
template <class Pixel>
cairo_surface_t* filled(int width, int height, bool alpha, Pixel pixel) {
  cairo_surface_t* surface =
      cairo_image_surface_create(alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24, width, height);
  if (cairo_surface_status(surface) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surface);
    return nullptr;
  }
  cairo_surface_flush(surface);
  unsigned char* data = cairo_image_surface_get_data(surface);
  int stride = cairo_image_surface_get_stride(surface);
  for (int y = 0; y < height; ++y) {
    auto* row = reinterpret_cast<std::uint32_t*>(data + std::ptrdiff_t(y) * stride);
    for (int x = 0; x < width; ++x) row[x] = pixel(std::size_t(y) * std::size_t(width) + x);
  }
  cairo_surface_mark_dirty(surface);
  return surface;
}

cairo_surface_t* png_surface(const Picture& p) {
  auto sample = [&](std::size_t at) { return unsigned(std::uint8_t(p.samples[at])); };
  bool alpha = !p.alpha.empty();
  return filled(p.width, p.height, alpha, [&](std::size_t i) {
    unsigned a = alpha ? unsigned(std::uint8_t(p.alpha[i])) : 255;
    if (p.components == 1) return argb(sample(i), sample(i), sample(i), a);
    return argb(sample(3 * i), sample(3 * i + 1), sample(3 * i + 2), a);
  });
}

struct JpegError {
  jpeg_error_mgr manager;
  std::jmp_buf jump;
};

void jump_out(j_common_ptr info) { std::longjmp(reinterpret_cast<JpegError*>(info->err)->jump, 1); }

// libjpeg reports errors by calling error_exit, which must not return: it jumps back here, where
// nothing with a destructor lives between the setjmp and the calls.
bool decode_jpeg(const Picture& p, std::vector<unsigned char>& pixels, int& components) {
  jpeg_decompress_struct info{};
  JpegError error{};
  info.err = jpeg_std_error(&error.manager);
  error.manager.error_exit = jump_out;
  if (setjmp(error.jump)) {
    jpeg_destroy_decompress(&info);
    return false;
  }
  jpeg_create_decompress(&info);
  jpeg_mem_src(&info, reinterpret_cast<const unsigned char*>(p.samples.data()),
               static_cast<unsigned long>(p.samples.size()));
  jpeg_read_header(&info, TRUE);
  jpeg_start_decompress(&info);
  components = info.output_components;
  std::size_t row = std::size_t(info.output_width) * std::size_t(components);
  pixels.resize(row * info.output_height);
  while (info.output_scanline < info.output_height) {
    JSAMPROW at = pixels.data() + row * info.output_scanline;
    jpeg_read_scanlines(&info, &at, 1);
  }
  jpeg_finish_decompress(&info);
  jpeg_destroy_decompress(&info);
  return true;
}

cairo_surface_t* jpeg_surface(const Picture& p) {
  std::vector<unsigned char> pixels;
  int components = 0;
  if (!decode_jpeg(p, pixels, components) || pixels.size() < std::size_t(p.width) * p.height)
    return nullptr;
  return filled(p.width, p.height, false, [&](std::size_t i) {
    if (components == 1) return argb(pixels[i], pixels[i], pixels[i]);
    if (components == 3) return argb(pixels[3 * i], pixels[3 * i + 1], pixels[3 * i + 2]);
    // CMYK, naively: each ink takes its share of the paper's white.
    auto ink = [&](int k) {
      unsigned v = pixels[4 * i + std::size_t(k)];
      return p.inverted ? v : 255 - v;
    };
    unsigned k = ink(3);
    return argb(ink(0) * k / 255, ink(1) * k / 255, ink(2) * k / 255);
  });
}

}  // namespace

cairo_surface_t* raster_surface(const Picture& picture) {
  if (picture.kind == PictureKind::png) return png_surface(picture);
  if (picture.kind == PictureKind::jpeg) return jpeg_surface(picture);
  return nullptr;
}

}  // namespace briefing::render
