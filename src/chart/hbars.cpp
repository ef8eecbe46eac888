// Horizontal bars: categories down the left with room for long names, values along the bottom.
#include <algorithm>

#include "chart/axes.hpp"

namespace briefing::chart {

namespace {

struct Layout {
  std::vector<std::vector<std::string>> names;  // wrapped category labels
  ValueAxis axis;
  Rect plot;
  double slot = 0;
  std::vector<std::string> values;  // labels at bar ends, or empty
};

bool labels_bars(const Canvas& c) {
  if (c.data.series.size() != 1) return false;
  const auto& v = c.data.series[0].values;
  return std::all_of(v.begin(), v.end(), [](double x) { return x >= 0; });
}

// Ticks as many as their labels allow side by side.
ValueAxis fitted_axis(const Canvas& c, double length) {
  const double gap = c.label.size * 1.5;
  ValueAxis axis = value_axis(c, length, 36);
  for (double spacing = 48; axis.ticks.values.size() > 2 && spacing < length; spacing *= 1.4) {
    double room = length / (axis.ticks.values.size() - 1);
    if (axis.widest + gap <= room) break;
    axis = value_axis(c, length, spacing);
  }
  return axis;
}

Layout settle(const Canvas& c, const Rect& area) {
  const double gap = c.label.size * 0.8;
  Layout l;
  double names_width = 0;
  for (std::size_t i = 0; i < c.data.categories.size(); ++i)
    names_width = std::max(names_width, c.texts.width(c.label, c.category_label(i)));
  names_width = std::min(names_width, area.w * 0.38);
  double widest_name = 0;
  for (std::size_t i = 0; i < c.data.categories.size(); ++i) {
    l.names.push_back(c.texts.wrap(c.label, c.category_label(i), names_width));
    widest_name = std::max(widest_name, c.texts.widest(c.label, l.names.back()));
  }
  double left = area.x + widest_name + gap;
  double top = area.y + c.texts.cap(c.label) / 2;
  if (!c.spec.category_title.empty()) top += c.label.leading();
  double bottom_band = gap + c.label.leading() + (axis_title(c).empty() ? 0 : c.label.leading());
  double height = area.y + area.h - bottom_band - top;
  l.slot = height / c.data.categories.size();
  // The last tick label is centred on the plot's right edge; value labels need room after the
  // longest bar.
  double right = area.x + area.w;
  l.axis = fitted_axis(c, right - left);
  double end_room = l.axis.widest / 2;
  if (labels_bars(c) && c.texts.cap(c.label) + 2 <= l.slot) {
    l.values = bar_value_labels(c, area.w * 0.25);
    if (!l.values.empty()) end_room = std::max(end_room, c.texts.widest(c.label, l.values) + 3);
  }
  l.plot = Rect{left, top, right - end_room - left, height};
  l.axis = fitted_axis(c, l.plot.w);
  return l;
}

}  // namespace

void draw_hbars(Canvas& c, const Rect& area) {
  Layout l = settle(c, area);
  std::size_t most_lines = 1;
  for (const auto& name : l.names) most_lines = std::max(most_lines, name.size());
  double row = most_lines * c.label.leading() + 1;
  if (l.slot < row) {
    std::size_t n = c.data.categories.size();
    c.too_small("category labels", area.h - l.plot.h + n * row, area.h, "height");
    return;
  }
  const double shortest = 4 * c.label.size;
  if (l.plot.w < shortest) {
    c.too_small("bars", area.w - l.plot.w + shortest, area.w, "width");
    return;
  }
  const double bottom = l.plot.y + l.plot.h;
  auto x = value_map(l.axis.ticks, l.plot.x, l.plot.x + l.plot.w);
  draw_grid(c, l.axis.ticks, x, true, l.plot.y, bottom);

  const std::size_t ns = c.data.series.size();
  const double group = std::min(l.slot * 0.66, ns * 16.0), thick = group / ns;
  const double inset = ns > 1 ? std::min(0.4, thick * 0.1) : 0;
  for (std::size_t i = 0; i < c.data.categories.size(); ++i) {
    double middle = l.plot.y + l.slot * (i + 0.5);
    for (std::size_t s = 0; s < ns; ++s) {
      double v = c.data.series[s].values[i];
      if (v == 0) continue;
      Rect bar{std::min(x(0), x(v)), middle - group / 2 + s * thick + inset, std::abs(x(v) - x(0)),
               thick - 2 * inset};
      c.shape(c.pen.rect(bar), bar, c.look(s), c.partial(i));
    }
    double cap = c.texts.cap(c.label);
    if (!l.values.empty())
      value_tag(c, l.values[i], x(c.data.series[0].values[i]) + 3, middle + cap / 2, Align::left);
    double block = l.names[i].size() * c.label.leading();
    c.texts.lines(c.label, l.names[i], l.plot.x - c.label.size * 0.8, middle - block / 2,
                  Align::right, c.items);
  }
  draw_zero_line(c, l.axis.ticks, x, true, l.plot.y, bottom);

  TextLook muted = c.label;
  muted.color = c.spec.style.muted;
  double top = bottom + c.label.size * 0.8;
  for (std::size_t k = 0; k < l.axis.ticks.values.size(); ++k)
    c.texts.lines(muted, {l.axis.labels[k]}, x(l.axis.ticks.values[k]), top, Align::centre,
                  c.items);
  if (!c.spec.category_title.empty())
    c.texts.lines(muted, {c.spec.category_title}, area.x, area.y, Align::left, c.items);
  std::string title = axis_title(c);
  if (!title.empty())
    c.texts.lines(muted, {title}, area.x + area.w, top + c.label.leading(), Align::right, c.items);
}

}  // namespace briefing::chart
