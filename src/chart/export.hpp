#pragma once
// A chart frame drawn by Cairo for reuse outside the brief: PNG (slides; 300 dpi by default),
// SVG (the web) and PDF. Text is set in the same font files the FontBook measured, glyph by glyph
// at the FontBook's advances, so an export looks exactly like the chart in the brief's PDF.
#include <optional>
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "chart/chart.hpp"
#include "font/font.hpp"

namespace briefing::chart {

using Bytes = std::vector<unsigned char>;

// On a white background (slides are not always white), with the resolution recorded in the
// file so that slide programs size it right.
std::optional<Bytes> to_png(const Frame& frame, const font::FontBook& fonts, Diagnostics& diags,
                            double dpi = 300);

std::optional<Bytes> to_svg(const Frame& frame, const font::FontBook& fonts, Diagnostics& diags);

struct PdfInfo {
  std::string title;
  // ISO date (yyyy-mm-dd) from the brief, written as the creation date; never the clock, so
  // the same chart gives the same bytes. Empty: 1970-01-01.
  std::string date;
};

std::optional<Bytes> to_pdf(const Frame& frame, const font::FontBook& fonts, const PdfInfo& info,
                            Diagnostics& diags);

}  // namespace briefing::chart
