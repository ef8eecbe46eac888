#pragma once
// Numbered figures and cross-references: a figure's caption gets its label ("Figure 2. "), the
// lists of figures and tables their entries, and every <ref> its words in the brief's language
// ("Figure 2 on page 4", "section 2.3", "note 5") with a link to its target; the page number is
// left for layout, which knows it once pages are built.
#include <set>
#include <string>

#include "base/diag.hpp"
#include "bind/notes.hpp"
#include "data/data.hpp"
#include "model/document.hpp"

namespace briefing::bind {

// `printed`: the facts the brief prints, which a reference may name. An unknown id is an error
// at the reference with the closest id; so is one the edition left out, naming the fact, and a
// brief id that a fact also has.
void bind_references(model::Document& doc, const data::FactSheet& sheet, const Notes& notes,
                     const std::set<std::string, std::less<>>& printed, Diagnostics& diags);

}  // namespace briefing::bind
