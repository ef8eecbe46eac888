#include "layout/knuth_plass.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace briefing::layout {
namespace {

// TeX's \linepenalty, \adjdemerits, \doublehyphendemerits and \finalhyphendemerits.
constexpr double kLinePenalty = 10;
constexpr double kAdjacentFitnessDemerits = 10000;
constexpr double kDoubleHyphenDemerits = 10000;
constexpr double kFinalHyphenDemerits = 5000;

// Badness is 100 r³ for an adjustment ratio r, capped like TeX's inf_bad. The first pass accepts
// lines up to r = 1 (all of the glue's stretch or shrink, no more); only paragraphs that cannot be
// set so take the looser second pass, and only impossible ones the last resort.
constexpr double kInfiniteBadness = 10000;
constexpr std::array<double, 2> kBadnessLimits = {100, 800};
constexpr double kInfinity = std::numeric_limits<double>::infinity();
constexpr double kRaggedHyphenFill = 0.85;
// A paragraph's last line holding one word shorter than this share of the measure, after a line
// above it, is a word left alone ("2024"): it costs more than any line within tolerance, so it
// is set only where no other breaks are (the \parfillskip trick of asking for a minimum last
// line, as demerits rather than a hard rule); a ragged one is refilled.
constexpr double kShortLastLine = 0.2;
constexpr double kShortLastLineDemerits = 1e6;
// The tolerance tried once more for such a paragraph: the second pass's.
constexpr double kShortLastLineLimit = 800;

enum Fitness { very_loose, loose, decent, tight };

int fitness_of(double ratio) {
  if (ratio < -0.5) return tight;
  if (ratio <= 0.5) return decent;
  if (ratio <= 1) return loose;
  return very_loose;
}

struct Totals {
  double width = 0;
  double stretch = 0;
  double shrink = 0;
};

Totals operator-(const Totals& a, const Totals& b) {
  return {a.width - b.width, a.stretch - b.stretch, a.shrink - b.shrink};
}

// How a line from one break to the next would be set.
struct Fit {
  double ratio = 0;
  double badness = 0;
  bool full = false;
};

// A feasible break: the best way found to end a line here in one fitness class.
struct Node {
  int position = -1;  // the break item; -1 for the paragraph's start
  int next_start = 0;
  int fitness = decent;
  double demerits = 0;
  int previous = -1;
  Fit line;  // the line that ends here
};

class Breaker {
 public:
  Breaker(const std::vector<BreakItem>& items, double first_width, double width)
      : items_(items), first_width_(first_width), width_(width), sums_(items.size() + 1) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      const BreakItem& item = items[i];
      sums_[i + 1] = sums_[i];
      if (item.kind == BreakItem::Kind::penalty) continue;
      sums_[i + 1].width += item.width;
      if (item.kind == BreakItem::Kind::glue) {
        sums_[i + 1].stretch += item.stretch;
        sums_[i + 1].shrink += item.shrink;
      }
    }
  }

  // One pass of the algorithm; false if some stretch of the paragraph has no feasible break.
  bool run(double badness_limit) {
    Node start;
    start.next_start = skip_discardable(0);
    nodes_.assign(1, start);
    active_.assign(1, 0);
    for (int b = 0; b < static_cast<int>(items_.size()); ++b) {
      if (!legal_break(items_[b])) continue;
      try_break(b, badness_limit);
      if (active_.empty()) return false;
    }
    return true;
  }

  std::vector<LineBreak> lines() const {
    int best = *std::min_element(active_.begin(), active_.end(), [&](int a, int b) {
      return nodes_[a].demerits < nodes_[b].demerits;
    });
    std::vector<LineBreak> lines;
    for (int k = best; nodes_[k].previous >= 0; k = nodes_[k].previous) {
      const Node& node = nodes_[k];
      // An underfull line without glue, or the last resort's overfull one, is set as far as its
      // glue allows.
      double ratio = std::isfinite(node.line.ratio) ? std::max(node.line.ratio, -1.0) : 0;
      lines.push_back({nodes_[node.previous].next_start, node.position, ratio, node.line.full});
    }
    std::reverse(lines.begin(), lines.end());
    return lines;
  }

 private:
  static bool forced(const BreakItem& item) {
    return item.kind == BreakItem::Kind::penalty && item.penalty <= kForceBreak;
  }

  static bool legal_break(const BreakItem& item) {
    if (item.kind == BreakItem::Kind::glue) return item.breakable;
    return item.kind == BreakItem::Kind::penalty && item.penalty < kNoBreak;
  }

  // A line starts at the first box after a break: glue and penalties there are dropped.
  int skip_discardable(int i) const {
    int n = static_cast<int>(items_.size());
    while (i < n && items_[i].kind != BreakItem::Kind::box && !forced(items_[i])) ++i;
    return i;
  }

  Fit fit(const Node& from, int b) const {
    const BreakItem& item = items_[b];
    Totals line = sums_[b] - sums_[from.next_start];
    double length = line.width + (item.kind == BreakItem::Kind::penalty ? item.width : 0);
    double target = from.position < 0 ? first_width_ : width_;
    if (length < target && forced(item)) return {0, 0, false};
    double ratio = 0;
    if (length < target) {
      if (line.stretch <= 0) return {kInfinity, kInfiniteBadness, false};
      ratio = (target - length) / line.stretch;
    } else if (length > target) {
      if (line.shrink <= 0) return {-kInfinity, kInfiniteBadness, false};
      ratio = (target - length) / line.shrink;
    }
    double badness = std::min(100 * std::abs(ratio * ratio * ratio), kInfiniteBadness);
    return {ratio, badness, ratio >= -1};
  }

  double demerits(const Node& from, int b, const Fit& line, int fitness) const {
    const BreakItem& item = items_[b];
    double d = (kLinePenalty + line.badness) * (kLinePenalty + line.badness);
    if (item.kind == BreakItem::Kind::penalty && !forced(item)) {
      double p = item.penalty;
      d += p >= 0 ? p * p : -p * p;
    }
    if (from.position >= 0 && items_[from.position].flagged) {
      if (item.flagged) d += kDoubleHyphenDemerits;
      if (b + 1 == static_cast<int>(items_.size())) d += kFinalHyphenDemerits;
    }
    if (std::abs(fitness - from.fitness) > 1) d += kAdjacentFitnessDemerits;
    if (from.position >= 0 && b + 1 == static_cast<int>(items_.size())) {
      Totals last = sums_[b] - sums_[from.next_start];
      // No stretch: no space, one word (or the tail of a hyphenated one).
      if (last.stretch <= 0 && last.width < kShortLastLine * width_) d += kShortLastLineDemerits;
    }
    return d;
  }

  void try_break(int b, double badness_limit) {
    struct Candidate {
      double demerits = kInfinity;
      int from = -1;
      Fit line;
    };
    std::array<Candidate, 4> best;
    double least = kInfinity;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < active_.size(); ++i) {
      int a = active_[i];
      const Node& from = nodes_[a];
      if (from.next_start > b) {  // b lies in the discarded items right after this break
        active_[kept++] = a;
        continue;
      }
      Fit line = fit(from, b);
      bool overfull = line.ratio < -1;
      bool last_active = kept == 0 && i + 1 == active_.size();
      if (!overfull && !forced(items_[b])) active_[kept++] = a;
      int fitness = fitness_of(line.ratio);
      double d;
      // TeX's artificial_demerits: when the last active break would die and nothing else can
      // end a line here, accept the overfull line rather than no paragraph at all.
      if (overfull && std::isinf(badness_limit) && last_active && std::isinf(least)) {
        fitness = decent;
        d = from.demerits;
      } else if (!overfull && line.badness <= badness_limit) {
        d = from.demerits + demerits(from, b, line, fitness);
      } else {
        continue;
      }
      if (d < best[fitness].demerits) best[fitness] = {d, a, line};
      least = std::min(least, d);
    }
    active_.resize(kept);
    // Like TeX, keep a worse fitness class only if it could still win by avoiding adjdemerits.
    for (int fitness = 0; fitness < 4; ++fitness) {
      const Candidate& c = best[fitness];
      if (c.from < 0 || c.demerits > least + kAdjacentFitnessDemerits) continue;
      active_.push_back(static_cast<int>(nodes_.size()));
      nodes_.push_back({b, skip_discardable(b + 1), fitness, c.demerits, c.from, c.line});
    }
  }

  const std::vector<BreakItem>& items_;
  double first_width_;
  double width_;
  std::vector<Totals> sums_;  // sums_[i]: totals of items [0, i)
  std::vector<Node> nodes_;
  std::vector<int> active_;
};

}  // namespace

