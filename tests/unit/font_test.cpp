// FontBook: the manifest, FreeType metrics and per-character fallback.
#include "font/font.hpp"

#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "support.hpp"

using briefing::Diagnostics;
using briefing::FaceId;
using briefing::font::FontBook;

namespace {

const std::string kNotoSerif = "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf";

using briefing::test::project_fonts;

// A scratch folder for manifests that should fail, removed afterwards.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "briefing-font-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~ScratchDir() { std::filesystem::remove_all(path_); }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  std::string write(const std::string& name, const std::string& text) const {
    std::filesystem::path file = path_ / name;
    std::ofstream(file) << text;
    return file.string();
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Loads a manifest that must load.
std::unique_ptr<FontBook> load_fonts(const std::string& manifest) {
  Diagnostics diags;
  auto fonts = FontBook::load(manifest, diags);
  REQUIRE(fonts);
  REQUIRE(diags.all().empty());
  return fonts;
}

// Loads a manifest that must fail and returns its single formatted error.
std::string load_error(const std::string& manifest) {
  Diagnostics diags;
  CHECK(FontBook::load(manifest, diags) == nullptr);
  REQUIRE(diags.error_count() == 1);
  return format_diagnostic(diags.all().front());
}

}  // namespace

TEST_CASE("the project manifest names serif, sans, and CJK, Arabic, Hebrew and symbol fallbacks") {
  const FontBook& fonts = project_fonts();
  CHECK(fonts.face_count() == 20);
  for (const char* family : {"serif", "sans", "cjk-serif", "cjk", "cjk-ext", "arabic",
                             "hebrew-serif", "hebrew", "symbols"})
    CHECK(fonts.has_family(family));
  CHECK_FALSE(fonts.has_family("mono"));
  CHECK(fonts.face("mono", false, false) == -1);

  FaceId bold_italic = fonts.face("serif", true, true);
  CHECK(fonts.info(bold_italic).path == "/usr/share/fonts/truetype/noto/NotoSerif-BoldItalic.ttf");
  CHECK(fonts.info(bold_italic).bold);
  CHECK(fonts.info(bold_italic).italic);
  CHECK(fonts.info(bold_italic).declared.line == 8);
  // The CJK family has no italic: bold italic gets the bold face.
  CHECK(fonts.face("cjk", true, true) == fonts.face("cjk", true, false));
  CHECK(fonts.face("cjk-ext", true, true) == fonts.face("cjk-ext", false, false));
}

TEST_CASE("advances and vertical metrics come from the font's tables") {
  const FontBook& fonts = project_fonts();
  FaceId serif = fonts.face("serif", false, false);
  CHECK(fonts.advance(serif, ' ') == Approx(0.260));
  CHECK(fonts.advance(serif, '-') == Approx(0.310));
  CHECK(fonts.advance(serif, 0x2014) == Approx(1.0));  // em dash
  CHECK(fonts.ascender(serif) == Approx(1.069));
  CHECK(fonts.descender(serif) == Approx(-0.293));
  CHECK(fonts.cap_height(serif) == Approx(0.714));
  CHECK(fonts.has_glyph(serif, 0x1EA7));  // ầ
  CHECK_FALSE(fonts.has_glyph(serif, 0x4E60));
  CHECK(fonts.advance(serif, 0x4E60) == 0);
  CHECK(fonts.glyph_advance(serif, '-') == fonts.advance(serif, '-'));
  CHECK_FALSE(fonts.glyph_advance(serif, 0x4E60));

  // Noto Sans CJK SC, face 2 of its collection, with CFF outlines.
  FaceId cjk = fonts.face("cjk", false, false);
  CHECK(fonts.info(cjk).index == 2);
  CHECK(fonts.advance(cjk, 0x4E60) == Approx(1.0));
  CHECK(fonts.ascender(cjk) == Approx(1.16));
}

