// read_facts: facts.xml -> FactSheet. Every problem is reported at its file:line:col and the
// entry it concerns is left out, so one run lists every mistake in the file.
#include <algorithm>
#include <map>

#include "base/period.hpp"
#include "data/data.hpp"
#include "data/facts_syntax.hpp"
#include "xml/reader.hpp"
#include "xml/xml_file.hpp"

namespace briefing::data {

namespace {

class FactsReader {
 public:
  FactsReader(const xml::XmlFile& file, Diagnostics& diags) : in_(file, diags) {}

  FactSheet read(pugi::xml_node root) {
    in_.check_attributes(root, {});
    in_.read_children(root, {{"fact", false, [this](pugi::xml_node n) { read_fact(n); }},
                             {"series", false, [this](pugi::xml_node n) { read_series(n); }},
                             {"derived", false, [this](pugi::xml_node n) { read_derived(n); }},
                             // The review queue of `extract --into`: not curated, not read.
                             {"candidates", true, [](pugi::xml_node) {}}});
    return std::move(sheet_);
  }

 private:
  void read_fact(pugi::xml_node node) {
    in_.check_attributes(node, {"id", "label", "kind", "value", "to", "unit", "qualifier", "change",
                                "period", "article", "quote", "zone"});
    in_.read_children(node, {});
    Fact fact;
    bool ok = read_figure(node, fact);
    ok = read_qualifier(node, fact.qualifier) && ok;
    ok = read_period(node, false, fact.period) && ok;
    ok = required(node, "article", fact.article) && ok;
    ok = required(node, "quote", fact.quote) && ok;
    ok = read_zone(node, fact.from_sidebar, fact.from_caption) && ok;
    ok = read_upper(node, fact.value, fact.upper) && ok;
    ok = read_change(node, fact.change) && ok;
    if (ok) sheet_.facts.push_back(std::move(fact));
  }

  // <derived id label kind op of value round unit period>: see check_derived.
  void read_derived(pugi::xml_node node) {
    in_.check_attributes(node,
                         {"id", "label", "kind", "op", "of", "value", "round", "unit", "period"});
    in_.read_children(node, {});
    Fact fact;
    bool ok = read_figure(node, fact);
    ok = read_period(node, false, fact.period) && ok;
    ok = read_derivation(node, fact) && ok;
    if (ok) sheet_.facts.push_back(std::move(fact));
  }

  // What a quoted and a derived figure both state: its id, label, kind, value and unit.
  bool read_figure(pugi::xml_node node, Fact& fact) {
    fact.where = in_.where(node);
    bool ok = required(node, "id", fact.id) && claim_id(node, fact.id);
    ok = required(node, "label", fact.label) && ok;
    ok = read_kind(node, fact.kind) && ok;
    ok = read_value(node, fact.value) && ok;
    return read_unit(node, fact.kind, fact.unit) && ok;
  }

  bool read_derivation(pugi::xml_node node, Fact& fact) {
    auto op = in_.choice<std::string>(node, "op",
                                      {{"sum", "sum"},
                                       {"difference", "difference"},
                                       {"share", "share"},
                                       {"ratio", "ratio"},
                                       {"change", "change"}});
    if (!node.attribute("op")) in_.required_text(node, "op");
    auto of = in_.required_text(node, "of");
    bool ok = op && of;
    if (of) fact.inputs = split_ids(*of);
    std::size_t wanted = op && *op != "sum" ? 2 : 0;
    if (of && op && (fact.inputs.size() < 2 || (wanted && fact.inputs.size() != wanted))) {
      in_.error(in_.where(node, "of"), "derived '" + fact.id + "': " + *op + " takes " +
                                           (wanted ? "two facts" : "two facts or more") +
                                           " in 'of', separated by spaces; found " +
                                           std::to_string(fact.inputs.size()));
      ok = false;
    }
    if (op) fact.op = *op;
    if (node.attribute("round")) {
      auto round = in_.integer(node, "round", 0, 9);
      if (round) fact.round = *round;
      ok = round.has_value() && ok;
    }
    return ok;
  }

