// Chart frames in the brief's PDF (libharu: vector paths, real text) and in Cairo's exports.
#include <stdlib.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "chart/chart.hpp"
#include "render/render.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using namespace briefing;

using namespace briefing::test;

namespace {

const briefing::font::FontBook& fonts() { return briefing::test::project_fonts(); }

void write(const fs::path& path, const std::vector<unsigned char>& bytes) {
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()),
             static_cast<std::streamsize>(bytes.size()));
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

chart::ChartSpec trade_chart() {
  chart::ChartSpec spec;
  spec.kind = chart::ChartKind::grouped;
  spec.title = "Trade with China";
  spec.value_title = "Trade";
  spec.data.unit = {chart::Measure::money, "USD"};
  spec.data.categories = {{"2023", ""}, {"2024", ""}, {"2025", "January–November only"}};
  spec.data.series = {{"Imports", {110.6e9, 144e9, 150e9}, {}},
                      {"Exports", {61.2e9, 61.2e9, 60e9}, {}},
                      {"Re-exports", {14e9, 13e9, 15e9}, {}}};
  spec.source = "Source: VnExpress";
  return spec;
}

chart::Frame frame_of(const chart::ChartSpec& spec, double w = 450, double h = 220) {
  Diagnostics diags;
  auto frame = chart::draw_chart(spec, w, h, fonts(), diags);
  REQUIRE(frame);
  return *frame;
}

// The decompressed content stream of page 1, via qpdf's QDF form.
std::string first_page_content(const fs::path& pdf) {
  fs::path qdf = pdf.string() + ".qdf";
  REQUIRE(run("qpdf --qdf --object-streams=disable " + quoted(pdf) + " " + quoted(qdf)).status ==
          0);
  std::string text = read(qdf);
  auto start = text.find("%% Contents for page 1\n");
  REQUIRE(start != std::string::npos);
  start = text.find("stream\n", start) + 7;
  return text.substr(start, text.find("endstream", start) - start);
}

std::vector<unsigned char> pdf_of(const PagedDocument& doc) {
  Diagnostics diags;
  auto pdf = render::render_pdf(doc, fonts(), diags);
  for (const auto& d : diags.all()) UNSCOPED_INFO(format_diagnostic(d));
  REQUIRE(pdf);
  return *pdf;
}

struct PngHeader {
  std::uint32_t width = 0, height = 0, per_metre = 0;
};

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

PngHeader png_header(const std::vector<unsigned char>& png) {
  std::string bytes(png.begin(), png.end());
  REQUIRE(bytes.substr(1, 3) == "PNG");
  PngHeader h;
  for (std::size_t at = 8; at + 8 <= bytes.size();) {
    std::uint32_t length = big_endian(bytes, at);
    std::string type = bytes.substr(at + 4, 4);
    if (type == "IHDR") h.width = big_endian(bytes, at + 8), h.height = big_endian(bytes, at + 12);
    if (type == "pHYs") h.per_metre = big_endian(bytes, at + 8);
    at += 12 + length;
  }
  return h;
}

}  // namespace

TEST_CASE("render: a chart is vector graphics with real text in the PDF") {
  PagedDocument doc;
  doc.info.date = "2025-12-01";
  Page page;
  chart::place(frame_of(trade_chart()), 72, 100, page.items);
  chart::ChartSpec pie = trade_chart();
  pie.kind = chart::ChartKind::donut;
  pie.title = "Imports by year";
  pie.data.series.resize(1);
  chart::place(frame_of(pie), 72, 400, page.items);
  doc.pages.push_back(page);

  TempDir dir;
  fs::path pdf = dir / "chart.pdf";
  write(pdf, pdf_of(doc));

  Output images = run("pdfimages -list " + quoted(pdf));
  CHECK(images.status == 0);
  CHECK(std::count(images.text.begin(), images.text.end(), '\n') == 2);  // the header only

  Output text = run("pdftotext " + quoted(pdf) + " -");
  CHECK(text.status == 0);
  for (const char* label : {"Trade with China", "Trade, USD bn", "150", "2024", "2025*",
                            "Re-exports", "Imports by year", "* 2025: January–November only"})
    CHECK(text.text.find(label) != std::string::npos);

  Output check = run("qpdf --check " + quoted(pdf));
  INFO(check.text);
  CHECK(check.status == 0);
  CHECK(check.text.find("WARNING") == std::string::npos);

  // Hatching is clipped to its bar, the donut's arcs stay curves, and colours are set once.
  std::string content = first_page_content(pdf);
  CHECK(content.find("W n\n") != std::string::npos);
  CHECK(content.find(" c\n") != std::string::npos);
  CHECK(content.find("q\n") != std::string::npos);
}

