#pragma once
// Bind stage: Document + checked facts -> Document. Every fact reference becomes the fact as
// printed in the brief's language, followed by its source note number in superscript (numbered in
// order of first citation; a fact cited again keeps its number), and the sources list gains,
// under each article, the quotes its notes cite. A reference to an unknown fact, or to one whose
// check failed, is an error at the reference: nothing is printed from an unverified fact.
#include <optional>
#include <string>
#include <string_view>

#include "base/diag.hpp"
#include "data/data.hpp"
#include "model/document.hpp"

namespace briefing::bind {

std::optional<model::Document> bind_facts(model::Document doc, const data::FactSheet& sheet,
                                          Diagnostics& diags);

}  // namespace briefing::bind
