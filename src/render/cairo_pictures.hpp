#pragma once
// Pictures painted with Cairo (build --png, `charts`): a raster as an image surface (a JPEG
// decoded with libjpeg, which the PDF leaves to its reader), a drawing as its paths.
#include <cairo.h>

#include "base/picture.hpp"

namespace briefing::render {

// The raster's pixels as a Cairo image surface (the caller destroys it); null when they cannot
// be decoded.
cairo_surface_t* raster_surface(const Picture& picture);

}  // namespace briefing::render
