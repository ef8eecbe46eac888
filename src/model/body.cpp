#include "model/body.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <numeric>
#include <optional>

#include "model/chart_block.hpp"
#include "model/images.hpp"
#include "model/text.hpp"

namespace briefing::model {

namespace {

// As bind prints facts (data/format.cpp): Vietnamese writes 1.615,2 for 1,615.2.
char decimal_mark(const std::string& lang) {
  return lang == "vi" || lang.starts_with("vi-") ? ',' : '.';
}

bool vietnamese(const std::string& lang) { return decimal_mark(lang) == ','; }

// "retrieved 5 January 2026"; Vietnamese writes "truy cập ngày 5/1/2026".
std::string retrieval(const std::string& iso_date, const std::string& lang) {
  if (iso_date.empty()) return "";
  if (!vietnamese(lang) || iso_date.size() != 10) return "retrieved " + long_date(iso_date);
  auto number = [&](std::size_t at, std::size_t n) {
    return std::to_string(std::stoi(iso_date.substr(at, n)));
  };
  return "truy c\u1EADp ng\u00E0y " + number(8, 2) + "/" + number(5, 2) + "/" + number(0, 4);
}

// "Agency, outlet, “Title”, 3 March 2025, https://…, retrieved 5 January 2026 (file.txt)";
// absent parts are left out, and so is an outlet the agency already names.
std::vector<Run> source_entry(const parse::ArticleSpec& article, const std::string& lang) {
  std::string text;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!text.empty()) text += ", ";
    text += part;
  };
  add(article.agency);
  if (article.agency.find(article.outlet) == std::string::npos) add(article.outlet);
  add("\u201C" + article.title + "\u201D");
  add(long_date(article.date));
  add(article.url);
  add(retrieval(article.retrieved, lang));
  text += " (" + std::filesystem::path(article.file).filename().string() + ")";
  return {Run{text, false, false, "", article.where}};
}

// What a section passes down to the blocks inside it.
struct Scope {
  int depth = 0;  // of the enclosing section; 0 = the brief itself
  bool numbered = true;
  bool in_toc = true;
  bool turned = false;   // on pages turned from the document's
  bool columns = false;  // inside a section that sets its own columns
};

class BodyBuilder {
 public:
  BodyBuilder(const parse::BriefSpec& spec, const StyleSheet& styles, Targets& targets,
              std::vector<Turn>& turns, std::vector<ColumnRun>& column_runs, Diagnostics& diags)
      : spec_(spec),
        styles_(styles),
        targets_(targets),
        turns_(turns),
        column_runs_(column_runs),
        diags_(diags) {}

  void add_blocks(const std::vector<parse::BlockSpec>& blocks, const Scope& scope) {
    for (const auto& block : blocks) std::visit([&](const auto& b) { add(b, scope); }, block);
  }

  std::vector<Block> take() { return std::move(out_); }

 private:
  Style style(std::string_view name, const Location& where, bool keep_together = false) {
    Style s = styles_.get(name, where, diags_);
    if (keep_together) s.keep_together = true;
    return s;
  }

  // The style of a paragraph of text given a 'dir' (its own, else its block's), which overrides
  // the style's.
  static Style directed(Style style, const std::optional<parse::Direction>& dir) {
    if (dir) style.dir = to_direction(*dir);
    return style;
  }

  void add(const parse::SectionSpec& section, const Scope& outer) {
    bool turns = section.orientation && *section.orientation != spec_.layout.page.orientation;
    if (outer.turned && section.orientation && !turns)
      diags_.error(section.orientation_where,
                   "this section is inside a section on turned pages, which it would turn back: "
                   "a section's pages turn only once (remove 'orientation' here or there)");
    if (outer.columns && section.columns)
      diags_.error(section.columns_where,
                   "this section is inside a section set in columns: columns are set once "
                   "(remove 'columns' here or there)");
    const bool columns = section.columns && !outer.columns;
    Scope scope{outer.depth + 1, outer.numbered && section.numbered, outer.in_toc && section.in_toc,
                outer.turned || turns, outer.columns || columns};
    const std::size_t first = out_.size();
    Heading heading;
    heading.level = scope.depth;
    if (scope.numbered && spec_.layout.number_headings) heading.number = next_number(scope.depth);
    heading.runs = make_runs({{section.title, false, false, "", section.where}});
    heading.plain = plain_text(heading.runs);
    heading.in_toc = scope.in_toc;
    heading.style = directed(style("h" + std::to_string(scope.depth), section.where), section.dir);
    // The title of a section set in columns stands above them.
    if (columns) heading.style.span_all = true;
    heading.where = section.where;
    heading.id = section.id;
    if (!section.id.empty())
      add_target(section.id,
                 {Target::Kind::section, heading.number, heading.plain, section.id_where});
    if (scope.depth == 1) start_chapter(heading.number);
    out_.push_back(std::move(heading));
    add_blocks(section.blocks, scope);
    if (scope.depth == 1) start_chapter("");
    if (turns && !outer.turned)
      turns_.push_back(Turn{first, out_.size(), section.orientation_where});
    if (columns)
      column_runs_.push_back(
          ColumnRun{first, out_.size(), *section.columns, section.columns_where});
  }

