// Charts: every kind draws, its text is real text that never overlaps, colours survive grayscale
// printing, and bad data is refused with a located error.
#include "chart/chart.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "chart/palette.hpp"
#include "support.hpp"

using namespace briefing;
using namespace briefing::chart;

namespace {

const briefing::font::FontBook& fonts() { return briefing::test::project_fonts(); }

const double kMissing = std::nan("");

ChartSpec trade_chart(ChartKind kind) {
  ChartSpec spec;
  spec.kind = kind;
  spec.title = "Bilateral trade between Việt Nam and China";
  spec.value_title = "Trade";
  spec.category_title = "Year";
  spec.data.unit = {Measure::money, "USD"};
  spec.data.categories = {{"2021", ""}, {"2022", ""}, {"2023", ""}, {"2024", ""}, {"2025", ""}};
  spec.data.series = {{"Imports from China", {109.9e9, 117.9e9, 110.6e9, 144e9, 150e9}, {}}};
  spec.source = "Source: VnExpress, 3 December 2025";
  spec.where = {"brief.xml", 12, 7};
  if (kind != ChartKind::pie && kind != ChartKind::donut && kind != ChartKind::sparkline &&
      kind != ChartKind::bar && kind != ChartKind::hbar)
    spec.data.series.push_back({"Exports to China", {56e9, 57.7e9, 61.2e9, 61.2e9, 60e9}, {}});
  return spec;
}

std::optional<Frame> draw(const ChartSpec& spec, double width = 450, double height = 200) {
  Diagnostics diags;
  auto frame = draw_chart(spec, width, height, fonts(), diags);
  for (const auto& d : diags.all()) UNSCOPED_INFO(format_diagnostic(d));
  CHECK_FALSE(diags.has_errors());
  return frame;
}

std::vector<const GlyphRun*> runs(const Frame& frame) {
  std::vector<const GlyphRun*> out;
  for (const Item& item : frame.items)
    if (const auto* run = std::get_if<GlyphRun>(&item)) out.push_back(run);
  return out;
}

// All text of the frame, one label per line: runs that continue one another (fallback faces)
// join up.
std::string text_of(const Frame& frame) {
  std::string out;
  double end = -1, baseline = -1;
  for (const GlyphRun* run : runs(frame)) {
    bool continues = std::abs(run->y - baseline) < 1e-6 && std::abs(run->x - end) < 1e-6;
    if (!out.empty() && !continues) out += "\n";
    out += run->text;
    end = run->x + fonts().measure(run->face, run->text, run->size);
    baseline = run->y;
  }
  return out;
}

bool has_line(const Frame& frame, const std::string& line) {
  std::string text = "\n" + text_of(frame) + "\n";
  return text.find("\n" + line + "\n") != std::string::npos;
}

// The box a run of text occupies: cap height above the baseline, descender below.
Rect box_of(const GlyphRun& run) {
  double w = fonts().measure(run.face, run.text, run.size);
  double cap = fonts().cap_height(run.face) * run.size;
  double descent = -fonts().descender(run.face) * run.size;
  return Rect{run.x, run.y - cap, w, cap + descent};
}

bool overlap(const Rect& a, const Rect& b) {
  const double slack = 0.01;
  return a.x + a.w > b.x + slack && b.x + b.w > a.x + slack && a.y + a.h > b.y + slack &&
         b.y + b.h > a.y + slack;
}

void check_no_overlap(const Frame& frame) {
  auto text = runs(frame);
  for (std::size_t i = 0; i < text.size(); ++i) {
    Rect a = box_of(*text[i]);
    CHECK(a.x >= -0.01);
    CHECK(a.x + a.w <= frame.width + 0.01);
    CHECK(a.y >= -0.01);
    CHECK(a.y + a.h <= frame.height + 0.01);
    for (std::size_t j = i + 1; j < text.size(); ++j) {
      INFO("'" << text[i]->text << "' and '" << text[j]->text << "'");
      CHECK_FALSE(overlap(a, box_of(*text[j])));
    }
  }
}

std::vector<const Path*> paths(const Frame& frame) {
  std::vector<const Path*> out;
  for (const Item& item : frame.items)
    if (const auto* path = std::get_if<PathBox>(&item)) out.push_back(&**path);
  return out;
}

std::string draw_error(const ChartSpec& spec, double width = 450, double height = 200) {
  Diagnostics diags;
  CHECK_FALSE(draw_chart(spec, width, height, fonts(), diags));
  REQUIRE(diags.has_errors());
  const Diagnostic& first = diags.all().front();
  CHECK(first.where.file == "brief.xml");
  CHECK(first.where.line == 12);
  return first.message;
}

const ChartKind kAllKinds[] = {ChartKind::bar,     ChartKind::hbar, ChartKind::grouped,
                               ChartKind::stacked, ChartKind::line, ChartKind::area,
                               ChartKind::pie,     ChartKind::donut};

}  // namespace

