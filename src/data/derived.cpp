// check_derived: a <derived> figure is verified when its inputs are verified exact facts and its
// value is their computation, rounded as the figure states. The comparison is exact: a quotient
// q = n / d rounds to v at r decimals when (v - h) d <= n < (v + h) d, h = 0.5 x 10^-r, so no
// division, and no binary floating point, decides it.
#include <cmath>
#include <cstdio>

#include "data/data.hpp"

namespace briefing::data {

namespace {

// What the computation yields, as numerator / denominator (denominator > 0).
struct Quotient {
  Decimal numerator, denominator = Decimal::integer(1);
};

std::optional<Decimal> minus(const Decimal& a, const Decimal& b) {
  auto negated = b.times(Decimal::integer(-1));
  return negated ? a.plus(*negated) : std::nullopt;
}

std::optional<Quotient> compute(const std::string& op, const std::vector<const Fact*>& in) {
  static const Decimal hundred = Decimal::integer(100);
  if (op == "sum") {
    Decimal total;
    for (const auto* fact : in) {
      auto next = total.plus(fact->value);
      if (!next) return std::nullopt;
      total = *next;
    }
    return Quotient{total};
  }
  const Decimal& a = in[0]->value;
  const Decimal& b = in[1]->value;
  if (op == "difference") {
    auto d = minus(a, b);
    return d ? std::optional(Quotient{*d}) : std::nullopt;
  }
  if (op == "ratio") return Quotient{a, b};
  if (op == "share") {
    auto n = a.times(hundred);
    return n ? std::optional(Quotient{*n, b}) : std::nullopt;
  }
  auto d = minus(b, a);  // change: from a to b, in per cent of a
  auto n = d ? d->times(hundred) : std::nullopt;
  return n ? std::optional(Quotient{*n, a}) : std::nullopt;
}

// Whether n / d, rounded half away from zero to `round` decimals (exactly when -1), is v.
std::optional<bool> rounds_to(const Quotient& q, const Decimal& v, int round) {
  if (round < 0) {
    auto product = v.times(q.denominator);
    return product ? std::optional(*product == q.numerator) : std::nullopt;
  }
  auto half = Decimal::integer(5).shifted(-(round + 1));
  auto low = half ? minus(v, *half) : std::nullopt;
  auto high = half ? v.plus(*half) : std::nullopt;
  auto low_n = low ? low->times(q.denominator) : std::nullopt;
  auto high_n = high ? high->times(q.denominator) : std::nullopt;
  if (!low_n || !high_n) return std::nullopt;
  const Decimal& n = q.numerator;
  return n.is_negative() ? *low_n < n && n <= *high_n : *low_n <= n && n < *high_n;
}

std::string shown(const Quotient& q, int round) {
  if (q.denominator == Decimal::integer(1)) return q.numerator.plain();
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", round < 0 ? 6 : round,
                q.numerator.to_double() / q.denominator.to_double());
  return text;
}

class DerivedCheck {
 public:
  DerivedCheck(FactSheet& sheet, Fact& fact, Diagnostics& diags)
      : sheet_(sheet), fact_(fact), diags_(diags) {}

  bool run() {
    if (!resolve() || !measures_agree()) return false;
    auto q = compute(fact_.op, inputs_);
    if (!q) return fail("the computation needs more digits than a figure carries");
    if (q->denominator.is_zero() || q->denominator.is_negative())
      return fail("'" + inputs_[fact_.op == "change" ? 0 : 1]->id +
                  "' is the divisor and is not above zero");
    if (fact_.round >= 0 && fact_.value.decimals() > fact_.round)
      return fail("the value " + fact_.value.plain() + " has more decimals than round=\"" +
                  std::to_string(fact_.round) + "\" states");
    auto agrees = rounds_to(*q, fact_.value, fact_.round);
    if (!agrees) return fail("the computation needs more digits than a figure carries");
    if (!*agrees)
      return fail("the " + fact_.op + " of " + names() + " is " + shown(*q, fact_.round) +
                  (fact_.round < 0 ? " (exactly; state round=\"N\" if the value is rounded)"
                                   : " rounded to " + std::to_string(fact_.round) +
                                         (fact_.round == 1 ? " decimal" : " decimals")) +
                  ", not " + fact_.value.plain());
    if (!fact_.period) fact_.period = common_period();
    return true;
  }

 private:
  bool resolve() {
    for (const auto& id : fact_.inputs) {
      const Fact* input = sheet_.fact(id);
      if (!input) return fail("unknown fact '" + id + "' in 'of'");
      if (input == &fact_) return fail("it is computed from itself");
      if (!input->verified)
        return fail("its input '" + id + "' is not verified (" + place(input->where) +
                    "); a derived figure comes after the facts it uses");
      if (!input->qualifier.empty())
        return fail("its input '" + id + "' is " + format_fact(*input, "en") +
                    ", a bound rather than an exact figure, so no figure can be computed from it");
      inputs_.push_back(input);
    }
    return true;
  }

  // Sums and differences keep their inputs' measure; the rest divide like by like.
  bool measures_agree() {
    const Fact& first = *inputs_[0];
    for (const auto* input : inputs_)
      if (input->kind != first.kind || input->unit != first.unit)
        return fail("'" + input->id + "' is " + describe(*input) + " and '" + first.id + "' is " +
                    describe(first) + ": a " + fact_.op + " needs both in one measure");
    bool keeps = fact_.op == "sum" || fact_.op == "difference";
    Kind kind = keeps ? first.kind : fact_.op == "ratio" ? Kind::ratio : Kind::percent;
    std::string unit = keeps ? first.unit : kind == Kind::percent ? "%" : fact_.unit;
    if (fact_.kind != kind || fact_.unit != unit)
      return fail("a " + fact_.op + " of " + describe(first) + " figures is " +
                  std::string(kind_name(kind)) + (unit.empty() ? "" : " in " + unit) + ", not " +
                  describe(fact_));
    return true;
  }

  static std::string describe(const Fact& fact) {
    return std::string(kind_name(fact.kind)) + (fact.unit.empty() ? "" : " in " + fact.unit);
  }

  static std::string place(const Location& where) {
    return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.col);
  }

  std::string names() const {
    std::string text;
    for (std::size_t i = 0; i < inputs_.size(); ++i)
      text += (i == 0                    ? ""
               : i + 1 == inputs_.size() ? " and "
                                         : ", ") +
              ("'" + inputs_[i]->id + "' (" + inputs_[i]->value.plain() + ")");
    return text;
  }

  std::optional<Period> common_period() const {
    for (const auto* input : inputs_)
      if (input->period != inputs_[0]->period) return std::nullopt;
    return inputs_[0]->period;
  }

  bool fail(const std::string& why) {
    diags_.error(fact_.where, "derived '" + fact_.id + "': " + why);
    return false;
  }

  FactSheet& sheet_;
  Fact& fact_;
  Diagnostics& diags_;
  std::vector<const Fact*> inputs_;
};

}  // namespace

void check_derived(FactSheet& sheet, Diagnostics& diags) {
  for (auto& fact : sheet.facts)
    if (fact.is_derived()) fact.verified = DerivedCheck(sheet, fact, diags).run();
}

}  // namespace briefing::data
