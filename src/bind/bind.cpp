#include "bind/bind.hpp"

#include <cmath>
#include <deque>
#include <map>
#include <set>
#include <type_traits>
#include <variant>

#include "bind/charts.hpp"
#include "bind/footnotes.hpp"
#include "bind/language.hpp"
#include "bind/literals.hpp"
#include "bind/notes.hpp"
#include "bind/references.hpp"
#include "bind/series_figure.hpp"
#include "xml/values.hpp"

namespace briefing::bind {

namespace {

class Binder {
 public:
  Binder(const data::FactSheet& sheet, model::Document& doc, Diagnostics& diags)
      : sheet_(sheet),
        lang_(doc.meta.lang),
        period_(doc.meta.period),
        marker_(doc.note_marker),
        diags_(diags),
        footnotes_(doc.footnotes, diags),
        notes_(&sheet) {}

  void bind_blocks(std::vector<model::Block>& blocks) {
    for (auto& block : blocks) std::visit([&](auto& b) { bind_block(b); }, block);
  }

  const Notes& notes() const { return notes_; }
  FootnoteBinder& footnotes() { return footnotes_; }
  // The facts printed in the brief, whose first printing references link to.
  const std::set<std::string, std::less<>>& printed() const { return printed_; }

 private:
  template <class Block>
  void bind_block(Block& block) {
    if constexpr (std::is_same_v<Block, model::Paragraph>) {
      bind_runs(block.runs);
    } else if constexpr (std::is_same_v<Block, model::ListBlock>) {
      if (block.new_facts) list_new_facts(block);
      for (auto& item : block.items) bind_runs(item.runs);
    } else if constexpr (std::is_same_v<Block, model::Table>) {
      for (auto* rows : {&block.header, &block.rows})
        for (auto& row : *rows)
          for (auto& cell : row.cells) bind_runs(cell.runs);
    } else if constexpr (std::is_same_v<Block, model::KeyFigures>) {
      for (auto& figure : block.figures) {
        // Its value is where the fact is printed first, when it is.
        if (!figure.fact.empty() && printed_.insert(figure.fact).second)
          block.anchors.push_back(figure.fact);
        bind_figure(figure);
      }
    } else if constexpr (std::is_same_v<Block, model::Chart>) {
      bind_chart(block, sheet_, lang_, diags_);
      note_literal_values(block);
    } else if constexpr (std::is_same_v<Block, model::Figure>) {
      std::visit([&](auto& content) { bind_block(content); }, block.content);
      bind_runs(block.caption);
    } else if constexpr (std::is_same_v<Block, model::Quote>) {
      // A quotation cites no fact, but its footnotes are the brief's own words.
      for (auto& paragraph : block.paragraphs) bind_runs(paragraph.runs);
    }
  }

  // The note's text is bound where its marker stands, so its facts are cited in reading order.
  void bind_footnote(model::Run& marker) {
    std::vector<model::Run> runs = *marker.footnote;
    in_footnote_ = true;
    bind_runs(runs);
    in_footnote_ = false;
    footnotes_.add(marker, std::move(runs));
  }

  // The fact, then the words the reference holds, with the reference's emphasis and link; then
  // the note number.
  void bind_runs(std::vector<model::Run>& runs) {
    std::vector<model::Run> out;
    out.reserve(runs.size());
    for (auto& run : runs) {
      if (run.footnote) bind_footnote(run);
      if (run.literal) {
        auto note = cite_literal(run.text, *run.literal, run.where);
        out.push_back(std::move(run));
        out.push_back(marker_run(note, out.back().text, out.back().where));
        continue;
      }
      if (run.fact.empty()) {
        out.push_back(std::move(run));
        continue;
      }
      auto note = cite(run.fact, run.where);
      if (!note) continue;
      auto text = data::format_fact(*note->fact, lang_);
      if (!run.text.empty()) text += " " + run.text;
      out.push_back({text, run.emphasis, run.strong, run.href, run.where});
      if (!in_footnote_ && printed_.insert(run.fact).second) out.back().anchor = run.fact;
      out.push_back(marker_run(*note, text, run.where));
    }
    runs = std::move(out);
  }

  // The fact's note marker after `printed`, or its footnote's marker when source notes print as
  // footnotes.
  model::Run marker_run(const Note& note, std::string_view printed, const Location& where) {
    if (!footnotes_.source_notes())
      return {note_marker(printed, note.number, marker_), false, false, "", where};
    if (in_footnote_)
      diags_.error(where,
                   "a fact in a <footnote> would need a footnote of its own, since the layout "
                   "prints source notes as footnotes (source-notes=\"footnotes\"): cite it in "
                   "the text");
    return footnotes_.source_marker(note, where);
  }

