#pragma once
// Model stage: BriefSpec -> Document. Resolves style inheritance (cycles are errors), looks up
// the styles each block kind needs, substitutes static fields and expands <sources-list/>.
#include <optional>

#include "base/diag.hpp"
#include "model/document.hpp"
#include "parse/parse.hpp"

namespace briefing::model {

std::optional<Document> build_document(const parse::BriefSpec& spec, Diagnostics& diags);

// The font manifest the brief's layout names (absolute path).
std::string font_manifest_path(const parse::BriefSpec& spec);

}  // namespace briefing::model
