#include "parse/inline.hpp"

#include <algorithm>

#include "base/bidi_controls.hpp"
#include "base/unicode.hpp"
#include "xml/values.hpp"

namespace briefing::parse {

using xml::closest_name;
using xml::element_name;
using xml::join_names;
using xml::Reader;

namespace {

struct Emphasis {
  bool emphasis = false;
  bool strong = false;
  std::string href;
  Facts facts = Facts::refused;
  Footnotes notes = Footnotes::refused;
  bool in_note = false;
};

void read_fact(Reader& reader, pugi::xml_node node, const Emphasis& outer, Inline& out) {
  reader.check_attributes(node, {"ref"});
  if (outer.facts == Facts::refused) {
    reader.error(reader.where(node),
                 "<fact> is not allowed here: facts print in paragraphs, list items, table cells "
                 "and key figures, not in quotations or the layout");
    return;
  }
  // Words inside (what a count counts) print after the figure, before its note number.
  auto words = reader.plain_text(node);
  if (auto ref = reader.required_text(node, "ref"))
    out.push_back({words, outer.emphasis, outer.strong, outer.href, reader.where(node), *ref});
}

// The figure prints as written, followed by a note saying it is not verified and why; a reason
// is what makes it a deliberate literal rather than a figure typed in by mistake.
void read_literal(Reader& reader, pugi::xml_node node, const Emphasis& outer, Inline& out) {
  reader.check_attributes(node, {"reason"});
  // A quotation cites no fact, but may still print a figure the reader should know is unverified.
  if (outer.facts == Facts::refused && outer.notes == Footnotes::refused) {
    reader.error(reader.where(node),
                 "<literal> is not allowed here: it prints in paragraphs, list items, table "
                 "cells, captions, key figures, quotations and footnotes, not in the layout");
    return;
  }
  auto reason = reader.required_text(node, "reason");
  // Blank is refused as empty: a reason is what the note prints ("not verified: REASON").
  if (!reason) return;
  auto figure = nfc(reader.plain_text(node));
  if (figure.find_first_not_of(" \t\r\n") == std::string::npos) {
    reader.error(reader.where(node), "a <literal> holds the figure it prints");
    return;
  }
  TextRun run{figure, outer.emphasis, outer.strong, outer.href, reader.where(node)};
  run.literal = nfc(*reason);
  out.push_back(std::move(run));
}

// A reference prints words of its own (a number, a page), so it holds nothing; its link is the
// target, so it cannot sit inside another link.
void read_ref(Reader& reader, pugi::xml_node node, const Emphasis& outer, Inline& out) {
  reader.check_attributes(node, {"to", "show"});
  if (outer.facts == Facts::refused) {
    reader.error(reader.where(node),
                 "<ref> is not allowed here: references print in paragraphs, list items, table "
                 "cells, captions and key figures, not in quotations or the layout");
    return;
  }
  if (!outer.href.empty())
    reader.error(reader.where(node),
                 "a <ref> links to its target, so it cannot be inside a <link>");
  if (!reader.plain_text(node).empty())
    reader.error(reader.where(node), "<ref> holds nothing: it prints its target's number or page");
  auto show = reader.choice<std::string>(
      node, "show", {{"number", "number"}, {"page", "page"}, {"both", "both"}});
  if (auto to = reader.required_text(node, "to")) {
    TextRun run{"", outer.emphasis, outer.strong, "", reader.where(node)};
    run.ref = *to;
    run.show = show.value_or("");
    out.push_back(std::move(run));
  }
}

void read_content(Reader& reader, pugi::xml_node node, const Emphasis& outer, Inline& out);

// The note is the brief's own words wherever its marker stands (a quotation included), so it
// may cite facts; it starts plain, in the footnote style.
void read_footnote(Reader& reader, pugi::xml_node node, const Emphasis& outer, Inline& out) {
  reader.check_attributes(node, {});
  if (outer.in_note) {
    reader.error(reader.where(node), "a <footnote> cannot hold another <footnote>");
    return;
  }
  if (outer.notes == Footnotes::refused) {
    reader.error(reader.where(node),
                 "<footnote> is not allowed here: footnotes print in paragraphs, list items, "
                 "quotations and table cells, not in headings, captions, key figures or the "
                 "layout");
    return;
  }
  Emphasis inner{false, false, "", Facts::allowed, Footnotes::refused, true};
  auto note = std::make_shared<Inline>();
  read_content(reader, node, inner, *note);
  bool empty = std::all_of(note->begin(), note->end(), [](const TextRun& run) {
    return run.fact.empty() && run.ref.empty() &&
           run.text.find_first_not_of(" \t\r\n") == std::string::npos;
  });
  if (empty) {
    reader.error(reader.where(node), "a <footnote> needs text: it prints at the page's foot");
    return;
  }
  TextRun marker{"", outer.emphasis, outer.strong, "", reader.where(node)};
  marker.footnote = std::move(note);
  out.push_back(std::move(marker));
}

void read_element(Reader& reader, pugi::xml_node node, const Emphasis& outer, Inline& out) {
  std::string_view name = node.name();
  Emphasis inner = outer;
  if (name == "em") {
    reader.check_attributes(node, {});
    inner.emphasis = true;
  } else if (name == "strong") {
    reader.check_attributes(node, {});
    inner.strong = true;
  } else if (name == "fact") {
    read_fact(reader, node, outer, out);
    return;
  } else if (name == "ref") {
    read_ref(reader, node, outer, out);
    return;
  } else if (name == "literal") {
    read_literal(reader, node, outer, out);
    return;
  } else if (name == "footnote") {
    read_footnote(reader, node, outer, out);
    return;
  } else if (name == "link") {
    reader.check_attributes(node, {"href"});
    if (!outer.href.empty())
      reader.error(reader.where(node), "a <link> cannot hold another <link>");
    if (auto href = reader.required_text(node, "href")) {
      inner.href = *href;
      // Far beyond any real address, and within what a PDF string holds even when every byte
      // of it has to be percent-encoded (three bytes each).
      constexpr std::size_t max_href_bytes = 8192;
      if (href->size() > max_href_bytes)
        reader.error(reader.where(node, "href"),
                     "a link address may be at most " + std::to_string(max_href_bytes) +
                         " bytes; this one has " + std::to_string(href->size()));
    }
  } else {
    std::vector<std::string_view> allowed = {"em", "strong", "link"};
    if (outer.facts == Facts::allowed)
      allowed.insert(allowed.end(), {"fact", "ref", "literal"});
    else if (outer.notes == Footnotes::allowed)
      allowed.push_back("literal");
    if (outer.notes == Footnotes::allowed) allowed.push_back("footnote");
    auto close = closest_name(name, allowed);
    reader.error(reader.where(node), "unknown element " + element_name(node) + " in text" +
                                         (close.empty() ? "" : " (did you mean <" + close + ">?)") +
                                         "; expected one of: " + join_names(allowed, "<", ">"));
    return;
  }
  read_content(reader, node, inner, out);
}

void read_content(Reader& reader, pugi::xml_node node, const Emphasis& outer, Inline& out) {
  for (auto child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out.push_back(
          {nfc(child.value()), outer.emphasis, outer.strong, outer.href, reader.where(child)});
    } else if (child.type() == pugi::node_element) {
      read_element(reader, child, outer, out);
    }
  }
}

const std::vector<std::string_view>& known_fields() {
  static const std::vector<std::string_view> fields = {"title", "subtitle",       "author",
                                                       "date",  "classification", "section",
                                                       "page",  "pages",          "period"};
  return fields;
}

bool is_field_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// Where the byte `index` of a text node is; exact unless an entity precedes it, since the
// value is the decoded text.
Location advance(Location start, std::string_view text, std::size_t index) {
  for (std::size_t i = 0; i < index && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++start.line;
      start.col = 1;
    } else {
      ++start.col;
    }
  }
  return start;
}

