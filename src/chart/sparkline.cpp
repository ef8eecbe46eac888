// Sparklines: the shape of a series in a key-figure box; the box's text gives the numbers.
#include <algorithm>
#include <cmath>
#include <limits>

#include "chart/draw.hpp"

namespace briefing::chart {

void draw_sparkline(Canvas& c, const Rect& area) {
  const Series& series = c.data.series.front();
  const SeriesLook& look = c.look(0);
  const double dot = std::clamp(area.h * 0.18, 2.0, 3.5), pad = dot / 2 + 0.5;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (double v : series.values)
    if (!std::isnan(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  const std::size_t n = series.values.size();
  auto x = [&](std::size_t i) { return area.x + pad + (area.w - 2 * pad) * i / (n - 1); };
  auto y = [&](double v) {
    double span = hi - lo;
    double t = span > 0 ? (v - lo) / span : 0.5;
    return area.y + area.h - pad - t * (area.h - 2 * pad);
  };
  std::vector<PathPoint> run;
  auto flush = [&] {
    if (run.size() > 1) c.stroke(c.pen.polyline(run), look.line, 1, {}, LineCap::round);
    run.clear();
  };
  std::size_t last = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (std::isnan(series.values[i])) {
      flush();
      continue;
    }
    run.push_back({x(i), y(series.values[i])});
    last = i;
  }
  flush();
  Path end;
  end.ops = c.pen.marker(Marker::circle, {x(last), y(series.values[last])}, dot);
  end.fill = look.line;
  c.items.push_back(std::move(end));
}

}  // namespace briefing::chart
