#include "bind/literals.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <type_traits>
#include <unordered_map>
#include <variant>

#include "bind/language.hpp"

namespace briefing::bind {

namespace {

// A number after one of these names a part of something, not an amount: "section 2", "page 4",
// "Figure 3", "clause 5", "Decree 15", "điều 3". The data stage's grammar already steps over a
// capitalised naming word before digits; a brief's own text also writes them in lower case.
constexpr std::string_view kNamingWords[] = {
    "section",    "sections",  "chapter",   "part",     "page",    "pages",    "p",
    "pp",         "figure",    "fig",       "table",    "note",    "notes",    "clause",
    "article",    "item",      "paragraph", "point",    "annex",   "appendix", "step",
    "phase",      "round",     "session",   "no",       "number",  "decree",   "law",
    "resolution", "directive", "decision",  "circular", "version", "row",      "column",
    "line",       "route",     "gate",      "room",     "mục",     "trang",    "điều",
    "khoản",      "chương",    "hình",      "bảng",     "brief",   "issue",    "edition",
    "volume",     "vol",       "copy",      "sentence", "chart"};

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// The word before `offset`, lower-cased (ASCII), skipping spaces and a full stop ("No. 12").
std::string word_before(std::string_view text, std::size_t offset) {
  std::size_t end = offset;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '.' || text[end - 1] == '#')) --end;
  std::size_t start = end;
  while (start > 0 && is_word_byte(static_cast<unsigned char>(text[start - 1]))) --start;
  std::string word(text.substr(start, end - start));
  for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

// "U+20000": a code point, written as letters joined to the digits by a plus.
bool code_point(std::string_view text, std::size_t offset) {
  return offset >= 2 && text[offset - 1] == '+' &&
         std::isalpha(static_cast<unsigned char>(text[offset - 2]));
}

// "002", "R-007": an amount never starts with a zero before another digit; a number does.
bool zero_padded(std::string_view figure) {
  return figure.size() > 1 && figure[0] == '0' && figure[1] >= '0' && figure[1] <= '9';
}

// "003_4a0464c1.txt": digits glued to letters or an underscore are part of a name (a file, a
// code), which the grammar reads word by word.
bool inside_name(std::string_view text, const data::Quantity& q) {
  auto glued = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  std::size_t end = q.offset + q.as_written.size();
  return (q.offset > 0 && glued(text[q.offset - 1])) || (end < text.size() && text[end] == '_') ||
         zero_padded(q.as_written);
}

bool after_naming_word(std::string_view text, std::size_t offset) {
  std::string word = word_before(text, offset);
  return std::find(std::begin(kNamingWords), std::end(kNamingWords), word) !=
         std::end(kNamingWords);
}

// Inside a quoted title or words ("the “Top 10 Brands of 2024” award", "‘surpassed USD 250
// billion’"): typographic quotes open and close apart (a lone ’ is an apostrophe); straight
// ones alternate.
bool inside_quotes(std::string_view text, std::size_t offset) {
  int open = 0;
  bool straight = false;
  std::string_view before = text.substr(0, offset);
  for (std::size_t i = 0; i < before.size(); ++i) {
    if (before[i] == '"') straight = !straight;
    if (before.substr(i, 3) == "\u201C" || before.substr(i, 3) == "\u2018" ||
        before.substr(i, 2) == "\u00AB")
      ++open;
    if ((before.substr(i, 3) == "\u201D" || before.substr(i, 3) == "\u2019" ||
         before.substr(i, 2) == "\u00BB") &&
        open > 0)
      --open;
  }
  return open > 0 || straight;
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Prose, not a statistic: "the two countries", "a dozen firms". A spelled-out amount with a
// scale ("two million") or a share or sum ("five per cent") is a figure.
bool counted_in_words(const data::Quantity& q) {
  if (has_digit(q.as_written)) return false;
  if (q.kind == data::Kind::money || q.kind == data::Kind::percent) return false;
  return q.value < Decimal::integer(1000);
}

// Dates and ordinals ("14th National Congress", "the 75th anniversary", "third time") name a
// moment or a rank: an anniversary's count follows from a founding year, which is a date.
bool is_statistic(const data::Quantity& q, std::string_view text) {
  if (q.kind == data::Kind::date || q.kind == data::Kind::ordinal) return false;
  if (counted_in_words(q)) return false;
  return !after_naming_word(text, q.offset) && !inside_quotes(text, q.offset) &&
         !code_point(text, q.offset) && !inside_name(text, q);
}

// Without a digit, a figure needs a word for a share, a scale or a currency ("five per cent",
// "two million", "ten dollars"): a count under a thousand in words is prose (counted_in_words).
// Most texts of a brief have none of these, and skip the grammar.
bool may_hold_figure(std::string_view text) {
  if (has_digit(text)) return true;
  static constexpr std::string_view kWords[] = {
      "%",    "cent", "illion", "thousand", "dollar", "yuan", "euro",  "dong", "đồng",
      "Đồng", "USD",  "VND",    "VNĐ",      "triệu",  "tỷ",   "nghìn", "ngàn", "trăm"};
  std::string lower(text);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view word) {
    return lower.find(word) != std::string::npos || text.find(word) != std::string_view::npos;
  });
}

