#include "chart/pen.hpp"

#include <cmath>
#include <numbers>

namespace briefing::chart {

Pen::Pen()
    : surface_(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, nullptr)),
      cr_(cairo_create(surface_)) {}

Pen::~Pen() {
  cairo_destroy(cr_);
  cairo_surface_destroy(surface_);
}

Ops Pen::take() {
  cairo_identity_matrix(cr_);
  cairo_path_t* path = cairo_copy_path(cr_);
  Ops ops;
  for (int i = 0; i < path->num_data; i += path->data[i].header.length) {
    const cairo_path_data_t* d = &path->data[i];
    auto at = [&](int k) { return PathPoint{d[k].point.x, d[k].point.y}; };
    switch (d->header.type) {
      case CAIRO_PATH_MOVE_TO:
        ops.push_back({PathVerb::move, {at(1)}});
        break;
      case CAIRO_PATH_LINE_TO:
        ops.push_back({PathVerb::line, {at(1)}});
        break;
      case CAIRO_PATH_CURVE_TO:
        ops.push_back({PathVerb::curve, {at(1), at(2), at(3)}});
        break;
      case CAIRO_PATH_CLOSE_PATH:
        ops.push_back({PathVerb::close, {}});
        break;
    }
  }
  cairo_path_destroy(path);
  cairo_new_path(cr_);
  return ops;
}

Ops Pen::rect(const Rect& r) {
  cairo_rectangle(cr_, r.x, r.y, r.w, r.h);
  return take();
}

Ops Pen::line(PathPoint from, PathPoint to) {
  cairo_move_to(cr_, from.x, from.y);
  cairo_line_to(cr_, to.x, to.y);
  return take();
}

Ops Pen::polyline(const std::vector<PathPoint>& points, bool closed) {
  for (const PathPoint& p : points) cairo_line_to(cr_, p.x, p.y);
  if (closed) cairo_close_path(cr_);
  return take();
}

Ops Pen::sector(PathPoint centre, double inner, double outer, double a0, double a1) {
  cairo_arc(cr_, centre.x, centre.y, outer, a0, a1);
  if (inner > 0)
    cairo_arc_negative(cr_, centre.x, centre.y, inner, a1, a0);
  else
    cairo_line_to(cr_, centre.x, centre.y);
  cairo_close_path(cr_);
  return take();
}

Ops Pen::marker(Marker shape, PathPoint centre, double size) {
  constexpr double pi = std::numbers::pi;
  double r = size / 2;
  cairo_translate(cr_, centre.x, centre.y);
  switch (shape) {
    case Marker::circle:
      cairo_arc(cr_, 0, 0, r, 0, 2 * pi);
      break;
    case Marker::square:
      // Squares look bigger than circles of the same width.
      cairo_rectangle(cr_, -0.85 * r, -0.85 * r, 1.7 * r, 1.7 * r);
      break;
    case Marker::diamond:
      cairo_rotate(cr_, pi / 4);
      cairo_rectangle(cr_, -0.8 * r, -0.8 * r, 1.6 * r, 1.6 * r);
      break;
    case Marker::triangle:
    case Marker::triangle_down:
      if (shape == Marker::triangle_down) cairo_rotate(cr_, pi);
      for (int k = 0; k < 3; ++k) {
        double a = -pi / 2 + k * 2 * pi / 3;
        cairo_line_to(cr_, 1.15 * r * std::cos(a), 1.15 * r * std::sin(a) + 0.15 * r);
      }
      cairo_close_path(cr_);
      break;
  }
  return take();
}

void Pen::stripes(const Rect& box, double angle, double spacing) {
  // Rotate about the box centre and draw lines long enough to cross the box at any angle.
  double cx = box.x + box.w / 2, cy = box.y + box.h / 2;
  double reach = std::hypot(box.w, box.h) / 2 + spacing;
  cairo_save(cr_);
  cairo_translate(cr_, cx, cy);
  cairo_rotate(cr_, angle);
  for (double y = -reach; y <= reach; y += spacing) {
    cairo_move_to(cr_, -reach, y);
    cairo_line_to(cr_, reach, y);
  }
  cairo_restore(cr_);
}

Ops Pen::hatch(Hatch pattern, const Rect& box, double spacing) {
  constexpr double pi = std::numbers::pi;
  switch (pattern) {
    case Hatch::none:
      break;
    case Hatch::diagonal:
      stripes(box, -pi / 4, spacing);
      break;
    case Hatch::back_diagonal:
      stripes(box, pi / 4, spacing);
      break;
    case Hatch::cross:
      stripes(box, -pi / 4, spacing);
      stripes(box, pi / 4, spacing);
      break;
    case Hatch::horizontal:
      stripes(box, 0, spacing);
      break;
  }
  return take();
}

}  // namespace briefing::chart
