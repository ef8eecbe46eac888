#pragma once
// Image stage: the files <image src> names -> checked Pictures (base/picture.hpp). Called by the
// parse stage, which finds and confines the file, so that a picture is decoded where the inputs
// are read and the later stages carry it as it is.
//
// PNG through libpng (transparency kept as an alpha channel), JPEG kept as it is after its
// header is read (size, samples, coding), SVG through librsvg, opened with dlopen only when a
// brief shows an SVG, and kept as vector paths. Every problem is an error at `where` (the
// <image>'s src), or at the place in the SVG file.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "base/diag.hpp"
#include "base/picture.hpp"

namespace briefing::image {

// A raster's width times height may not pass this (checked from its header, before any pixel
// is decoded): 6000 x 4000, a 24-megapixel photograph, is inside it.
inline constexpr long long kMaxPixels = 25'000'000;
// An SVG may have at most this many elements once its <use> references are expanded (checked on
// its markup, before librsvg sees it).
inline constexpr std::size_t kMaxSvgElements = 100'000;
// An SVG's drawing may hold at most this many path segments once librsvg has drawn it.
inline constexpr std::size_t kMaxSvgSegments = 1'000'000;

// Reads the picture at `path` (written as `name`); nullptr after an error.
std::shared_ptr<const Picture> read_picture(const std::string& path, const std::string& name,
                                            const Location& where, Diagnostics& diags);

// The same for bytes already read from `path` (the fuzz target's entry).
std::shared_ptr<const Picture> decode_picture(std::string bytes, const std::string& path,
                                              const std::string& name, const Location& where,
                                              Diagnostics& diags);

}  // namespace briefing::image