  // A panel's value is not running text: its note cannot be a marker at the page foot.
  void refuse_panel_note(const Location& where) {
    if (footnotes_.source_notes())
      diags_.error(where,
                   "a key figure's source note cannot print as a footnote (the layout's "
                   "source-notes=\"footnotes\"): a panel is not running text; cite the fact "
                   "in a paragraph instead");
  }

  // A literal's note is a source note of its own, saying the figure is not verified and why;
  // the same figure with the same reason printed again keeps its note, as a fact does.
  Note cite_literal(const std::string& figure, const std::string& reason, const Location& where) {
    auto key = reason + '\x1f' + figure;
    auto [found, added] = literal_ids_.try_emplace(key, literals_.size());
    if (added) literals_.push_back(literal_note(figure, reason, where, lang_, literals_.size()));
    return notes_.cite(literals_[found->second], where);
  }

  // The chart says under it which of its values no fact verifies, and why.
  void note_literal_values(model::Chart& chart) {
    std::set<std::string> said;
    for (const auto& values : chart.literal_values)
      if (!values.reason.empty() && said.insert(values.reason).second)
        chart.spec.notes.push_back(
            (vietnamese(lang_) ? "Số liệu chưa kiểm chứng: " : "Values not verified: ") +
            values.reason);
  }

  // The value is read before the label, so it is cited first.
  void bind_figure(model::KeyFigure& figure) {
    if (!figure.reason.empty()) {
      auto note = cite_literal(figure.value, figure.reason, figure.value_where);
      refuse_panel_note(figure.value_where);
      figure.value += note_marker(figure.value, note.number, marker_);
    }
    if (!figure.fact.empty()) bind_value(figure);
    if (!figure.series.empty()) bind_series_value(figure);
    bind_runs(figure.label);
  }

  // The last point, cited like a fact, and its change since the point before in the note.
  void bind_series_value(model::KeyFigure& figure) {
    const data::Series* series = sheet_.find_series(figure.series);
    if (!series) {
      diags_.error(figure.fact_where,
                   "unknown series '" + figure.series + "'; series are defined in the facts file");
      return;
    }
    const data::Point& latest = series->points.back();
    const data::Fact& fact = points_.emplace_back(data::point_fact(*series, latest));
    if (!fact.verified) {
      diags_.error(figure.fact_where, "series '" + series->id + "': the point for " +
                                          latest.period.iso() + " failed its check (" +
                                          located(latest.where) + ")");
      return;
    }
    auto note = notes_.cite(fact, figure.fact_where);
    refuse_panel_note(figure.fact_where);
    figure.value = data::format_fact(fact, lang_);
    figure.value += note_marker(figure.value, note.number, marker_);
    std::string change;
    if (series->points.size() > 1)
      change = change_text(*series, series->points[series->points.size() - 2], latest, lang_);
    if (figure.note.empty()) figure.note = latest.period.text(lang_);
    if (!change.empty()) figure.note += ", " + change;
    // One point has no shape to show.
    if (figure.sparkline && series->points.size() > 1) trace(*figure.sparkline, *series);
    if (series->points.size() < 2) figure.sparkline.reset();
    figure.series.clear();
  }

  // Every point the edition has, so the line ends at the value printed above it. A point that
  // failed its check is a gap: nothing is drawn from unverified data.
  void trace(chart::ChartSpec& sparkline, const data::Series& series) {
    chart::Series line{series.label, {}, {}};
    for (const auto& point : series.points) {
      sparkline.data.categories.push_back({point.period.text(lang_), ""});
      line.values.push_back(point.verified ? point.value.to_double() : std::nan(""));
    }
    sparkline.data.series = {std::move(line)};
  }

  void bind_value(model::KeyFigure& figure) {
    auto note = cite(figure.fact, figure.fact_where);
    if (!note) return;
    refuse_panel_note(figure.fact_where);
    figure.value = data::format_fact(*note->fact, lang_);
    figure.value += note_marker(figure.value, note->number, marker_);
    if (figure.note.empty() && note->fact->period) figure.note = note->fact->period->text(lang_);
    figure.fact.clear();
  }

