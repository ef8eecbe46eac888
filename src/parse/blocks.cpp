#include "parse/blocks.hpp"

#include <algorithm>

#include "base/parallel.hpp"
#include "parse/chart_reader.hpp"
#include "parse/images.hpp"
#include "parse/inline.hpp"
#include "xml/values.hpp"

namespace briefing::parse {

using xml::ChildRule;
using xml::parse_weights;
using xml::Reader;

namespace {

constexpr int max_section_depth = 3;

bool keep_together(Reader& r, pugi::xml_node node) {
  return r.boolean(node, "keep-together").value_or(false);
}

ParagraphSpec read_paragraph(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"style", "keep-together", "dir"});
  ParagraphSpec p;
  p.where = r.where(node);
  if (auto style = r.text(node, "style")) p.style = *style;
  p.keep_together = keep_together(r, node);
  p.dir = read_direction(r, node);
  p.content = read_inline(r, node, Facts::allowed, Footnotes::allowed);
  return p;
}

ListSpec read_list(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"type", "keep-together", "dir"});
  ListSpec list;
  list.where = r.where(node);
  list.numbered =
      r.choice<bool>(node, "type", {{"bullet", false}, {"number", true}}).value_or(false);
  list.keep_together = keep_together(r, node);
  list.dir = read_direction(r, node);
  r.read_children(
      node, {{"item", false, [&](pugi::xml_node item) {
                r.check_attributes(item, {"dir"});
                list.items.push_back({read_inline(r, item, Facts::allowed, Footnotes::allowed),
                                      r.where(item), read_direction(r, item)});
              }}});
  r.require_child(node, "item");
  return list;
}

// More columns or rows than a printed table has; it bounds the grid a crafted span could ask for.
constexpr int kMaxSpan = 1000;

// A cell holds text, or one <image> and nothing else.
CellSpec read_cell(Reader& r, pugi::xml_node cell, const ImagePlace& images) {
  r.check_attributes(cell, {"align", "colspan", "rowspan"});
  auto align = r.choice<Align>(
      cell, "align", {{"left", Align::left}, {"right", Align::right}, {"center", Align::center}});
  CellSpec spec{{}, align.value_or(Align::left), r.where(cell)};
  spec.align_given = align.has_value();
  spec.colspan = std::uint32_t(r.integer(cell, "colspan", 1, kMaxSpan).value_or(1));
  spec.rowspan = std::uint32_t(r.integer(cell, "rowspan", 1, kMaxSpan).value_or(1));
  auto image = cell.child("image");
  if (!image) {
    spec.content = read_inline(r, cell, Facts::allowed, Footnotes::allowed);
    return spec;
  }
  for (pugi::xml_node child : cell.children()) {
    bool blank =
        child.type() == pugi::node_pcdata &&
        std::string_view(child.value()).find_first_not_of(" \t\r\n") == std::string_view::npos;
    if (child != image && !blank && child.type() != pugi::node_comment)
      r.error(r.where(child), "a <cell> with an <image> holds nothing else");
  }
  if (auto read = images.files.read(r, image, images.folder))
    spec.image = std::make_shared<const ImageSpec>(std::move(*read));
  return spec;
}

RowSpec read_row(Reader& r, pugi::xml_node node, const ImagePlace& images) {
  r.check_attributes(node, {});
  RowSpec row;
  row.where = r.where(node);
  r.read_children(node, {{"cell", false, [&](pugi::xml_node cell) {
                            row.cells.push_back(read_cell(r, cell, images));
                          }}});
  r.require_child(node, "cell");
  return row;
}

// A column a row span from above holds: for how many more rows, and the spanning cell's place.
struct Held {
  std::uint32_t rows = 0;
  Location by;
};

std::string at_line(const Location& where) { return "line " + std::to_string(where.line); }