TEST_CASE("render: path styles reach the content stream") {
  Path dashed;
  dashed.ops = {{PathVerb::move, {PathPoint{10, 10}}}, {PathVerb::line, {PathPoint{100, 10}}}};
  dashed.stroke = Color{1, 0, 0};
  dashed.line_width = 1.5;
  dashed.dash = {3, 2};
  dashed.cap = LineCap::round;
  dashed.join = LineJoin::round;
  Path filled;
  filled.ops = {{PathVerb::move, {PathPoint{10, 20}}},
                {PathVerb::curve, {PathPoint{20, 30}, PathPoint{30, 30}, PathPoint{40, 20}}},
                {PathVerb::close, {}}};
  filled.fill = Color{0, 0, 1};
  filled.stroke = Color{0, 0, 0};
  PagedDocument doc;
  Page page;
  page.items = {filled, dashed, Stroke{0, 50, 100, 50, 0.5, Color{}}};
  doc.pages.push_back(page);
  TempDir dir;
  fs::path pdf = dir / "paths.pdf";
  write(pdf, pdf_of(doc));
  std::string content = first_page_content(pdf);
  INFO(content);
  CHECK(content.find("[3 2] 0 d") != std::string::npos);
  CHECK(content.find("1 J") != std::string::npos);
  CHECK(content.find("1 j") != std::string::npos);
  CHECK(content.find("1.5 w") != std::string::npos);
  CHECK(content.find("10 831.89 m\n100 831.89 l\nS") != std::string::npos);
  CHECK(content.find("20 811.89 30 811.89 40 821.89 c\nh\nB") != std::string::npos);
  // The rule after the chart path is solid again, with butt caps.
  CHECK(content.find("[] 0 d") != std::string::npos);
  CHECK(content.find("0 J") != std::string::npos);
}

TEST_CASE("pictures: a chart's page as PNG at any dpi, SVG and PDF") {
  chart::Frame frame = frame_of(trade_chart(), 451, 190);
  PagedDocument doc;
  doc.pages.push_back(Page{frame.width, frame.height, frame.items, {}, {}});
  Diagnostics diags;
  render::PagePainter painter(doc, fonts(), diags);
  auto png = painter.png(0, 300);
  REQUIRE(png);
  PngHeader h = png_header(*png);
  CHECK(h.width == 1880);  // 451 pt at 300 dpi is 1879.2 pixels
  CHECK(h.height == 792);
  CHECK(h.per_metre == 11811);
  auto small = painter.png(0, 72);
  REQUIRE(small);
  CHECK(png_header(*small).width == 451);

  auto svg = painter.svg(0);
  REQUIRE(svg);
  std::string svg_text(svg->begin(), svg->end());
  CHECK(svg_text.find("<svg") != std::string::npos);
  CHECK(svg_text.find("width=\"451pt\"") != std::string::npos);
  // The same frame gives the same bytes, whatever was drawn before it.
  CHECK(svg_text.find("id=\"surface1\"") != std::string::npos);
  CHECK(*svg == *painter.svg(0));

  auto pdf = painter.pdf(0, "Trade with China", "2025-12-01");
  REQUIRE(pdf);
  CHECK(*pdf == *painter.pdf(0, "Trade with China", "2025-12-01"));
  CHECK_FALSE(diags.has_errors());
  TempDir dir;
  fs::path file = dir / "chart.pdf";
  write(file, *pdf);
  Output text = run("pdftotext " + quoted(file) + " -");
  CHECK(text.text.find("Trade with China") != std::string::npos);
  CHECK(text.text.find("2025*") != std::string::npos);
  Output info = run("pdfinfo -isodates " + quoted(file));
  CHECK(info.text.find("CreationDate:    2025-12-01T00:00:00") != std::string::npos);
  CHECK(run("pdfimages -list " + quoted(file)).text.find("image") == std::string::npos);
}

TEST_CASE("pictures: text in a face the book lacks, or a page the document lacks, is an error") {
  PagedDocument doc;
  GlyphRun run;
  run.face = fonts().face_count();
  run.text = "x";
  doc.pages.emplace_back().items.push_back(run);
  Diagnostics diags;
  render::PagePainter painter(doc, fonts(), diags);
  CHECK(diags.error_count() == 1);  // reported once, not again for each picture
  CHECK_FALSE(painter.png(0, 72));
  CHECK_FALSE(painter.svg(0));
  CHECK(diags.error_count() == 1);

  PagedDocument blank;
  blank.pages.emplace_back();
  Diagnostics blank_diags;
  render::PagePainter blank_painter(blank, fonts(), blank_diags);
  CHECK(blank_painter.png(0, 36));
  CHECK_FALSE(blank_painter.png(1, 36));
  REQUIRE(blank_diags.error_count() == 1);
  CHECK(blank_diags.all()[0].message.find("page 2") != std::string::npos);
}