TEST_CASE("chart: kinds are named as in the brief") {
  for (ChartKind kind : kAllKinds) CHECK(chart_kind(kind_name(kind)) == kind);
  CHECK(chart_kind("sparkline") == ChartKind::sparkline);
  CHECK_FALSE(chart_kind("radar"));
}

TEST_CASE("chart: every kind draws text as GlyphRuns and everything else as Paths") {
  for (ChartKind kind : kAllKinds) {
    INFO(kind_name(kind));
    auto frame = draw(trade_chart(kind));
    REQUIRE(frame);
    CHECK(frame->width == 450);
    CHECK(frame->height == 200);
    for (const Item& item : frame->items)
      CHECK((std::holds_alternative<GlyphRun>(item) || std::holds_alternative<PathBox>(item)));
    CHECK(has_line(*frame, "Bilateral trade between Việt Nam and China"));
    CHECK(has_line(*frame, "Source: VnExpress, 3 December 2025"));
    CHECK_FALSE(paths(*frame).empty());
    check_no_overlap(*frame);
    bool round = kind == ChartKind::pie || kind == ChartKind::donut;
    if (!round) CHECK(has_line(*frame, "Trade, USD bn"));
    if (!round && kind != ChartKind::line) CHECK(has_line(*frame, "0"));
    if (kind != ChartKind::hbar && !round) CHECK(has_line(*frame, "2023"));
    if (round) CHECK(has_line(*frame, "2023"));
  }
}

TEST_CASE("chart: a sparkline is only geometry, inside its box") {
  auto frame = draw(trade_chart(ChartKind::sparkline), 80, 20);
  REQUIRE(frame);
  CHECK(runs(*frame).empty());
  REQUIRE(paths(*frame).size() == 2);  // the line and the dot on the last value
  for (const Path* path : paths(*frame))
    for (const PathOp& op : path->ops) {
      if (op.verb == PathVerb::close) continue;
      // Where the path passes: a curve's end point (its control points may lie outside).
      const PathPoint& p = op.p[op.verb == PathVerb::curve ? 2 : 0];
      CHECK(p.x >= 0);
      CHECK(p.x <= 80);
      CHECK(p.y >= 0);
      CHECK(p.y <= 20);
    }
}

TEST_CASE("chart: bars start at zero, lines need not") {
  ChartSpec spec = trade_chart(ChartKind::line);
  spec.data.series.resize(1);
  auto line = draw(spec);
  REQUIRE(line);
  CHECK_FALSE(has_line(*line, "0"));
  CHECK(has_line(*line, "120"));
  spec.kind = ChartKind::bar;
  auto bar = draw(spec);
  REQUIRE(bar);
  CHECK(has_line(*bar, "0"));
  CHECK(has_line(*bar, "USD 144 bn"));  // value labels in the brief's style
}

