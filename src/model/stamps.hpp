#pragma once
// Stamps: the layout's and the brief's <stamp>s, and the DRAFT of `build --draft`, checked to
// read in grayscale print without hiding the text they cross.
#include <vector>

#include "model/document.hpp"
#include "model/styles.hpp"
#include "parse/parse.hpp"

namespace briefing::model {

std::vector<Stamp> make_stamps(const parse::BriefSpec& spec, const Meta& meta,
                               const StyleSheet& styles, Diagnostics& diags);

}  // namespace briefing::model
