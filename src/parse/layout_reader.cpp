#include "parse/layout_reader.hpp"

#include <filesystem>
#include <map>

#include "base/files.hpp"
#include "parse/inline.hpp"
#include "parse/stamp_reader.hpp"

namespace briefing::parse {

using xml::element_name;
using xml::Reader;

namespace {

namespace fs = std::filesystem;

const std::vector<std::pair<std::string_view, Align>> align_names = {{"left", Align::left},
                                                                     {"right", Align::right},
                                                                     {"center", Align::center},
                                                                     {"justify", Align::justify}};

void read_page(Reader& r, pugi::xml_node node, PageSpec& page) {
  r.check_attributes(node,
                     {"size", "top", "bottom", "inner", "outer", "mirror", "orientation", "columns",
                      "column-gap", "column-rule", "column-rule-color", "bleed", "crop-marks"});
  page.where = r.where(node);
  if (auto size =
          r.choice<PaperSize>(node, "size", {{"A4", PaperSize::a4}, {"Letter", PaperSize::letter}}))
    page.size = *size;
  for (auto [name, margin] : {std::pair{"top", &page.top}, std::pair{"bottom", &page.bottom},
                              std::pair{"inner", &page.inner}, std::pair{"outer", &page.outer}})
    if (auto value = r.length(node, name)) *margin = *value;
  if (auto mirror = r.boolean(node, "mirror")) page.mirror = *mirror;
  if (auto orientation = read_orientation(r, node)) page.orientation = *orientation;
  if (auto columns = r.integer(node, "columns", 1, kMaxColumns)) page.columns = *columns;
  page.columns_where = r.where(node, "columns");
  if (auto gap = r.length(node, "column-gap")) page.column_gap = *gap;
  page.column_gap_where = r.where(node, "column-gap");
  if (auto rule = r.length(node, "column-rule")) page.column_rule = *rule;
  page.column_rule_color = r.color(node, "column-rule-color");
  if (auto bleed = r.length(node, "bleed")) page.bleed = *bleed;
  page.bleed_where = r.where(node, "bleed");
  if (page.bleed < 0 || page.bleed > 25 * points_per_mm)
    r.error(page.bleed_where, "'bleed' must be from 0mm to 25mm (printers ask for about 3mm)");
  if (auto marks = r.boolean(node, "crop-marks")) page.crop_marks = *marks;
}

std::string read_fonts(Reader& r, pugi::xml_node node, const Confinement& confine) {
  r.check_attributes(node, {"manifest"});
  auto manifest = r.required_text(node, "manifest");
  if (!manifest) return "";
  auto path = (fs::path(r.file().path()).parent_path() / *manifest).lexically_normal();
  if (auto outside = confine.violation(*manifest, path)) {
    r.error(r.where(node, "manifest"), *outside);
    return "";
  }
  if (!is_file(path)) {
    r.error(r.where(node, "manifest"),
            "font manifest '" + *manifest + "' not found (looked for " + path.string() + ")");
    return "";
  }
  return path.string();
}

StyleProps read_style_props(Reader& r, pugi::xml_node node) {
  StyleProps p;
  p.family = r.text(node, "family");
  p.bold = r.boolean(node, "bold");
  p.italic = r.boolean(node, "italic");
  p.size = r.length(node, "size");
  p.leading = r.length(node, "leading");
  p.color = r.color(node, "color");
  p.align = r.choice(node, "align", align_names);
  p.space_before = r.length(node, "space-before");
  p.space_after = r.length(node, "space-after");
  p.indent = r.length(node, "indent");
  p.first_indent = r.length(node, "first-indent");
  p.hyphenate = r.boolean(node, "hyphenate");
  p.keep_with_next = r.boolean(node, "keep-with-next");
  p.keep_together = r.boolean(node, "keep-together");
  p.page_break_before = r.boolean(node, "page-break-before");
  p.uppercase = r.boolean(node, "uppercase");
  p.background = r.color(node, "background");
  p.rule = r.length(node, "rule");
  p.rule_color = r.color(node, "rule-color");
  p.padding = r.length(node, "padding");
  p.features = r.text(node, "features");
  p.dir = read_direction(r, node);
  p.place = read_place(r, node);
  p.span_all = read_span(r, node);
  return p;
}

void check_sizes(Reader& r, pugi::xml_node node, const StyleProps& p) {
  if (p.size && *p.size <= 0) r.error(r.where(node, "size"), "'size' must be greater than 0pt");
  if (p.leading && *p.leading <= 0)
    r.error(r.where(node, "leading"), "'leading' must be greater than 0pt");
  if (p.family && p.family->empty())
    r.error(r.where(node, "family"), "'family' must name a font family");
}

std::optional<StyleSpec> read_style(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"name",
                            "parent",
                            "family",
                            "bold",
                            "italic",
                            "size",
                            "leading",
                            "color",
                            "align",
                            "space-before",
                            "space-after",
                            "indent",
                            "first-indent",
                            "hyphenate",
                            "keep-with-next",
                            "keep-together",
                            "page-break-before",
                            "uppercase",
                            "background",
                            "rule",
                            "rule-color",
                            "padding",
                            "features",
                            "dir",
                            "place",
                            "span"});
  StyleSpec style;
  style.where = r.where(node);
  style.parent_where = r.where(node, "parent");
  style.features_where = r.where(node, "features");
  style.parent = r.text(node, "parent").value_or("");
  style.props = read_style_props(r, node);
  check_sizes(r, node, style.props);
  auto name = r.required_text(node, "name");
  if (!name) return std::nullopt;
  style.name = *name;
  return style;
}