namespace {

double natural_width(const std::vector<BreakItem>& items, int from, int to) {
  double width = 0;
  for (int i = from; i < to; ++i)
    if (items[i].kind != BreakItem::Kind::penalty) width += items[i].width;
  return width;
}

// The paragraph's last line is one short word after a line above it.
bool ends_alone(const std::vector<BreakItem>& items, const std::vector<LineBreak>& lines,
                double width) {
  if (lines.size() < 2) return false;
  const LineBreak& last = lines.back();
  for (int i = last.start; i < last.end; ++i)
    if (items[i].kind == BreakItem::Kind::glue && items[i].stretch > 0) return false;
  return natural_width(items, last.start, last.end) < kShortLastLine * width;
}

// A ragged paragraph whose last line is a short word alone ends its line above one break
// earlier, when the last line can take what moves down and the line above keeps half the
// measure: "Vietnam News / Agency, VietnamPlus" rather than a lone word.
void refill_short_last_line(const std::vector<BreakItem>& items, std::vector<LineBreak>& lines,
                            double width) {
  if (lines.size() < 2) return;
  LineBreak& above = lines[lines.size() - 2];
  LineBreak& last = lines.back();
  if (natural_width(items, last.start, last.end) >= kShortLastLine * width) return;
  for (int i = last.start; i < last.end; ++i)
    if (items[i].kind == BreakItem::Kind::penalty && items[i].penalty < kNoBreak) return;
  for (int b = above.end - 1; b > above.start; --b) {
    const BreakItem& item = items[b];
    bool breakable = item.kind == BreakItem::Kind::glue ? item.breakable
                     : item.kind == BreakItem::Kind::penalty
                         ? item.penalty < kNoBreak && !item.flagged
                         : false;
    if (!breakable) continue;
    double kept = natural_width(items, above.start, b);
    if (kept < width / 2) return;
    int start = b + 1;
    while (start < above.end && items[start].kind != BreakItem::Kind::box) ++start;
    if (natural_width(items, start, last.end) > width + 1e-9) return;
    above.end = b;
    last.start = start;
    return;
  }
}

}  // namespace

