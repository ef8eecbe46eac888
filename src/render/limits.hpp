#pragma once
// The limits of libharu 2.3.0 that a document can reach (the length of a PDF string, the entries
// of an array, the objects of a file), checked before any libharu call: libharu would report
// only a code, long after the call that caused it, with no place in the brief.
#include "base/diag.hpp"
#include "base/page.hpp"

namespace briefing::render {

// Reports every text or count past a limit at the brief's place that produced it (the
// document's file for counts); true when there is none.
bool within_writer_limits(const PagedDocument& doc, Diagnostics& diags);

}  // namespace briefing::render
