#include <algorithm>
#include <array>
#include <cmath>

#include "chart/draw.hpp"
#include "chart/numbers.hpp"
#include "chart/palette.hpp"

namespace briefing::chart {

namespace {

constexpr std::array<const char*, kMaxPartialMarks> kMarks{"*",      "\u2020", "\u2021",
                                                           "\u00a7", "\u2016", "\u00b6"};

TextLook look_of(const font::FontBook& fonts, const ChartStyle& style, double size, bool bold,
                 const Color& colour, bool italic = false) {
  return TextLook{fonts.face(style.family, bold, italic), size, colour};
}

}  // namespace

Canvas::Canvas(const ChartSpec& chart, const font::FontBook& fonts, Diagnostics& sink)
    : spec(chart),
      data(chart.data),
      diags(sink),
      texts(fonts),
      title(look_of(fonts, chart.style, chart.style.title_size, true, chart.style.text)),
      subtitle(look_of(fonts, chart.style, chart.style.subtitle_size, false, chart.style.muted)),
      label(look_of(fonts, chart.style, chart.style.label_size, false, chart.style.text)),
      // Notes and the source line in italic, as a caption's small print is set.
      note(look_of(fonts, chart.style, chart.style.note_size, false, chart.style.muted, true)) {
  scale = pick_scale(data.unit, magnitude(spec));
  std::size_t next = 0;
  for (const Category& category : data.categories)
    marks.push_back(category.partial.empty() ? "" : kMarks[next++]);
}

bool stacks(const ChartSpec& spec) {
  return spec.kind == ChartKind::stacked ||
         (spec.kind == ChartKind::area && spec.data.series.size() > 1);
}

double magnitude(const ChartSpec& spec) {
  double most = 0;
  for (std::size_t i = 0; i < spec.data.categories.size(); ++i) {
    double total = 0;
    for (const Series& series : spec.data.series) {
      double v = series.values[i];
      if (std::isnan(v)) continue;
      total += v;
      most = std::max(most, std::abs(v));
    }
    if (stacks(spec)) most = std::max(most, total);
  }
  return most;
}

const SeriesLook& Canvas::look(std::size_t series) const {
  return spec.style.palette[series % spec.style.palette.size()];
}

std::string Canvas::category_label(std::size_t category) const {
  return data.categories[category].label + marks[category];
}

std::string Canvas::qualifier(std::size_t series, std::size_t category) const {
  const auto& qualifiers = data.series[series].qualifiers;
  return qualifiers.empty() ? "" : qualifiers[category];
}

const Decimal* Canvas::exact(std::size_t series, std::size_t category) const {
  const auto& exact = data.series[series].exact;
  return exact.empty() ? nullptr : &exact[category];
}

void Canvas::fill(Ops ops, const Color& colour) {
  Path path;
  path.ops = std::move(ops);
  path.fill = colour;
  items.push_back(std::move(path));
}

void Canvas::stroke(Ops ops, const Color& colour, double width, std::vector<int> dash,
                    LineCap cap) {
  Path path;
  path.ops = std::move(ops);
  path.stroke = colour;
  path.line_width = width;
  path.dash = std::move(dash);
  path.cap = cap;
  path.join = cap == LineCap::round ? LineJoin::round : LineJoin::miter;
  items.push_back(std::move(path));
}

void Canvas::shape(const Ops& ops, const Rect& bounds, const SeriesLook& series,
                   bool partial_period) {
  Color base = partial_period ? lighter(series.fill, 0.6) : series.fill;
  fill(ops, base);
  Hatch pattern = partial_period && series.hatch == Hatch::none ? Hatch::diagonal : series.hatch;
  if (pattern != Hatch::none) {
    Path hatch;
    hatch.ops = pen.hatch(pattern, bounds, partial_period ? 2.4 : 3.2);
    hatch.stroke = partial_period ? series.line : hatch_ink(base);
    hatch.line_width = partial_period ? 0.45 : 0.6;
    hatch.clip = ops;
    items.push_back(std::move(hatch));
  }
  if (partial_period || needs_outline(base)) stroke(ops, series.line, 0.5);
}

void Canvas::marker(const SeriesLook& series, PathPoint at, double size, bool open) {
  Path path;
  path.ops = pen.marker(series.marker, at, size);
  // A white rim keeps markers apart from lines crossing them; an open marker is a partial
  // period's point.
  path.fill = open ? Color{1, 1, 1} : series.line;
  path.stroke = open ? series.line : Color{1, 1, 1};
  path.line_width = open ? 0.9 : 0.6;
  path.join = LineJoin::round;
  items.push_back(std::move(path));
}

void Canvas::too_small(const std::string& what, double needed, double available,
                       const std::string& dimension) {
  diags.error(spec.where, "chart is too small for its " + what + ": it needs " +
                              format_number(std::ceil(needed), 0) + " pt of " + dimension +
                              ", the frame has " + format_number(available, 0) + " pt");
}

}  // namespace briefing::chart
