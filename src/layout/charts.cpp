// Charts at the size the brief prints them.
#include "layout/layout.hpp"

namespace briefing::layout {

std::optional<chart::Frame> chart_frame(const model::Chart& chart, const model::PageSetup& page,
                                        const font::FontBook& fonts, Diagnostics& diags,
                                        double measure) {
  double pad = chart.style.padding;
  double frame_height = page.height - page.top - page.bottom;
  double needed = chart.height + 2 * pad;
  if (needed > frame_height) {
    diags.error(chart.where,
                "the chart is taller than the page: " + std::to_string(int(needed + 0.5)) +
                    "pt with its padding, the "
                    "text frame is " +
                    std::to_string(int(frame_height)) + "pt; lower 'height'");
    return std::nullopt;
  }
  double width = (measure > 0 ? measure : page.width - page.inner - page.outer) - 2 * pad;
  return chart::draw_chart(chart.spec, width, chart.height, fonts, diags);
}

}  // namespace briefing::layout
