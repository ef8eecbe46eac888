#include "cli/charts.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <CLI/CLI.hpp>
#include <cctype>
#include <filesystem>
#include <iostream>

#include "base/unicode.hpp"
#include "cli/commands.hpp"
#include "font/font.hpp"
#include "layout/layout.hpp"
#include "model/model.hpp"
#include "render/render.hpp"

namespace briefing::cli {

namespace {

void collect(const std::vector<model::Block>& blocks, std::vector<const model::Chart*>& out) {
  for (const auto& block : blocks) {
    if (const auto* chart = std::get_if<model::Chart>(&block)) out.push_back(chart);
    if (const auto* figure = std::get_if<model::Figure>(&block))
      if (const auto* chart = std::get_if<model::Chart>(&figure->content)) out.push_back(chart);
  }
}

using Bytes = std::vector<unsigned char>;

std::optional<Bytes> picture(render::PagePainter& painter, std::size_t page,
                             const model::Chart& chart, const model::Document& doc,
                             const ChartsOptions& options) {
  if (options.format == "svg") return painter.svg(page);
  if (options.format == "pdf") return painter.pdf(page, chart.spec.title, doc.meta.date);
  return painter.png(page, options.dpi);
}

// Each chart's frame as a page of its own, at the size the brief prints it: chart N is page N,
// left empty where the chart could not be drawn (`drawn` false, its errors reported).
PagedDocument chart_pages(const std::vector<const model::Chart*>& charts,
                          const model::Document& doc, const font::FontBook& fonts,
                          std::vector<bool>& drawn, Diagnostics& diags) {
  PagedDocument pages;
  for (const auto* chart : charts) {
    // Exports go on white, not on the brief's chart panel.
    model::Chart on_white = *chart;
    on_white.spec.style.background = Color{1, 1, 1};
    auto frame = layout::chart_frame(on_white, doc.page, fonts, diags);
    Page& page = pages.pages.emplace_back();
    drawn.push_back(frame.has_value());
    if (!frame) continue;
    // A frame's items are page items already, with the frame's top-left corner as origin.
    page.width = frame->width;
    page.height = frame->height;
    page.items = std::move(frame->items);
  }
  return pages;
}

bool write_charts(const model::Document& doc, const ChartsOptions& options,
                  const font::FontBook& fonts, Diagnostics& diags, bool& refused) {
  std::vector<const model::Chart*> charts;
  collect(doc.cover, charts);
  collect(doc.body, charts);
  std::vector<bool> drawn;
  const PagedDocument pages = chart_pages(charts, doc, fonts, drawn, diags);
  render::PagePainter painter(pages, fonts, diags);
  for (std::size_t i = 0; i < charts.size(); ++i) {
    if (!drawn[i]) continue;
    auto bytes = picture(painter, i, *charts[i], doc, options);
    if (!bytes) continue;
    auto path =
        std::filesystem::path(options.out_dir) /
        (chart_file_stem(static_cast<int>(i) + 1, charts[i]->spec.title) + "." + options.format);
    WriteResult written = write_atomically(path.string(), *bytes, diags);
    if (written == WriteResult::written) std::cout << path.string() << '\n';
    refused = refused || written == WriteResult::refused;
  }
  if (charts.empty())
    diags.warn(Location{options.brief.brief_dir, 0, 0}, "the brief has no charts");
  return !diags.has_errors();
}

// "Việt Nam’s" -> "Viet Nam s": letters without their accents (canonical decomposition, marks
// dropped; đ has no decomposition), anything else outside ASCII a separator.
std::string ascii_letters(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string decomposed;
  if (U_SUCCESS(status)) {
    icu::UnicodeString source = icu::UnicodeString::fromUTF8(text);
    nfd->normalize(source, status).toUTF8String(decomposed);
  }
  if (U_FAILURE(status)) decomposed = text;
  std::string out;
  for (std::size_t pos = 0; pos < decomposed.size();) {
    char32_t c = next_code_point(decomposed, pos);
    if (c < 0x80)
      out += char(c);
    else if (c == U'đ' || c == U'Đ')
      out += 'd';
    else if (!(c >= 0x300 && c <= 0x36F))
      out += ' ';
  }
  return out;
}

}  // namespace

CLI::App* add_charts_command(CLI::App& app, ChartsOptions& options) {
  auto* cmd = app.add_subcommand(
      "charts",
      "Export every chart of a brief, at the size the brief prints it, for slides and the web");
  cmd->add_option("BRIEF_DIR", options.brief.brief_dir, "Folder holding brief.xml")->required();
  cmd->add_option("--format", options.format, "png, svg or pdf")
      ->check(CLI::IsMember({"png", "svg", "pdf"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", options.out_dir, "Folder for the chart files")->required();
  cmd->add_option("--dpi", options.dpi, "PNG resolution")
      ->check(CLI::Range(36.0, 1200.0))
      ->capture_default_str();
  return cmd;
}

std::string chart_file_stem(int number, const std::string& title) {
  std::string stem = (number < 10 ? "0" : "") + std::to_string(number);
  std::string words;
  bool separate = false;
  std::string folded = ascii_letters(title);
  for (char c : folded) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      if (separate && !words.empty()) words += '-';
      words += char(std::tolower(static_cast<unsigned char>(c)));
      separate = false;
    } else {
      separate = true;
    }
  }
  constexpr std::size_t longest = 60;
  if (words.size() > longest) {
    auto cut = words.rfind('-', longest);
    words.resize(cut == std::string::npos ? longest : cut);
  }
  return words.empty() ? stem : stem + "-" + words;
}

int charts_command(const ChartsOptions& options) {
  Diagnostics diags;
  auto brief = check_brief(options.brief, diags);
  std::optional<model::Document> doc;
  if (brief && !diags.has_errors()) doc = bind_brief(*brief, diags);
  std::unique_ptr<font::FontBook> fonts;
  if (doc && !diags.has_errors()) {
    std::string manifest = model::font_manifest_path(brief->spec);
    fonts = font::FontBook::load(manifest, diags, font_folders(options.brief, manifest));
  }
  bool refused = false;
  bool ok = fonts && !diags.has_errors() && write_charts(*doc, options, *fonts, diags, refused);
  if (fonts) fonts->report_failures(diags);
  ok = ok && !diags.has_errors();
  print(diags);
  if (refused) return kUsageError;
  return ok ? 0 : kInputError;
}

}  // namespace briefing::cli
