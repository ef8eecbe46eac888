#pragma once
// Internal to layout: a table's column widths and the decimal alignment of its number columns.
#include <optional>
#include <vector>

#include "layout/vlist.hpp"

namespace briefing::layout {

struct Columns {
  std::vector<double> x, w;
  // The width cells from `column` on, `span` columns, share.
  double across(std::size_t column, std::size_t span) const {
    return x[column + span - 1] + w[column + span - 1] - x[column];
  }
};

double cell_padding(const model::Style& style);

// The widths the table gives, or else widths from its cells' content as HTML's automatic table
// layout takes them: each column's widest word and its widest unbroken text, the frame shared
// out between them; never wider than the frame.
Columns table_columns(const BlockContext& ctx, const model::Table& table);

// Where a line's number has its decimal point, measured from the line's start: the first
// number's `mark` (a point, or a comma in Vietnamese) or, when it has none, its end; nothing
// when the line holds no digit. A qualifier before it ("≈", "> ") and a unit or a note marker
// after it are text like any other.
std::optional<double> decimal_x(const Line& line, char mark);

}  // namespace briefing::layout