TEST_CASE("measure adds shaped advances, kerning and fallback faces included") {
  const FontBook& fonts = project_fonts();
  FaceId serif = fonts.face("serif", false, false);
  double av = fonts.advance(serif, 'A') + fonts.advance(serif, 'V');
  // Noto Serif kerns "AV" by -0.08 em: HarfBuzz applies the font's GPOS kerning.
  std::span<const briefing::PlacedGlyph> glyphs = fonts.shape(serif, "AV");
  REQUIRE(glyphs.size() == 2);
  CHECK(glyphs[0].advance < glyphs[0].width - 0.05);
  CHECK(glyphs[0].width == Approx(fonts.advance(serif, 'A')));
  CHECK(fonts.measure(serif, "AV", 10) == Approx((glyphs[0].advance + glyphs[1].advance) * 10));
  CHECK(fonts.measure(serif, "AV", 10) < av * 10 - 0.5);
  CHECK(fonts.measure(serif, "AV", 10, {{briefing::font::Feature{{'k', 'e', 'r', 'n'}, 0}}}) ==
        Approx(av * 10));
  FaceId cjk = fonts.face("cjk", false, false);
  double mixed =
      fonts.advance(serif, 'X') + fonts.advance(serif, 'i') + 3 * fonts.advance(cjk, 0x4E60);
  CHECK(fonts.measure(serif, "Xi习近平", 12) == Approx(mixed * 12));
}

TEST_CASE("two threads filling the glyph cache at once see what one thread sees") {
  // Layout and painting share a FontBook: a fresh one here, so that faces open and glyph pages
  // fill while both threads ask (the ThreadSanitizer build checks the lock-free reads). Latin,
  // CJK from the fallback, and astral characters (the locked map).
  std::vector<char32_t> chars;
  for (char32_t c = 0x20; c < 0x250; ++c) chars.push_back(c);
  for (char32_t c = 0x4E00; c < 0x4F00; ++c) chars.push_back(c);
  for (char32_t c = 0x1F780; c < 0x1F800; ++c) chars.push_back(c);
  auto shared = load_fonts(BRIEFING_SOURCE_DIR "/fonts/manifest.xml");
  FaceId serif = shared->face("serif", false, false);
  std::vector<FontBook::Drawn> first, second;
  std::latch start(2);
  auto ask = [&](std::vector<FontBook::Drawn>& out) {
    start.arrive_and_wait();
    for (char32_t c : chars) out.push_back(shared->draw(serif, c, -1));
  };
  std::thread other([&] { ask(first); });
  ask(second);
  other.join();

  auto alone = load_fonts(BRIEFING_SOURCE_DIR "/fonts/manifest.xml");
  int cjk_drawn = 0;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    FontBook::Drawn expected = alone->draw(serif, chars[i], -1);
    INFO("U+" << std::hex << static_cast<unsigned>(chars[i]));
    for (const auto* drawn : {&first[i], &second[i]}) {
      CHECK(drawn->face == expected.face);
      CHECK(drawn->advance == expected.advance);
      CHECK(drawn->missing == expected.missing);
    }
    cjk_drawn += chars[i] >= 0x4E00 && expected.face == shared->face("cjk-serif", false, false);
  }
  CHECK(cjk_drawn == 0x100);
}

TEST_CASE("segment keeps Vietnamese in the serif face and sends Chinese to the fallback") {
  const FontBook& fonts = project_fonts();
  FaceId serif = fonts.face("serif", false, false);
  // The serif body falls back to the serif CJK face (for="serif"), a sans one to the sans.
  FaceId cjk = fonts.face("cjk-serif", false, false);
  CHECK(fonts.segment(fonts.face("sans", false, false), "习")[0].face ==
        fonts.face("cjk", false, false));

  std::vector<char32_t> missing;
  auto vietnamese = fonts.segment(serif, "Trần Cẩm Tú", &missing);
  REQUIRE(vietnamese.size() == 1);
  CHECK(vietnamese[0].face == serif);
  CHECK(vietnamese[0].text == "Trần Cẩm Tú");
  // Decomposed, the combining marks stay with their base letter.
  CHECK(fonts.segment(serif, "Tra\u0302\u0300n").size() == 1);

  auto mixed = fonts.segment(serif, "Xi 习近平 said", &missing);
  REQUIRE(mixed.size() == 3);
  CHECK(mixed[0].face == serif);
  CHECK(mixed[1].face == cjk);
  CHECK(mixed[1].text == "习近平");
  CHECK(mixed[2].text == " said");
  CHECK(missing.empty());
}