  static std::vector<std::string> split_ids(const std::string& text) {
    std::vector<std::string> ids;
    std::size_t at = 0;
    while ((at = text.find_first_not_of(" \t\n\r", at)) != std::string::npos) {
      auto end = std::min(text.find_first_of(" \t\n\r", at), text.size());
      ids.push_back(text.substr(at, end - at));
      at = end;
    }
    return ids;
  }

  void read_series(pugi::xml_node node) {
    in_.check_attributes(node, {"id", "label", "unit", "kind", "zone"});
    Series series;
    series.where = in_.where(node);
    bool ok = required(node, "id", series.id) && claim_id(node, series.id);
    ok = required(node, "label", series.label) && ok;
    ok = read_kind(node, series.kind) && ok;
    ok = read_unit(node, series.kind, series.unit) && ok;
    ok = read_zone(node, series.from_sidebar, series.from_caption) && ok;
    std::map<std::string, int> period_lines;
    in_.read_children(
        node,
        {{"point", false, [&](pugi::xml_node point) { read_point(point, series, period_lines); }}});
    if (series.points.empty() && ok && !node.child("point"))
      in_.error(series.where, "series '" + series.id + "' has no points");
    if (ok) sheet_.series.push_back(std::move(series));
  }

  void read_point(pugi::xml_node node, Series& series, std::map<std::string, int>& period_lines) {
    in_.check_attributes(node, {"period", "value", "unit", "article", "quote"});
    in_.read_children(node, {});
    Point point;
    point.where = in_.where(node);
    std::optional<Period> period;
    bool ok = read_period(node, true, period);
    if (period) point.period = *period;
    if (ok) {
      auto [first, inserted] = period_lines.emplace(point.period.iso(), point.where.line);
      if (!inserted) {
        in_.error(in_.where(node, "period"),
                  "series '" + series.id + "' has two points for period " + point.period.iso() +
                      " (the first is at line " + std::to_string(first->second) + ")");
        ok = false;
      }
    }
    ok = read_value(node, point.value) && ok;
    auto unit = in_.text(node, "unit");
    if (unit && *unit != series.unit) {
      in_.error(in_.where(node, "unit"),
                "series '" + series.id + "' mixes units: this point is in " + shown_unit(*unit) +
                    ", the series in " + shown_unit(series.unit));
      ok = false;
    }
    ok = required(node, "article", point.article) && ok;
    ok = required(node, "quote", point.quote) && ok;
    if (ok) series.points.push_back(std::move(point));
  }

  static std::string shown_unit(const std::string& unit) {
    return unit.empty() ? "no unit" : "'" + unit + "'";
  }

  bool required(pugi::xml_node node, const char* name, std::string& out) {
    auto text = in_.required_text(node, name);
    if (text) out = std::move(*text);
    return text.has_value();
  }

  bool claim_id(pugi::xml_node node, const std::string& id) {
    auto [first, inserted] = id_lines_.emplace(id, in_.where(node).line);
    if (!inserted)
      in_.error(in_.where(node, "id"), "duplicate id '" + id + "' (the first is at line " +
                                           std::to_string(first->second) + ")");
    return inserted;
  }

  bool read_kind(pugi::xml_node node, Kind& out) {
    std::vector<std::pair<std::string_view, Kind>> options;
    for (auto name : kind_names()) options.emplace_back(name, *kind_from_name(name));
    if (!node.attribute("kind")) {
      in_.required_text(node, "kind");
      return false;
    }
    auto kind = in_.choice(node, "kind", options);
    if (kind) out = *kind;
    return kind.has_value();
  }

  bool read_value(pugi::xml_node node, Decimal& out, const char* name = "value") {
    auto text = in_.required_text(node, name);
    if (!text) return false;
    auto value = parse_fact_value(*text);
    if (value.error == Decimal::Error::syntax)
      in_.error(in_.where(node, name),
                "bad value '" + *text + "' for '" + name + "' on " + xml::element_name(node) +
                    ": expected a number such as 250, 24.1 or 3.4 billion (no thousands "
                    "separators; scale words: thousand, million, billion, trillion)");
    else if (!value)
      in_.error(in_.where(node, name), "bad value '" + *text + "' for '" + name + "' on " +
                                           xml::element_name(node) + ": " +
                                           decimal_error_text(value.error));
    if (value) out = value.value;
    return bool(value);
  }

