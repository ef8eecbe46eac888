#include <catch2/catch.hpp>

#include "base/diag.hpp"
#include "xml/values.hpp"
#include "xml/xml_file.hpp"

using namespace briefing;

TEST_CASE("value syntax", "[xml]") {
  CHECK(xml::parse_length("12pt") == Approx(12));
  CHECK(xml::parse_length("25.4mm") == Approx(72));
  CHECK(xml::parse_length("2.54cm") == Approx(72));
  CHECK(xml::parse_length("0.5in") == Approx(36));
  for (auto bad : {"12", "pt", "-3pt", "1e2pt", "1.pt", ".5pt", "12 pt", "12px"})
    CHECK_FALSE(xml::parse_length(bad));

  CHECK(xml::parse_color("#1f3A5f") == Color{0x1f / 255.0, 0x3a / 255.0, 0x5f / 255.0});
  for (auto bad : {"1f3a5f", "#1f3a5", "#1f3a5g", "blue"}) CHECK_FALSE(xml::parse_color(bad));

  CHECK(xml::parse_weights("2, 3,3") == std::vector<double>{2, 3, 3});
  for (auto bad : {"", "2,,3", "0,1", "2;3"}) CHECK_FALSE(xml::parse_weights(bad));

  CHECK(xml::is_iso_date("2024-02-29"));
  CHECK(xml::is_iso_date("2025-11"));
  CHECK(xml::is_iso_date("2025"));
  for (auto bad : {"2025-02-29", "2025-13", "25-01-01", "2025/01/01"})
    CHECK_FALSE(xml::is_iso_date(bad));

  CHECK(xml::closest_name("colour", {"color", "rule-color"}) == "color");
  CHECK(xml::closest_name("titel", {"title", "subtitle"}) == "title");
  CHECK(xml::closest_name("zzz", {"color", "size"}).empty());
  CHECK(xml::collapse_whitespace(" \t a\n\n b  ") == "a b");
}

namespace {

// The messages of parsing `text` as "line:col: message", one per problem.
std::vector<std::string> problems(std::string text) {
  Diagnostics diags;
  auto file = xml::XmlFile::parse("t.xml", std::move(text), diags);
  CHECK((file == nullptr) == diags.has_errors());
  std::vector<std::string> out;
  for (const auto& d : diags.all())
    out.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.col) + ": " +
                  d.message);
  return out;
}

bool refused_at(const std::string& text, const std::string& start) {
  auto found = problems(text);
  return found.size() == 1 && found[0].starts_with(start);
}

}  // namespace

TEST_CASE("line and column for every kind of line end", "[xml]") {
  for (std::string end : {"\n", "\r\n", "\r"}) {
    Diagnostics diags;
    auto file =
        xml::XmlFile::parse("t.xml", "<a>" + end + end + "  <b x=\"1\"/>" + end + "</a>", diags);
    REQUIRE(file);
    auto b = file->root().child("b");
    CHECK(file->where(b).line == 3);
    CHECK(file->where(b).col == 3);
    CHECK(file->where(b.attribute("x"), b).col == 6);
  }
  CHECK(refused_at("<a>\r\r\r  &nope;</a>", "4:3: undefined entity '&nope;'"));
}

TEST_CASE("what the reader refuses", "[xml]") {
  CHECK(refused_at("<!DOCTYPE a [<!ENTITY g \"x\">]>\n<a>&g;</a>", "1:1: a DOCTYPE declaration"));
  CHECK(refused_at("<a>&g;</a>", "1:4: undefined entity '&g;'"));
  CHECK(refused_at("<a>AT&T</a>", "1:6: a bare '&'"));
  CHECK(refused_at("<a x=\"&#0;\"/>", "1:7: character reference '&#0;' is NUL (U+0000)"));
  CHECK(refused_at("<a>&#x1F;</a>", "1:4: character reference '&#x1F;' is control character"));
  CHECK(refused_at("<a>&#xD800;</a>", "1:4: character reference '&#xD800;' does not name"));
  CHECK(refused_at("<a>&#1114112;</a>", "1:4: character reference '&#1114112;' does not name"));
  CHECK(refused_at("<a>\x01</a>", "1:4: control character U+0001 is not allowed"));
  CHECK(refused_at("<a>\x7F</a>", "1:4: control character U+007F"));
  CHECK(refused_at("<a>\xC2\x85</a>", "1:4: control character U+0085"));
  CHECK(refused_at("<a>\xEF\xBF\xBE</a>", "1:4: noncharacter U+FFFE"));
  CHECK(refused_at("<a>\xEF\xB7\x90</a>", "1:4: noncharacter U+FDD0"));
  CHECK(refused_at("<a>\xF0\x9F\xBF\xBF</a>", "1:4: noncharacter U+1FFFF"));
  CHECK(refused_at("<!-- \x02 --><a/>", "1:6: control character U+0002"));
  CHECK(refused_at("<a x=\"1\" y=\"2\" x=\"3\"/>", "1:16: attribute 'x' is given twice on <a>"));
  // Twenty messages are enough for a file of broken bytes.
  CHECK(problems("<a>" + std::string(100, '\x01') + "</a>").size() == 20);
}

TEST_CASE("what the reader accepts", "[xml]") {
  CHECK(problems("<a x=\"&lt;&gt;&amp;&apos;&quot;&#9;&#xA;&#x1F600;\">\t\xC2\xA0&#xFFFD;</a>")
            .empty());
  CHECK(problems("<a><!-- & &g; --><![CDATA[ & &g; ]]><?pi & ?></a>").empty());
  CHECK(problems("\xEF\xBB\xBF<a/>").empty());
}
