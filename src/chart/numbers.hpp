#pragma once
// Numbers written the way the brief writes them: "USD 172 bn", "20,000", "60%".
#include <string>
#include <string_view>

#include "chart/chart.hpp"

namespace briefing::chart {

// Large values are written in a unit of a power of a thousand ("bn"), chosen once per chart so
// that ticks and value labels agree.
struct Scale {
  double divisor = 1;
  std::string word;  // "" (ones), money: "m", "bn", "tn"; counts: "million", "billion"...
  int power = 0;     // divisor = 10^power
};

// The scale for values up to `magnitude` (the largest absolute value shown).
Scale pick_scale(const Unit& unit, double magnitude);

// "20,000.5", "-3": grouped thousands, `decimals` digits after the point.
std::string format_number(double value, int decimals);

// Decimals that tell ticks `step` apart once divided by the scale.
int step_decimals(double step, const Scale& scale);

// A tick: "150", "20,000", "60%" (the unit itself goes into the axis title).
std::string tick_label(const Unit& unit, const Scale& scale, double value, int decimals);

// A value on its own: "USD 172 bn", "nearly 60%", "1.5 million"; decimals as the value needs
// (at most two), or with `exact`, every digit of that figure ("USD 172.345 bn").
std::string value_label(const Unit& unit, const Scale& scale, double value,
                        std::string_view qualifier = {}, const Decimal* exact = nullptr);

// The number alone, as the axis unit title explains it: "172", "60%".
std::string bare_value(const Unit& unit, const Scale& scale, double value,
                       const Decimal* exact = nullptr);

// The unit as an axis title part: "USD bn", "million students", "students"; "" for percent.
std::string unit_title(const Unit& unit, const Scale& scale);

}  // namespace briefing::chart
