#pragma once
// Parse stage: brief.xml and its layout file -> BriefSpec, a syntax-level description in which
// every element keeps its file:line:col. Rejects malformed XML, unknown elements/attributes and
// bad values. (Types are defined by this stage; see docs/layout-language.md.)
//
// What is checked here: well-formed UTF-8 XML, element and attribute names, value syntax,
// required attributes and elements, duplicate names, files the brief refers to. What is left to
// the model stage: anything that needs the two files together (style references, inheritance).
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

namespace briefing::parse {

inline constexpr double points_per_mm = 72.0 / 25.4;

enum class Align { left, right, center, justify };

// The base direction of a paragraph's text: `automatic` takes it from the first strong letter.
enum class Direction { automatic, ltr, rtl };

// Where a keep-together block may go when it does not fit where it stands (see the model's).
enum class Place { here, top, bottom, page };

// Inline text with the emphasis of the elements around it. Whitespace is kept as written (the
// model collapses it across runs); the text is NFC.
struct TextRun {
  std::string text;
  bool emphasis = false;
  bool strong = false;
  std::string href;
  Location where;
  std::string fact{};  // <fact ref="id">: the fact's id; `text` is the words after the figure
  // <ref to="id" show="…"/>: what it names (a section, figure, table, key figure or fact); `text`
  // is empty. `show` is empty when the layout's default applies.
  std::string ref{};
  std::string show{};
  // <footnote>: the note's text; the run itself prints only its marker.
  std::shared_ptr<const std::vector<TextRun>> footnote{};
  // <literal reason="…">: a figure printed unverified on purpose, and why; `text` is the figure.
  std::optional<std::string> literal{};
};
using Inline = std::vector<TextRun>;

// <image src alt width height align>: a picture, read and checked as the brief is parsed.
// Every <image> of the same file shares one Picture.
struct ImageSpec {
  std::string src;  // as written
  std::string alt;  // what the picture shows; empty when declared decorative (alt="")
  std::optional<double> width, height;  // as printed; with neither, the picture's own size
  Align align = Align::center;
  std::string style;  // of the space around a block image; empty: 6pt above, 9pt below
  std::shared_ptr<const Picture> picture;
  Location where;
};

// ---------------------------------------------------------------------------------------------
// Layout

// Every property is optional: an unset one is inherited from the parent style.
struct StyleProps {
  std::optional<std::string> family;
  std::optional<bool> bold, italic;
  std::optional<double> size, leading;
  std::optional<Color> color;
  std::optional<Align> align;
  std::optional<double> space_before, space_after, indent, first_indent;
  std::optional<bool> hyphenate, keep_with_next, keep_together, page_break_before, uppercase;
  std::optional<Color> background;
  std::optional<double> rule;
  std::optional<Color> rule_color;
  std::optional<double> padding;
  // OpenType feature settings as written; the model reads them with font::parse_features.
  std::optional<std::string> features;
  std::optional<Direction> dir;
  std::optional<Place> place;
  std::optional<bool> span_all;  // span="all": across every column of a body set in columns
};

struct StyleSpec {
  std::string name;
  std::string parent;  // empty: built-in defaults
  StyleProps props;
  Location where;
  Location parent_where;
  Location features_where;
};

enum class PaperSize { a4, letter };
// Columns a body may be set in: more would leave each narrower than a few words on A4.
constexpr int kMaxColumns = 6;
// A page's long side across (landscape) or up (portrait).
enum class Orientation { portrait, landscape };

struct PageSpec {
  PaperSize size = PaperSize::a4;
  double top = 25 * points_per_mm, bottom = 25 * points_per_mm;
  double inner = 25 * points_per_mm, outer = 25 * points_per_mm;
  bool mirror = true;
  Orientation orientation = Orientation::portrait;
  // The body in columns (1: none), `column_gap` apart, with a rule between them when
  // `column_rule` is above 0.
  double bleed = 0;         // TrimBox/BleedBox: how far past the trimmed page the print runs
  bool crop_marks = false;  // marks outside the trim where the sheet is cut
  int columns = 1;
  double column_gap = 12;
  double column_rule = 0;
  std::optional<Color> column_rule_color;
  Location where, columns_where{}, column_gap_where{}, bleed_where{};
};

// A running header or footer. Templates may hold {fields}; absent = empty.
struct RunningSpec {
  std::string style = "running";
  double rule = 0;
  std::optional<Color> rule_color;  // default: the style's colour
  double distance = 10 * points_per_mm;
  std::string left, center, right;
  // A logo on every page of the band, at its left, centre or right (align), as tall as `height`
  // or the band's style's size.
  std::optional<ImageSpec> image;
  Location where;
};

struct CoverText {
  std::string style;
  Inline content;  // may hold {fields}
  Location where;
};

struct CoverSpacer {
  double height = 0;
  Location where;
};

struct CoverRule {
  double width = 0.5;
  Color color;
  double space_before = 0, space_after = 0;
  Location where;
};

using CoverItem = std::variant<CoverText, CoverSpacer, CoverRule, ImageSpec>;

// <figures>: how numbered figures and tables are counted, labelled and referred to.
struct FiguresSpec {
  bool by_section = false;  // "2.1": counted again in each level-1 section
  // Where captions stand: a table's above it, a chart's or an image's below, as Chicago and ISO
  // set them, unless the layout says otherwise.
  bool table_caption_below = false, figure_caption_below = true;
  std::string show = "both";  // what a <ref> prints by default: number, page or both
  std::string figure, table;  // the labels' words; empty: the brief's language's
  Location where;
};

// <footnotes>: how notes at the page foot are numbered and marked, and whether the facts'
// source notes print there instead of in the sources list.
enum class FootnoteNumbering { page, section, document };
enum class FootnoteMarker { number, letter, symbol };
struct FootnotesSpec {
  FootnoteNumbering numbering = FootnoteNumbering::page;
  std::optional<FootnoteMarker> marker{};  // unset: number when source notes print as footnotes
  std::optional<double> rule{};            // the rule's thickness; 0: none
  bool source_notes = false;               // source-notes="footnotes"
  Location where;
};

// Pages first to last, numbered from 1 with the cover; last 0: to the end.
struct PageSpan {
  int first = 1, last = 0;
};

enum class StampLayer { under, over };
enum class StampPosition { center, top, bottom };

// <stamp>: text under or over the content of the pages it names (a watermark, a classification
// line). Its placement is kept apart from its text, so that an image can be a stamp later.
struct StampSpec {
  std::string text;
  std::optional<ImageSpec> image;  // instead of the text
  bool fields = false;             // the text may hold {fields}: a layout's stamp
  std::vector<PageSpan> pages;     // empty: every page
  StampLayer layer = StampLayer::under;
  StampPosition position = StampPosition::center;
  double rotate = 0;  // degrees, counterclockwise
  double opacity = 1;
  std::string style = "running";
  std::optional<double> size;
  std::optional<Color> color;
  Location where;
};

struct LayoutSpec {
  std::string path;  // the layout file as resolved from the brief
  bool number_headings = false;
  FiguresSpec figures;
  FootnotesSpec footnotes{};
  // missing-glyphs="error": a character no font of the manifest has stops the build (else it
  // is a warning, and prints as the font's .notdef box).
  bool missing_glyphs_error = false;
  std::string note_marker = "auto";  // note-marker: auto, superscript or brackets
  PageSpec page;
  std::string font_manifest;  // path named by <fonts manifest>, resolved; empty = default
  std::vector<StyleSpec> styles;
  Location styles_where;
  RunningSpec header, footer;
  std::vector<CoverItem> cover;
  std::vector<StampSpec> stamps;
  Location where;
};

// ---------------------------------------------------------------------------------------------
// Brief

// Plain-text metadata, whitespace collapsed; empty when the element is absent.
struct MetaSpec {
  std::string title, subtitle, date, classification, author, subject, keywords;
  std::string lang = "en";
  std::string period{};  // YYYY-MM: set by `build --period`, never read from the brief
  bool draft = false;    // set by `build --draft`: every page is stamped DRAFT
  // Where the texts the PDF's document information repeats are given.
  Location title_where, author_where, subject_where, keywords_where, lang_where;
};

struct ArticleSpec {
  std::string id, file, agency, title, date;
  // Provenance: where the copy in `file` came from, and what `briefing pin` recorded of it (the
  // SHA-256 of its bytes, its number of sentences; empty and -1 until it is pinned).
  std::string url, outlet, retrieved, sha256;
  int sentences = -1;
  Location where;
};

// `dir` is unset when the element has no 'dir' attribute: then the enclosing element's, or else
// the style's, applies.
struct ParagraphSpec {
  Inline content;
  std::string style = "body";
  bool keep_together = false;
  Location where;
  std::optional<Direction> dir{};
};

struct ListItemSpec {
  Inline content;
  Location where;
  std::optional<Direction> dir{};
};

struct ListSpec {
  bool numbered = false;
  std::vector<ListItemSpec> items;
  bool keep_together = false;
  Location where;
  std::optional<Direction> dir{};  // of the items without their own
};

struct CellSpec {
  Inline content;
  Align align = Align::left;  // the cell's `align`, else its column's (`decimal` is right here)
  Location where;
  // Where the cell sits in the table's grid (its first column, counted from 0, once the rows
  // above have taken the columns their row spans hold) and how many columns and rows it covers.
  std::uint32_t column = 0, colspan = 1, rowspan = 1;
  bool decimal = false;      // aligned on the decimal point with the column's other such cells
  bool align_given = false;  // its own `align`, which its column's does not override
  // A cell holding an <image> holds nothing else. Held apart: most cells have none.
  std::shared_ptr<const ImageSpec> image{};
};

struct RowSpec {
  std::vector<CellSpec> cells;
  Location where;
};

struct TableSpec {
  std::vector<double> widths;  // relative weights as written; empty = from the cells' content
  std::size_t columns = 0;     // of the grid, spans counted
  // `aligns`: each column's alignment, `decimal` for numbers aligned on their decimal point.
  struct ColumnAlign {
    Align align = Align::left;
    bool decimal = false;
  };
  std::vector<ColumnAlign> aligns;
  std::string caption;
  std::vector<RowSpec> head, rows;
  bool keep_together = false;
  std::optional<Place> place{};  // unset: the `table` style's; only a table kept together floats
  Location where;
  std::optional<bool> span{};  // span="all" or "column": across the columns or in one
};

struct FigureSpec {
  std::string value, note;
  Inline label;
  Location where;
  std::string fact{};  // <figure fact="id">: the value comes from the fact (then `value` is empty)
  Location fact_where{};  // of the 'fact' or 'series' attribute
  // <figure series="id">: the value is the series' last point, with its change since the one
  // before (monthly editions).
  std::string series{};
  bool sparkline = false;  // with `series`: the series' shape drawn under the value
  std::string id{};        // a <ref> names the key figure by it
  Location id_where{};
  // <figure value reason>: why the written value is printed without a fact; empty: none given.
  std::string reason{};
  Location value_where{}, note_where{};
};

struct KeyFiguresSpec {
  std::vector<FigureSpec> figures;
  bool keep_together = false;
  Location where;
  std::optional<bool> span{};  // span="all" or "column": across the columns or in one
};

struct QuoteSpec {
  std::vector<ParagraphSpec> paragraphs;
  std::string attribution;
  bool keep_together = false;
  Location where;
  std::optional<Direction> dir{};  // of the attribution and the paragraphs without their own
};

// <category label="…" fact="id"/>: a category of a chart; with `fact`, its bar is that fact.
struct ChartCategorySpec {
  std::string label, fact;
  Location where;
};

// <series label="…" values="1 2 NaN 4"/>: literal values for drafts, one per category.
struct ChartSeriesSpec {
  std::string label;
  std::vector<double> values;
  std::string reason;  // why the values are printed unverified; empty: undeclared (a draft)
  Location where;
};

struct ChartSpec {
  std::string type = "bar";  // a chart::ChartKind name, checked when read
  std::string title, subtitle, value_title, category_title, note;
  // Of each of the texts above that the brief gives, by attribute name ("subtitle").
  std::map<std::string, Location, std::less<>> text_where{};
  std::vector<std::string> series;  // ids of facts.xml series
  std::vector<ChartCategorySpec> categories;
  std::vector<ChartSeriesSpec> inline_series;
  double height = 150;
  bool keep_together = false;
  std::optional<Place> place{};  // unset: the `chart` style's
  Location where;
  std::optional<bool> span{};  // span="all" or "column": across the columns or in one
};

// <figure id="…">: one chart or table (an image, once there are images) and its <caption>,
// numbered "Figure 3" or "Table 2".
using FigureContentSpec = std::variant<TableSpec, ChartSpec, ImageSpec>;
struct FigureBlockSpec {
  std::string id;
  Inline caption;
  std::optional<FigureContentSpec> content;
  Location where, id_where;
  std::optional<bool> span{};  // span="all" or "column": across the columns or in one
};

// <list-of-figures/>, <list-of-tables/>: like the contents, for numbered figures or tables.
struct ListOfSpec {
  bool tables = false;
  std::optional<std::string> title;  // unset: the brief's language's word
  Location where;
};

struct ContentsSpec {
  std::string title = "Contents";
  int depth = 2;
  Location where;
};

struct PageBreakSpec {
  Location where;
};

struct SourcesListSpec {
  bool keep_together = false;
  Location where;
};

// <new-facts/>: the list of the facts and series points first reported in the edition's period.
struct NewFactsSpec {
  bool keep_together = false;
  Location where;
};

struct SectionSpec;
using BlockSpec = std::variant<ParagraphSpec, ListSpec, TableSpec, KeyFiguresSpec, QuoteSpec,
                               ChartSpec, FigureBlockSpec, ListOfSpec, ContentsSpec, PageBreakSpec,
                               SourcesListSpec, NewFactsSpec, ImageSpec, SectionSpec>;

struct SectionSpec {
  std::string title;
  std::string id{};  // a <ref> names the section by it
  Location id_where{};
  bool numbered = true;
  bool in_toc = true;
  std::vector<BlockSpec> blocks;
  Location where;
  std::optional<Direction> dir{};  // of the heading (the title) only
  // Its pages turned another way than the document's: the section sits on pages of its own.
  std::optional<Orientation> orientation{};
  Location orientation_where{};
  // Its blocks in this many columns (1: across the frame), the layout's gap and rule between.
  std::optional<int> columns{};
  Location columns_where{};
};

struct BriefSpec {
  std::string brief_dir;  // as given
  std::string data_dir;
  MetaSpec meta;
  std::vector<ArticleSpec> sources;
  std::vector<BlockSpec> body;
  LayoutSpec layout;
  std::vector<StampSpec> stamps;  // the brief's own, after the layout's
  Location where;                 // the <brief> element
  // The facts file: <facts file="..."/>, else facts.xml beside brief.xml if there is one; empty
  // when the brief has none.
  std::string facts_file{};
};

struct ParseOptions {
  std::string data_dir;  // folder holding layouts/ and fonts/
  // Folders besides the brief's own and layouts/ and fonts/ whose files a brief may name
  // (--allow-path); see parse/confine.hpp.
  std::vector<std::string> allowed_dirs{};
};

// Reads BRIEF_DIR/brief.xml and the layout it names. Reports every problem found in both files;
// returns nullopt if there was any.
std::optional<BriefSpec> parse_brief(const std::string& brief_dir, const ParseOptions& options,
                                     Diagnostics& diags);

}  // namespace briefing::parse