// Places one row's cells in the grid as HTML does (each takes the first column not held by a
// row span from above) and reports a cell that runs past the table's last column or row, or
// onto a column a span from above holds. `left` is how many rows follow in the head or body.
void place_row(Reader& r, RowSpec& row, std::vector<Held>& held, std::size_t& columns,
               const std::string& source, const char* part, std::size_t left) {
  std::size_t column = 0, covered = 0;
  for (auto& cell : row.cells) {
    while (column < held.size() && held[column].rows > 0) ++column;
    cell.column = std::uint32_t(column);
    std::size_t end = column + cell.colspan;
    if (columns != 0 && end > columns) {
      r.error(cell.where, "the cell runs past the table's last column: it would cover column " +
                              std::to_string(end) + " of " + std::to_string(columns) + " (from " +
                              source + ")");
      return;
    }
    if (held.size() < end) held.resize(end);
    for (std::size_t k = column; k < end; ++k)
      if (held[k].rows > 0) {
        r.error(cell.where, "the cell overlaps the cell spanning rows at " + at_line(held[k].by) +
                                " (column " + std::to_string(k + 1) + ")");
        return;
      }
    if (cell.rowspan > left + 1) {
      r.error(cell.where, "rowspan=\"" + std::to_string(cell.rowspan) + "\" runs past the " +
                              "last row of its " + part + ": " + std::to_string(left + 1) +
                              " rows from here on");
      return;
    }
    covered += cell.colspan;
    column = end;
  }
  for (auto& h : held) covered += h.rows > 0;
  if (columns == 0) columns = covered;
  if (covered != columns)
    r.error(row.where, "row has cells for " + std::to_string(covered) +
                           " columns but the table has " + std::to_string(columns) +
                           " columns (from " + source + ")");
  for (auto& h : held)
    if (h.rows > 0) --h.rows;
  for (const auto& cell : row.cells)
    for (std::size_t k = cell.column; k < cell.column + cell.colspan && k < held.size(); ++k)
      held[k] = {cell.rowspan - 1, cell.where};
}

// Every row must cover as many columns as the table has, spans counted: the widths list says
// how many, or else the first row does. A row span stays inside the head or the body.
void place_cells(Reader& r, TableSpec& table) {
  std::size_t columns = table.widths.size();
  std::string source = columns ? "widths" : "its first row";
  for (auto* rows : {&table.head, &table.rows}) {
    std::vector<Held> held;
    for (std::size_t i = 0; i < rows->size(); ++i)
      place_row(r, (*rows)[i], held, columns, source, rows == &table.head ? "head" : "table",
                rows->size() - i - 1);
  }
  table.columns = columns;
}

// A column's alignment is its cells' unless they give their own; a body cell of a `decimal`
// column, one column wide, is aligned on its decimal point, and the head's are set right.
void align_columns(Reader& r, pugi::xml_node node, TableSpec& table) {
  auto attribute = node.attribute("aligns");
  if (!attribute) return;
  for (std::string_view rest = attribute.value(); !rest.empty();) {
    std::string_view word = rest.substr(0, rest.find(','));
    rest = word.size() < rest.size() ? rest.substr(word.size() + 1) : std::string_view{};
    while (!word.empty() && word.front() == ' ') word.remove_prefix(1);
    while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
    using A = TableSpec::ColumnAlign;
    static const std::pair<std::string_view, A> kinds[] = {{"left", A{Align::left, false}},
                                                           {"right", A{Align::right, false}},
                                                           {"center", A{Align::center, false}},
                                                           {"decimal", A{Align::right, true}}};
    auto kind = std::find_if(std::begin(kinds), std::end(kinds),
                             [&](const auto& k) { return k.first == word; });
    if (kind == std::end(kinds)) {
      r.error(r.where(node, "aligns"),
              "bad value '" + std::string(word) + "' in 'aligns' on <table>: expected left, " +
                  "right, center or decimal for each column, separated by commas");
      return;
    }
    table.aligns.push_back(kind->second);
  }
  if (table.aligns.size() != table.columns) {
    r.error(r.where(node, "aligns"),
            "'aligns' on <table> names " + std::to_string(table.aligns.size()) +
                " columns but the table has " + std::to_string(table.columns));
    table.aligns.clear();
    return;
  }
  for (auto* rows : {&table.head, &table.rows})
    for (auto& row : *rows)
      for (auto& cell : row.cells) {
        if (cell.align_given || cell.column >= table.aligns.size()) continue;
        const auto& column = table.aligns[cell.column];
        cell.align = column.align;
        cell.decimal = column.decimal && rows == &table.rows && cell.colspan == 1 && !cell.image;
      }
}

// A table is bounded so that a crafted brief cannot make layout set millions of cells; 200,000
// cells is far more than any briefing prints, and a 10,000-row register stays well inside it.
constexpr std::size_t kMaxTableCells = 200000;

