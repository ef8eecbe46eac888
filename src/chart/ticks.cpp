#include "chart/ticks.hpp"

#include <algorithm>
#include <cmath>

namespace briefing::chart {

namespace {

// Slack for floor/ceil of ratios that are whole numbers but come out a hair off.
constexpr double kSlack = 1e-9;

// The smallest 1-2-5 step at or above `raw`, as mantissa × 10^exponent.
struct Step {
  int mantissa = 1;
  int exponent = 0;
  double value() const { return times(1); }
  // k steps; dividing by an exact power of ten keeps 3 × 0.1 at 0.3, not 0.30000000000000004.
  double times(double k) const {
    return exponent < 0 ? k * mantissa / std::pow(10.0, -exponent)
                        : k * mantissa * std::pow(10.0, exponent);
  }
  Step next() const {
    if (mantissa == 1) return {2, exponent};
    if (mantissa == 2) return {5, exponent};
    return {1, exponent + 1};
  }
};

Step step_at_least(double raw) {
  Step step{1, static_cast<int>(std::floor(std::log10(raw)))};
  while (step.value() < raw * (1 - kSlack)) step = step.next();
  return step;
}

// One value stands for nothing to compare with: show it against a range around it, from zero
// when it is positive or negative, so the axis still reads as a magnitude. Values closer than a
// billionth of their size are one value: no tick step could tell them apart, and counting steps
// from zero up to them would leave the exact integers of a double.
void widen(double& lo, double& hi) {
  if (hi - lo > 1e-9 * std::max(std::fabs(lo), std::fabs(hi))) return;
  if (lo > 0) {
    lo = 0;
  } else if (hi < 0) {
    hi = 0;
  } else {
    hi = 1;  // lo and hi are 0
  }
}

}  // namespace

Ticks nice_ticks(double lo, double hi, int max_count, bool with_zero) {
  if (with_zero) lo = std::min(lo, 0.0), hi = std::max(hi, 0.0);
  widen(lo, hi);
  // A range across zero needs a tick on each side of it however coarse the step.
  max_count = std::max(max_count, lo < 0 && hi > 0 ? 3 : 2);
  Step step = step_at_least((hi - lo) / (max_count - 1));
  for (;; step = step.next()) {
    double s = step.value();
    double first = std::floor(lo / s + kSlack);
    double last = std::ceil(hi / s - kSlack);
    if (last - first + 1 > max_count) continue;
    Ticks ticks;
    ticks.step = s;
    ticks.decimals = std::max(0, -step.exponent);
    for (double k = first; k <= last; ++k) {
      double v = step.times(k);
      ticks.values.push_back(v == 0 ? 0.0 : v);  // no "-0"
    }
    ticks.lo = ticks.values.front();
    ticks.hi = ticks.values.back();
    return ticks;
  }
}

}  // namespace briefing::chart
