#pragma once
// Footnotes: the brief's <footnote>s, numbered in the order bind meets them, and, when the layout
// prints the facts' source notes at the page foot, one note per cited fact naming the article
// and the sentence its figure quotes. Layout numbers them again as their pages say.
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/diag.hpp"
#include "bind/notes.hpp"
#include "model/document.hpp"

namespace briefing::bind {

class FootnoteBinder {
 public:
  FootnoteBinder(model::Footnotes& notes, Diagnostics& diags) : notes_(notes), diags_(diags) {}

  bool source_notes() const { return notes_.source_notes; }
  // Takes a <footnote>'s bound text into the document's notes; `marker` then names it.
  void add(model::Run& marker, std::vector<model::Run> runs);
  // The marker of a fact's source note printed as a footnote: one note per quoted sentence, as
  // the sources list gives one line to the facts that quote the same sentence.
  model::Run source_marker(const Note& note, const Location& where);
  // Writes each fact's footnote: the sources list's entry for its article, then the quote.
  void write_sources(const Notes& notes, std::string_view lang,
                     const std::vector<model::Block>& body);

 private:
  int new_note(const Location& where);

  model::Footnotes& notes_;
  Diagnostics& diags_;
  std::vector<int> of_fact_;  // [note number - 1]: the footnote of each cited fact
  std::map<std::pair<std::string, std::string>, int> of_quote_;  // (article, quote): footnote
};

}  // namespace briefing::bind