void check_size(Reader& r, const TableSpec& table) {
  std::size_t cells = 0;
  for (const auto* rows : {&table.head, &table.rows})
    for (const auto& row : *rows) cells += row.cells.size();
  if (cells > kMaxTableCells)
    r.error(table.where, "the table has " + std::to_string(cells) + " cells; the limit is " +
                             std::to_string(kMaxTableCells));
}

// A long table's rows are read on two threads, each half with its own messages, the second's
// after the first's: the benchmark's 133-row register was half the time of reading its brief.
std::vector<RowSpec> read_rows(Reader& r, const std::vector<pugi::xml_node>& nodes,
                               const ImagePlace& images) {
  constexpr std::size_t kWorthAThread = 64;
  std::vector<RowSpec> rows(nodes.size());
  auto read = [&](Reader& reader, std::size_t from, std::size_t to) {
    for (std::size_t i = from; i < to; ++i) rows[i] = read_row(reader, nodes[i], images);
  };
  std::size_t half = nodes.size() < kWorthAThread ? nodes.size() : nodes.size() / 2;
  Diagnostics later_diags;
  Reader later(r.file(), later_diags);
  Beside<void> second;
  if (half < nodes.size()) second = Beside<void>([&] { read(later, half, nodes.size()); });
  read(r, 0, half);
  if (!second.valid()) return rows;
  second.get();
  r.append(later_diags);
  return rows;
}

TableSpec read_table(Reader& r, pugi::xml_node node, const ImagePlace& images) {
  r.check_attributes(node, {"widths", "aligns", "caption", "keep-together", "place", "span"});
  TableSpec table;
  table.where = r.where(node);
  if (auto widths = node.attribute("widths")) {
    if (auto weights = parse_weights(widths.value()))
      table.widths = *weights;
    else
      r.error(r.where(node, "widths"), "bad value '" + std::string(widths.value()) +
                                           "' for 'widths' on <table>: expected positive "
                                           "numbers separated by commas, such as 2,3,3");
  }
  table.caption = r.text(node, "caption").value_or("");
  table.keep_together = keep_together(r, node);
  table.place = read_place(r, node);
  table.span = read_span(r, node);
  std::vector<pugi::xml_node> row_nodes;
  r.read_children(node, {{"head", true,
                          [&](pugi::xml_node head) {
                            r.check_attributes(head, {});
                            r.read_children(head,
                                            {{"row", false, [&](pugi::xml_node row) {
                                                table.head.push_back(read_row(r, row, images));
                                              }}});
                            r.require_child(head, "row");
                          }},
                         {"row", false, [&](pugi::xml_node row) { row_nodes.push_back(row); }}});
  table.rows = read_rows(r, row_nodes, images);
  r.require_child(node, "row");
  check_size(r, table);
  place_cells(r, table);
  align_columns(r, node, table);
  return table;
}

// A written value may be a figure printed unverified on purpose: `reason` says why.
void read_figure_reason(Reader& r, pugi::xml_node node, FigureSpec& figure) {
  if (!node.attribute("reason")) return;
  if (!node.attribute("value"))
    r.error(r.where(node, "reason"),
            "'reason' declares a written value unverified: it goes with 'value', not a fact");
  figure.reason = r.text(node, "reason").value_or("");
  if (figure.reason.find_first_not_of(" \t\r\n") == std::string::npos)
    r.error(r.where(node, "reason"),
            "'reason' says why the value is printed without a fact: it cannot be empty");
}

// The value is written out (value="USD 250 bn") or comes from a fact (fact="trade-2025").
FigureSpec read_figure(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"value", "fact", "series", "note", "sparkline", "id", "reason"});
  FigureSpec figure;
  figure.where = r.where(node);
  figure.id = r.text(node, "id").value_or("");
  figure.id_where = r.where(node, "id");
  figure.note = r.text(node, "note").value_or("");
  figure.label = read_inline(r, node, Facts::allowed);
  bool has_value = node.attribute("value");
  bool has_fact = node.attribute("fact");
  bool has_series = node.attribute("series");
  if (has_series && (has_value || has_fact))
    r.error(r.where(node, "series"), "a <figure> takes one of 'value', 'fact' or 'series'");
  else if (has_series)
    figure.series = r.required_text(node, "series").value_or("");
  else if (has_value && has_fact)
    r.error(r.where(node, "fact"), "a <figure> takes either 'value' or 'fact', not both");
  else if (!has_value && !has_fact)
    r.error(figure.where,
            "a <figure> needs 'value' (the figure as printed) or 'fact' (the id of "
            "a fact in the facts file)");
  if (has_value) figure.value = r.required_text(node, "value").value_or("");
  if (has_fact) figure.fact = r.required_text(node, "fact").value_or("");
  figure.fact_where = r.where(node, has_series ? "series" : "fact");
  figure.value_where = r.where(node, "value");
  figure.note_where = r.where(node, "note");
  read_figure_reason(r, node, figure);
  figure.sparkline = r.boolean(node, "sparkline").value_or(false);
  if (figure.sparkline && !has_series)
    r.error(r.where(node, "sparkline"), "a sparkline draws a series: it needs 'series'");
  return figure;
}

