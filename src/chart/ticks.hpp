#pragma once
// Axis ticks at "nice" steps (1, 2 or 5 × 10ⁿ), the steps readers can add up in their heads.
#include <vector>

namespace briefing::chart {

struct Ticks {
  double lo = 0, hi = 1;  // the axis range: the first and last tick
  double step = 1;
  int decimals = 0;  // decimals a label needs to tell neighbouring ticks apart
  std::vector<double> values;
};

// Ticks covering [lo, hi] (finite, lo <= hi, magnitudes within the chart limits of draw.hpp:
// check_chart has refused the rest) with at most `max_count` values (at least 2, or 3 when the
// range crosses zero); with `with_zero` the range also covers 0, as bars need. A range of one
// value (or of values closer than a billionth of their size) is widened around it.
Ticks nice_ticks(double lo, double hi, int max_count, bool with_zero);

}  // namespace briefing::chart
