// Pie and donut charts: one series as parts of a whole, labelled at the slices (no legend to
// look up), clockwise from twelve o'clock.
#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <string>

#include "chart/draw.hpp"

namespace briefing::chart {

namespace {

constexpr double kPi = std::numbers::pi;

struct Slice {
  double value = 0;
  std::vector<std::string> label;
  SeriesLook look;
  bool partial = false;
  double top = 0;  // of the label block, once placed
  double mid = 0;  // angle through the slice's middle
};

std::string share(double part, double whole) {
  double pct = 100 * part / whole;
  return format_number(pct, pct < 1 ? 1 : 0) + "%";
}

// The remainder is what the sources leave over, so its bound is the opposite of theirs: "over
// 90%" leaves "under 10%". Slices bounded in different directions leave no stated share.
std::optional<std::string> remainder_label(const Canvas& c, std::size_t count, double share_pct) {
  static const std::vector<std::string> lower{"over", "more than", "at least", "exceeded",
                                              "record"};
  static const std::vector<std::string> upper{"nearly", "up to", "less than", "under"};
  bool any_lower = false, any_upper = false, any_about = false;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string q = c.qualifier(0, i);
    if (q.empty()) continue;
    if (std::find(lower.begin(), lower.end(), q) != lower.end())
      any_lower = true;
    else if (std::find(upper.begin(), upper.end(), q) != upper.end())
      any_upper = true;
    else
      any_about = true;
  }
  std::string amount = format_number(share_pct, share_pct < 1 ? 1 : 0) + "%";
  if (any_lower && any_upper) return std::nullopt;
  if (any_lower) return "under " + amount;
  if (any_upper) return "over " + amount;
  if (any_about) return "about " + amount;
  return amount;
}

std::vector<Slice> slices(const Canvas& c) {
  const Series& series = c.data.series.front();
  double total = 0;
  for (double v : series.values) total += v;
  const bool percent = c.data.unit.measure == Measure::percent;
  // Percentages that fall short of 100 leave a remainder; without it the other slices would be
  // drawn as larger shares than the sources give.
  const double whole = percent ? std::max(total, 100.0) : total;
  std::vector<Slice> out;
  for (std::size_t i = 0; i < series.values.size(); ++i) {
    double v = series.values[i];
    if (v <= 0) continue;
    std::string amount = value_label(c.data.unit, c.scale, v, c.qualifier(0, i), c.exact(0, i));
    if (!percent) amount += " \u00b7 " + share(v, whole);
    out.push_back({v, {c.category_label(i), amount}, c.look(i), c.partial(i)});
  }
  if (whole - total >= 0.5) {
    SeriesLook rest{
        Color{0.86, 0.86, 0.86}, Color{0.55, 0.55, 0.55}, Hatch::none, Marker::circle, {}};
    auto amount = remainder_label(c, series.values.size(), 100 * (whole - total) / whole);
    out.push_back({whole - total,
                   amount ? std::vector<std::string>{"Other", *amount}
                          : std::vector<std::string>{"Other (share not stated)"},
                   rest, false});
  }
  return out;
}

// Moves label blocks of one side apart, keeping each as near its slice as it can.
void spread(std::vector<Slice*>& side, double height, double top, double bottom) {
  std::sort(side.begin(), side.end(), [](auto* a, auto* b) { return a->top < b->top; });
  double floor = top;
  for (Slice* s : side) s->top = floor = std::max(s->top, floor), floor += height;
  double ceiling = bottom;
  for (auto it = side.rbegin(); it != side.rend(); ++it)
    (*it)->top = ceiling = std::min((*it)->top, ceiling - height);
}

}  // namespace

void draw_pie(Canvas& c, const Rect& area) {
  std::vector<Slice> parts = slices(c);
  if (parts.size() > c.spec.style.palette.size())
    c.diags.warn(c.spec.where, std::string(kind_name(c.spec.kind)) + " chart has " +
                                   std::to_string(parts.size()) +
                                   " slices, more than its colours; a bar chart would read better");
  double widest = 0, whole = 0;
  for (const Slice& s : parts)
    widest = std::max(widest, c.texts.widest(c.label, s.label)), whole += s.value;
  const double reach = 12, block = 2 * c.label.leading() + 1;
  double radius = std::min(area.h / 2 - 3, area.w / 2 - widest - reach - 2);
  if (radius < 20) {
    c.too_small("slices and their labels", 2 * (widest + reach + 2) + 40, area.w, "width");
    return;
  }
  const PathPoint centre{area.x + area.w / 2, area.y + area.h / 2};
  const double inner = c.spec.kind == ChartKind::donut ? radius * 0.58 : 0;
  double angle = -kPi / 2;
  std::vector<Slice*> left, right;
  for (Slice& s : parts) {
    double sweep = 2 * kPi * s.value / whole;
    Ops ops = c.pen.sector(centre, inner, radius, angle, angle + sweep);
    Rect bounds{centre.x - radius, centre.y - radius, 2 * radius, 2 * radius};
    c.shape(ops, bounds, s.look, s.partial);
    c.stroke(ops, Color{1, 1, 1}, 0.75);
    s.mid = angle + sweep / 2;
    s.top = centre.y + (radius + 6) * std::sin(s.mid) - block / 2;
    (std::cos(s.mid) >= 0 ? right : left).push_back(&s);
    angle += sweep;
  }
  double stacked = std::max(left.size(), right.size()) * block;
  if (stacked > area.h) {
    c.too_small("slice labels", stacked, area.h, "height");
    return;
  }
  spread(left, block, area.y, area.y + area.h);
  spread(right, block, area.y, area.y + area.h);
  TextLook muted = c.label;
  muted.color = c.spec.style.muted;
  for (Slice& s : parts) {
    bool east = std::cos(s.mid) >= 0;
    double x = centre.x + (east ? 1 : -1) * (radius + reach);
    double middle = s.top + block / 2;
    PathPoint rim{centre.x + (radius + 1) * std::cos(s.mid),
                  centre.y + (radius + 1) * std::sin(s.mid)};
    PathPoint elbow{centre.x + (radius + 6) * std::cos(s.mid),
                    centre.y + (radius + 6) * std::sin(s.mid)};
    c.stroke(c.pen.polyline({rim, elbow, {x + (east ? -2 : 2), middle}}), c.spec.style.muted, 0.4);
    Align align = east ? Align::left : Align::right;
    c.texts.lines(c.label, {s.label[0]}, x, s.top, align, c.items);
    c.texts.lines(muted, {s.label[1]}, x, s.top + c.label.leading(), align, c.items);
  }
}

}  // namespace briefing::chart
