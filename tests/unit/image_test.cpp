// The image stage's readers: JPEG markers, the pixel limit, and the CairoScript that an SVG's
// drawing is read back from.
#include "image/image.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "image/readers.hpp"
#include "image/svg_parts.hpp"

using namespace briefing;

namespace {

// SOI, a frame header (marker `sof`, 8-bit unless `bits`, 40 x 30, `components`), a scan, EOI.
std::string jpeg(unsigned char sof, int components, unsigned char bits = 8) {
  std::string frame{char(bits), 0, 30, 0, 40, char(components)};
  for (int c = 0; c < components; ++c) frame += std::string{char(c + 1), 0x11, 0};
  std::string out = "\xFF\xD8\xFF";
  out += char(sof);
  out += char(0), out += char(frame.size() + 2), out += frame;
  out += std::string("\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00", 10);
  out += std::string(16, '\x55') + "\xFF\xD9";
  return out;
}

}  // namespace

TEST_CASE("a JPEG's size and samples come from its frame header, its bytes stay as they are") {
  for (unsigned char sof : {0xC0, 0xC1, 0xC2}) {  // baseline, extended, progressive
    Picture picture;
    std::string file = jpeg(sof, 3);
    CHECK(image::read_jpeg(file, picture).empty());
    CHECK(picture.width == 40);
    CHECK(picture.height == 30);
    CHECK(picture.components == 3);
    CHECK(picture.samples == file);
  }
  Picture cmyk;
  CHECK(image::read_jpeg(jpeg(0xC0, 4), cmyk).empty());
  CHECK(cmyk.components == 4);
  CHECK_FALSE(cmyk.inverted);  // no Adobe marker
}

TEST_CASE("a JPEG a PDF reader cannot decode, or cut short, is refused saying why") {
  Picture picture;
  CHECK(image::read_jpeg(jpeg(0xC9, 3), picture).find("arithmetic coding") != std::string::npos);
  CHECK(image::read_jpeg(jpeg(0xC3, 3), picture).find("lossless") != std::string::npos);
  CHECK(image::read_jpeg(jpeg(0xC0, 3, 12), picture).find("12-bit") != std::string::npos);
  CHECK(image::read_jpeg(jpeg(0xC0, 2), picture).find("2 colour components") != std::string::npos);
  std::string cut = jpeg(0xC0, 3);
  cut.resize(cut.size() - 2);
  CHECK(image::read_jpeg(cut, picture) == "is truncated (it has no end marker)");
  CHECK(image::read_jpeg(cut.substr(0, 10), picture).find("truncated") != std::string::npos);
}

TEST_CASE("the pixel limit is checked on the header's numbers") {
  CHECK(image::pixel_limit_problem(6000, 4000).empty());
  CHECK(image::pixel_limit_problem(100000, 100000) ==
        "is 100000 x 100000 pixels; the limit is 25000000 pixels (checked before decoding; "
        "scale the picture down)");
  CHECK_FALSE(image::pixel_limit_problem(0, 10).empty());
}

TEST_CASE("a drawing's CairoScript becomes paths: colours, widths under the matrix, dashes") {
  std::vector<Path> paths;
  const char* script = R"(%!CairoScript
<< /content //COLOR_ALPHA /width 100 /height 50 >> surface context
1 0 0 rgb set-source
n 0 0 10 20 rectangle
fill+
0 0 1 0.5 rgba set-source
2 2 scale
3 set-line-width
//LINE_CAP_ROUND set-line-cap
[2 1] 0 set-dash
stroke
//EVEN_ODD set-fill-rule
0 g set-source
n 1 2 m 3 4 l 5 6 7 8 9 10 c h
fill
pop
)";
  REQUIRE(image::script_paths(script, paths).empty());
  REQUIRE(paths.size() == 3);
  CHECK(paths[0].fill == Color{1, 0, 0});
  CHECK(paths[0].ops.size() == 5);
  CHECK(paths[0].ops[2].p[0].x == 10);
  CHECK(paths[0].ops[2].p[0].y == 20);
  // Half-transparent blue, printed over white paper.
  CHECK(paths[1].stroke == Color{0.5, 0.5, 1});
  CHECK(paths[1].line_width == Approx(6));
  CHECK(paths[1].cap == LineCap::round);
  CHECK(paths[1].dash == std::vector<int>{4, 2});
  CHECK(paths[1].ops.size() == 5);  // the rectangle, kept by fill+
  CHECK(paths[2].even_odd);
  CHECK(paths[2].ops.size() == 4);
  CHECK(paths[2].ops[2].verb == PathVerb::curve);
  CHECK(paths[2].ops[2].p[2].x == 9);
}

TEST_CASE("what cannot be kept as paths of one colour is refused by name") {
  std::vector<Path> paths;
  std::string problem = image::script_paths("0 0 1 1 linear set-source n 0 0 m fill", paths);
  CHECK(problem.find("'linear'") != std::string::npos);
  CHECK(image::script_paths("n 0 0 m l fill", paths) ==
        "has a drawing operator without its numbers");
}