TEST_CASE("chart: long category names wrap, crowded ones thin out, none overlap") {
  ChartSpec names = trade_chart(ChartKind::bar);
  names.data.categories = {{"Fruit and vegetables", ""},
                           {"Computers and electronic parts", ""},
                           {"Machinery and equipment", ""},
                           {"Telephones", ""},
                           {"Textiles and garments", ""}};
  auto wrapped = draw(names, 300, 200);
  REQUIRE(wrapped);
  CHECK(has_line(*wrapped, "Telephones"));
  CHECK(has_line(*wrapped, "Machinery and"));
  check_no_overlap(*wrapped);

  ChartSpec years = trade_chart(ChartKind::line);
  years.data.categories.clear();
  for (auto& series : years.data.series) series.values.clear();
  for (int y = 1990; y <= 2025; ++y) {
    years.data.categories.push_back({std::to_string(y), ""});
    for (auto& series : years.data.series) series.values.push_back(1e9 * (y - 1980));
  }
  auto thinned = draw(years, 220, 160);
  REQUIRE(thinned);
  CHECK(has_line(*thinned, "1990"));
  CHECK_FALSE(has_line(*thinned, "1991"));
  check_no_overlap(*thinned);

  ChartSpec hbar = names;
  hbar.kind = ChartKind::hbar;
  auto bars = draw(hbar, 300, 200);
  REQUIRE(bars);
  check_no_overlap(*bars);
}

TEST_CASE("chart: missing points leave gaps in a line") {
  ChartSpec spec = trade_chart(ChartKind::line);
  spec.data.series.resize(1);
  spec.data.series[0].values[2] = kMissing;
  auto frame = draw(spec);
  REQUIRE(frame);
  int lines = 0;
  for (const Path* path : paths(*frame))
    if (path->stroke && path->line_width == 1.5) ++lines;
  CHECK(lines == 2);
  CHECK(has_line(*frame, "No data for 2023."));
}

TEST_CASE("chart: a value between two gaps still shows in an area chart") {
  ChartSpec spec = trade_chart(ChartKind::area);
  spec.data.series.resize(1);
  spec.data.series[0].values[1] = kMissing;
  spec.data.series[0].values[3] = kMissing;
  auto frame = draw(spec);
  REQUIRE(frame);
  // Every value stands alone between gaps: three markers and no area.
  int markers = 0, areas = 0;
  for (const Path* path : paths(*frame)) {
    if (path->fill && path->stroke && path->join == LineJoin::round) ++markers;
    if (path->fill && !path->stroke && path->ops.size() > 4) ++areas;
  }
  CHECK(markers == 3);
  CHECK(areas == 0);
  CHECK(has_line(*frame, "No data for 2022, 2024."));
}

TEST_CASE("chart: a partial period is hatched, marked and explained") {
  ChartSpec spec = trade_chart(ChartKind::bar);
  spec.data.categories[4].partial = "January–November only";
  spec.data.series[0].qualifiers = {"", "", "nearly", "", "over"};
  auto frame = draw(spec);
  REQUIRE(frame);
  CHECK(has_line(*frame, "2025*"));
  CHECK(has_line(*frame, "* 2025: January–November only (hatched)"));
  CHECK(has_line(*frame, "over USD 150 bn"));
  CHECK(text_of(*frame).find("nearly USD 110.6 bn") != std::string::npos);
  auto all = paths(*frame);
  CHECK(std::count_if(all.begin(), all.end(), [](const Path* p) { return !p->clip.empty(); }) == 1);
}

TEST_CASE("chart: a pie of percentages keeps the remainder") {
  ChartSpec spec = trade_chart(ChartKind::pie);
  spec.data.unit = {Measure::percent, ""};
  spec.data.categories.resize(2);
  spec.data.series[0].values = {62, 9};
  auto frame = draw(spec);
  REQUIRE(frame);
  CHECK(has_line(*frame, "Other"));
  CHECK(has_line(*frame, "29%"));
  CHECK(has_line(*frame, "62%"));
  // The remainder is derived by the chart, and its note says how.
  CHECK(text_of(*frame).find("Other: computed as the whole less the shares shown, rounded to "
                             "whole per cent") != std::string::npos);
}

