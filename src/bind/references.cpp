#include "bind/references.hpp"

#include <optional>
#include <variant>

#include "bind/language.hpp"
#include "xml/values.hpp"

namespace briefing::bind {

namespace {

// The words of labels and references: the layout's, else the brief's language's.
struct Words {
  std::string figure, table, section, page, note;
  std::string on_page;  // between a number and its page: "Figure 2 on page 4"
  std::string figures, tables;
};

Words words(std::string_view lang, const model::FigureWords& layout) {
  Words w = vietnamese(lang) ? Words{"Hình",      "Bảng", "mục",           "trang",
                                     "chú thích", ",",    "Danh mục hình", "Danh mục bảng"}
                             : Words{"Figure", "Table", "section",         "page",
                                     "note",   " on",   "List of figures", "List of tables"};
  if (!layout.figure.empty()) w.figure = layout.figure;
  if (!layout.table.empty()) w.table = layout.table;
  return w;
}

// Every run list of the body a reference may stand in, in document order.
template <class Visit>
void for_each_text(std::vector<model::Block>& blocks, Visit&& visit) {
  auto table = [&](model::Table& t) {
    for (auto* rows : {&t.header, &t.rows})
      for (auto& row : *rows)
        for (auto& cell : row.cells) visit(cell.runs);
  };
  for (auto& block : blocks) {
    if (auto* p = std::get_if<model::Paragraph>(&block)) {
      visit(p->runs);
    } else if (auto* list = std::get_if<model::ListBlock>(&block)) {
      for (auto& item : list->items) visit(item.runs);
    } else if (auto* t = std::get_if<model::Table>(&block)) {
      table(*t);
    } else if (auto* panel = std::get_if<model::KeyFigures>(&block)) {
      for (auto& figure : panel->figures) visit(figure.label);
    } else if (auto* figure = std::get_if<model::Figure>(&block)) {
      if (auto* inner = std::get_if<model::Table>(&figure->content)) table(*inner);
      visit(figure->caption);
    }
  }
}

std::string located(const Location& where) {
  return where.file + ":" + std::to_string(where.line) + ":" + std::to_string(where.col);
}

class Referencer {
 public:
  Referencer(model::Document& doc, const data::FactSheet& sheet, const Notes& notes,
             const std::set<std::string, std::less<>>& printed, Diagnostics& diags)
      : doc_(doc),
        sheet_(sheet),
        notes_(notes),
        printed_(printed),
        diags_(diags),
        words_(words(doc.meta.lang, doc.figure_words)) {}

  // A fact and a part of the brief by one id could not be told apart by a reference.
  void check_ids() {
    for (const auto& [id, target] : doc_.targets) {
      const data::Fact* fact = sheet_.fact(id);
      const data::Series* series = sheet_.find_series(id);
      if (!fact && !series) continue;
      diags_.error(target.where, "id '" + id + "' is also the id of a " +
                                     (fact ? "fact" : "series") + " of the facts file (" +
                                     located(fact ? fact->where : series->where) +
                                     "); a <ref> could not tell them apart");
    }
  }

  // "Figure 2. " before each caption, and the entries of the lists of figures and tables.
  void label_figures() {
    std::vector<model::TocEntry> figures, tables;
    for (auto& block : doc_.body) {
      auto* figure = std::get_if<model::Figure>(&block);
      if (!figure) continue;
      std::string label = (figure->table ? words_.table : words_.figure) + " " + figure->number;
      // A reference in the caption is named in the list, without its page.
      std::string caption;
      for (const auto& run : figure->caption)
        caption += run.ref.empty() ? run.text : number_words(run).value_or("");
      (figure->table ? tables : figures).push_back({label + "\u2002" + caption, figure->id});
      figure->caption.insert(figure->caption.begin(),
                             model::Run{label + ". ", false, true, "", figure->where});
    }
    for (auto& block : doc_.body) {
      auto* toc = std::get_if<model::Toc>(&block);
      if (!toc || !toc->listing) continue;
      toc->entries = toc->tables ? tables : figures;
      if (!toc->titled) toc->title = toc->tables ? words_.tables : words_.figures;
      if (toc->entries.empty())
        diags_.warn(toc->where, std::string("the brief has no numbered ") +
                                    (toc->tables ? "tables (a <table> in a <figure>)"
                                                 : "figures (a <chart> in a <figure>)") +
                                    " for this list");
    }
  }

