#pragma once
// A picture a brief shows with <image>: read and checked by the image stage (image/image.hpp),
// then shared, unchanged, by every place that shows it, so the PDF stores it once however many
// pages show it.
#include <string>
#include <vector>

#include "base/page.hpp"

namespace briefing {

enum class PictureKind { png, jpeg, svg };

struct Picture {
  PictureKind kind = PictureKind::png;
  std::string name;  // the file as the brief or layout names it, for messages and the page dump
  // Pixels of a raster; CSS pixels (1/96 in) of an SVG's drawing.
  int width = 0, height = 0;
  // A raster's samples per pixel: 1 (grey), 3 (RGB) or, for a JPEG only, 4 (CMYK).
  int components = 3;
  // PNG: 8-bit samples, row after row, no padding. JPEG: the file as it is (DCT-coded).
  std::string samples;
  // PNG with transparency: one 8-bit alpha sample per pixel; empty when every pixel is opaque.
  std::string alpha;
  // A CMYK JPEG written by Adobe software stores its samples inverted (APP14 "Adobe").
  bool inverted = false;
  // SVG: the drawing as paths in its own CSS pixels, y down, as a chart's paths are.
  std::vector<Path> paths;

  bool raster() const { return kind != PictureKind::svg; }
};

}  // namespace briefing