  // Facts first, then series points, each in the order of the facts file.
  void list_new_facts(model::ListBlock& list) {
    list.new_facts = false;
    if (period_.empty()) {
      diags_.warn(list.where, "<new-facts/> lists what is new in an edition: build with --period");
      add_item(list, vietnamese(lang_) ? "Danh sách này chỉ có trong bản theo kỳ (--period)."
                                       : "This list is filled in editions built with --period.");
      return;
    }
    for (const auto& fact : sheet_.facts)
      if (sheet_.new_in_period.count(fact.id)) add_new_fact(list, fact);
    for (const auto& series : sheet_.series)
      for (const auto& point : series.points)
        if (sheet_.new_in_period.count(series.id + "@" + point.period.iso()))
          add_new_fact(list, points_.emplace_back(data::point_fact(series, point)));
    if (!list.items.empty()) return;
    auto month = Period::parse(period_);
    auto when = month ? month->text(lang_) : period_;
    add_item(list, vietnamese(lang_) ? "Không có số liệu mới trong " + when + "."
                                     : "No new figures were reported in " + when + ".");
  }

  // "Two-way trade: USD 19.5 billion¹ (November 2025)".
  void add_new_fact(model::ListBlock& list, const data::Fact& fact) {
    if (!fact.verified) {
      diags_.warn(list.where, "'" + fact.id + "' is new in this period but failed its check (" +
                                  located(fact.where) + "); it is left out of the list");
      return;
    }
    auto note = notes_.cite(fact, list.where);
    std::string text = data::format_fact(fact, lang_);
    std::string when = fact.period ? " (" + fact.period->text(lang_) + ")" : "";
    model::Run printed{text, false, true, "", list.where};
    if (printed_.insert(fact.id).second) printed.anchor = fact.id;
    list.items.push_back(model::Paragraph{{{fact.label + ": ", false, false, "", list.where},
                                           std::move(printed),
                                           marker_run(note, text, list.where),
                                           {when, false, false, "", list.where}},
                                          list.style,
                                          list.where});
  }

  static void add_item(model::ListBlock& list, std::string text) {
    list.items.push_back(model::Paragraph{
        {{std::move(text), false, false, "", list.where}}, list.style, list.where});
  }

  std::optional<Note> cite(const std::string& id, const Location& where) {
    const data::Fact* fact = sheet_.fact(id);
    if (!fact) {
      unknown_fact(id, where);
      return std::nullopt;
    }
    if (!fact->verified) {
      diags_.error(where, "fact '" + id + "' failed its check (" + located(fact->where) +
                              "); nothing is printed from an unverified fact");
      return std::nullopt;
    }
    return notes_.cite(*fact, where);
  }

  void unknown_fact(const std::string& id, const Location& where) {
    std::vector<std::string_view> ids;
    for (const auto& fact : sheet_.facts) ids.push_back(fact.id);
    auto close = xml::closest_name(id, ids);
    diags_.error(where, "unknown fact '" + id + "'" +
                            (close.empty() ? "" : " (did you mean '" + close + "'?)") +
                            (sheet_.facts.empty() ? "; the brief has no facts file"
                                                  : "; facts are defined in the facts file"));
  }

  static std::string located(const Location& where) {
    return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.col);
  }

  const data::FactSheet& sheet_;
  std::string lang_;
  std::string period_;  // of the edition; empty for a whole brief
  model::NoteMarker marker_;
  Diagnostics& diags_;
  FootnoteBinder footnotes_;
  bool in_footnote_ = false;
  Notes notes_;
  std::set<std::string, std::less<>> printed_;
  std::deque<data::Fact> points_;    // series points cited as facts; notes point at them
  std::deque<data::Fact> literals_;  // <literal>s' notes, cited like facts
  std::map<std::string, std::size_t> literal_ids_;  // reason and figure -> index in literals_
};

}  // namespace

std::optional<model::Document> bind_facts(model::Document doc, const data::FactSheet& sheet,
                                          Diagnostics& diags) {
  int errors_before = diags.error_count();
  refuse_unverified_figures(doc, diags);
  Binder binder(sheet, doc, diags);
  binder.bind_blocks(doc.body);
  list_sources(binder.notes(), doc.meta.lang, doc.body, !doc.footnotes.source_notes, diags);
  if (doc.footnotes.source_notes)
    binder.footnotes().write_sources(binder.notes(), doc.meta.lang, doc.body);
  bind_references(doc, sheet, binder.notes(), binder.printed(), diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  return doc;
}

}  // namespace briefing::bind
