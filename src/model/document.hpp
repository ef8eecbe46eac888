#pragma once
// The Document: a brief bound to its layout, with every style resolved and every static field
// ({title}, {date}, {classification}, ...) substituted. Layout reads only this.
#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/diag.hpp"
#include "base/geom.hpp"
#include "base/picture.hpp"
#include "chart/chart.hpp"
#include "font/font.hpp"

namespace briefing::model {

enum class Align { left, right, center, justify };

// The base direction of a paragraph for the Unicode bidirectional algorithm: `automatic` takes
// it from the paragraph's first strong letter (left-to-right when it has none).
enum class Direction { automatic, ltr, rtl };

// Where a keep-together block goes when the rest of the page cannot hold it: `here` moves it to
// the next page with everything after it (which may leave a gap); `top` and `bottom` let the
// text go on and put it at the top or the foot of the next page; `page` always puts it on the
// next page that holds only such blocks. Blocks that float keep their order among themselves.
enum class Place { here, top, bottom, page };

// A fully resolved style (after inheritance); all lengths in points.
struct Style {
  std::string name;
  std::string family = "serif";  // a family name from the font manifest
  bool bold = false;
  bool italic = false;
  double size = 10.5;
  double leading = 14;  // baseline-to-baseline distance
  Color color;
  Align align = Align::left;
  double space_before = 0;
  double space_after = 0;
  double indent = 0;        // left indent of the whole block
  double first_indent = 0;  // extra indent of a paragraph's first line
  bool hyphenate = false;
  bool keep_with_next = false;
  bool keep_together = false;
  bool page_break_before = false;
  bool uppercase = false;
  Color background{1, 1, 1};
  bool has_background = false;
  Color rule_color{0, 0, 0};
  double rule_width = 0;  // a rule below (headings) or around (boxes); 0 = none
  double padding = 0;
  // Turned on or off over HarfBuzz's defaults (kerning and standard ligatures on), in order.
  std::vector<font::Feature> features;
  // The layout's `dir`, or the block's when it gives one: every paragraph of text (a heading, a
  // list item, a quote's paragraph and attribution) carries its own in its style.
  Direction dir = Direction::automatic;
  Place place = Place::here;  // for the blocks that may float (charts)
  bool span_all = false;      // across every column where the body is set in columns
};

// A stretch of text with one emphasis. Text is NFC-normalised UTF-8.
struct Run {
  std::string text;
  bool emphasis = false;  // <em>: toggles italic
  bool strong = false;    // <strong>: bold
  std::string href;       // <link href="...">, empty otherwise
  Location where;
  // <fact ref>: a fact's id, until bind puts the fact before `text` (the words the figure counts)
  std::string fact{};
  // <ref to show>: the id a reference names and what it shows, until bind writes its words.
  std::string ref{};
  std::string show{};
  // After bind: the id of the target this run links to (a reference's words), and whether the
  // run only holds the place of the target's page number, which layout fills in once pages are
  // built.
  std::string link_to{};
  bool page_of = false;
  // The id whose place this is: the first printing of a fact, which references link to.
  std::string anchor{};
  // <footnote>: the note's text until bind numbers it in Document::footnotes, whose index `note`
  // then is; the run holds the place of the marker, which layout fills in once pages are built.
  std::shared_ptr<const std::vector<Run>> footnote{};
  int note = -1;
  // <literal reason>: `text` is a figure printed unverified on purpose; bind adds its note.
  std::optional<std::string> literal{};
};

struct Paragraph {
  std::vector<Run> runs;
  Style style;
  Location where;
};

struct Heading {
  int level = 1;       // 1 = section, 2 = subsection, 3 = sub-subsection
  std::string id{};    // <section id>: references link to the heading
  std::string number;  // "2.1" when the layout numbers headings, else empty
  std::vector<Run> runs;
  std::string plain;  // text for the TOC and the PDF outline
  bool in_toc = true;
  Style style;
  Location where;
};

struct ListBlock {
  bool numbered = false;
  std::vector<Paragraph> items;
  Style style;  // of the items; the marker uses the same font
  Location where;
  // <sources-list/>: the article id of each item, so that bind can add the quotes it cites.
  std::vector<std::string> sources{};
  bool sources_list = false;  // <sources-list/>, even of a brief without articles
  // <new-facts/>: bind writes the items, one per fact new in the edition's period.
  bool new_facts = false;
};

// <image>: a picture, printed `width` wide or `height` tall (both: exactly that box), keeping its
// proportions otherwise; with neither, at its own size (96 pixels to the inch). Never wider than
// the frame it is set in.
struct ImageBlock {
  std::shared_ptr<const Picture> picture;
  std::string alt;  // empty: decorative
  std::optional<double> width, height;
  Align align = Align::center;
  Style style;  // the space above and below a block image
  Location where;
};

struct Cell {
  std::vector<Run> runs;
  Align align = Align::left;
  // Instead of the runs. Held apart: most cells have none, and a long table has thousands.
  std::shared_ptr<const ImageBlock> image{};
  // Its first column in the table's grid and the columns and rows it covers (parse placed it).
  std::uint32_t column = 0, colspan = 1, rowspan = 1;
  bool decimal = false;  // set so that its number's decimal point lines up with its column's
};

struct Row {
  std::vector<Cell> cells;
};

struct Table {
  std::vector<double> widths;  // fractions of the frame width, summing to 1; empty: from content
  std::size_t columns = 0;
  char decimal_mark = '.';     // the brief's language's (`vi`: a comma)
  bool caption_below = false;  // the layout's `table-caption`
  std::vector<Row> header;     // repeated at the top of every page the table spans
  std::vector<Row> rows;
  std::string caption;
  Style cell_style;
  Style head_style;
  Style caption_style;
  Location where;
};

struct KeyFigure {
  std::string value;  // "USD 250 bn"
  std::vector<Run> label;
  std::string note;
  Location where;
  std::string fact{};  // <figure fact="id">: bind sets `value`, and an empty `note`, from it
  Location fact_where{};
  std::string series{};  // <figure series="id">: bind sets `value` and `note` from its last points
  // <figure series sparkline="true">: the series' shape under the value; bind fills its data.
  std::optional<chart::ChartSpec> sparkline{};
  // <figure value reason>: the written value is printed unverified on purpose, for this reason.
  std::string reason{};
  Location value_where{}, note_where{};
};

struct KeyFigures {
  std::vector<KeyFigure> figures;
  // The ids references may link to at the panel: its figures' own, and the facts first printed
  // in their values.
  std::vector<std::string> anchors{};
  Style box_style;    // background, rule, padding, spacing of the panel
  Style value_style;  // the big number
  Style label_style;
  Style note_style;
  Location where;
};

struct Quote {
  std::vector<Paragraph> paragraphs;
  std::string attribution;  // printed as "— attribution" under the quote
  Style style;              // indent, rule at the left edge, background
  Style attribution_style;
  Location where;
};

// A chart. `spec` holds the kind, the texts and the style from the brief and layout; its data
// come either from facts.xml (the ids in `series`, or the facts of `categories`), which bind
// resolves into spec.data and spec.source, or from literal values in the brief (drafts).
struct ChartCategory {
  std::string label;
  std::string fact;  // a fact id, or empty when the values are literal
  Location where;
};

// <series values reason>: values written in the brief, and why they print unverified (empty:
// no reason given, a draft's values).
struct LiteralValues {
  std::string reason;
  Location where;
};

struct Chart {
  chart::ChartSpec spec;
  std::vector<LiteralValues> literal_values{};  // one per <series values>
  // Where the brief gives each of the spec's texts, by attribute name ("subtitle").
  std::map<std::string, Location, std::less<>> text_where{};
  std::vector<std::string> series;        // facts.xml series ids; bind fills spec.data
  std::vector<ChartCategory> categories;  // with facts: bind fills spec.data
  // Article id -> how the source line names it: its title in quotes.
  std::map<std::string, std::string, std::less<>> articles;
  double height = 150;  // of the chart frame, titles and notes included
  Style style;          // the space around the chart and keep-together
  Location where;
};

// An entry of a list of figures or tables: "Figure 2  Trade by quarter", and the page of `anchor`.
struct TocEntry {
  std::string text;
  std::string anchor;
};

struct Toc {
  std::string title;
  int depth = 2;  // deepest heading level listed
  Style title_style;
  Style entry_style;  // level-1 entries
  Style sub_style;    // deeper entries
  Location where;
  // <list-of-figures/>, <list-of-tables/>: these entries (bind writes them) instead of the
  // headings.
  bool listing = false;
  bool tables = false;
  bool titled = true;  // false: bind gives the list its title in the brief's language
  std::vector<TocEntry> entries{};
};

// <figure id>: a numbered chart or table with its caption. Bind puts the label ("Figure 2. ") in
// front of the caption.
using FigureContent = std::variant<Table, Chart, ImageBlock>;
struct Figure {
  std::string id;
  bool table = false;  // "Table 2", else "Figure 2"
  std::string number;  // "2", or "3.1" when numbered by section
  std::vector<Run> caption;
  Style caption_style;
  FigureContent content;
  Location where;
  bool caption_below = false;  // the layout's `table-caption` or `figure-caption`
};

struct PageBreak {
  Location where;
};

struct Spacer {
  double height = 0;
  Location where;
};

struct Rule {
  double width = 0.5;
  Color color;
  double space_before = 0, space_after = 0;
  Location where;
};

using Block = std::variant<Heading, Paragraph, ListBlock, Table, KeyFigures, Quote, Chart, Figure,
                           Toc, PageBreak, Spacer, Rule, ImageBlock>;

// What a <ref> may name in the brief (facts are named by the facts file): its kind, the number
// it prints ("2.3", "2"; empty for an unnumbered section or a key figure) and its title.
struct Target {
  enum class Kind { section, figure, table, key_figure };
  Kind kind = Kind::section;
  std::string number;
  std::string title;  // a section's title, a figure's caption as plain text, a key figure's label
  Location where;     // of its id
};

using Targets = std::map<std::string, Target, std::less<>>;

// The layout's <figures>: what a reference shows by default and the labels' words (empty: the
// brief's language's).
struct FigureWords {
  std::string show = "both";
  std::string figure, table;
};

// Running header/footer: left, centre and right templates. Fields left for layout to fill:
// {section}, {page}, {pages}. On even pages of a mirrored layout left and right swap.
// A part of a running element's text: layout text with the static fields filled in, or a field
// only layout knows. Kept apart so that layout fills {section}, {page} and {pages} in the layout's
// template only, never inside a value: braces in the brief's own text print as written.
struct RunningPart {
  enum class Field { none, section, page, pages };
  Field field = Field::none;
  std::string text;  // when field is none
};
using RunningText = std::vector<RunningPart>;

struct Running {
  RunningText left, center, right;
  Style style;
  double rule_width = 0;  // rule between the band and the text frame; 0 = none
  Color rule_color;
  double distance = 0;  // baseline distance from the text frame's edge into the margin
  // A logo on every page but the cover, its bottom (header) or top (footer) on the band's
  // baseline; its height is the band's style's size unless given.
  std::optional<ImageBlock> image{};
};

// Pages first to last, numbered from 1 with the cover; last 0: to the end of the document.
struct PageSpan {
  int first = 1, last = 0;
};

// What a stamp prints: text, its fields filled per page as a running element's are, set in
// `style` (the stamp's size and colour in it).
struct StampText {
  RunningText text;
  Style style;
};

// Printed on pages apart from their content, under or over it (a watermark, a classification
// line); layout gives it to the page model as an artifact. Where it goes is kept apart from
// what it prints, so that an image can be a stamp's content beside text.
struct Stamp {
  enum class Position { center, top, bottom };
  StampText content;
  std::optional<ImageBlock> image{};  // printed instead of the text
  std::vector<PageSpan> pages;        // empty: every page
  bool over = false;
  Position position = Position::center;
  double rotate = 0;  // degrees, counterclockwise
  double opacity = 1;
  Location where;