constexpr std::string_view kHint =
    "; cite a fact (<fact ref=\"ID\"/>, facts.xml) or, to print it unverified on purpose, mark it "
    "<literal reason=\"…\">…</literal> (or build with --draft)";

constexpr std::string_view kAttributeHint =
    "; an attribute cannot cite a fact: put the figure in text that can (<fact ref=\"ID\"/>), or "
    "leave it out (or build with --draft)";

// A run of the brief's own text and where it is written.
struct Piece {
  const std::string* text;
  Location where;
};

class Scanner {
 public:
  Scanner(bool draft, Diagnostics& diags) : draft_(draft), diags_(diags) {}

  void blocks(const std::vector<model::Block>& body) {
    for (const auto& block : body) std::visit([&](const auto& b) { this->block(b); }, block);
  }

  // `hint`: how the place it is written can cite a fact or declare a literal.
  void text(const std::string& text, const Location& where, std::string_view place,
            std::string_view hint = kAttributeHint) {
    for (const auto& q : figures(text)) report(q, where, place, hint);
  }

  // A stretch of plain runs is read as one text, so that a figure split by emphasis is still
  // one figure; a fact, reference, literal or footnote marker ends it.
  void runs(const std::vector<model::Run>& runs, std::string_view place) {
    std::vector<Piece> pieces;
    for (const auto& run : runs) {
      if (run.footnote) this->runs(*run.footnote, "a footnote");
      if (!run.fact.empty() || !run.ref.empty() || run.literal || run.footnote) {
        flush(pieces, place);
        continue;
      }
      pieces.push_back({&run.text, run.where});
    }
    flush(pieces, place);
  }

  void literal_values(const model::Chart& chart) {
    for (const auto& values : chart.literal_values) {
      if (!values.reason.empty()) continue;
      report_at(values.where,
                "a chart's values are written in the brief (<series values>) and verified by "
                "no fact: draw a facts.xml series or facts (<category fact>), or declare them "
                "<series values reason=\"…\"> (or build with --draft)");
    }
  }

 private:
  // A brief repeats texts (a table's column of "n/a", a boilerplate line): each is read once.
  const std::vector<data::Quantity>& figures(const std::string& text) {
    auto found = read_.find(text);
    if (found == read_.end()) found = read_.emplace(text, unverified_figures(text)).first;
    return found->second;
  }

  void flush(std::vector<Piece>& pieces, std::string_view place) {
    if (pieces.empty()) return;
    std::string joined;
    std::vector<std::size_t> starts;
    for (const auto& piece : pieces) {
      starts.push_back(joined.size());
      joined += *piece.text;
    }
    for (const auto& q : figures(joined)) {
      auto at = std::upper_bound(starts.begin(), starts.end(), q.offset) - starts.begin() - 1;
      report(q, pieces[std::size_t(at)].where, place, kHint);
    }
    pieces.clear();
  }

  void report(const data::Quantity& q, const Location& where, std::string_view place,
              std::string_view hint) {
    report_at(where, "the figure '" + q.as_written + "' in " + std::string(place) +
                         " is verified by no fact" + std::string(hint));
  }

  void report_at(const Location& where, const std::string& message) {
    if (draft_)
      diags_.warn(where, message + " (a draft: printed unverified)");
    else
      diags_.error(where, message);
  }

