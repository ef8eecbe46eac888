#include "model/text.hpp"

#include <array>
#include <utility>

#include "xml/values.hpp"

namespace briefing::model {

namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::vector<Run> make_runs(const parse::Inline& content) {
  std::vector<Run> runs;
  bool after_space = true;  // true at the start, so that leading whitespace goes
  for (const auto& piece : content) {
    Run run{"", piece.emphasis, piece.strong, piece.href, piece.where, piece.fact};
    run.ref = piece.ref;
    run.show = piece.show;
    run.literal = piece.literal;
    if (piece.footnote) {
      // The marker follows the word before it: a space between them would let a line end there.
      if (!runs.empty() && !runs.back().text.empty() && runs.back().text.back() == ' ' &&
          runs.back().fact.empty() && runs.back().ref.empty())
        runs.back().text.pop_back();
      run.footnote = std::make_shared<const std::vector<Run>>(make_runs(*piece.footnote));
      runs.push_back(std::move(run));
      after_space = false;
      continue;
    }
    if (!run.ref.empty()) {
      // Its words are bind's to write, and the space after it is text of its own.
      runs.push_back(std::move(run));
      after_space = false;
      continue;
    }
    if (!run.fact.empty() || run.literal) {
      // A fact prints as text, so a space after it is kept; its words are collapsed already.
      run.text = piece.text;
      runs.push_back(std::move(run));
      after_space = false;
      continue;
    }
    for (char c : piece.text) {
      if (!is_xml_space(c)) {
        run.text += c;
        after_space = false;
      } else if (!after_space) {
        run.text += ' ';
        after_space = true;
      }
    }
    if (!run.text.empty()) runs.push_back(std::move(run));
  }
  // Only the last run can end in a space: any later space would have been dropped.
  if (!runs.empty() && !runs.back().text.empty() && runs.back().text.back() == ' ') {
    runs.back().text.pop_back();
    if (runs.back().text.empty()) runs.pop_back();
  }
  return runs;
}

std::string plain_text(const std::vector<Run>& runs) {
  std::string text;
  for (const auto& run : runs) text += run.text;
  return text;
}

std::string long_date(std::string_view iso_date) {
  static constexpr std::array<std::string_view, 12> months = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  if (!xml::is_iso_date(iso_date) || iso_date.size() == 4) return std::string(iso_date);
  auto month = std::string(months[std::stoi(std::string(iso_date.substr(5, 2))) - 1]);
  auto year = std::string(iso_date.substr(0, 4));
  if (iso_date.size() == 7) return month + " " + year;
  return std::to_string(std::stoi(std::string(iso_date.substr(8, 2)))) + " " + month + " " + year;
}

RunningText running_text(std::string_view text, const Meta& meta) {
  using Field = RunningPart::Field;
  const std::pair<std::string_view, std::string> fields[] = {
      {"{title}", meta.title},
      {"{subtitle}", meta.subtitle},
      {"{author}", meta.author},
      {"{date}", long_date(meta.date)},
      {"{period}", long_date(meta.period)},
      {"{classification}", meta.classification},
  };
  const std::pair<std::string_view, Field> page_fields[] = {
      {"{section}", Field::section}, {"{page}", Field::page}, {"{pages}", Field::pages}};
  RunningText out;
  auto add_text = [&](std::string_view s) {
    if (s.empty()) return;  // so that a template of empty fields stays empty, and is left out
    if (out.empty() || out.back().field != Field::none) out.push_back({Field::none, ""});
    out.back().text += s;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    bool replaced = false;
    for (const auto& [field, value] : fields) {
      if (text.substr(i, field.size()) == field) {
        add_text(value);
        i += field.size();
        replaced = true;
        break;
      }
    }
    for (const auto& [field, kind] : page_fields) {
      if (!replaced && text.substr(i, field.size()) == field) {
        out.push_back({kind, ""});
        i += field.size();
        replaced = true;
      }
    }
    if (!replaced) add_text(text.substr(i++, 1));
  }
  return out;
}

std::string substitute_static_fields(std::string_view text, const Meta& meta) {
  // The page fields are not known here and stay as written.
  static constexpr std::string_view names[] = {"", "{section}", "{page}", "{pages}"};
  std::string out;
  for (const auto& part : running_text(text, meta))
    out += part.field == RunningPart::Field::none ? part.text : std::string(names[int(part.field)]);
  return out;
}

}  // namespace briefing::model