  bool on(int page) const {
    if (pages.empty()) return true;
    for (const PageSpan& span : pages)
      if (page >= span.first && (span.last == 0 || page <= span.last)) return true;
    return false;
  }
};

struct PageSetup {
  double width = 595.276, height = 841.89;  // A4
  double top = 72, bottom = 72;
  double inner = 72, outer = 72;  // inner = binding side; left on odd pages
  bool mirror = true;             // false: inner is always on the left
  // The body in `columns` columns (1: none) `column_gap` apart, a rule `column_rule` wide
  // (0: none) halfway between them.
  // For a printer: the paper is larger than the page by `margin()` on each side, where the print
  // runs `bleed` past the trimmed page and crop marks stand outside that.
  double bleed = 0;
  bool crop_marks = false;
  static constexpr double kMarkGap = 3 * 72 / 25.4, kMarkLength = 6 * 72 / 25.4;
  double margin() const { return crop_marks ? std::max(bleed, kMarkGap) + kMarkLength : bleed; }
  int columns = 1;
  double column_gap = 12;
  double column_rule = 0;
  Color column_rule_color{0.56, 0.64, 0.73};
  // The same paper turned a quarter (landscape for portrait, and back): width and height swap,
  // each margin stays on its side, so the text frame is wider and shorter.
  PageSetup turned() const {
    PageSetup t = *this;
    std::swap(t.width, t.height);
    return t;
  }
};

// Blocks of the body, [first, end), that sit on pages turned from the document's (a section
// whose orientation is not the layout's page's). They start a page, and so does what follows.
struct Turn {
  std::size_t first = 0, end = 0;
  Location where;  // the section's orientation attribute
};

// Blocks of the body, [first, end), set in `count` columns instead of the layout's (a section's
// `columns`); its first block, the section's heading, spans them.
struct ColumnRun {
  std::size_t first = 0, end = 0;
  int count = 1;
  Location where;  // the section's columns attribute
};

struct Meta {
  std::string title, subtitle, date, classification, lang, author, subject, keywords;
  std::string period{};  // YYYY-MM of the edition (`--period`); empty for a whole brief
  // Where the brief gives the texts the PDF's document information repeats, for the writer.
  Location title_where{}, author_where{}, subject_where{}, keywords_where{}, lang_where{};
  // `--draft`: unverified figures are warnings, not errors (every page is stamped DRAFT).
  bool draft = false;
};

// How a source note's number follows the figure it cites: raised digits (`¹²`), or on the line in
// brackets (`[12]`); `automatic` brackets it only after a bare number, where raised digits would
// read as a power (`707⁶`).
enum class NoteMarker { automatic, superscript, brackets };

// <footnotes> in the layout and the notes of the brief (its <footnote>s, and the facts' source
// notes when they print as footnotes), in the order bind met them.
struct Footnote {
  std::vector<Run> runs;
  Location where;
};
struct Footnotes {
  enum class Numbering { page, section, document };
  enum class Marker { number, letter, symbol };
  Numbering numbering = Numbering::page;
  Marker marker = Marker::letter;
  double rule = 0.4;
  bool source_notes = false;
  std::optional<Style> style{};  // the layout's `footnote` style, when it has one
  std::vector<Footnote> notes{};
};

struct Document {
  Meta meta;
  bool missing_glyphs_error = false;  // the layout's missing-glyphs="error"
  NoteMarker note_marker = NoteMarker::automatic;
  PageSetup page;
  Running header, footer;
  std::vector<Block> cover;  // page 1 (no running header/footer); empty = no cover
  std::vector<Block> body;
  std::vector<Turn> turns{};             // in order, not overlapping
  std::vector<ColumnRun> column_runs{};  // in order, not overlapping
  Targets targets{};                     // what a <ref> may name in the brief, by id
  FigureWords figure_words{};
  Footnotes footnotes{};
  std::vector<Stamp> stamps;  // the layout's, the brief's, then `build --draft`'s, in that order
};

}  // namespace briefing::model
