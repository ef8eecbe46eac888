#pragma once
// Writing to facts.xml: `extract --into` queues candidates for review in its <candidates>
// section. The curated <fact> and <series> entries are never rewritten: new candidates are
// spliced into the file's text, which is otherwise kept byte for byte.
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "data/data.hpp"

namespace briefing::data {

// Appends each candidate not already there (the same article file, quote and value as a queued
// candidate, or the value of a curated fact or point whose quote is part of the candidate's
// sentence) to <candidates>, creating the section, or the file, when missing. The file is
// replaced through a temporary file and a rename, and left alone when nothing is new.
bool append_candidates(const std::string& facts_path, const std::vector<Candidate>& candidates,
                       Diagnostics& diags);

}  // namespace briefing::data