KeyFiguresSpec read_keyfigures(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"keep-together", "span"});
  KeyFiguresSpec figures;
  figures.where = r.where(node);
  figures.span = read_span(r, node);
  figures.keep_together = keep_together(r, node);
  r.read_children(node, {{"figure", false, [&](pugi::xml_node figure) {
                            figures.figures.push_back(read_figure(r, figure));
                          }}});
  r.require_child(node, "figure");
  return figures;
}

QuoteSpec read_quote(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"attribution", "keep-together", "dir"});
  QuoteSpec quote;
  quote.where = r.where(node);
  quote.attribution = r.text(node, "attribution").value_or("");
  warn_bidi_controls(r, node, "attribution", quote.attribution);
  quote.keep_together = keep_together(r, node);
  quote.dir = read_direction(r, node);
  r.read_children(
      node, {{"p", false, [&](pugi::xml_node p) {
                r.check_attributes(p, {"dir"});
                quote.paragraphs.push_back({read_inline(r, p, Facts::refused, Footnotes::allowed),
                                            "quote", false, r.where(p), read_direction(r, p)});
              }}});
  r.require_child(node, "p");
  return quote;
}

ContentsSpec read_contents(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"title", "depth"});
  ContentsSpec contents;
  contents.where = r.where(node);
  if (auto title = r.text(node, "title")) contents.title = *title;
  if (auto depth = r.integer(node, "depth", 1, max_section_depth)) contents.depth = *depth;
  return contents;
}

// One content (a chart, a table or an image) and one <caption>, in either order.
FigureBlockSpec read_figure_block(Reader& r, pugi::xml_node node, const ImagePlace& images) {
  r.check_attributes(node, {"id", "span"});
  FigureBlockSpec figure;
  figure.where = r.where(node);
  figure.span = read_span(r, node);
  figure.id = r.required_text(node, "id").value_or("");
  figure.id_where = r.where(node, "id");
  Location first_content;
  bool read_one = false;  // an image that could not be read was reported where it failed
  auto content = [&](auto read) {
    return [&, read](pugi::xml_node child) {
      if (read_one) {
        r.error(r.where(child),
                "a <figure> holds one chart, table or image; the first is at line " +
                    std::to_string(first_content.line));
        return;
      }
      read_one = true;
      first_content = r.where(child);
      figure.content = read(child);
    };
  };
  bool captioned = false;
  r.read_children(
      node, {{"caption", true,
              [&](pugi::xml_node caption) {
                r.check_attributes(caption, {});
                captioned = true;
                figure.caption = read_inline(r, caption, Facts::allowed);
                bool empty = std::all_of(
                    figure.caption.begin(), figure.caption.end(), [](const TextRun& run) {
                      return run.fact.empty() && run.ref.empty() &&
                             run.text.find_first_not_of(" \t\r\n") == std::string::npos;
                    });
                if (empty)
                  r.error(r.where(caption),
                          "the <caption> is empty: a figure's caption says what it shows, and "
                          "the lists of figures and tables print it");
              }},
             {"chart", false, content([&](pugi::xml_node n) -> std::optional<FigureContentSpec> {
                return read_chart(r, n, keep_together(r, n));
              })},
             {"image", false, content([&](pugi::xml_node n) -> std::optional<FigureContentSpec> {
                auto image = images.files.read(r, n, images.folder, {"style"});
                if (!image) return std::nullopt;
                image->style = r.text(n, "style").value_or("");
                return std::move(*image);
              })},
             {"table", false, content([&](pugi::xml_node n) -> std::optional<FigureContentSpec> {
                if (n.attribute("caption"))
                  r.error(r.where(n, "caption"),
                          "a table in a <figure> takes its caption from the figure's <caption>");
                return read_table(r, n, images);
              })}});
  if (!captioned) r.error(figure.where, "element <caption> is missing from <figure>");
  if (!read_one)
    r.error(figure.where, "a <figure> needs its content: one <chart>, <table> or <image>");
  return figure;
}

