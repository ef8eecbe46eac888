#include "chart/chart.hpp"

#include <array>
#include <cmath>
#include <utility>

#include "chart/draw.hpp"
#include "chart/numbers.hpp"

namespace briefing::chart {

namespace {

constexpr std::array<std::pair<ChartKind, std::string_view>, 9> kKinds{{
    {ChartKind::bar, "bar"},
    {ChartKind::hbar, "hbar"},
    {ChartKind::grouped, "grouped"},
    {ChartKind::stacked, "stacked"},
    {ChartKind::line, "line"},
    {ChartKind::area, "area"},
    {ChartKind::pie, "pie"},
    {ChartKind::donut, "donut"},
    {ChartKind::sparkline, "sparkline"},
}};

constexpr double kGap = 4;

bool is_round(ChartKind kind) { return kind == ChartKind::pie || kind == ChartKind::donut; }

bool has_lines(ChartKind kind) { return kind == ChartKind::line; }

double header(Canvas& c, double width) {
  double y = 0;
  if (!c.spec.title.empty())
    y += c.texts.lines(c.title, c.texts.wrap(c.title, c.spec.title, width), 0, y, Align::left,
                       c.items);
  if (!c.spec.subtitle.empty())
    y += c.texts.lines(c.subtitle, c.texts.wrap(c.subtitle, c.spec.subtitle, width), 0, y,
                       Align::left, c.items);
  return y > 0 ? y + kGap : 0;
}

void swatch(Canvas& c, std::size_t series, double x, double middle) {
  const SeriesLook& look = c.look(series);
  if (has_lines(c.spec.kind)) {
    c.stroke(c.pen.line({x, middle}, {x + 14, middle}), look.line, 1.4, look.dash);
    c.marker(look, {x + 7, middle}, 4.5, false);
  } else {
    Rect box{x + 3, middle - 3.5, 7, 7};
    c.shape(c.pen.rect(box), box, look, false);
  }
}

// Swatch and label per series, in rows as wide as the frame.
double legend(Canvas& c, double width, double top) {
  if (c.data.series.size() < 2 || is_round(c.spec.kind)) return 0;
  const double row = c.label.leading() * 1.15, key = 17, space = 10;
  double x = 0, y = top;
  for (std::size_t s = 0; s < c.data.series.size(); ++s) {
    const std::string& text = c.data.series[s].label;
    double w = key + c.texts.width(c.label, text);
    if (x > 0 && x + w > width) x = 0, y += row;
    double middle = y + row / 2;
    swatch(c, s, x, middle);
    c.texts.line(c.label, text, x + key, middle + c.texts.cap(c.label) / 2, Align::left, c.items);
    x += w + space;
  }
  return y + row - top + kGap;
}

std::string partial_hint(ChartKind kind) {
  switch (kind) {
    case ChartKind::line:
      return " (open marker)";
    case ChartKind::area:
    case ChartKind::pie:
    case ChartKind::donut:
    case ChartKind::sparkline:
      return "";
    default:
      return " (hatched)";
  }
}

// The percentages a pie or donut prints that no source states are figures the chart derives:
// the note says how, and how they are rounded (pie.cpp's `share`).
std::string derived_shares_note(const Canvas& c) {
  if (c.spec.kind != ChartKind::pie && c.spec.kind != ChartKind::donut) return "";
  if (c.data.unit.measure != Measure::percent)
    return "Percentages computed from the values shown, as shares of their total, rounded to "
           "whole per cent (to one decimal below one per cent).";
  double total = 0;
  for (double v : c.data.series.front().values) total += v;
  if (100 - total < 0.5) return "";
  return "Other: computed as the whole less the shares shown, rounded to whole per cent (to one "
         "decimal below one per cent).";
}

// Notes the data calls for: what the partial-period marks mean, and values the sources qualify
// ("nearly"), which a bar or a line cannot say.
std::vector<std::string> generated_notes(const Canvas& c) {
  std::vector<std::string> notes;
  for (std::size_t i = 0; i < c.data.categories.size(); ++i)
    if (c.partial(i))
      notes.push_back(c.marks[i] + " " + c.data.categories[i].label + ": " +
                      c.data.categories[i].partial + partial_hint(c.spec.kind));
  std::string missing;
  for (std::size_t i = 0; i < c.data.categories.size(); ++i) {
    bool gap = false;
    for (const Series& series : c.data.series) gap = gap || std::isnan(series.values[i]);
    if (gap) missing += (missing.empty() ? "" : ", ") + c.data.categories[i].label;
  }
  if (!missing.empty()) notes.push_back("No data for " + missing + ".");
  std::string qualified;
  for (std::size_t s = 0; s < c.data.series.size(); ++s) {
    for (std::size_t i = 0; i < c.data.categories.size(); ++i) {
      std::string q = c.qualifier(s, i);
      if (q.empty()) continue;
      if (!qualified.empty()) qualified += "; ";
      if (c.data.series.size() > 1) qualified += c.data.series[s].label + " ";
      qualified += c.data.categories[i].label + " " +
                   value_label(c.data.unit, c.scale, c.data.series[s].values[i], q, c.exact(s, i));
    }
  }
  if (!qualified.empty()) notes.push_back("As stated in the sources: " + qualified + ".");
  auto shares = derived_shares_note(c);
  if (!shares.empty()) notes.push_back(shares);
  return notes;
}

// Notes and source line at the foot of the frame; returns the top of what was drawn.
double footer(Canvas& c, double width, double height) {
  std::vector<std::string> lines;
  std::vector<std::string> notes = generated_notes(c);
  notes.insert(notes.end(), c.spec.notes.begin(), c.spec.notes.end());
  if (!c.spec.source.empty()) notes.push_back(c.spec.source);
  for (const std::string& note : notes)
    for (std::string& line : c.texts.wrap(c.note, note, width)) lines.push_back(std::move(line));
  if (lines.empty()) return height;
  double top = height - lines.size() * c.note.leading();
  c.texts.lines(c.note, lines, 0, top, Align::left, c.items);
  return top - kGap;
}

void draw_body(Canvas& c, const Rect& body) {
  switch (c.spec.kind) {
    case ChartKind::hbar:
      draw_hbars(c, body);
      break;
    case ChartKind::pie:
    case ChartKind::donut:
      draw_pie(c, body);
      break;
    case ChartKind::sparkline:
      draw_sparkline(c, body);
      break;
    default:
      draw_columns(c, body);
      break;
  }
}

}  // namespace

std::optional<ChartKind> chart_kind(std::string_view name) {
  for (const auto& [kind, word] : kKinds)
    if (word == name) return kind;
  return std::nullopt;
}

std::string_view kind_name(ChartKind kind) {
  for (const auto& [k, word] : kKinds)
    if (k == kind) return word;
  return "chart";
}

std::optional<Frame> draw_chart(const ChartSpec& spec, double width, double height,
                                const font::FontBook& fonts, Diagnostics& diags) {
  if (!check_chart(spec, width, height, fonts, diags)) return std::nullopt;
  const int errors_before = diags.error_count();
  Canvas c(spec, fonts, diags);
  Rect body{0, 0, width, height};
  // A sparkline sits in a key-figure box, whose text says what it shows.
  if (spec.kind != ChartKind::sparkline) {
    double top = header(c, width);
    top += legend(c, width, top);
    double bottom = footer(c, width, height);
    body = Rect{0, top, width, bottom - top};
    double least = 4 * c.label.leading();
    if (body.h < least) {
      c.too_small("title, legend and notes", height - body.h + least, height, "height");
      return std::nullopt;
    }
  }
  draw_body(c, body);
  if (diags.error_count() > errors_before) return std::nullopt;
  return Frame{width, height, std::move(c.items)};
}

void place(const Frame& frame, double x, double y, std::vector<Item>& out) {
  for (const Item& item : frame.items) out.push_back(translated(item, x, y));
}

}  // namespace briefing::chart
