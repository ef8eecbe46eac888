// libFuzzer target: the chart data path and the number formatters. The input picks a chart kind,
// a unit, the numbers of series and categories, and then raw doubles as the values (so NaN,
// infinities, subnormals, 1e308 and negative zero all occur) and labels from the rest. A chart is
// either refused with a located error or drawn with every coordinate, size and width finite and
// within the bound the content-stream writer asserts. The same values go through the chart's
// label formatter, and the input's text through Decimal and the fact formatter, whose output
// must never hold "nan", "inf" or an exponent.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "base/decimal.hpp"
#include "base/unicode.hpp"
#include "chart/chart.hpp"
#include "chart/numbers.hpp"
#include "data/format.hpp"

namespace {

using namespace briefing;

// content.cpp's kLargestNumber: what the writer accepts.
constexpr double kLargestNumber = 1e9;

const font::FontBook& fonts() {
  static const std::unique_ptr<font::FontBook> book = [] {
    Diagnostics diags;
    return font::FontBook::load(BRIEFING_SOURCE_DIR "/fonts/manifest.xml", diags);
  }();
  if (!book) std::abort();
  return *book;
}

class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}
  std::uint8_t byte() { return at_ < size_ ? data_[at_++] : 0; }
  double number() {
    std::uint64_t bits = 0;
    for (int k = 0; k < 8; ++k) bits = bits << 8 | byte();
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
  }
  std::string_view rest() const {
    return {reinterpret_cast<const char*>(data_) + at_, size_ - std::min(at_, size_)};
  }

 private:
  const std::uint8_t* data_;
  std::size_t size_, at_ = 0;
};

void require(bool ok) {
  if (!ok) std::abort();
}

void require_drawable(double v) { require(std::isfinite(v) && std::fabs(v) <= kLargestNumber); }

void require_plain(std::string_view text) {
  for (std::string_view bad : {"nan", "inf", "e+", "e-"})
    require(text.find(bad) == std::string_view::npos);
}

void check_ops(const std::vector<PathOp>& ops) {
  for (const PathOp& op : ops)
    for (const PathPoint& p : op.p) require_drawable(p.x), require_drawable(p.y);
}

void check_item(const Item& item) {
  if (const auto* run = std::get_if<GlyphRun>(&item)) {
    require_drawable(run->x), require_drawable(run->y), require_drawable(run->size);
  } else if (const auto* fill = std::get_if<Fill>(&item)) {
    for (double v : {fill->rect.x, fill->rect.y, fill->rect.w, fill->rect.h}) require_drawable(v);
  } else if (const auto* stroke = std::get_if<Stroke>(&item)) {
    for (double v : {stroke->x1, stroke->y1, stroke->x2, stroke->y2, stroke->width})
      require_drawable(v);
  } else if (const auto* path = std::get_if<PathBox>(&item)) {
    check_ops((*path)->ops);
    check_ops((*path)->clip);
    require_drawable((*path)->line_width);
  }
}

chart::ChartSpec spec_from(Input& in) {
  chart::ChartSpec spec;
  spec.kind = static_cast<chart::ChartKind>(in.byte() % 9);
  spec.title = "Fuzz";
  spec.where = {"fuzz.xml", 1, 1};
  auto measure = in.byte() % 3;
  spec.data.unit = {static_cast<chart::Measure>(measure), measure == 1 ? "USD" : ""};
  std::size_t series = 1 + in.byte() % 4, categories = 1 + in.byte() % 8;
  for (std::size_t i = 0; i < categories; ++i)
    spec.data.categories.push_back({"C" + std::to_string(i), (in.byte() & 1) ? "" : "part"});
  for (std::size_t s = 0; s < series; ++s) {
    chart::Series one{"S" + std::to_string(s), {}, {}};
    for (std::size_t i = 0; i < categories; ++i) one.values.push_back(in.number());
    spec.data.series.push_back(std::move(one));
  }
  return spec;
}

void format_values(const chart::ChartSpec& spec) {
  for (const auto& series : spec.data.series)
    for (double v : series.values) {
      if (!std::isfinite(v) || std::fabs(v) > 1e15) continue;  // what check_chart admits
      auto scale = chart::pick_scale(spec.data.unit, std::fabs(v));
      require_plain(chart::value_label(spec.data.unit, scale, v, "over"));
    }
}

void format_decimal(std::string_view text) {
  auto parsed = Decimal::parse(text.substr(0, text.find('\n')));
  if (!parsed) return;
  require(Decimal::parse(parsed.value.plain()).value == parsed.value);
  for (auto kind : {data::Kind::money, data::Kind::count, data::Kind::percent, data::Kind::ordinal})
    for (std::string_view lang : {"en", "vi"})
      require_plain(data::format_quantity(parsed.value, kind, "USD", "", lang));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Input in(data, size);
  auto spec = spec_from(in);
  format_values(spec);
  if (!invalid_utf8_offset(in.rest())) format_decimal(in.rest());
  Diagnostics diags;
  auto frame = chart::draw_chart(spec, 300, 180, fonts(), diags);
  require(frame.has_value() != diags.has_errors());
  if (frame)
    for (const Item& item : frame->items) check_item(item);
  return 0;
}
