#include "bind/notes.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "bind/language.hpp"
#include "bind/literals.hpp"

namespace briefing::bind {

namespace {

struct QuoteLine {
  const std::string* quote = nullptr;
  std::vector<int> numbers;
  bool from_sidebar = false;
  bool from_caption = false;
};

// The article's cited quotes in order of their first note; facts quoting the same sentence share
// its line.
std::vector<QuoteLine> quote_lines(const Notes& notes, const std::string& article) {
  std::vector<QuoteLine> lines;
  const auto& cited = notes.cited();
  for (std::size_t i = 0; i < cited.size(); ++i) {
    if (cited[i]->article != article) continue;
    int number = static_cast<int>(i) + 1;
    auto same = std::find_if(lines.begin(), lines.end(),
                             [&](const QuoteLine& line) { return *line.quote == cited[i]->quote; });
    if (same != lines.end())
      same->numbers.push_back(number);
    else
      lines.push_back({&cited[i]->quote, {number}, cited[i]->from_sidebar, cited[i]->from_caption});
  }
  return lines;
}

// A quote from a side panel or a photo caption says so: the reader should not take it for the
// article's own claim.
std::string label(const QuoteLine& line, std::string_view lang) {
  bool vi = vietnamese(lang);
  std::string text = vi ? "Ghi chú" : line.numbers.size() > 1 ? "Notes" : "Note";
  for (std::size_t i = 0; i < line.numbers.size(); ++i)
    text += (i ? ", " : " ") + std::to_string(line.numbers[i]);
  if (line.from_sidebar) text += side_panel_mark(lang);
  if (line.from_caption) text += photo_caption_mark(lang);
  return text + ":";
}

// Each quote on a line of its own, under the article's entry.
void add_quotes(model::Paragraph& item, const std::vector<QuoteLine>& lines,
                std::string_view lang) {
  for (const auto& line : lines) {
    item.runs.push_back({"\n", false, false, "", item.where});
    item.runs.push_back({label(line, lang), true, false, "", item.where});
    item.runs.push_back({" \u201C" + *line.quote + "\u201D", false, false, "", item.where});
  }
}

// After the articles, the figures printed without a fact: "Note 7: 12% — not verified: REASON".
void add_literals(model::ListBlock& list, const Notes& notes, std::string_view lang) {
  model::Paragraph item{{}, list.style, list.where};
  const auto& cited = notes.cited();
  for (std::size_t i = 0; i < cited.size(); ++i) {
    if (!is_literal_note(*cited[i])) continue;
    if (!item.runs.empty()) item.runs.push_back({"\n", false, false, "", item.where});
    QuoteLine line{&cited[i]->quote, {static_cast<int>(i) + 1}, false};
    item.runs.push_back({label(line, lang), true, false, "", item.where});
    item.runs.push_back(
        {" " + cited[i]->label + " \u2014 " + cited[i]->quote, false, false, "", item.where});
  }
  if (item.runs.empty()) return;
  item.runs.insert(item.runs.begin(), {{vietnamese(lang) ? "Số liệu không có nguồn kiểm chứng"
                                                         : "Figures no source verifies",
                                        false, false, "", item.where},
                                       {"\n", false, false, "", item.where}});
  list.items.push_back(std::move(item));
}

}  // namespace

std::string superscript(int number) {
  static constexpr std::array<std::string_view, 10> digits = {
      "\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
      "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
  std::string text;
  for (char c : std::to_string(number)) text += digits[c - '0'];
  return text;
}

std::string note_marker(std::string_view printed, int number, model::NoteMarker style) {
  bool bare_number = !printed.empty() && printed.back() >= '0' && printed.back() <= '9';
  if (style == model::NoteMarker::brackets ||
      (style == model::NoteMarker::automatic && bare_number))
    return "[" + std::to_string(number) + "]";
  return superscript(number);
}

Note Notes::cite(const data::Fact& fact, const Location& where) {
  if (fact.is_derived() && sheet_ && !numbers_.count(fact.id))
    for (const auto& id : fact.inputs)
      if (const auto* input = sheet_->fact(id)) cite(*input, where);
  if (cited_.empty()) first_ = where;
  auto [it, inserted] = numbers_.emplace(fact.id, static_cast<int>(cited_.size()) + 1);
  if (inserted) cited_.push_back(&fact);
  return {&fact, it->second};
}

std::string derivation_text(const Notes& notes, const data::Fact& fact, std::string_view lang) {
  bool vi = vietnamese(lang);
  std::vector<int> numbers;
  for (const auto& id : fact.inputs) numbers.push_back(notes.number_of(id));
  std::string text = vi ? "t\u00EDnh t\u1EEB ghi ch\u00FA" : "computed from notes";
  for (std::size_t i = 0; i < numbers.size(); ++i)
    text += std::string(i == 0                   ? " "
                        : i + 1 < numbers.size() ? ", "
                        : vi                     ? " v\u00E0 "
                                                 : " and ") +
            std::to_string(numbers[i]);
  static const std::map<std::string_view, std::pair<std::string_view, std::string_view>> ops = {
      {"sum", {"sum", "t\u1ED5ng"}},
      {"difference", {"difference", "hi\u1EC7u"}},
      {"share", {"share", "t\u1EF7 tr\u1ECDng"}},
      {"ratio", {"ratio", "t\u1EF7 s\u1ED1"}},
      {"change", {"change", "m\u1EE9c thay \u0111\u1ED5i"}}};
  auto op = ops.find(fact.op);
  text += " (" + std::string(op == ops.end() ? fact.op : vi ? op->second.second : op->second.first);
  if (fact.round >= 0)
    text += vi ? ", l\u00E0m tr\u00F2n " + std::to_string(fact.round) +
                     " ch\u1EEF s\u1ED1 th\u1EADp ph\u00E2n"
               : ", rounded to " + std::to_string(fact.round) +
                     (fact.round == 1 ? " decimal" : " decimals");
  return text + ")";
}

namespace {

// "Computed figures" with a line per derived figure cited: "Note 7: computed from notes 3 and 4
// (difference)".
void add_computed(const Notes& notes, std::string_view lang, model::ListBlock& list) {
  const auto& cited = notes.cited();
  model::Paragraph item{{}, list.style, list.where};
  for (std::size_t i = 0; i < cited.size(); ++i) {
    if (!cited[i]->is_derived()) continue;
    if (item.runs.empty())
      item.runs.push_back(
          {vietnamese(lang) ? "S\u1ED1 li\u1EC7u t\u00EDnh to\u00E1n" : "Computed figures", false,
           false, "", list.where});
    QuoteLine line{nullptr, {static_cast<int>(i) + 1}, false};
    item.runs.push_back({"\n", false, false, "", list.where});
    item.runs.push_back({label(line, lang), true, false, "", list.where});
    item.runs.push_back(
        {" " + derivation_text(notes, *cited[i], lang), false, false, "", list.where});
  }
  if (!item.runs.empty()) list.items.push_back(std::move(item));
}

}  // namespace

void list_sources(const Notes& notes, std::string_view lang, std::vector<model::Block>& body,
                  bool quotes, Diagnostics& diags) {
  std::set<std::string> listed;
  model::ListBlock* last = nullptr;
  for (auto& block : body) {
    auto* list = std::get_if<model::ListBlock>(&block);
    if (!list || !list->sources_list) continue;
    for (std::size_t i = 0; i < list->items.size() && i < list->sources.size(); ++i) {
      if (quotes) add_quotes(list->items[i], quote_lines(notes, list->sources[i]), lang);
      listed.insert(list->sources[i]);
    }
    if (quotes) add_literals(*list, notes, lang);
    last = list;
  }
  if (quotes && last) add_computed(notes, lang, *last);
  if (notes.cited().empty()) return;
  if (!last) {
    diags.error(notes.first_citation(),
                "the brief cites facts but has no <sources-list/> to list their source notes");
    return;
  }
  for (const auto* fact : notes.cited())
    if (!fact->is_derived() && !is_literal_note(*fact) && !listed.count(fact->article))
      diags.error(fact->where, "fact '" + fact->id + "' quotes article '" + fact->article +
                                   "', which is not among the brief's sources");
}

}  // namespace briefing::bind