  bool read_unit(pugi::xml_node node, Kind kind, std::string& out) {
    auto unit = in_.text(node, "unit");
    if (unit) out = *unit;
    if (kind == Kind::percent && out.empty()) out = "%";
    if (kind == Kind::money && out.empty()) {
      in_.error(in_.where(node, "unit"), xml::element_name(node) +
                                             ": a money figure needs its currency in 'unit' "
                                             "(a code such as USD, VND or CNY)");
      return false;
    }
    return true;
  }

  // zone="body" (the default), "sidebar" or "caption".
  bool read_zone(pugi::xml_node node, bool& from_sidebar, bool& from_caption) {
    if (!node.attribute("zone")) return true;
    auto zone = in_.choice<Zone>(
        node, "zone",
        {{"body", Zone::body}, {"sidebar", Zone::sidebar}, {"caption", Zone::caption}});
    if (zone) {
      from_sidebar = *zone == Zone::sidebar;
      from_caption = *zone == Zone::caption;
    }
    return zone.has_value();
  }

  // to="15": the upper end of a range whose lower end is `value`.
  bool read_upper(pugi::xml_node node, const Decimal& lower, std::optional<Decimal>& out) {
    if (!node.attribute("to")) return true;
    Decimal upper;
    if (!read_value(node, upper, "to")) return false;
    if (!(lower < upper)) {
      in_.error(in_.where(node, "to"), xml::element_name(node) + ": the range " + lower.plain() +
                                           " to " + upper.plain() +
                                           " is empty; 'to' is the upper end, above 'value'");
      return false;
    }
    out = upper;
    return true;
  }

  // change="up" or "down": the figure is a change with that sign ("rose 4%", "fell 4%").
  bool read_change(pugi::xml_node node, Change& out) {
    if (!node.attribute("change")) return true;
    auto change = in_.choice<Change>(node, "change", {{"up", Change::up}, {"down", Change::down}});
    if (change) out = *change;
    return change.has_value();
  }

  bool read_qualifier(pugi::xml_node node, std::string& out) {
    if (!node.attribute("qualifier")) return true;
    std::vector<std::pair<std::string_view, std::string_view>> options;
    for (auto name : qualifier_names()) options.emplace_back(name, name);
    auto qualifier = in_.choice(node, "qualifier", options);
    if (qualifier) out = *qualifier;
    return qualifier.has_value();
  }

  bool read_period(pugi::xml_node node, bool is_required, std::optional<Period>& out) {
    auto text = is_required ? in_.required_text(node, "period") : in_.text(node, "period");
    if (!text) return !is_required;
    auto period = Period::parse(*text);
    // A fact's period names its year: only a sentence may leave it to the article's date.
    if (!period || !period->year_known()) {
      in_.error(in_.where(node, "period"),
                "bad value '" + *text + "' for 'period' on " + xml::element_name(node) +
                    ": expected a period such as 2025, 2025-11, 2025-Q3, 2025-H1 or "
                    "2025-01/2025-11");
      return false;
    }
    out = period;
    return true;
  }

  xml::Reader in_;
  FactSheet sheet_;
  std::map<std::string, int> id_lines_;  // id -> line of its first definition
};

}  // namespace

std::optional<FactSheet> read_facts(const std::string& path, Diagnostics& diags) {
  auto file = xml::XmlFile::load(path, diags);
  if (!file) return std::nullopt;
  auto root = file->root();
  if (std::string_view(root.name()) != "facts") {
    diags.error(file->where(root), "the root element of a facts file must be <facts>, found " +
                                       xml::element_name(root));
    return std::nullopt;
  }
  return FactsReader(*file, diags).read(root);
}

const Fact* FactSheet::fact(std::string_view id) const {
  for (const auto& f : facts)
    if (f.id == id) return &f;
  return nullptr;
}

const Series* FactSheet::find_series(std::string_view id) const {
  for (const auto& s : series)
    if (s.id == id) return &s;
  return nullptr;
}

}  // namespace briefing::data
