#pragma once
// Source notes: the facts a brief cites, numbered in order of first citation, and their listing
// under each article of the sources list.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.hpp"
#include "data/data.hpp"
#include "model/document.hpp"

namespace briefing::bind {

struct Note {
  const data::Fact* fact = nullptr;
  int number = 0;  // 1-based
};

// A note number in Unicode superscript digits ("¹²"). The fonts' own superscript glyphs are
// drawn like any text, and text extraction keeps them apart from the figure: "45¹", never "451".
std::string superscript(int number);

// The note number as it follows the text `printed`, in the layout's marker style.
std::string note_marker(std::string_view printed, int number, model::NoteMarker style);

class Notes {
 public:
  // The facts derived figures are computed from, which are cited with them.
  explicit Notes(const data::FactSheet* sheet = nullptr) : sheet_(sheet) {}
  // The fact's note: a new number on its first citation, the same one afterwards. A derived
  // figure's inputs are cited first, so that its note can name theirs.
  Note cite(const data::Fact& fact, const Location& where);
  const std::vector<const data::Fact*>& cited() const { return cited_; }  // [number - 1]
  const Location& first_citation() const { return first_; }
  const data::FactSheet* sheet() const { return sheet_; }
  // The note number of a fact cited so far; 0 when it is not.
  int number_of(std::string_view id) const {
    auto found = numbers_.find(id);
    return found == numbers_.end() ? 0 : found->second;
  }

 private:
  const data::FactSheet* sheet_ = nullptr;
  std::vector<const data::Fact*> cited_;
  std::map<std::string, int, std::less<>> numbers_;
  Location first_;
};

// "computed from notes 3 and 4 (difference, rounded to 1 decimal)"; Vietnamese "tính từ ghi
// chú 3 và 4 (hiệu, làm tròn 1 chữ số thập phân)".
std::string derivation_text(const Notes& notes, const data::Fact& fact, std::string_view lang);

// Adds under each article of every <sources-list/> the quotes its notes cite, one line per
// quote: "Notes 5, 6: “…”" (not when `quotes` is false: the notes print as footnotes), and the
// derived figures cited under a last entry, "Computed figures". Notes without a sources list to
// explain them are an error.
void list_sources(const Notes& notes, std::string_view lang, std::vector<model::Block>& body,
                  bool quotes, Diagnostics& diags);

}  // namespace briefing::bind