  template <class Block>
  void block(const Block& b) {
    if constexpr (std::is_same_v<Block, model::Heading>) {
      runs(b.runs, "a heading");
    } else if constexpr (std::is_same_v<Block, model::Paragraph>) {
      runs(b.runs, "a paragraph");
    } else if constexpr (std::is_same_v<Block, model::ListBlock>) {
      // A sources list names the articles (titles, agencies, dates), which no fact could cite.
      if (b.sources_list) return;
      for (const auto& item : b.items) runs(item.runs, "a list item");
    } else if constexpr (std::is_same_v<Block, model::Table>) {
      for (const auto* rows : {&b.header, &b.rows})
        for (const auto& row : *rows)
          for (const auto& cell : row.cells) runs(cell.runs, "a table cell");
    } else if constexpr (std::is_same_v<Block, model::KeyFigures>) {
      for (const auto& figure : b.figures) key_figure(figure);
    } else if constexpr (std::is_same_v<Block, model::Quote>) {
      for (const auto& paragraph : b.paragraphs) runs(paragraph.runs, "a quotation");
      text(b.attribution, b.where, "a quotation's attribution");
    } else if constexpr (std::is_same_v<Block, model::Chart>) {
      chart(b);
    } else if constexpr (std::is_same_v<Block, model::Figure>) {
      std::visit([&](const auto& content) { block(content); }, b.content);
      runs(b.caption, "a caption");
    } else if constexpr (std::is_same_v<Block, model::Toc>) {
      text(b.title, b.where, "a contents title");
    }
  }

  void key_figure(const model::KeyFigure& figure) {
    bool written = figure.fact.empty() && figure.series.empty();
    if (written && figure.reason.empty())
      text(figure.value, figure.value_where, "a key figure's value",
           "; cite a fact (<figure fact=\"ID\">) or, to print it unverified on purpose, give "
           "the reason (<figure value=\"…\" reason=\"…\">) (or build with --draft)");
    text(figure.note, figure.note_where, "a key figure's note");
    runs(figure.label, "a key figure's label");
  }

  void chart(const model::Chart& chart) {
    const auto& spec = chart.spec;
    auto at = [&](std::string_view name) {
      auto found = chart.text_where.find(name);
      return found == chart.text_where.end() ? chart.where : found->second;
    };
    text(spec.title, at("title"), "a chart's title");
    text(spec.subtitle, at("subtitle"), "a chart's subtitle");
    text(spec.value_title, at("value-title"), "a chart's value title");
    text(spec.category_title, at("category-title"), "a chart's category title");
    for (const auto& note : spec.notes) text(note, at("note"), "a chart's note");
    for (std::size_t i = 0; i < spec.data.categories.size(); ++i)
      text(spec.data.categories[i].label,
           i < chart.categories.size() ? chart.categories[i].where : chart.where,
           "a chart's category label");
    for (std::size_t i = 0; i < spec.data.series.size(); ++i)
      text(spec.data.series[i].label,
           i < chart.literal_values.size() ? chart.literal_values[i].where : chart.where,
           "a chart's series label");
    for (const auto& category : chart.categories)
      if (spec.data.categories.empty()) text(category.label, category.where, "a chart's label");
    literal_values(chart);
  }

  bool draft_;
  Diagnostics& diags_;
  std::unordered_map<std::string, std::vector<data::Quantity>> read_;
};

}  // namespace

std::vector<data::Quantity> unverified_figures(std::string_view text) {
  std::vector<data::Quantity> out;
  if (!may_hold_figure(text)) return out;
  for (auto& q : data::find_quantities(text, ""))
    if (is_statistic(q, text)) out.push_back(std::move(q));
  return out;
}

void refuse_unverified_figures(const model::Document& doc, Diagnostics& diags) {
  Scanner scan(doc.meta.draft, diags);
  scan.text(doc.meta.title, doc.meta.title_where, "the title");
  scan.text(doc.meta.subtitle, doc.meta.title_where, "the subtitle");
  scan.text(doc.meta.classification, doc.meta.title_where, "the classification");
  scan.text(doc.meta.author, doc.meta.author_where, "the author");
  scan.blocks(doc.body);
}

data::Fact literal_note(std::string_view figure, std::string_view reason, const Location& where,
                        std::string_view lang, std::size_t index) {
  data::Fact note;
  note.id = "literal@" + std::to_string(index);
  note.label = std::string(figure);
  note.quote =
      std::string(vietnamese(lang) ? "chưa kiểm chứng: " : "not verified: ") + std::string(reason);
  note.where = where;
  note.verified = true;
  return note;
}

}  // namespace briefing::bind
