#pragma once
// Text a grayscale printer would wash out: every style's colour against what it is printed on.
#include <map>
#include <string>

#include "base/diag.hpp"
#include "model/document.hpp"
#include "parse/parse.hpp"

namespace briefing::model {

// Warns, at the <style>, of each style whose text falls below kLegibleContrast (4.5:1, WCAG 2)
// against its own background, or else the panel it is printed in, or else the white paper.
void check_contrast(const parse::LayoutSpec& layout,
                    const std::map<std::string, Style, std::less<>>& styles, Diagnostics& diags);

}  // namespace briefing::model
