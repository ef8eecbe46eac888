#pragma once
// Output of `briefing extract`: candidates as TSV for a spreadsheet, or as XML whose
// <candidate> elements carry the attributes of a facts.xml <fact> (id, label, kind, value, unit,
// qualifier, period, article, quote), so that a reviewed candidate becomes a fact by renaming.
#include <string>
#include <vector>

#include "data/data.hpp"

namespace briefing::data {

// A header line, then one line per candidate: file, offset, kind, value_as_written, value,
// unit, qualifier, period, zone, quote, subject. Backslash, tab, newline and carriage return in
// a field are written \\, \t, \n and \r.
std::string candidates_tsv(const std::vector<Candidate>& candidates);

// <candidates> with one <candidate> per candidate. Ids are made from the subject (ASCII,
// lower case, hyphens) and the period, unique within the document.
std::string candidates_xml(const std::vector<Candidate>& candidates);

}  // namespace briefing::data
