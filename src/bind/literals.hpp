#pragma once
// No unverified figure on paper: a number the brief writes itself, rather than citing a fact,
// must be a date, a label's number (section 2, page 4, Directive No. 12), an identifier, an
// ordinal or a number inside a quoted title; or be declared a literal (<literal reason>,
// <figure value reason>, <series values reason>), which prints with a note "not verified:
// REASON". Anything else is an error where the brief writes it (a warning in a draft).
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.hpp"
#include "data/data.hpp"
#include "model/document.hpp"

namespace briefing::bind {

// The quantities of `text` that read as statistics: those data::find_quantities finds, less
// the classes that are not statistics (dates, ordinals, labels' numbers, numbers in quotes,
// small counts spelled out in words: "the two countries").
std::vector<data::Quantity> unverified_figures(std::string_view text);

// Reports every unverified figure the brief writes into the document: its text (paragraphs,
// headings, lists, cells, captions, quotations, footnotes, key figures, charts, the title,
// subtitle, classification and author the cover and running heads repeat) and a chart's literal
// values without a reason. A figure is reported at the start of the text holding it (the model
// keeps no finer place) or at its attribute. Errors, or
// warnings when the document is a draft (`build --draft`). Runs before facts are bound: what a
// <fact ref> or <literal> prints is not looked at.
void refuse_unverified_figures(const model::Document& doc, Diagnostics& diags);

// A literal's note, cited like a fact's: no article, its "quote" the words the sources list and
// a footnote print ("not verified: REASON"); `index` makes its id unique.
data::Fact literal_note(std::string_view figure, std::string_view reason, const Location& where,
                        std::string_view lang, std::size_t index);

// Whether a cited note is a literal's rather than a fact's (a derived figure quotes no article
// either, but it is computed from facts).
inline bool is_literal_note(const data::Fact& fact) {
  return fact.article.empty() && !fact.is_derived();
}

}  // namespace briefing::bind
