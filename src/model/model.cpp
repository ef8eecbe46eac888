#include "model/model.hpp"

#include <cstdio>
#include <filesystem>

#include "model/body.hpp"
#include "model/images.hpp"
#include "model/stamps.hpp"
#include "model/styles.hpp"
#include "model/text.hpp"

namespace briefing::model {

namespace {

namespace fs = std::filesystem;

Meta make_meta(const parse::MetaSpec& m) {
  return {m.title,        m.subtitle,      m.date,           m.classification, m.lang,
          m.author,       m.subject,       m.keywords,       m.period,         m.title_where,
          m.author_where, m.subject_where, m.keywords_where, m.lang_where,     m.draft};
}

PageSetup make_page(const parse::PageSpec& page) {
  PageSetup setup;
  if (page.size == parse::PaperSize::letter) {
    setup.width = 612;
    setup.height = 792;
  }
  setup.top = page.top;
  setup.bottom = page.bottom;
  setup.inner = page.inner;
  setup.outer = page.outer;
  setup.mirror = page.mirror;
  setup.bleed = page.bleed;
  setup.crop_marks = page.crop_marks;
  setup.columns = page.columns;
  setup.column_gap = page.column_gap;
  setup.column_rule = page.column_rule;
  if (page.column_rule_color) setup.column_rule_color = *page.column_rule_color;
  return page.orientation == parse::Orientation::landscape ? setup.turned() : setup;
}

// To a tenth of a point: type sizes are often 7.5pt.
std::string points(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", v);
  std::string shown = text;
  if (shown.size() > 2 && shown.compare(shown.size() - 2, 2, ".0") == 0)
    shown.resize(shown.size() - 2);
  return shown + "pt";
}

// Margins that meet or cross leave no text frame: nothing could ever be placed, and every block
// would start a new page of its own.
void check_frame(const PageSetup& setup, const Location& where, Diagnostics& diags) {
  auto whole = [](double v) { return std::to_string(static_cast<long long>(v)) + "pt"; };
  if (setup.top + setup.bottom >= setup.height)
    diags.error(where, "the top and bottom margins (" + whole(setup.top + setup.bottom) +
                           ") leave no text frame on a page " + whole(setup.height) + " tall");
  if (setup.inner + setup.outer >= setup.width)
    diags.error(where, "the inner and outer margins (" + whole(setup.inner + setup.outer) +
                           ") leave no text frame on a page " + whole(setup.width) + " wide");
}

// Columns must each hold at least one em of body text: a gap as wide as the frame, or too many
// columns, would leave none. Checked against the narrower frame the columns are set in.
void check_columns(const Document& doc, const parse::PageSpec& spec, const StyleSheet& styles,
                   Diagnostics& diags) {
  const PageSetup& page = doc.page;
  const double em = styles.has("body") ? styles.get("body", spec.where, diags).size : 10;
  auto check = [&](int count, const Location& where, double frame) {
    if (count < 2 || frame <= 0) return;
    double gaps = page.column_gap * (count - 1);
    if (gaps >= frame) {
      diags.error(spec.column_gap_where.line ? spec.column_gap_where : where,
                  "the gaps between " + std::to_string(count) + " columns (" + points(gaps) +
                      ") are as wide as the text frame (" + points(frame) +
                      "): narrow 'column-gap' or set fewer columns");
      return;
    }
    double width = (frame - gaps) / count;
    if (width < em)
      diags.error(where, std::to_string(count) + " columns in a " + points(frame) +
                             " text frame are " + points(width) +
                             " wide each, narrower than one em of body text (" + points(em) +
                             "): set fewer columns");
  };
  const double frame = page.width - page.inner - page.outer;
  const PageSetup turned = page.turned();
  const double narrower = std::min(frame, turned.width - turned.inner - turned.outer);
  check(page.columns, spec.columns_where, doc.turns.empty() ? frame : narrower);
  for (const ColumnRun& run : doc.column_runs) check(run.count, run.where, narrower);
}

// A running band's text, from one type size above its baseline to a quarter of one below it,
// must lie on the paper: a header or footer placed past the page's edge would be cut off.
void check_band(const Running& band, const parse::RunningSpec& spec, const PageSetup& setup,
                bool header, Diagnostics& diags) {
  if (band.left.empty() && band.center.empty() && band.right.empty()) return;
  const char* name = header ? "header" : "footer";
  double margin = header ? setup.top : setup.bottom;
  double needed = band.distance + (header ? band.style.size : band.style.size / 4);
  if (needed > margin)
    diags.error(spec.where, std::string("the running ") + name +
                                " lies off the page: its baseline is " + points(band.distance) +
                                " into a " + points(margin) + " " + (header ? "top" : "bottom") +
                                " margin and its text (" + points(band.style.size) + ") needs " +
                                points(needed) + "; lower 'distance' or widen the margin");
}

// A band's text must also clear the text frame and its own rule. A header's text reaches a
// quarter of its size below the baseline, and its rule lies halfway from the baseline to the
// frame; a footer's text reaches one size above its baseline, and its rule lies one size plus
// half the distance above the baseline.
void check_band_clearance(const Running& band, const parse::RunningSpec& spec, bool header,
                          Diagnostics& diags) {
  if (band.left.empty() && band.center.empty() && band.right.empty()) return;
  double reach = header ? band.style.size / 4 : band.style.size;
  double needed = band.rule_width > 0 ? 2 * reach : reach;
  if (band.distance >= needed) return;
  const char* name = header ? "header" : "footer";
  std::string text = header ? "descenders" : "capitals";
  diags.error(spec.where, std::string("the running ") + name + "'s " + text + " run into " +
                              (band.rule_width > 0 ? "its rule" : "the text frame") +
                              ": its 'distance' is " + points(band.distance) + " and its text (" +
                              points(band.style.size) + ") needs at least " + points(needed) +
                              (band.rule_width > 0 ? " with a rule" : "") + "; raise 'distance'");
}

// A space before or after a paragraph taller than the text frame leaves no room for the text
// it goes with: a heading would stand alone at the foot of an empty page, its text on the next.
// A frame too shallow for even a line of the style is the block's error, reported by layout.
void check_spaces(const parse::LayoutSpec& layout, const StyleSheet& styles, const PageSetup& setup,
                  Diagnostics& diags) {
  double frame = setup.height - setup.top - setup.bottom;
  if (frame <= 0) return;  // check_frame's to report
  auto check = [&](const std::optional<double>& space, const char* what, const Location& where) {
    if (space && *space >= frame)
      diags.error(where, std::string("'") + what + "' of " + points(*space) +
                             " is as tall as the text frame (" + points(frame) +
                             ") or taller, which leaves no room for the text it goes with");
  };
  for (const auto& style : layout.styles) {
    if (!styles.has(style.name) || styles.get(style.name, style.where, diags).leading > frame)
      continue;
    check(style.props.space_before, "space-before", style.where);
    check(style.props.space_after, "space-after", style.where);
  }
}

Running make_running(const parse::RunningSpec& spec, const Meta& meta, const StyleSheet& styles,
                     Diagnostics& diags) {
  Running running;
  running.left = running_text(spec.left, meta);
  running.center = running_text(spec.center, meta);
  running.right = running_text(spec.right, meta);
  running.style = styles.get(spec.style, spec.where, diags);
  running.rule_width = spec.rule;
  running.rule_color = spec.rule_color.value_or(running.style.color);
  running.distance = spec.distance;
  if (spec.image) running.image = make_image(*spec.image, running.style);
  return running;
}

// A cover line whose fields are all empty (a brief without a subtitle) is left out.
std::vector<Block> make_cover(const std::vector<parse::CoverItem>& items, const Meta& meta,
                              const StyleSheet& styles, Diagnostics& diags) {
  std::vector<Block> cover;
  for (const auto& item : items) {
    if (const auto* text = std::get_if<parse::CoverText>(&item)) {
      auto content = text->content;
      for (auto& run : content) run.text = substitute_static_fields(run.text, meta);
      auto runs = make_runs(content);
      Style style = styles.get(text->style, text->where, diags);
      if (!runs.empty()) cover.push_back(Paragraph{std::move(runs), std::move(style), text->where});
    } else if (const auto* spacer = std::get_if<parse::CoverSpacer>(&item)) {
      cover.push_back(Spacer{spacer->height, spacer->where});
    } else if (const auto* rule = std::get_if<parse::CoverRule>(&item)) {
      cover.push_back(
          Rule{rule->width, rule->color, rule->space_before, rule->space_after, rule->where});
    } else if (const auto* image = std::get_if<parse::ImageSpec>(&item)) {
      Style style = image->style.empty() ? default_image_style()
                                         : styles.get(image->style, image->where, diags);
      cover.push_back(make_image(*image, std::move(style)));
    }
  }
  return cover;
}

Footnotes make_footnotes(const parse::FootnotesSpec& spec, const StyleSheet& styles,
                         Diagnostics& diags) {
  Footnotes notes;
  notes.numbering = spec.numbering == parse::FootnoteNumbering::page ? Footnotes::Numbering::page
                    : spec.numbering == parse::FootnoteNumbering::section
                        ? Footnotes::Numbering::section
                        : Footnotes::Numbering::document;
  auto marker = spec.marker.value_or(spec.source_notes ? parse::FootnoteMarker::number
                                                       : parse::FootnoteMarker::letter);
  notes.marker = marker == parse::FootnoteMarker::number   ? Footnotes::Marker::number
                 : marker == parse::FootnoteMarker::letter ? Footnotes::Marker::letter
                                                           : Footnotes::Marker::symbol;
  notes.rule = spec.rule.value_or(notes.rule);
  notes.source_notes = spec.source_notes;
  if (styles.has("footnote")) notes.style = styles.get("footnote", spec.where, diags);
  return notes;
}

}  // namespace

std::optional<Document> build_document(const parse::BriefSpec& spec, Diagnostics& diags) {
  int errors_before = diags.error_count();
  auto styles = StyleSheet::resolve(spec.layout, diags);
  Document doc;
  doc.meta = make_meta(spec.meta);
  doc.page = make_page(spec.layout.page);
  doc.missing_glyphs_error = spec.layout.missing_glyphs_error;
  doc.note_marker = spec.layout.note_marker == "superscript" ? NoteMarker::superscript
                    : spec.layout.note_marker == "brackets"  ? NoteMarker::brackets
                                                             : NoteMarker::automatic;
  check_frame(doc.page, spec.layout.page.where, diags);
  doc.header = make_running(spec.layout.header, doc.meta, styles, diags);
  doc.footer = make_running(spec.layout.footer, doc.meta, styles, diags);
  check_band(doc.header, spec.layout.header, doc.page, true, diags);
  check_band(doc.footer, spec.layout.footer, doc.page, false, diags);
  check_band_clearance(doc.header, spec.layout.header, true, diags);
  check_band_clearance(doc.footer, spec.layout.footer, false, diags);
  check_spaces(spec.layout, styles, doc.page, diags);
  doc.cover = make_cover(spec.layout.cover, doc.meta, styles, diags);
  doc.body = build_body(spec, styles, doc.targets, doc.turns, doc.column_runs, diags);
  if (!doc.turns.empty()) check_frame(doc.page.turned(), doc.turns.front().where, diags);
  check_columns(doc, spec.layout.page, styles, diags);
  doc.figure_words = {spec.layout.figures.show, spec.layout.figures.figure,
                      spec.layout.figures.table};
  doc.stamps = make_stamps(spec, doc.meta, styles, diags);
  doc.footnotes = make_footnotes(spec.layout.footnotes, styles, diags);
  if (diags.error_count() > errors_before) return std::nullopt;
  return doc;
}

std::string font_manifest_path(const parse::BriefSpec& spec) {
  fs::path path = spec.layout.font_manifest.empty()
                      ? fs::path(spec.data_dir) / "fonts" / "manifest.xml"
                      : fs::path(spec.layout.font_manifest);
  return fs::absolute(path).lexically_normal().string();
}

}  // namespace briefing::model
