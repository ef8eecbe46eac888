// The 'dir' attribute from brief and layout to the model's styles, and the warnings for
// directional controls left unpaired in the brief's text.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "model/model.hpp"
#include "parse_fixture.hpp"

using namespace briefing;
using briefing::testing::ScratchBrief;
using Direction = model::Direction;
using Strings = std::vector<std::string>;

namespace {

// The test layout with the body style (and so list, lead) right-to-left.
std::string layout_with_rtl_body() {
  std::ifstream in(testing::parse_data_dir + "/layouts/minimal.xml");
  std::ostringstream text;
  text << in.rdbuf();
  std::string layout = text.str();
  const std::string body = R"(name="body" parent="base")";
  auto at = layout.find(body);
  REQUIRE(at != std::string::npos);
  return layout.replace(at, body.size(), body + R"( dir="rtl")");
}

template <class T>
const T& block(const std::vector<model::Block>& blocks, std::size_t i) {
  REQUIRE(i < blocks.size());
  REQUIRE(std::holds_alternative<T>(blocks[i]));
  return std::get<T>(blocks[i]);
}

// Every message of parsing and modelling the brief, and the document if there is one.
std::optional<model::Document> build(const ScratchBrief& scratch, Strings& messages) {
  Diagnostics diags;
  auto spec = scratch.parse(diags);
  std::optional<model::Document> doc;
  if (spec) doc = model::build_document(*spec, diags);
  messages = scratch.messages(diags);
  return doc;
}

}  // namespace

TEST_CASE("'dir' on a block overrides its enclosing block's, which overrides the style's",
          "[model]") {
  ScratchBrief scratch;
  scratch.write("layout.xml", layout_with_rtl_body());
  scratch.write("brief.xml", R"(<brief layout="layout.xml">
  <title>T</title>
  <section title="Arabic" dir="rtl">
    <p>Plain.</p>
    <p dir="ltr">Left.</p>
    <p style="lead">Lead.</p>
    <list><item>One</item><item dir="auto">Two</item></list>
    <list dir="ltr"><item>Three</item></list>
    <quote dir="rtl" attribution="Someone"><p>Q1</p><p dir="ltr">Q2</p></quote>
    <quote><p>Q3</p></quote>
  </section>
  <section title="English"/>
</brief>
)");
  Strings messages;
  auto doc = build(scratch, messages);
  CHECK(messages.empty());
  REQUIRE(doc);
  const auto& body = doc->body;
  CHECK(block<model::Heading>(body, 0).style.dir == Direction::rtl);
  CHECK(block<model::Paragraph>(body, 1).style.dir == Direction::rtl);
  CHECK(block<model::Paragraph>(body, 2).style.dir == Direction::ltr);
  CHECK(block<model::Paragraph>(body, 3).style.dir == Direction::rtl);
  const auto& list = block<model::ListBlock>(body, 4);
  CHECK(list.items[0].style.dir == Direction::rtl);
  CHECK(list.items[1].style.dir == Direction::automatic);
  CHECK(block<model::ListBlock>(body, 5).items[0].style.dir == Direction::ltr);
  const auto& quote = block<model::Quote>(body, 6);
  CHECK(quote.paragraphs[0].style.dir == Direction::rtl);
  CHECK(quote.paragraphs[1].style.dir == Direction::ltr);
  CHECK(quote.attribution_style.dir == Direction::rtl);
  CHECK(block<model::Quote>(body, 7).paragraphs[0].style.dir == Direction::automatic);
  CHECK(block<model::Heading>(body, 8).style.dir == Direction::automatic);
}

TEST_CASE("a bad 'dir' is an error at the attribute, in brief and layout", "[parse]") {
  ScratchBrief scratch;
  scratch.write("layout.xml", R"(<layout>
  <styles><style name="body" dir="rlt"/></styles>
</layout>
)");
  scratch.write("brief.xml", R"(<brief layout="layout.xml">
  <title>T</title>
  <p dir="right">x</p>
  <list><item dir="RTL">y</item></list>
</brief>
)");
  Strings messages;
  CHECK_FALSE(build(scratch, messages));
  CHECK(messages ==
        Strings{"brief.xml:3:6: error: bad value 'right' for 'dir' on <p>: expected one of ltr, "
                "rtl, auto",
                "brief.xml:4:15: error: bad value 'RTL' for 'dir' on <item>: expected one of ltr, "
                "rtl, auto",
                "layout.xml:2:30: error: bad value 'rlt' for 'dir' on <style>: expected one of "
                "ltr, rtl, auto (did you mean rtl?)"});
}

TEST_CASE("unpaired directional controls are warned of at the character", "[parse]") {
  ScratchBrief scratch;
  scratch.write("brief.xml",
                "<brief layout=\"minimal\">\n"
                "  <title>T</title>\n"
                "  <section title=\"Head \u2067\">\n"
                "    <p>ab <em>c\u202Ed</em> e</p>\n"
                "    <p>open \u202B<em>in em</em> closed\u202C here</p>\n"
                "    <quote attribution=\"\u2069\"><p>q</p></quote>\n"
                "  </section>\n"
                "</brief>\n");
  Strings messages;
  CHECK(build(scratch, messages));
  // The second paragraph's embedding closes in another run than the one it opens in.
  CHECK(messages == Strings{"brief.xml:3:12: warning: U+2067 RIGHT-TO-LEFT ISOLATE has no "
                            "matching U+2069 POP DIRECTIONAL ISOLATE in its paragraph",
                            "brief.xml:4:16: warning: U+202E RIGHT-TO-LEFT OVERRIDE has no "
                            "matching U+202C POP DIRECTIONAL FORMATTING in its paragraph",
                            "brief.xml:6:12: warning: U+2069 POP DIRECTIONAL ISOLATE closes "
                            "nothing: no isolate is open"});
}
