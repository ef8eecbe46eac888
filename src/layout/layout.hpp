#pragma once
// Layout stage: Document -> PagedDocument. Blocks become a vertical list of boxes (lines, table
// rows, panels) with break rules; the page builder fills pages from that list; finishing adds
// running headers and footers, page numbers, the table of contents, the pages of references,
// links and the outline.
#include <optional>

#include "base/diag.hpp"
#include "base/page.hpp"
#include "chart/chart.hpp"
#include "font/font.hpp"
#include "model/document.hpp"

namespace briefing::layout {

// Reads the hyphenation results earlier runs kept, or, when there are none, starts reading the
// hyphenation patterns on a thread of its own, so that they are ready when layout needs them.
// Call it as early as a build starts.
void preload_hyphenation();

PagedDocument layout_document(const model::Document& doc, const font::FontBook& fonts,
                              Diagnostics& diags);

// A chart as the brief prints it: as wide as the text frame (or `measure`, the column it stands
// in, when above 0) less the chart style's padding, `chart.height` tall. A chart taller than the
// text frame is an error at chart.where.
std::optional<chart::Frame> chart_frame(const model::Chart& chart, const model::PageSetup& page,
                                        const font::FontBook& fonts, Diagnostics& diags,
                                        double measure = 0);

}  // namespace briefing::layout