std::vector<LineBreak> break_lines(const std::vector<BreakItem>& items, double first_width,
                                   double width) {
  Breaker breaker(items, first_width, width);
  for (double limit : kBadnessLimits) {
    if (!breaker.run(limit)) continue;
    auto lines = breaker.lines();
    // Within the first pass's tolerance a word may have nowhere else to go; looser lines often
    // give it a companion. Only such paragraphs pay for the second run.
    if (limit < kShortLastLineLimit && ends_alone(items, lines, width) &&
        breaker.run(kShortLastLineLimit)) {
      auto looser = breaker.lines();
      if (!ends_alone(items, looser, width)) return looser;
    }
    return lines;
  }
  breaker.run(kInfinity);
  return breaker.lines();
}

std::vector<LineBreak> first_fit_lines(const std::vector<BreakItem>& items, double first_width,
                                       double width) {
  auto is_break = [](const BreakItem& item) {
    return item.kind == BreakItem::Kind::glue
               ? item.breakable
               : item.kind == BreakItem::Kind::penalty && item.penalty < kNoBreak;
  };
  auto starts_line = [&](int i) {  // glue and penalties after a break are dropped
    while (i < int(items.size()) && items[i].kind != BreakItem::Kind::box &&
           !(items[i].kind == BreakItem::Kind::penalty && items[i].penalty <= kForceBreak))
      ++i;
    return i;
  };
  std::vector<LineBreak> lines;
  int start = starts_line(0);
  double target = first_width;
  while (start < int(items.size())) {
    double length = 0;
    int fitting = -1;  // the last break at which the line still fits
    int plain = -1;    // ... and the last one that does not hyphenate a word
    double plain_length = 0;
    int end = -1;
    for (int b = start; b < int(items.size()); ++b) {
      const BreakItem& item = items[b];
      bool forced = item.kind == BreakItem::Kind::penalty && item.penalty <= kForceBreak;
      if (is_break(item) || forced) {
        double with_penalty = length + (item.kind == BreakItem::Kind::penalty ? item.width : 0);
        if (with_penalty <= target + 1e-9) {
          fitting = b;
          if (!(item.flagged && item.width > 0)) plain = b, plain_length = length;
        }
        // Past the measure, or at a forced break: end at the last fitting break, or here if none.
        if (forced || with_penalty > target + 1e-9) {
          end = fitting >= 0 ? fitting : b;
          // A ragged line hyphenates only when it would otherwise be noticeably short.
          if (!forced && plain >= 0 && plain_length >= kRaggedHyphenFill * target) end = plain;
          break;
        }
      }
      if (item.kind != BreakItem::Kind::penalty) length += item.width;
    }
    if (end < 0) break;
    lines.push_back({start, end, 0, false});
    start = starts_line(end + 1);
    target = width;
  }
  refill_short_last_line(items, lines, width);
  return lines;
}

}  // namespace briefing::layout