  void bind_all() {
    for_each_text(doc_.body, [&](std::vector<model::Run>& runs) { bind_runs(runs); });
    for (model::Footnote& note : doc_.footnotes.notes) bind_runs(note.runs);
  }

 private:
  void bind_runs(std::vector<model::Run>& runs) {
    bool any = false;
    for (const auto& run : runs) any = any || !run.ref.empty();
    if (!any) return;
    std::vector<model::Run> out;
    for (auto& run : runs) {
      if (run.ref.empty())
        out.push_back(std::move(run));
      else
        write_ref(run, out);
    }
    runs = std::move(out);
  }

  // What the reference prints before its page, if it shows one: "Figure 2", "section 2.3", a
  // section's title when headings are not numbered, "note 5"; empty for a key figure.
  std::optional<std::string> number_words(const model::Run& ref) const {
    if (auto found = doc_.targets.find(ref.ref); found != doc_.targets.end()) {
      const model::Target& target = found->second;
      using Kind = model::Target::Kind;
      switch (target.kind) {
        case Kind::section:
          return target.number.empty() ? "\u201C" + target.title + "\u201D"
                                       : words_.section + " " + target.number;
        case Kind::figure:
          return words_.figure + " " + target.number;
        case Kind::table:
          return words_.table + " " + target.number;
        case Kind::key_figure:
          return std::string();
      }
    }
    if (printed_.count(ref.ref)) {
      int note = notes_.number_of(ref.ref);
      return note > 0 ? words_.note + " " + std::to_string(note) : std::string();
    }
    return std::nullopt;
  }

  void write_ref(const model::Run& ref, std::vector<model::Run>& out) {
    auto number = number_words(ref);
    if (!number) return unknown(ref);
    std::string show = ref.show.empty() ? doc_.figure_words.show : ref.show;
    if (number->empty()) {
      if (ref.show == "number")
        diags_.error(ref.where, "'" + ref.ref +
                                    "' has no number to show (a key figure is found by its "
                                    "page): leave out show=\"number\"");
      show = "page";
    }
    auto words = [&](std::string text) {
      model::Run run{std::move(text), ref.emphasis, ref.strong, "", ref.where};
      run.link_to = ref.ref;
      return run;
    };
    if (show == "number") {
      out.push_back(words(*number));
      return;
    }
    // A no-break space: the number never starts a line away from its word.
    out.push_back(
        words((show == "both" ? *number + words_.on_page + " " : "") + words_.page + "\u00A0"));
    model::Run page = words("00");
    page.page_of = true;
    out.push_back(std::move(page));
  }

  void unknown(const model::Run& ref) {
    if (sheet_.left_out.count(ref.ref)) {
      diags_.error(ref.where, "<ref to=\"" + ref.ref + "\"> names '" + ref.ref +
                                  "' of the facts file, which the " + doc_.meta.period +
                                  " edition leaves out (it is dated after the period); a "
                                  "monthly brief refers only to what its month has");
      return;
    }
    if (const data::Fact* fact = sheet_.fact(ref.ref)) {
      diags_.error(ref.where, "fact '" + ref.ref + "' (" + located(fact->where) +
                                  ") is not printed in the brief, so a <ref> to it has nowhere "
                                  "to link; cite it with <fact ref=\"" +
                                  ref.ref + "\"/>");
      return;
    }
    std::vector<std::string_view> ids;
    for (const auto& [id, target] : doc_.targets) ids.push_back(id);
    for (const auto& id : printed_) ids.push_back(id);
    auto close = xml::closest_name(ref.ref, ids);
    diags_.error(ref.where, "unknown id '" + ref.ref + "' in <ref>" +
                                (close.empty() ? "" : " (did you mean '" + close + "'?)") +
                                "; a reference names a section, figure or key figure by its id, "
                                "or a fact the brief prints");
  }

  model::Document& doc_;
  const data::FactSheet& sheet_;
  const Notes& notes_;
  const std::set<std::string, std::less<>>& printed_;
  Diagnostics& diags_;
  Words words_;
};

}  // namespace

void bind_references(model::Document& doc, const data::FactSheet& sheet, const Notes& notes,
                     const std::set<std::string, std::less<>>& printed, Diagnostics& diags) {
  Referencer referencer(doc, sheet, notes, printed, diags);
  referencer.check_ids();
  referencer.label_figures();
  referencer.bind_all();
}

}  // namespace briefing::bind