void check_text_fields(Reader& reader, pugi::xml_node text_node) {
  std::string_view text = text_node.value();
  for (auto open = text.find('{'); open != std::string_view::npos;
       open = text.find('{', open + 1)) {
    auto close = open + 1;
    while (close < text.size() && is_field_char(text[close])) ++close;
    if (close == open + 1 || close >= text.size() || text[close] != '}') continue;
    auto name = text.substr(open + 1, close - open - 1);
    const auto& fields = known_fields();
    if (std::find(fields.begin(), fields.end(), name) != fields.end()) continue;
    auto suggestion = closest_name(name, fields);
    reader.error(advance(reader.where(text_node), text, open),
                 "unknown field {" + std::string(name) + "}" +
                     (suggestion.empty() ? "" : " (did you mean {" + suggestion + "}?)") +
                     "; fields: " + join_names(fields, "{", "}"));
  }
}

// The runs of one element are one paragraph for the bidi algorithm, so a control may close in
// another run than the one it opens in.
void warn_unpaired_controls(Reader& reader, const Inline& runs) {
  // Every control starts with the byte E2: text without one is not copied.
  auto has_lead = [](const TextRun& run) { return run.text.find('\xE2') != std::string::npos; };
  if (std::none_of(runs.begin(), runs.end(), has_lead)) return;
  std::string text;
  std::vector<std::size_t> starts;
  for (const TextRun& run : runs) {
    starts.push_back(text.size());
    text += run.text;
  }
  for (const auto& problem : bidi_control_problems(text)) {
    auto run = static_cast<std::size_t>(
        std::upper_bound(starts.begin(), starts.end(), problem.offset) - starts.begin() - 1);
    reader.warn(advance(runs[run].where, runs[run].text, problem.offset - starts[run]),
                problem.message);
  }
}

}  // namespace

Inline read_inline(Reader& reader, pugi::xml_node node, Facts facts, Footnotes notes) {
  Inline out;
  Emphasis outer;
  outer.facts = facts;
  outer.notes = notes;
  read_content(reader, node, outer, out);
  warn_unpaired_controls(reader, out);
  return out;
}

void warn_bidi_controls(Reader& reader, pugi::xml_node node, const char* attribute,
                        std::string_view text) {
  for (const auto& problem : bidi_control_problems(text))
    reader.warn(reader.where(node, attribute), problem.message);
}

std::optional<Direction> read_direction(Reader& reader, pugi::xml_node node) {
  return reader.choice<Direction>(
      node, "dir",
      {{"ltr", Direction::ltr}, {"rtl", Direction::rtl}, {"auto", Direction::automatic}});
}

std::optional<Orientation> read_orientation(Reader& reader, pugi::xml_node node) {
  return reader.choice<Orientation>(
      node, "orientation",
      {{"portrait", Orientation::portrait}, {"landscape", Orientation::landscape}});
}

std::optional<bool> read_span(Reader& reader, pugi::xml_node node) {
  return reader.choice<bool>(node, "span", {{"all", true}, {"column", false}});
}

std::optional<Place> read_place(Reader& reader, pugi::xml_node node) {
  return reader.choice<Place>(node, "place",
                              {{"here", Place::here},
                               {"top", Place::top},
                               {"bottom", Place::bottom},
                               {"page", Place::page}});
}

void check_fields(Reader& reader, pugi::xml_node node) {
  for (auto child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
      check_text_fields(reader, child);
    else if (child.type() == pugi::node_element)
      check_fields(reader, child);
  }
}

}  // namespace briefing::parse
