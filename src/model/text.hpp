#pragma once
// Inline text for the model: XML whitespace collapsed as a reader expects, static fields filled.
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"
#include "parse/parse.hpp"

namespace briefing::model {

// Runs with every run of XML whitespace (space, tab, CR, LF) made one space, also across run
// boundaries, and the ends trimmed; runs left empty are dropped, except fact references and
// <ref>s, whose words bind prints.
std::vector<Run> make_runs(const parse::Inline& content);
std::string plain_text(const std::vector<Run>& runs);

// "2026-01-15" -> "15 January 2026", "2026-01" -> "January 2026"; other text unchanged.
std::string long_date(std::string_view iso_date);

// Replaces {title}, {subtitle}, {date} (as a long date) and {classification}; other fields,
// such as {section}, {page} and {pages}, are left for layout.
std::string substitute_static_fields(std::string_view text, const Meta& meta);

// A running element's template as parts: text with the static fields filled in, and the page
// fields {section}, {page} and {pages}, for layout. One pass: a value is never read for fields.
RunningText running_text(std::string_view text, const Meta& meta);

}  // namespace briefing::model