void read_styles(Reader& r, pugi::xml_node node, LayoutSpec& layout) {
  r.check_attributes(node, {});
  layout.styles_where = r.where(node);
  std::map<std::string, Location> first;
  r.read_children(node, {{"style", false, [&](pugi::xml_node child) {
                            auto style = read_style(r, child);
                            if (!style) return;
                            auto [it, inserted] = first.emplace(style->name, style->where);
                            if (!inserted) {
                              r.error(style->where, "duplicate style '" + style->name +
                                                        "' (the first is at line " +
                                                        std::to_string(it->second.line) + ")");
                              return;
                            }
                            layout.styles.push_back(std::move(*style));
                          }}});
}

std::string read_template(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {});
  check_fields(r, node);
  return r.plain_text(node);
}

// A running element's logo sits at its left (the default) or right, beside the texts.
std::optional<ImageSpec> read_logo(Reader& r, pugi::xml_node node, const ImagePlace& images) {
  auto image = images.files.read(r, node, images.folder);
  if (!image) return image;
  std::string_view align = node.attribute("align").value();
  if (align == "center")
    r.error(r.where(node, "align"),
            "a header's or footer's image goes at its left or right, beside the texts");
  image->align = align == "right" ? Align::right : Align::left;
  return image;
}

void read_running(Reader& r, pugi::xml_node node, RunningSpec& running, const ImagePlace& images) {
  r.check_attributes(node, {"style", "rule", "rule-color", "distance"});
  running.where = r.where(node);
  if (auto style = r.text(node, "style")) running.style = *style;
  if (auto rule = r.length(node, "rule")) running.rule = *rule;
  running.rule_color = r.color(node, "rule-color");
  if (auto distance = r.length(node, "distance")) running.distance = *distance;
  r.read_children(
      node, {
                {"left", true, [&](pugi::xml_node n) { running.left = read_template(r, n); }},
                {"center", true, [&](pugi::xml_node n) { running.center = read_template(r, n); }},
                {"right", true, [&](pugi::xml_node n) { running.right = read_template(r, n); }},
                {"image", true, [&](pugi::xml_node n) { running.image = read_logo(r, n, images); }},
            });
}

CoverItem read_cover_text(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"style"});
  CoverText text;
  text.where = r.where(node);
  text.style = r.required_text(node, "style").value_or("");
  check_fields(r, node);
  text.content = read_inline(r, node);
  return text;
}

CoverItem read_cover_spacer(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"height"});
  CoverSpacer spacer;
  spacer.where = r.where(node);
  if (!node.attribute("height"))
    r.error(spacer.where, "attribute 'height' is missing from <spacer>");
  else if (auto height = r.length(node, "height"))
    spacer.height = *height;
  return spacer;
}

CoverItem read_cover_rule(Reader& r, pugi::xml_node node) {
  r.check_attributes(node, {"width", "color", "space-before", "space-after"});
  CoverRule rule;
  rule.where = r.where(node);
  if (auto width = r.length(node, "width")) rule.width = *width;
  if (auto color = r.color(node, "color")) rule.color = *color;
  if (auto before = r.length(node, "space-before")) rule.space_before = *before;
  if (auto after = r.length(node, "space-after")) rule.space_after = *after;
  return rule;
}

void read_figures(Reader& r, pugi::xml_node node, FiguresSpec& figures) {
  r.check_attributes(node,
                     {"numbering", "ref", "figure", "table", "table-caption", "figure-caption"});
  figures.where = r.where(node);
  if (auto by = r.choice<bool>(node, "numbering", {{"document", false}, {"section", true}}))
    figures.by_section = *by;
  if (auto show = r.choice<std::string>(node, "ref",
                                        {{"number", "number"}, {"page", "page"}, {"both", "both"}}))
    figures.show = *show;
  figures.figure = r.text(node, "figure").value_or("");
  figures.table = r.text(node, "table").value_or("");
  const std::vector<std::pair<std::string_view, bool>> sides{{"above", false}, {"below", true}};
  if (auto below = r.choice<bool>(node, "table-caption", sides))
    figures.table_caption_below = *below;
  if (auto below = r.choice<bool>(node, "figure-caption", sides))
    figures.figure_caption_below = *below;
}