ListOfSpec read_list_of(Reader& r, pugi::xml_node node, bool tables) {
  r.check_attributes(node, {"title"});
  return {tables, r.text(node, "title"), r.where(node)};
}

SectionSpec read_section(Reader& r, pugi::xml_node node, int depth, const ImagePlace& images) {
  r.check_attributes(node, {"title", "numbered", "toc", "dir", "id", "orientation", "columns"});
  SectionSpec section;
  section.where = r.where(node);
  section.id = r.text(node, "id").value_or("");
  section.id_where = r.where(node, "id");
  section.title = r.required_text(node, "title").value_or("");
  warn_bidi_controls(r, node, "title", section.title);
  section.dir = read_direction(r, node);
  section.numbered = r.boolean(node, "numbered").value_or(true);
  section.in_toc = r.boolean(node, "toc").value_or(true);
  section.orientation = read_orientation(r, node);
  section.orientation_where = r.where(node, "orientation");
  section.columns = r.integer(node, "columns", 1, kMaxColumns);
  section.columns_where = r.where(node, "columns");
  if (depth > max_section_depth)
    r.error(section.where, "sections nest at most " + std::to_string(max_section_depth) +
                               " deep; this one is at depth " + std::to_string(depth));
  r.read_children(node, block_rules(r, section.blocks, depth, images));
  return section;
}

}  // namespace

std::vector<ChildRule> block_rules(Reader& r, std::vector<BlockSpec>& blocks, int depth,
                                   const ImagePlace& images) {
  auto add = [&](auto read) {
    return [&r, &blocks, read](pugi::xml_node node) { blocks.emplace_back(read(r, node)); };
  };
  return {
      {"section", false,
       [&r, &blocks, depth, &images](pugi::xml_node node) {
         blocks.emplace_back(read_section(r, node, depth + 1, images));
       }},
      {"p", false, add(read_paragraph)},
      {"list", false, add(read_list)},
      {"table", false,
       [&r, &blocks, &images](pugi::xml_node node) {
         blocks.emplace_back(read_table(r, node, images));
       }},
      {"image", false,
       [&r, &blocks, &images](pugi::xml_node node) {
         if (auto image = images.files.read(r, node, images.folder, {"style"})) {
           image->style = r.text(node, "style").value_or("");
           blocks.emplace_back(std::move(*image));
         }
       }},
      {"keyfigures", false, add(read_keyfigures)},
      {"quote", false, add(read_quote)},
      {"chart", false,
       [&r, &blocks](pugi::xml_node node) {
         blocks.emplace_back(read_chart(r, node, keep_together(r, node)));
       }},
      {"figure", false,
       [&r, &blocks, &images](pugi::xml_node node) {
         blocks.emplace_back(read_figure_block(r, node, images));
       }},
      {"list-of-figures", false,
       [&r, &blocks](pugi::xml_node node) { blocks.emplace_back(read_list_of(r, node, false)); }},
      {"list-of-tables", false,
       [&r, &blocks](pugi::xml_node node) { blocks.emplace_back(read_list_of(r, node, true)); }},
      {"contents", false, add(read_contents)},
      {"pagebreak", false,
       [&r, &blocks](pugi::xml_node node) {
         r.check_attributes(node, {});
         blocks.emplace_back(PageBreakSpec{r.where(node)});
       }},
      {"sources-list", false,
       [&r, &blocks](pugi::xml_node node) {
         r.check_attributes(node, {"keep-together"});
         blocks.emplace_back(SourcesListSpec{keep_together(r, node), r.where(node)});
       }},
      {"new-facts", false,
       [&r, &blocks](pugi::xml_node node) {
         r.check_attributes(node, {"keep-together"});
         blocks.emplace_back(NewFactsSpec{keep_together(r, node), r.where(node)});
       }},
  };
}

}  // namespace briefing::parse