TEST_CASE("segment reports each character no face has once, in the preferred face") {
  const FontBook& fonts = project_fonts();
  FaceId sans = fonts.face("sans", false, false);
  std::vector<char32_t> missing;
  auto spans = fonts.segment(sans, "a😀b😀", &missing);
  REQUIRE(spans.size() == 1);
  CHECK(spans[0].face == sans);
  CHECK(spans[0].text == "a😀b😀");
  CHECK(missing == std::vector<char32_t>{0x1F600});
}

TEST_CASE("relative font files resolve against the manifest's folder") {
  ScratchDir dir;
  std::filesystem::create_directory(dir.path() / "files");
  std::filesystem::create_symlink(kNotoSerif, dir.path() / "files" / "body.ttf");
  std::string manifest = dir.write("m.xml",
                                   "<fonts><family name=\"body\"><face file=\"files/body.ttf\"/>"
                                   "</family></fonts>");
  auto fonts = load_fonts(manifest);
  CHECK(fonts->info(0).path == (dir.path() / "files" / "body.ttf").string());
  // Only a regular face: bold and italic requests fall back to it.
  CHECK(fonts->face("body", true, true) == 0);
}

TEST_CASE("a face is opened when first used, and a file gone by then is an error at its line") {
  ScratchDir dir;
  std::filesystem::copy_file(kNotoSerif, dir.path() / "body.ttf");
  std::filesystem::copy_file(kNotoSerif, dir.path() / "spare.ttf");
  std::string manifest = dir.write("m.xml",
                                   "<fonts><family name=\"body\">\n<face file=\"body.ttf\"/>\n"
                                   "<face bold=\"true\" file=\"spare.ttf\"/></family></fonts>");
  auto fonts = load_fonts(manifest);
  CHECK(fonts->advance(0, U'A') > 0);
  // Checked at load, the bold face has not been opened since: its file may go unnoticed...
  std::filesystem::remove(dir.path() / "spare.ttf");
  Diagnostics report;
  fonts->report_failures(report);
  CHECK(report.all().empty());
  // ...until it is used: then it draws nothing and is an error where the manifest names it.
  CHECK(fonts->advance(1, U'A') == 0);
  CHECK_FALSE(fonts->has_glyph(1, U'A'));
  fonts->report_failures(report);
  REQUIRE(report.error_count() == 1);
  CHECK(briefing::format_diagnostic(report.all().front()).find(manifest + ":3:1: error: '") == 0);
}