void read_footnotes(Reader& r, pugi::xml_node node, FootnotesSpec& notes) {
  r.check_attributes(node, {"numbering", "marker", "rule", "source-notes"});
  notes.where = r.where(node);
  if (auto numbering = r.choice<FootnoteNumbering>(node, "numbering",
                                                   {{"page", FootnoteNumbering::page},
                                                    {"section", FootnoteNumbering::section},
                                                    {"document", FootnoteNumbering::document}}))
    notes.numbering = *numbering;
  notes.marker = r.choice<FootnoteMarker>(node, "marker",
                                          {{"number", FootnoteMarker::number},
                                           {"letter", FootnoteMarker::letter},
                                           {"symbol", FootnoteMarker::symbol}});
  notes.rule = r.length(node, "rule");
  if (auto sources = r.choice<bool>(node, "source-notes", {{"list", false}, {"footnotes", true}}))
    notes.source_notes = *sources;
  // The facts' notes are superscript numbers: a footnote numbered the same way would read as one.
  if (notes.marker == FootnoteMarker::number && !notes.source_notes)
    r.error(r.where(node, "marker"),
            "marker=\"number\" would read as the facts' source-note numbers, which print as "
            "superscript numbers too: use marker=\"letter\" or \"symbol\", or print the "
            "source notes as footnotes (source-notes=\"footnotes\")");
}

void read_cover(Reader& r, pugi::xml_node node, std::vector<CoverItem>& cover,
                const ImagePlace& images) {
  r.check_attributes(node, {});
  auto add = [&](CoverItem (*read)(Reader&, pugi::xml_node)) {
    return [&r, &cover, read](pugi::xml_node child) { cover.push_back(read(r, child)); };
  };
  r.read_children(node, {{"text", false, add(read_cover_text)},
                         {"spacer", false, add(read_cover_spacer)},
                         {"rule", false, add(read_cover_rule)},
                         {"image", false, [&](pugi::xml_node child) {
                            auto image = images.files.read(r, child, images.folder, {"style"});
                            if (!image) return;
                            image->style = r.text(child, "style").value_or("");
                            cover.push_back(std::move(*image));
                          }}});
}

}  // namespace

LayoutSpec read_layout(Reader& r, const Confinement& confine, ImageFiles& images) {
  LayoutSpec layout;
  // A layout's pictures (a logo) lie beside it, as its font manifest does.
  ImagePlace place{images, fs::path(r.file().path()).parent_path()};
  auto root = r.file().root();
  layout.path = r.file().path();
  layout.where = r.where(root);
  if (std::string_view(root.name()) != "layout") {
    r.error(layout.where, "expected the root element <layout>, found " + element_name(root));
    return layout;
  }
  r.check_attributes(root, {"number-headings", "missing-glyphs", "note-marker"});
  if (auto numbered = r.boolean(root, "number-headings")) layout.number_headings = *numbered;
  const std::vector<std::pair<std::string_view, bool>> severities = {{"warning", false},
                                                                     {"error", true}};
  if (auto severe = r.choice(root, "missing-glyphs", severities))
    layout.missing_glyphs_error = *severe;
  const std::vector<std::pair<std::string_view, std::string>> markers = {
      {"auto", "auto"}, {"superscript", "superscript"}, {"brackets", "brackets"}};
  if (auto marker = r.choice(root, "note-marker", markers)) layout.note_marker = *marker;
  r.require_child(root, "styles");
  r.read_children(
      root,
      {
          {"page", true, [&](pugi::xml_node n) { read_page(r, n, layout.page); }},
          {"fonts", true,
           [&](pugi::xml_node n) { layout.font_manifest = read_fonts(r, n, confine); }},
          {"styles", true, [&](pugi::xml_node n) { read_styles(r, n, layout); }},
          {"header", true, [&](pugi::xml_node n) { read_running(r, n, layout.header, place); }},
          {"footer", true, [&](pugi::xml_node n) { read_running(r, n, layout.footer, place); }},
          {"cover", true, [&](pugi::xml_node n) { read_cover(r, n, layout.cover, place); }},
          {"figures", true, [&](pugi::xml_node n) { read_figures(r, n, layout.figures); }},
          {"footnotes", true, [&](pugi::xml_node n) { read_footnotes(r, n, layout.footnotes); }},
          {"stamp", false,
           [&](pugi::xml_node n) { layout.stamps.push_back(read_stamp(r, n, true, place)); }},
      });
  return layout;
}

}  // namespace briefing::parse
