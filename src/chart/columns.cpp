// Charts over categories along a horizontal axis: vertical bars (single, grouped, stacked),
// lines and areas.
#include <algorithm>
#include <cmath>

#include "chart/axes.hpp"
#include "chart/palette.hpp"

namespace briefing::chart {

namespace {

// Category labels under the plot: wrapped if that makes them fit their slots (up to three lines
// under bars, which name things, two under lines, which are mostly periods); otherwise every k-th
// label is shown, which reads well on a time axis and is reported for bars.
struct CategoryLabels {
  std::vector<std::vector<std::string>> lines;  // per category; empty when not shown
  std::size_t rows = 1;
};

CategoryLabels fit_categories(Canvas& c, double slot) {
  const bool bars = c.spec.kind != ChartKind::line && c.spec.kind != ChartKind::area;
  const std::size_t most_rows = bars ? 3 : 2;
  const double gap = c.label.size;
  const std::size_t n = c.data.categories.size();
  std::vector<std::string> text;
  std::vector<double> width;
  for (std::size_t i = 0; i < n; ++i) {
    text.push_back(c.category_label(i));
    width.push_back(c.texts.width(c.label, text.back()));
  }
  CategoryLabels out;
  if (*std::max_element(width.begin(), width.end()) + gap <= slot) {
    for (auto& t : text) out.lines.push_back({t});
    return out;
  }
  std::vector<std::vector<std::string>> wrapped;
  bool wraps = true;
  for (const auto& t : text) {
    wrapped.push_back(c.texts.wrap(c.label, t, slot - gap));
    wraps = wraps && wrapped.back().size() <= most_rows &&
            c.texts.widest(c.label, wrapped.back()) + gap <= slot;
  }
  if (wraps) {
    for (const auto& lines : wrapped) out.rows = std::max(out.rows, lines.size());
    out.lines = std::move(wrapped);
    return out;
  }
  std::size_t stride = 2;
  for (; stride < n; ++stride) {
    bool fits = true;
    for (std::size_t i = stride; i < n && fits; i += stride)
      fits = (width[i - stride] + width[i]) / 2 + gap <= stride * slot;
    if (fits) break;
  }
  for (std::size_t i = 0; i < n; ++i)
    out.lines.push_back(i % stride == 0 ? std::vector<std::string>{text[i]}
                                        : std::vector<std::string>{});
  return out;
}

void warn_thinned(Canvas& c, const CategoryLabels& labels) {
  bool bars = c.spec.kind != ChartKind::line && c.spec.kind != ChartKind::area;
  auto shown = std::count_if(labels.lines.begin(), labels.lines.end(),
                             [](const auto& lines) { return !lines.empty(); });
  if (bars && static_cast<std::size_t>(shown) < labels.lines.size())
    c.diags.warn(c.spec.where, "only " + std::to_string(shown) + " of " +
                                   std::to_string(labels.lines.size()) +
                                   " bars are labelled for lack of width; an hbar chart has room "
                                   "for every name");
}

// Where everything goes; found by settling the plot height, which sets the ticks, whose labels
// set the plot width, which sets how category labels fit, which sets the plot height.
struct Layout {
  ValueAxis axis;
  CategoryLabels categories;
  Rect plot;
  double slot = 0;
  std::vector<std::string> values;  // labels on bar ends, or empty
};

bool labels_bars(const Canvas& c) {
  if (c.spec.kind != ChartKind::bar || c.data.series.size() != 1) return false;
  const auto& v = c.data.series[0].values;
  return std::all_of(v.begin(), v.end(), [](double x) { return x >= 0; });
}

Layout settle(Canvas& c, const Rect& area) {
  const double gap = c.label.size * 0.8, tick_gap = c.label.size * 0.6;
  const std::size_t n = c.data.categories.size();
  double top = area.y + c.texts.cap(c.label) / 2;
  if (!axis_title(c).empty()) top += c.label.leading() + 2;
  if (labels_bars(c)) top += c.texts.cap(c.label) + c.texts.descent(c.label) + 3;
  double below_extra = c.spec.category_title.empty() ? 0 : c.label.leading();
  Layout l;
  double height = area.h - (top - area.y) - gap - c.label.leading() - below_extra;
  for (int pass = 0; pass < 3; ++pass) {
    l.axis = value_axis(c, height, c.label.size * 1.6);
    double left = area.x + l.axis.widest + tick_gap;
    l.slot = (area.x + area.w - left) / n;
    l.categories = fit_categories(c, l.slot);
    double settled =
        area.y + area.h - top - gap - l.categories.rows * c.label.leading() - below_extra;
    l.plot = Rect{left, top, area.x + area.w - left, settled};
    if (std::abs(settled - height) < 0.5) break;
    height = settled;
  }
  if (labels_bars(c)) l.values = bar_value_labels(c, l.slot - 2);
  return l;
}

double centre(const Layout& l, std::size_t i) { return l.plot.x + l.slot * (i + 0.5); }

void draw_value_axis(Canvas& c, const Layout& l, const Rect& area,
                     const std::function<double(double)>& y) {
  const auto& ticks = l.axis.ticks;
  draw_grid(c, ticks, y, false, l.plot.x, l.plot.x + l.plot.w);
  double cap = c.texts.cap(c.label);
  TextLook muted = c.label;
  muted.color = c.spec.style.muted;
  for (std::size_t k = 0; k < ticks.values.size(); ++k)
    c.texts.line(muted, l.axis.labels[k], l.plot.x - c.label.size * 0.6,
                 y(ticks.values[k]) + cap / 2, Align::right, c.items);
  std::string title = axis_title(c);
  if (!title.empty())
    c.texts.line(muted, title, area.x, area.y + c.texts.baseline(c.label), Align::left, c.items);
}

void draw_category_axis(Canvas& c, const Layout& l, const Rect& area) {
  double top = l.plot.y + l.plot.h + c.label.size * 0.8;
  double right = area.x + area.w;
  for (std::size_t i = 0; i < l.categories.lines.size(); ++i) {
    const auto& lines = l.categories.lines[i];
    if (lines.empty()) continue;
    // Centred under the slot, but kept inside the frame.
    double w = c.texts.widest(c.label, lines);
    double x = std::clamp(centre(l, i), area.x + w / 2, right - w / 2);
    c.texts.lines(c.label, lines, x, top, Align::centre, c.items);
  }
  if (!c.spec.category_title.empty()) {
    TextLook muted = c.label;
    muted.color = c.spec.style.muted;
    c.texts.lines(muted, {c.spec.category_title}, l.plot.x + l.plot.w / 2,
                  top + l.categories.rows * c.label.leading(), Align::centre, c.items);
  }
}

void draw_bars(Canvas& c, const Layout& l, const std::function<double(double)>& y) {
  const bool stacked = c.spec.kind == ChartKind::stacked;
  const std::size_t ns = c.data.series.size(), bars = stacked ? 1 : ns;
  const double group = std::min(l.slot * 0.7, bars * 30.0), width = group / bars;
  // Grouped bars get a hairline of white between them so that equal fills stay two bars.
  const double inset = bars > 1 ? std::min(0.4, width * 0.1) : 0;
  for (std::size_t i = 0; i < c.data.categories.size(); ++i) {
    double left = centre(l, i) - group / 2, base = 0;
    for (std::size_t s = 0; s < ns; ++s) {
      double v = c.data.series[s].values[i];
      if (v == 0) continue;
      double from = stacked ? base : 0, to = from + v;
      if (stacked) base = to;
      double x = stacked ? left : left + s * width;
      Rect bar{x + inset, std::min(y(from), y(to)), width - 2 * inset, std::abs(y(to) - y(from))};
      c.shape(c.pen.rect(bar), bar, c.look(s), c.partial(i));
      if (stacked && s + 1 < ns)
        c.stroke(c.pen.line({bar.x, bar.y}, {bar.x + bar.w, bar.y}), Color{1, 1, 1}, 0.5);
    }
    if (!l.values.empty()) {
      double top = y(c.data.series[0].values[i]) - 2 - c.texts.descent(c.label);
      value_tag(c, l.values[i], centre(l, i), top, Align::centre);
    }
  }
}

// Runs of consecutive points that have values; a missing value ends a run.
std::vector<std::vector<std::size_t>> runs(const Series& series) {
  std::vector<std::vector<std::size_t>> out(1);
  for (std::size_t i = 0; i < series.values.size(); ++i) {
    if (std::isnan(series.values[i])) {
      if (!out.back().empty()) out.emplace_back();
    } else {
      out.back().push_back(i);
    }
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

void draw_lines(Canvas& c, const Layout& l, const std::function<double(double)>& y) {
  const double marker = std::clamp(l.slot * 0.5, 2.5, 5.0) + 1.5;
  auto point = [&](const Series& series, std::size_t i) {
    return PathPoint{centre(l, i), y(series.values[i])};
  };
  for (std::size_t s = 0; s < c.data.series.size(); ++s) {
    const Series& series = c.data.series[s];
    for (const auto& run : runs(series)) {
      std::vector<PathPoint> points;
      for (std::size_t i : run) points.push_back(point(series, i));
      if (points.size() > 1)
        c.stroke(c.pen.polyline(points), c.look(s).line, 1.5, c.look(s).dash, LineCap::round);
    }
  }
  // Markers go over all the lines, so no line hides another series' points. Every point gets
  // one when there is room; the ends of a run (a lone point between gaps too) always do.
  for (std::size_t s = 0; s < c.data.series.size(); ++s) {
    const Series& series = c.data.series[s];
    for (const auto& run : runs(series))
      for (std::size_t k = 0; k < run.size(); ++k)
        if (l.slot >= 7 || k == 0 || k + 1 == run.size())
          c.marker(c.look(s), point(series, run[k]), marker, c.partial(run[k]));
  }
}

void draw_areas(Canvas& c, const Layout& l, const std::function<double(double)>& y) {
  const std::size_t n = c.data.categories.size();
  std::vector<double> base(n, 0);
  for (std::size_t s = 0; s < c.data.series.size(); ++s) {
    const Series& series = c.data.series[s];
    SeriesLook look = c.look(s);
    if (c.data.series.size() == 1) look.fill = lighter(look.fill, 0.45);
    for (const auto& run : runs(series)) {
      std::vector<PathPoint> upper, outline;
      for (std::size_t i : run) upper.push_back({centre(l, i), y(base[i] + series.values[i])});
      outline = upper;
      for (auto it = run.rbegin(); it != run.rend(); ++it)
        outline.push_back({centre(l, *it), y(base[*it])});
      double top = outline.front().y, bottom = top;
      for (const PathPoint& p : outline) top = std::min(top, p.y), bottom = std::max(bottom, p.y);
      Rect bounds{outline.front().x, top, upper.back().x - upper.front().x, bottom - top};
      if (upper.size() > 1) {
        c.shape(c.pen.polyline(outline, true), bounds, look, false);
        c.stroke(c.pen.polyline(upper), look.line, 1.2, {}, LineCap::round);
      }
      // A value between two gaps has no area; its marker shows it.
      for (std::size_t k = 0; k < run.size(); ++k)
        if (c.partial(run[k]) || run.size() == 1) c.marker(look, upper[k], 4.5, c.partial(run[k]));
    }
    for (std::size_t i = 0; i < n; ++i)
      if (!std::isnan(series.values[i])) base[i] += series.values[i];
  }
}

}  // namespace

void draw_columns(Canvas& c, const Rect& area) {
  Layout l = settle(c, area);
  // A bar or a point needs a few points of width; the labels need two lines of plot height.
  const double narrowest = 4;
  if (l.slot < narrowest) {
    double needed = area.w - l.plot.w + narrowest * c.data.categories.size();
    c.too_small("categories", needed, area.w, "width");
    return;
  }
  double least = 2 * c.label.leading();
  if (l.plot.h < least) {
    c.too_small("axes and labels", area.h - l.plot.h + least, area.h, "height");
    return;
  }
  warn_thinned(c, l.categories);
  auto y = value_map(l.axis.ticks, l.plot.y + l.plot.h, l.plot.y);
  draw_value_axis(c, l, area, y);
  switch (c.spec.kind) {
    case ChartKind::line:
      draw_lines(c, l, y);
      break;
    case ChartKind::area:
      draw_areas(c, l, y);
      break;
    default:
      draw_bars(c, l, y);
      break;
  }
  draw_zero_line(c, l.axis.ticks, y, false, l.plot.x, l.plot.x + l.plot.w);
  draw_category_axis(c, l, area);
}

}  // namespace briefing::chart