namespace {

// A copy of `font` with its 'loca' table zeroed: every glyph becomes empty, while FreeType
// still opens the file.
std::string zero_loca(const std::string& font, const ScratchDir& dir) {
  std::ifstream in(font, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto number = [&](std::size_t at, int size) {
    std::size_t value = 0;
    for (int i = 0; i < size; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
    return value;
  };
  for (std::size_t i = 0; i < number(4, 2); ++i) {
    std::size_t record = 12 + 16 * i;
    if (bytes.compare(record, 4, "loca") != 0) continue;
    std::size_t at = number(record + 8, 4), length = number(record + 12, 4);
    std::fill(bytes.begin() + long(at), bytes.begin() + long(at + length), '\0');
  }
  return dir.write("damaged.ttf", bytes);
}

}  // namespace

TEST_CASE("a glyph that cannot be printed counts as absent and is reported once, at its face") {
  ScratchDir dir;
  std::string damaged = zero_loca(kNotoSerif, dir);
  std::string manifest = dir.write(
      "m.xml", "<fonts><family name=\"body\">\n<face file=\"" + damaged + "\"/></family></fonts>");
  auto fonts = load_fonts(manifest);
  CHECK_FALSE(fonts->has_glyph(0, U'A'));
  CHECK(fonts->advance(0, U'B') == 0);
  CHECK(fonts->draw(0, U'A', -1).missing);
  CHECK(fonts->has_glyph(0, U' '));  // a space has no outline and needs none
  Diagnostics report;
  fonts->report_failures(report);
  REQUIRE(report.error_count() == 1);
  // Only the characters asked for were loaded, each once.
  CHECK(briefing::format_diagnostic(report.all().front()) ==
        manifest + ":2:1: error: '" + damaged +
            "' is damaged: the glyph of 'A' (U+0041: no outline), 'B' (U+0042: no outline), "
            "which the document uses, cannot be printed");
  Diagnostics clean;
  project_fonts().report_failures(clean);
  CHECK(clean.all().empty());
}

TEST_CASE("a WOFF2 file is refused at its line, whatever FreeType would make of it") {
  ScratchDir dir;
  std::string woff2 = dir.write("body.woff2", std::string("wOF2\0\1\0\0", 8));
  std::string manifest = dir.write(
      "m.xml", "<fonts><family name=\"body\">\n<face file=\"" + woff2 + "\"/></family></fonts>");
  CHECK(load_error(manifest) == manifest + ":2:1: error: '" + woff2 +
                                    "' is a WOFF2 web font, which is not supported; use the "
                                    "TTF/OTF");
}

TEST_CASE("manifest errors carry file, line and column") {
  ScratchDir dir;
  SECTION("malformed XML") {
    std::string m = dir.write("m.xml", "<fonts>\n  <family name=\"x\">\n</fonts>\n");
    CHECK(load_error(m) == m + ":3:3: error: malformed XML: Start-end tags mismatch");
  }
  SECTION("unknown element") {
    std::string m = dir.write("m.xml", "<fonts><family name=\"x\"><face file=\"" + kNotoSerif +
                                           "\"/></family>\n  <famly name=\"y\"/>\n</fonts>\n");
    CHECK(load_error(m) == m + ":2:3: error: unknown element <famly> in <fonts>");
  }
  SECTION("unknown attribute") {
    std::string m = dir.write("m.xml", "<fonts>\n  <family name=\"x\">\n    <face file=\"" +
                                           kNotoSerif + "\" weight=\"700\"/>\n</family></fonts>\n");
    CHECK(load_error(m).find(m + ":3:" + std::to_string(19 + kNotoSerif.size()) +
                             ": error: unknown attribute 'weight' on <face>") == 0);
  }
  SECTION("missing font file") {
    std::string m = dir.write("m.xml",
                              "<fonts><family name=\"x\">\n <face file=\"nope.ttf\"/>"
                              "</family></fonts>");
    CHECK(load_error(m) ==
          m + ":2:2: error: cannot read font file '" + (dir.path() / "nope.ttf").string() + "'");
  }
  SECTION("corrupt font file") {
    dir.write("bad.ttf", "this is not a font");
    std::string m = dir.write("m.xml",
                              "<fonts><family name=\"x\"><face file=\"bad.ttf\"/>"
                              "</family></fonts>");
    std::string error = load_error(m);
    CHECK(error.find(m + ":1:25: error: '") == 0);
    CHECK(error.find("FreeType error") != std::string::npos);
  }
  SECTION("unknown family in the fallback chain") {
    std::string m = dir.write("m.xml", "<fonts><family name=\"x\"><face file=\"" + kNotoSerif +
                                           "\"/></family>\n<fallback><family name=\"cjk\"/>"
                                           "</fallback></fonts>");
    CHECK(load_error(m) == m + ":2:11: error: unknown font family 'cjk' in the fallback chain");
  }
  SECTION("bad boolean") {
    std::string m = dir.write("m.xml", "<fonts><family name=\"x\"><face file=\"" + kNotoSerif +
                                           "\" bold=\"yes\"/></family></fonts>");
    CHECK(load_error(m).find("bold must be true or false, not 'yes'") != std::string::npos);
  }
  SECTION("unreadable manifest") {
    std::string m = (dir.path() / "absent.xml").string();
    CHECK(load_error(m) == m + ": error: cannot open the font manifest");
  }
}
