// The seam to libharu's records (render/haru_seam.hpp), read back from the saved file: its
// dictionaries are written uncompressed.
#include "render/haru_seam.hpp"

#include <hpdf.h>

#include <catch2/catch.hpp>
#include <regex>
#include <string>

#include "render/deflated.hpp"
#include "render/haru_doc.hpp"

using namespace briefing::render;

namespace {

std::string saved(const HaruDoc& pdf) {
  REQUIRE(HPDF_SaveToStream(pdf.get()) == HPDF_OK);
  std::string bytes(HPDF_GetStreamSize(pdf.get()), '\0');
  auto size = static_cast<HPDF_UINT32>(bytes.size());
  REQUIRE(HPDF_ReadFromStream(pdf.get(), reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size) ==
          HPDF_OK);
  return bytes;
}

bool has(const std::string& bytes, const std::string& pattern) {
  return std::regex_search(bytes, std::regex(pattern));
}

}  // namespace

TEST_CASE("haru seam: values are written as the PDF values they name") {
  HaruDoc pdf;
  REQUIRE(HPDF_AddPage(pdf.get()));
  haru::ObjectRef object =
      haru::add_dict_object(pdf.ref(), {{"Null", haru::Null{}},
                                        {"Integer", -3},
                                        {"Real", 0.5},
                                        {"Name", haru::Name{"Font"}},
                                        {"Literal", haru::Literal{"en-GB"}},
                                        {"Hex", haru::Hex{std::string("\xFE\xFF\x00\x41", 4)}},
                                        {"Array", haru::Array{1, haru::Array{}}},
                                        {"Dict", haru::Dict{{"Key", 2}}}});
  REQUIRE(object);
  REQUIRE(haru::put_entry(haru::catalog(pdf.ref()), "Test", object));
  haru::require_pdf_version(pdf.ref(), 5);
  haru::require_pdf_version(pdf.ref(), 4);  // only raises
  std::string bytes = saved(pdf);
  CHECK_FALSE(pdf.error());
  CHECK(bytes.rfind("%PDF-1.5", 0) == 0);
  std::smatch reference;
  REQUIRE(std::regex_search(bytes, reference, std::regex("/Test (\\d+) 0 R")));
  CHECK(has(bytes,
            reference[1].str() +
                " 0 obj\\s*<<\\s*/Null null\\s*/Integer -3\\s*/Real 0.5\\s*/Name /Font\\s*"
                "/Literal \\(en-GB\\)\\s*/Hex <FEFF0041>\\s*/Array \\[\\s*1 \\[\\s*\\]\\s*\\]\\s*"
                "/Dict <<\\s*/Key 2\\s*>>\\s*>>"));
}

TEST_CASE("haru seam: a page lists its fonts under the names its content stream uses") {
  HaruDoc pdf;
  HPDF_Page page = HPDF_AddPage(pdf.get());
  REQUIRE(page);
  haru::ObjectRef body = haru::add_dict_object(pdf.ref(), {{"Type", haru::Name{"Font"}}});
  haru::ObjectRef note = haru::add_dict_object(pdf.ref(), {{"Type", haru::Name{"Font"}}});
  REQUIRE((body && note));
  REQUIRE(haru::set_page_content({page}, deflate("BT /Body 12 Tf /Note 9 Tf ET\n"),
                                 {{"Body", body}, {"Note", note}}));
  std::string bytes = saved(pdf);
  CHECK_FALSE(pdf.error());
  CHECK(has(bytes, "/Font <<\\s*/Body \\d+ 0 R\\s*/Note \\d+ 0 R\\s*>>"));
  CHECK(has(bytes, "/Filter /FlateDecode"));
}

TEST_CASE("haru seam: an object of the wrong kind, or none, is refused") {
  HaruDoc pdf;
  HPDF_Page page = HPDF_AddPage(pdf.get());
  REQUIRE(page);
  // A destination is an array, the catalog a dictionary.
  haru::ObjectRef destination{HPDF_Page_CreateDestination(page)};
  REQUIRE(destination);
  CHECK_FALSE(haru::put_entry(destination, "Key", 1));
  CHECK_FALSE(haru::set_items(haru::catalog(pdf.ref()), {1}));
  // No object, as a failed add returns.
  CHECK_FALSE(haru::put_entry(haru::ObjectRef{}, "Title", haru::Literal{"x"}));
  CHECK_FALSE(haru::set_page_content({page}, deflate(""), {{"F1", haru::ObjectRef{}}}));
  CHECK_FALSE(haru::set_page_content(haru::ObjectRef{}, deflate(""), {}));
  CHECK_FALSE(haru::set_page_content(destination, deflate(""), {}));
  CHECK_FALSE(haru::add_dict_object(pdf.ref(), {{"Font", haru::ObjectRef{}}}));
}