TEST_CASE("chart: a pie of counts states how its percentages are computed and rounded") {
  ChartSpec spec = trade_chart(ChartKind::donut);
  spec.data.unit = {Measure::count, ""};
  spec.data.categories.resize(3);
  spec.data.series.resize(1);
  spec.data.series[0].values = {132, 169, 133};
  auto frame = draw(spec);
  REQUIRE(frame);
  CHECK(text_of(*frame).find("30%") != std::string::npos);  // 132 of 434
  CHECK(text_of(*frame).find("Percentages computed from the values shown, as shares of their "
                             "total, rounded to whole per cent") != std::string::npos);
  ChartSpec bars = trade_chart(ChartKind::bar);
  auto plain = draw(bars);
  REQUIRE(plain);
  CHECK(text_of(*plain).find("Percentages computed") == std::string::npos);
}

TEST_CASE("chart: series stay apart in grayscale") {
  auto palette = print_palette();
  REQUIRE(palette.size() >= 6);
  for (std::size_t i = 0; i < palette.size(); ++i)
    for (std::size_t j = i + 1; j < palette.size(); ++j) {
      INFO("series " << i + 1 << " and " << j + 1);
      double step = std::abs(luma(palette[i].fill) - luma(palette[j].fill));
      // Lightness alone separates the first four; beyond that the hatching differs.
      if (j < 4) CHECK(step >= 0.12);
      CHECK((step >= 0.12 || palette[i].hatch != palette[j].hatch));
      CHECK((palette[i].marker != palette[j].marker || palette[i].dash != palette[j].dash));
      // Lines must read on white paper.
      CHECK(luma(palette[i].line) < 0.65);
    }

  ChartSpec spec = trade_chart(ChartKind::grouped);
  for (int k = 0; k < 2; ++k)
    spec.data.series.push_back({"Series " + std::to_string(k + 3), {1e9, 2e9, 3e9, 4e9, 5e9}, {}});
  auto frame = draw(spec);
  REQUIRE(frame);
  auto all = paths(*frame);
  CHECK(std::count_if(all.begin(), all.end(), [](const Path* p) { return !p->clip.empty(); }) > 0);
}

TEST_CASE("chart: bad data is refused at the brief's location") {
  ChartSpec empty = trade_chart(ChartKind::bar);
  empty.data.series.clear();
  CHECK(draw_error(empty) == "bar chart has no series");

  ChartSpec short_series = trade_chart(ChartKind::grouped);
  short_series.data.series[1].values.pop_back();
  CHECK(draw_error(short_series) == "series 'Exports to China' has 4 values for 5 categories");

  ChartSpec gap = trade_chart(ChartKind::bar);
  gap.data.series[0].values[1] = kMissing;
  CHECK(draw_error(gap).find("no value for '2022'") != std::string::npos);

  ChartSpec infinite = trade_chart(ChartKind::line);
  infinite.data.series[0].values[0] = INFINITY;
  CHECK(draw_error(infinite) == "series 'Imports from China': the value for '2021' is infinite");

  ChartSpec negative = trade_chart(ChartKind::pie);
  negative.data.series[0].values[3] = -1;
  CHECK(draw_error(negative).find("negative value for '2024' in a pie chart") != std::string::npos);

  ChartSpec over = trade_chart(ChartKind::donut);
  over.data.unit = {Measure::percent, ""};
  over.data.series[0].values = {60, 30, 20, 0, 0};
  CHECK(draw_error(over) == "donut chart of percentages adds up to 110%, more than the whole");

  ChartSpec two = trade_chart(ChartKind::pie);
  two.data.series.push_back(two.data.series[0]);
  CHECK(draw_error(two) == "pie chart shows one series, not 2");

  std::string low = draw_error(trade_chart(ChartKind::bar), 450, 40);
  CHECK(low.find("chart is too small for its title, legend and notes: it needs ") == 0);
  CHECK(low.find(" pt of height, the frame has 40 pt") != std::string::npos);
  ChartSpec bare = trade_chart(ChartKind::hbar);
  bare.title.clear();
  bare.source.clear();
  std::string narrow = draw_error(bare, 40, 200);
  CHECK(narrow.find("chart is too small for its bars: it needs ") == 0);
  CHECK(narrow.find(" pt of width, the frame has 40 pt") != std::string::npos);
  CHECK(draw_error(trade_chart(ChartKind::hbar), 450, 0) ==
        "chart needs a positive size, not 450.0 × 0.0 pt");
}