  // Figures and tables numbered by section count again in each level-1 section.
  void start_chapter(std::string number) {
    chapter_ = std::move(number);
    if (spec_.layout.figures.by_section) figure_count_ = table_count_ = 0;
  }

  void add_target(const std::string& id, Target target) {
    auto [found, added] = targets_.emplace(id, target);
    if (!added)
      diags_.error(target.where, "duplicate id '" + id + "' (the first is at line " +
                                     std::to_string(found->second.where.line) + ")");
  }

  // "3", or "2.3" (the third in section 2) when numbered by section.
  std::string figure_number(bool table, const Location& where) {
    int count = ++(table ? table_count_ : figure_count_);
    if (!spec_.layout.figures.by_section) return std::to_string(count);
    if (chapter_.empty())
      diags_.error(where, std::string("the layout numbers ") + (table ? "tables" : "figures") +
                              " by section (<figures numbering=\"section\">), but this one is "
                              "not inside a numbered section");
    return chapter_ + "." + std::to_string(count);
  }

  // "2.1": the counter of this level goes up, deeper counters start again.
  std::string next_number(int level) {
    auto index = static_cast<std::size_t>(std::min(level, 3) - 1);
    ++counters_[index];
    for (auto deeper = index + 1; deeper < counters_.size(); ++deeper) counters_[deeper] = 0;
    std::string number;
    for (std::size_t i = 0; i <= index; ++i)
      number += (i ? "." : "") + std::to_string(counters_[i]);
    return number;
  }

  void add(const parse::ParagraphSpec& p, const Scope&) {
    out_.push_back(Paragraph{make_runs(p.content),
                             directed(style(p.style, p.where, p.keep_together), p.dir), p.where});
  }

  void add(const parse::ListSpec& list, const Scope&) {
    ListBlock block{list.numbered,
                    {},
                    directed(style("list", list.where, list.keep_together), list.dir),
                    list.where};
    for (const auto& item : list.items)
      block.items.push_back(
          Paragraph{make_runs(item.content), directed(block.style, item.dir), item.where});
    out_.push_back(std::move(block));
  }

  void add(const parse::SourcesListSpec& sources, const Scope&) {
    ListBlock block{true, {}, style("list", sources.where, sources.keep_together), sources.where};
    for (const auto& article : spec_.sources) {
      block.items.push_back(
          Paragraph{source_entry(article, spec_.meta.lang), block.style, article.where});
      block.sources.push_back(article.id);
    }
    block.sources_list = true;
    out_.push_back(std::move(block));
  }

  void add(const parse::NewFactsSpec& news, const Scope&) {
    ListBlock block{false, {}, style("list", news.where, news.keep_together), news.where};
    block.new_facts = true;
    out_.push_back(std::move(block));
  }

  static std::vector<Row> make_rows(const std::vector<parse::RowSpec>& rows) {
    std::vector<Row> out;
    for (const auto& row : rows) {
      Row r;
      for (const auto& cell : row.cells)
        r.cells.push_back(
            {make_runs(cell.content), to_align(cell.align),
             cell.image ? std::make_shared<const ImageBlock>(make_image(*cell.image, Style{}))
                        : nullptr,
             cell.column, cell.colspan, cell.rowspan, cell.decimal});
      out.push_back(std::move(r));
    }
    return out;
  }

  static std::vector<double> fractions(const parse::TableSpec& table) {
    std::vector<double> widths = table.widths;
    double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    for (auto& w : widths) w /= total;
    return widths;
  }

  void add(const parse::TableSpec& table, const Scope&) { out_.push_back(make_table(table)); }

  Table make_table(const parse::TableSpec& table) {
    Table t;
    t.widths = fractions(table);
    t.columns = table.columns;
    t.decimal_mark = decimal_mark(spec_.meta.lang);
    t.caption_below = spec_.layout.figures.table_caption_below;
    t.header = make_rows(table.head);
    t.rows = make_rows(table.rows);
    t.caption = table.caption;
    t.cell_style = style("table", table.where, table.keep_together);
    if (table.place) t.cell_style.place = to_place(*table.place);
    if (table.span) t.cell_style.span_all = *table.span;
    t.head_style = style("table-head", table.where);
    t.caption_style = style("caption", table.where);
    t.where = table.where;
    return t;
  }

