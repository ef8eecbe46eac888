#pragma once
// Geometry through Cairo's path API: each call builds one path on a recording surface and hands
// it back as PathOps (cairo_copy_path), so arcs and transforms are Cairo's, not ours.
#include <cairo.h>

#include <vector>

#include "base/geom.hpp"
#include "base/page.hpp"
#include "chart/chart.hpp"

namespace briefing::chart {

using Ops = std::vector<PathOp>;

class Pen {
 public:
  Pen();
  ~Pen();
  Pen(const Pen&) = delete;
  Pen& operator=(const Pen&) = delete;

  Ops rect(const Rect& r);
  Ops line(PathPoint from, PathPoint to);
  // Connected segments through `points`; closed when `closed`.
  Ops polyline(const std::vector<PathPoint>& points, bool closed = false);
  // A pie slice (inner = 0) or a ring segment between angles a0 < a1 (radians, clockwise from
  // 3 o'clock since y grows downwards).
  Ops sector(PathPoint centre, double inner, double outer, double a0, double a1);
  // A marker shape of about `size` points across.
  Ops marker(Marker shape, PathPoint centre, double size);
  // Parallel lines `spacing` apart covering `box`, in the pattern's directions.
  Ops hatch(Hatch pattern, const Rect& box, double spacing);

 private:
  // The path built so far in device space (= chart coordinates), then a fresh path.
  Ops take();
  void stripes(const Rect& box, double angle, double spacing);

  cairo_surface_t* surface_;
  cairo_t* cr_;
};

}  // namespace briefing::chart