TEST_CASE("chart: place moves every item") {
  auto frame = draw(trade_chart(ChartKind::pie));
  REQUIRE(frame);
  std::vector<Item> placed;
  place(*frame, 72, 100, placed);
  REQUIRE(placed.size() == frame->items.size());
  for (std::size_t i = 0; i < placed.size(); ++i) {
    if (const auto* run = std::get_if<GlyphRun>(&placed[i])) {
      CHECK(run->x == std::get<GlyphRun>(frame->items[i]).x + 72);
      CHECK(run->y == std::get<GlyphRun>(frame->items[i]).y + 100);
    } else {
      const auto& moved = std::get<PathBox>(placed[i])->ops.front().p[0];
      const auto& origin = std::get<PathBox>(frame->items[i])->ops.front().p[0];
      CHECK(moved.x == origin.x + 72);
      CHECK(moved.y == origin.y + 100);
    }
  }
}

TEST_CASE("chart: the remainder of qualified shares carries the opposite bound") {
  ChartSpec spec = trade_chart(ChartKind::donut);
  spec.data.unit = {Measure::percent, ""};
  spec.data.categories.resize(1);
  spec.data.series[0].values = {90};
  SECTION("over 90% leaves under 10%") {
    spec.data.series[0].qualifiers = {"over"};
    auto frame = draw(spec);
    REQUIRE(frame);
    CHECK(has_line(*frame, "under 10%"));
  }
  SECTION("nearly 90% leaves over 10%") {
    spec.data.series[0].qualifiers = {"nearly"};
    auto frame = draw(spec);
    REQUIRE(frame);
    CHECK(has_line(*frame, "over 10%"));
  }
  SECTION("an exact share leaves an exact remainder") {
    auto frame = draw(spec);
    REQUIRE(frame);
    CHECK(has_line(*frame, "10%"));
    CHECK_FALSE(has_line(*frame, "under 10%"));
  }
}

TEST_CASE("chart: values beyond the chart limits are refused for every kind, at the chart") {
  for (ChartKind kind : kAllKinds) {
    auto spec = trade_chart(kind);
    spec.data.series[0].values[1] = 1e308;
    CHECK(draw_error(spec).find("(1e+308) is too large to chart") != std::string::npos);
    spec.data.series[0].values[1] = 4e-320;
    CHECK(draw_error(spec).find("is too small to chart") != std::string::npos);
  }
  auto stacked = trade_chart(ChartKind::stacked);
  stacked.data.series[0].values[0] = stacked.data.series[1].values[0] = 6e14;
  CHECK(draw_error(stacked) ==
        "the values for '2021' add up to 1.2e+15, too large to chart; a stack is at most 1e15");
}

TEST_CASE("chart: values at the limits draw with finite coordinates") {
  for (ChartKind kind : kAllKinds) {
    auto spec = trade_chart(kind);
    for (auto& series : spec.data.series) series.values = {4e14, 1e-6, 0, -0.0, 4e14};
    Diagnostics diags;
    auto frame = draw_chart(spec, 450, 200, fonts(), diags);
    REQUIRE(frame);
    for (const Path* path : paths(*frame))
      for (const PathOp& op : path->ops)
        for (const PathPoint& p : op.p) CHECK((std::isfinite(p.x) && std::isfinite(p.y)));
  }
}