  void add(const parse::FigureBlockSpec& spec, const Scope&) {
    if (!spec.content) return;  // parse reported it
    Figure figure;
    figure.id = spec.id;
    figure.table = std::holds_alternative<parse::TableSpec>(*spec.content);
    figure.number = figure_number(figure.table, spec.where);
    figure.caption = make_runs(spec.caption);
    figure.caption_style = style("caption", spec.where);
    if (spec.span) figure.caption_style.span_all = *spec.span;
    figure.where = spec.where;
    figure.caption_below = figure.table ? spec_.layout.figures.table_caption_below
                                        : spec_.layout.figures.figure_caption_below;
    if (const auto* table = std::get_if<parse::TableSpec>(&*spec.content))
      figure.content = make_table(*table);
    else if (const auto* drawn = std::get_if<parse::ChartSpec>(&*spec.content))
      figure.content = chart(*drawn);
    else
      figure.content = image(std::get<parse::ImageSpec>(*spec.content));
    if (spec.span)
      std::visit(
          [&](auto& content) {
            if constexpr (std::is_same_v<std::decay_t<decltype(content)>, Table>)
              content.cell_style.span_all = *spec.span;
            else
              content.style.span_all = *spec.span;
          },
          figure.content);
    add_target(spec.id, {figure.table ? Target::Kind::table : Target::Kind::figure, figure.number,
                         plain_text(figure.caption), spec.id_where});
    out_.push_back(std::move(figure));
  }

  void add(const parse::ListOfSpec& list, const Scope&) {
    Toc toc{list.title.value_or(""),    0,  style("toc-title", list.where),
            style("toc-2", list.where), {}, list.where};
    toc.entry_style.indent = 0;  // the list is flat
    toc.sub_style = toc.entry_style;
    toc.listing = true;
    toc.tables = list.tables;
    toc.titled = list.title.has_value();
    out_.push_back(std::move(toc));
  }

  void add(const parse::KeyFiguresSpec& figures, const Scope&) {
    KeyFigures k;
    k.value_style = style("keyfig-value", figures.where);
    for (const auto& f : figures.figures) {
      k.figures.push_back(
          {f.value, make_runs(f.label), f.note, f.where, f.fact, f.fact_where, f.series});
      k.figures.back().reason = f.reason;
      k.figures.back().value_where = f.value_where;
      k.figures.back().note_where = f.note_where;
      if (f.sparkline) k.figures.back().sparkline = make_sparkline(k.value_style, f.where);
      if (f.id.empty()) continue;
      add_target(f.id,
                 {Target::Kind::key_figure, "", plain_text(k.figures.back().label), f.id_where});
      k.anchors.push_back(f.id);
    }
    k.box_style = style("keyfig-box", figures.where, figures.keep_together);
    if (figures.span) k.box_style.span_all = *figures.span;
    k.label_style = style("keyfig-label", figures.where);
    k.note_style = style("keyfig-note", figures.where);
    k.where = figures.where;
    out_.push_back(std::move(k));
  }

  void add(const parse::QuoteSpec& quote, const Scope&) {
    Quote q;
    q.style = directed(style("quote", quote.where, quote.keep_together), quote.dir);
    for (const auto& p : quote.paragraphs)
      q.paragraphs.push_back({make_runs(p.content), directed(q.style, p.dir), p.where});
    q.attribution = quote.attribution;
    q.attribution_style = directed(style("quote-attribution", quote.where), quote.dir);
    q.where = quote.where;
    out_.push_back(std::move(q));
  }

  void add(const parse::ImageSpec& spec, const Scope&) { out_.push_back(image(spec)); }

  ImageBlock image(const parse::ImageSpec& spec) {
    Style block = spec.style.empty() ? default_image_style() : style(spec.style, spec.where);
    return make_image(spec, std::move(block));
  }

  void add(const parse::ChartSpec& spec, const Scope&) { out_.push_back(chart(spec)); }

  Chart chart(const parse::ChartSpec& spec) {
    return make_chart(spec, spec_.sources, style("chart", spec.where),
                      style("chart-title", spec.where));
  }

  void add(const parse::ContentsSpec& contents, const Scope&) {
    out_.push_back(Toc{contents.title, contents.depth, style("toc-title", contents.where),
                       style("toc-1", contents.where), style("toc-2", contents.where),
                       contents.where});
  }

  void add(const parse::PageBreakSpec& pagebreak, const Scope&) {
    out_.push_back(PageBreak{pagebreak.where});
  }

  const parse::BriefSpec& spec_;
  const StyleSheet& styles_;
  Targets& targets_;
  std::vector<Turn>& turns_;
  std::vector<ColumnRun>& column_runs_;
  Diagnostics& diags_;
  std::array<int, 3> counters_{};
  std::string chapter_;  // the number of the level-1 section the blocks are in
  int figure_count_ = 0, table_count_ = 0;
  std::vector<Block> out_;
};

}  // namespace

std::vector<Block> build_body(const parse::BriefSpec& spec, const StyleSheet& styles,
                              Targets& targets, std::vector<Turn>& turns,
                              std::vector<ColumnRun>& column_runs, Diagnostics& diags) {
  BodyBuilder builder(spec, styles, targets, turns, column_runs, diags);
  builder.add_blocks(spec.body, Scope{});
  return builder.take();
}

}  // namespace briefing::model
