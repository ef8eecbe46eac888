// The renderer's PDFs are checked with the tools a reader of the PDF would use: poppler
// (pdftotext, pdffonts, pdfinfo) and qpdf.
#include "render/render.hpp"

#include <stdlib.h>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "font/font.hpp"
#include "render/cid_font.hpp"
#include "render/haru_doc.hpp"
#include "render/to_unicode.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using namespace briefing;

using namespace briefing::test;

namespace {

const std::string vietnamese = "Trần Cẩm Tú, Hà Nội";
const std::string chinese = "习近平";
const std::string heading = "Quan hệ Việt Nam – Trung Quốc";

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void write_pdf(const fs::path& path, const std::vector<unsigned char>& bytes) {
  write_file(path, std::string(bytes.begin(), bytes.end()));
}

GlyphRun run_of(FaceId face, double size, double x, double y, std::string text, Color color = {}) {
  std::span<const PlacedGlyph> glyphs = project_fonts().shape(face, text);
  return GlyphRun{face, size, x, y, std::move(text), color, glyphs};
}

// Two A4 pages holding everything the renderer draws.
PagedDocument sample(const font::FontBook& fonts) {
  FaceId serif = fonts.face("serif", false, false);
  FaceId bold = fonts.face("serif", true, false);
  FaceId cjk = fonts.face("cjk", false, false);
  const Color navy{0.05, 0.2, 0.45};
  PagedDocument doc;
  doc.info = {heading, "Trần Cẩm Tú",         "Quan hệ song phương", "Việt Nam, Trung Quốc",
              "vi",    "briefing 0.1.0-test", "2024-03-15"};
  Page first;
  first.items.push_back(Fill{{60, 60, 475, 60}, {0.9, 0.9, 0.9}});
  first.items.push_back(run_of(bold, 16, 72, 90, heading, navy));
  first.items.push_back(run_of(serif, 11, 72, 110, vietnamese));
  first.items.push_back(run_of(cjk, 11, 200, 110, chinese));
  first.items.push_back(Stroke{72, 130, 523, 130, 0.5, navy});
  first.items.push_back(run_of(serif, 11, 72, 150, "Xem trang 2", navy));
  first.links.push_back(PageLink{{72, 140, 60, 14}, 1, 100});
  first.items.push_back(run_of(serif, 11, 72, 170, "Hà Nội", navy));
  first.uris.push_back(UriLink{{72, 160, 40, 14}, "https://vi.wikipedia.org/wiki/Hà_Nội"});
  Page second;
  for (double x : {72.0, 110.0, 160.0})
    second.items.push_back(run_of(serif, 11, x, 90, "từ", navy));
  doc.pages = {first, second};
  doc.outline = {
      {"Tóm tắt", 1, 0, 72}, {heading, 2, 0, 80}, {"Bối cảnh", 3, 0, 100}, {chinese, 1, 1, 72}};
  return doc;
}

std::vector<unsigned char> render_ok(const PagedDocument& doc, const font::FontBook& fonts) {
  Diagnostics diags;
  auto pdf = render::render_pdf(doc, fonts, diags);
  for (const auto& d : diags.all()) UNSCOPED_INFO(format_diagnostic(d));
  REQUIRE(pdf);
  CHECK(diags.all().empty());
  return *pdf;
}

// The decompressed content stream of a page, via qpdf's QDF form.
std::string page_content(const fs::path& pdf, int page) {
  fs::path qdf = pdf.string() + ".qdf";
  REQUIRE(run("qpdf --qdf --object-streams=disable " + quoted(pdf) + " " + quoted(qdf)).status ==
          0);
  std::string text = read_file(qdf);
  auto start = text.find("%% Contents for page " + std::to_string(page) + "\n");
  REQUIRE(start != std::string::npos);
  start = text.find("stream\n", start) + 7;
  return text.substr(start, text.find("endstream", start) - start);
}

std::regex keep_zoom_at(const std::string& top) {
  return std::regex("\"/XYZ\",\\s*null,\\s*" + top + "\\d*,\\s*null");
}

int count(const std::string& text, const std::string& word) {
  int n = 0;
  for (auto pos = text.find(word); pos != std::string::npos; pos = text.find(word, pos + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("render: poppler and qpdf read the PDF, its text and its fonts") {
  const font::FontBook* fonts = &project_fonts();
  TempDir dir;
  fs::path pdf = dir / "sample.pdf";
  write_pdf(pdf, render_ok(sample(*fonts), *fonts));

  Output text = run("pdftotext " + quoted(pdf) + " -");
  CHECK(text.status == 0);
  CHECK(text.text.find(vietnamese) != std::string::npos);
  CHECK(text.text.find(chinese) != std::string::npos);
  CHECK(text.text.find(heading) != std::string::npos);
  CHECK(text.text.find("Syntax") == std::string::npos);  // poppler's warnings start so

  Output listed = run("pdffonts " + quoted(pdf));
  INFO(listed.text);
  REQUIRE(listed.status == 0);
  std::istringstream lines(listed.text);
  std::string line;
  int embedded_subsets = 0;
  while (std::getline(lines, line)) {
    std::vector<std::string> words;
    std::istringstream split(line);
    for (std::string w; split >> w;) words.push_back(w);
    if (words.size() < 7 || words[0].find('+') == std::string::npos) continue;
    // name type... encoding emb sub uni object generation
    auto n = words.size();
    if (words[n - 5] == "yes" && words[n - 4] == "yes" && words[n - 3] == "yes") {
      ++embedded_subsets;
    }
  }
  CHECK(count(listed.text, "Identity-H") == 3);
  CHECK(embedded_subsets == 3);

  Output check = run("qpdf --check " + quoted(pdf));
  INFO(check.text);
  CHECK(check.status == 0);
  CHECK(check.text.find("No syntax or stream encoding errors found") != std::string::npos);
  CHECK(check.text.find("WARNING") == std::string::npos);

  Output info = run("pdfinfo -isodates " + quoted(pdf));
  INFO(info.text);
  CHECK(info.text.find("Title:           " + heading + "\n") != std::string::npos);
  CHECK(info.text.find("Author:          Trần Cẩm Tú\n") != std::string::npos);
  CHECK(info.text.find("Creator:         briefing 0.1.0-test\n") != std::string::npos);
  CHECK(info.text.find("CreationDate:    2024-03-15T00:00:00") != std::string::npos);
  CHECK(info.text.find("Pages:           2\n") != std::string::npos);
  CHECK(info.text.find("Page size:       595.276 x 841.89 pts (A4)") != std::string::npos);
}

TEST_CASE("render: the same document gives the same bytes") {
  const font::FontBook* fonts = &project_fonts();
  auto doc = sample(*fonts);
  CHECK(render_ok(doc, *fonts) == render_ok(doc, *fonts));
}

TEST_CASE("render: outline, links and language reach the PDF") {
  const font::FontBook* fonts = &project_fonts();
  TempDir dir;
  fs::path pdf = dir / "sample.pdf";
  write_pdf(pdf, render_ok(sample(*fonts), *fonts));

  Output outline = run("qpdf --json --json-key=outlines " + quoted(pdf));
  INFO(outline.text);
  CHECK(outline.text.find("\"title\": \"Tóm tắt\"") != std::string::npos);
  CHECK(outline.text.find("\"title\": \"" + heading + "\"") != std::string::npos);
  CHECK(outline.text.find("\"title\": \"" + chinese + "\"") != std::string::npos);
  // qpdf lists kids before their parent's title. Entries below the top level start closed.
  CHECK(outline.text.find("\"title\": \"Bối cảnh") < outline.text.find("\"title\": \"" + heading));
  CHECK(outline.text.find("\"title\": \"" + heading) < outline.text.find("\"title\": \"Tóm tắt"));
  CHECK(count(outline.text, "\"open\": false") == 1);
  // Keep the reader's zoom: [page /XYZ null top null], top 72 pt below the page's top edge.
  CHECK(std::regex_search(outline.text, keep_zoom_at("769\\.89")));

  Output objects = run("qpdf --json --json-key=qpdf " + quoted(pdf));
  INFO(objects.text);
  CHECK(objects.text.find("\"/Lang\": \"u:vi\"") != std::string::npos);
  CHECK(objects.text.find("\"/PageMode\": \"/UseOutlines\"") != std::string::npos);
  CHECK(objects.text.find("\"/URI\": \"u:https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i\"") !=
        std::string::npos);
  CHECK(count(objects.text, "\"/Subtype\": \"/Link\"") == 2);
  CHECK(count(objects.text, "\"/Border\": [\n            0,\n            0,\n            0\n") ==
        2);
  CHECK(std::regex_search(objects.text, keep_zoom_at("741\\.89")));  // the link to page 2
}

TEST_CASE("render: embedded fonts hold only the glyphs the document draws") {
  const font::FontBook* fonts = &project_fonts();
  TempDir dir;
  fs::path pdf = dir / "sample.pdf";
  write_pdf(pdf, render_ok(sample(*fonts), *fonts));
  std::string objects = run("qpdf --json --json-key=qpdf " + quoted(pdf)).text;
  // /Length1 is a TrueType program's size. libharu alone embeds 73 kB of Noto Serif for this
  // text; subset first, none reaches 20 kB.
  std::regex length1("\"/Length1\": (\\d+)");
  int programs = 0;
  for (std::sregex_iterator it(objects.begin(), objects.end(), length1), end; it != end; ++it) {
    ++programs;
    CHECK(std::stoi((*it)[1]) < 20000);
  }
  CHECK(programs == 2);  // Noto Serif, Noto Serif Bold; the CJK face's CFF has no /Length1
  std::regex cff("\"/Subtype\": \"/CIDFontType0C\"");
  CHECK(std::distance(std::sregex_iterator(objects.begin(), objects.end(), cff),
                      std::sregex_iterator()) == 1);
}

TEST_CASE("render: consecutive runs share a text object, a line one array, and repeat no state") {
  const font::FontBook* fonts = &project_fonts();
  TempDir dir;
  fs::path pdf = dir / "sample.pdf";
  write_pdf(pdf, render_ok(sample(*fonts), *fonts));

  std::string second = page_content(pdf, 2);
  INFO(second);
  CHECK(count(second, "BT") == 1);
  CHECK(count(second, "Tf") == 1);
  CHECK(count(second, "rg") == 1);
  // Three runs on one baseline: one TJ array whose numbers move each word to its place.
  CHECK(count(second, "TJ") == 1);
  // "từ" as its glyph indexes, two hex bytes each.
  std::string tu = "<";
  for (const PlacedGlyph& glyph : fonts->shape(fonts->face("serif", false, false), "từ")) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "%04x", unsigned(glyph.id));
    tu += hex;
  }
  CHECK(count(second, tu + ">") == 3);
  CHECK(count(second, "Td") == 1);

  // Page 1 leaves text for the rule and comes back; black needs no operator.
  std::string first = page_content(pdf, 1);
  INFO(first);
  CHECK(count(first, "BT") == 2);
  CHECK(count(first, "ET") == 2);
  CHECK(count(first, " re") == 1);
  CHECK(count(first, " RG") == 1);
  CHECK(count(first, " w\n") == 1);
}

TEST_CASE("render: a font file that cannot be embedded is an error at its manifest line") {
  TempDir dir;
  fs::copy_file("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf", dir / "face.ttf");
  write_file(dir / "manifest.xml",
             "<fonts>\n  <family name=\"serif\">\n    <face file=\"face.ttf\"/>\n"
             "  </family>\n</fonts>\n");
  Diagnostics load_diags;
  auto fonts = font::FontBook::load((dir / "manifest.xml").string(), load_diags);
  REQUIRE(fonts);
  PagedDocument doc;
  doc.pages.resize(1);
  doc.pages[0].items.push_back(run_of(0, 11, 72, 72, vietnamese));
  // Measured once, the face stays open in FreeType, which keeps its file mapped; the renderer
  // reads the file again and finds this.
  REQUIRE(fonts->advance(0, U'A') > 0);
  fs::remove(dir / "face.ttf");

  SECTION("missing") {
    Diagnostics diags;
    CHECK_FALSE(render::render_pdf(doc, *fonts, diags));
    REQUIRE(diags.all().size() == 1);
    const Diagnostic& d = diags.all()[0];
    CHECK(d.severity == Severity::error);
    CHECK(d.where.file == (dir / "manifest.xml").string());
    CHECK(d.where.line == 3);
    CHECK(d.message == "cannot embed font '" + (dir / "face.ttf").string() +
                           "': cannot open the file (No such file or directory)");
  }
  SECTION("corrupt") {
    write_file(dir / "face.ttf", std::string(4096, 'x'));
    Diagnostics diags;
    CHECK_FALSE(render::render_pdf(doc, *fonts, diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].where.line == 3);
    CHECK(diags.all()[0].message ==
          "cannot embed font '" + (dir / "face.ttf").string() + "': not a font file");
  }
}

TEST_CASE("render: bad input from layout is reported, not drawn") {
  const font::FontBook* fonts = &project_fonts();
  auto doc = sample(*fonts);
  Diagnostics diags;

  SECTION("unknown face") {
    doc.pages[1].items.push_back(run_of(fonts->face_count(), 11, 72, 72, "x"));
    CHECK_FALSE(render::render_pdf(doc, *fonts, diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message.find("page 2: text is set in face") == 0);
  }
  SECTION("link to a missing page") {
    doc.pages[0].links[0].target_page = 2;
    CHECK_FALSE(render::render_pdf(doc, *fonts, diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message == "a link on page 1 points at page 3, which the document lacks");
  }
  SECTION("date not in ISO form") {
    doc.info.date = "15/03/2024";
    CHECK_FALSE(render::render_pdf(doc, *fonts, diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message == "document date '15/03/2024' is not in the form YYYY-MM-DD");
  }
  SECTION("impossible date") {
    doc.info.date = "2023-02-29";
    CHECK_FALSE(render::render_pdf(doc, *fonts, diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].message == "document date '2023-02-29': invalid date");
  }
  SECTION("text without advance width is drawn, unlike by HPDF_Page_ShowText") {
    doc.pages[1].items.push_back(run_of(0, 11, 72, 72, "\u0301"));
    auto bytes = render::render_pdf(doc, *fonts, diags);
    REQUIRE(bytes);
    CHECK(diags.all().empty());
  }
}

TEST_CASE("render: the ToUnicode map gives each glyph the characters it was shaped from") {
  std::vector<render::UsedGlyph> glyphs{
      {3, 500, "f"}, {0x1F4, 800, "fi"}, {0x200, 600, "\U00020BB7"}, {0x201, 0, ""}};
  std::string cmap = render::to_unicode_cmap(glyphs);
  // A ligature maps to its letters, a character past U+FFFF to its surrogate pair, and a glyph
  // with no text of its own (the second glyph of a cluster) not at all.
  CHECK(cmap.find("3 beginbfchar\n<0003> <0066>\n<01F4> <00660069>\n<0200> <D842DFB7>\n"
                  "endbfchar\n") != std::string::npos);

  std::vector<render::UsedGlyph> many;
  for (std::uint32_t id = 10; id < 160; ++id) many.push_back({id, 500, "a"});
  cmap = render::to_unicode_cmap(many);
  CHECK(count(cmap, "100 beginbfchar") == 1);
  CHECK(count(cmap, "50 beginbfchar") == 1);
}

TEST_CASE("render: the title and the outline keep characters past U+FFFF") {
  const font::FontBook* fonts = &project_fonts();
  auto doc = sample(*fonts);
  doc.info.title = "Sách 𝔘 😀";
  doc.outline[0].title = "Mục 😀";
  TempDir dir;
  fs::path pdf = dir / "wide.pdf";
  write_pdf(pdf, render_ok(doc, *fonts));
  Output info = run("pdfinfo " + quoted(pdf));
  INFO(info.text);
  CHECK(info.text.find("Title:           Sách 𝔘 😀\n") != std::string::npos);
  Output outline = run("qpdf --json --json-key=outlines " + quoted(pdf));
  INFO(outline.text);
  CHECK(outline.text.find("\"title\": \"Mục 😀\"") != std::string::npos);
}

TEST_CASE("render: texts past libharu's limits are errors where the brief gives them") {
  const font::FontBook* fonts = &project_fonts();
  auto doc = sample(*fonts);
  Diagnostics diags;
  const Location title_at{"brief.xml", 3, 3}, heading_at{"brief.xml", 9, 3};
  doc.info.title_where = title_at;
  doc.outline[1].where = heading_at;
  // As UTF-16 with its byte order mark: 2 + 2 * 32767 bytes is one past the limit.
  SECTION("title") {
    doc.info.title = std::string(32767, 'x');
    CHECK_FALSE(render::render_pdf(doc, *fonts, diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(format_diagnostic(diags.all()[0]) ==
          "brief.xml:3:3: error: the title is too long for the PDF (65536 bytes as a PDF string; "
          "the PDF writer takes at most 65535)");
  }
  SECTION("a title just within the limit") {
    doc.info.title = std::string(32766, 'x');
    CHECK(render::render_pdf(doc, *fonts, diags));
  }
  SECTION("outline entry") {
    doc.outline[1].title = std::string(20000, 'x') + "😀";  // a surrogate pair is 4 bytes
    doc.outline[1].title += std::string(12766, 'x');
    CHECK_FALSE(render::render_pdf(doc, *fonts, diags));
    REQUIRE(diags.all().size() == 1);
    CHECK(diags.all()[0].where.line == 9);
    CHECK(diags.all()[0].message.find("(65538 bytes as a PDF string") != std::string::npos);
  }
}

TEST_CASE("render: a font drawn in more runs of glyphs than a PDF array holds is embedded") {
  // Every other glyph: 17,000 runs, two W entries each, past libharu's 32,767.
  std::vector<render::UsedGlyph> glyphs;
  std::vector<std::uint32_t> ids;
  for (std::uint32_t id = 1; glyphs.size() < 17000; id += 2) {
    glyphs.push_back({id, 1000, "x"});
    ids.push_back(id);
  }
  std::string program = read_file("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
  REQUIRE_FALSE(program.empty());
  render::HaruDoc pdf;
  REQUIRE(pdf.get());
  std::string error;
  render::CidFontWriter writer(pdf.ref());
  CHECK(writer.add(program, glyphs, ids, error));
  CHECK(error.empty());
  CHECK_FALSE(pdf.error());
}
