#pragma once
// Explicit directional controls (UAX #9: embeddings, overrides, isolates) that are not paired
// within their paragraph. The algorithm tolerates them, but an unclosed override reverses or
// re-orders the rest of the paragraph, a likely accident of copy and paste.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace briefing {

struct BidiControlProblem {
  std::size_t offset = 0;  // byte of the control at fault
  std::string message;     // "U+202E RIGHT-TO-LEFT OVERRIDE has no matching U+202C ..."
};

// One problem per control that opens without closing (LRE, RLE, LRO, RLO without PDF; LRI,
// RLI, FSI without PDI) or closes nothing (a PDF with no embedding or override open in its
// isolate, a PDI with no isolate open), in the order of the text. A U+2029 PARAGRAPH SEPARATOR
// ends a paragraph.
std::vector<BidiControlProblem> bidi_control_problems(std::string_view utf8);

}  // namespace briefing
