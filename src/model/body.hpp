#pragma once
// The brief's body as model blocks: sections become numbered headings followed by their
// blocks, <sources-list/> becomes the list of the brief's articles.
#include <vector>

#include "base/diag.hpp"
#include "model/document.hpp"
#include "model/styles.hpp"
#include "parse/parse.hpp"

namespace briefing::model {

// Also numbers figures and tables, and gathers what a <ref> may name into `targets`.
std::vector<Block> build_body(const parse::BriefSpec& spec, const StyleSheet& styles,
                              Targets& targets, std::vector<Turn>& turns,
                              std::vector<ColumnRun>& column_runs, Diagnostics& diags);

}  // namespace briefing::model
