#include "bind/footnotes.hpp"

#include <map>
#include <string>

#include "bind/language.hpp"
#include "bind/literals.hpp"
#include "model/text.hpp"

namespace briefing::bind {

namespace {

// The place a marker holds until layout numbers it: two of its widest signs. The room a
// narrower one leaves goes where its line's alignment puts it, as with a reference's page.
std::string placeholder(model::Footnotes::Marker kind) {
  switch (kind) {
    case model::Footnotes::Marker::letter:
      return "\u1D50\u1D50";
    case model::Footnotes::Marker::symbol:
      return "\u2021\u2021";
    case model::Footnotes::Marker::number:
      break;
  }
  return "\u2070\u2070";
}

}  // namespace

int FootnoteBinder::new_note(const Location& where) {
  if (notes_.notes.empty() && !notes_.style)
    diags_.error(where, "the layout defines no style 'footnote', which <footnote> needs");
  notes_.notes.push_back({{}, where});
  return int(notes_.notes.size()) - 1;
}

void FootnoteBinder::add(model::Run& marker, std::vector<model::Run> runs) {
  marker.note = new_note(marker.where);
  marker.text = placeholder(notes_.marker);
  notes_.notes[std::size_t(marker.note)].runs = std::move(runs);
  marker.footnote.reset();
}

model::Run FootnoteBinder::source_marker(const Note& note, const Location& where) {
  std::size_t k = std::size_t(note.number - 1);
  if (k >= of_fact_.size()) of_fact_.resize(k + 1, -1);
  if (of_fact_[k] < 0) {
    // A derived figure quotes nothing: its own footnote.
    const auto& fact = *note.fact;
    auto [quote, added] =
        of_quote_.try_emplace({fact.article, fact.is_derived() ? fact.id : fact.quote}, -1);
    if (added) quote->second = new_note(where);
    of_fact_[k] = quote->second;
  }
  model::Run marker{placeholder(notes_.marker), false, false, "", where};
  marker.note = of_fact_[k];
  return marker;
}

// Footnotes are numbered apart from source notes: a derived figure names its inputs by label.
namespace {

std::string inputs_text(const Notes& notes, const data::Fact& fact, std::string_view lang) {
  std::string text = vietnamese(lang) ? "T\u00EDnh t\u1EEB: " : "Computed from: ";
  for (std::size_t i = 0; i < fact.inputs.size(); ++i) {
    const auto* input = notes.sheet() ? notes.sheet()->fact(fact.inputs[i]) : nullptr;
    text += (i ? "; " : "") + (input ? input->label : fact.inputs[i]);
  }
  return text + " (" + fact.op + ")";
}

}  // namespace

void FootnoteBinder::write_sources(const Notes& notes, std::string_view lang,
                                   const std::vector<model::Block>& body) {
  std::map<std::string, std::string, std::less<>> entries;
  for (const auto& block : body)
    if (const auto* list = std::get_if<model::ListBlock>(&block))
      for (std::size_t i = 0; i < list->items.size() && i < list->sources.size(); ++i)
        entries.emplace(list->sources[i], model::plain_text(list->items[i].runs));
  const auto& cited = notes.cited();
  for (std::size_t k = 0; k < of_fact_.size() && k < cited.size(); ++k) {
    if (of_fact_[k] < 0) continue;
    const data::Fact& fact = *cited[k];
    auto entry = entries.find(fact.article);
    // An article the sources list does not name is list_sources' error.
    std::string text = entry == entries.end() ? fact.article : entry->second;
    text += ": \u201C" + fact.quote + "\u201D";
    if (fact.is_derived())
      text = inputs_text(notes, fact, lang);
    else if (is_literal_note(fact))
      text = fact.label + ": " + fact.quote;
    if (fact.from_sidebar) text += side_panel_mark(lang);
    if (fact.from_caption) text += photo_caption_mark(lang);
    model::Footnote& note = notes_.notes[std::size_t(of_fact_[k])];
    note.runs = {model::Run{text, false, false, "", note.where}};
  }
}

}  // namespace briefing::bind
