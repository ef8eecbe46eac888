// libFuzzer target: the paragraph setter (line breaking, hyphenation, font fallback) and the page
// builder. Each line of the input (valid UTF-8 only, as the parser guarantees) becomes a
// paragraph appended to the body of the corpus's base brief; the first byte picks the style.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "base/unicode.hpp"
#include "layout/layout.hpp"
#include "model/model.hpp"
#include "parse/parse.hpp"

namespace {

using namespace briefing;

struct Fixture {
  model::Document doc;
  std::unique_ptr<font::FontBook> fonts;
  std::vector<model::Style> styles;  // of the base brief's headings and paragraphs
};

const Fixture& fixture() {
  static const Fixture f = [] {
    Diagnostics diags;
    auto spec = parse::parse_brief(BRIEFING_SOURCE_DIR "/tests/bad/base/brief",
                                   parse::ParseOptions{BRIEFING_SOURCE_DIR}, diags);
    Fixture made{*model::build_document(*spec, diags),
                 font::FontBook::load(model::font_manifest_path(*spec), diags),
                 {}};
    for (const auto& block : made.doc.body)
      if (const auto* heading = std::get_if<model::Heading>(&block))
        made.styles.push_back(heading->style);
      else if (const auto* paragraph = std::get_if<model::Paragraph>(&block))
        made.styles.push_back(paragraph->style);
    made.styles.push_back(made.doc.header.style);
    return made;
  }();
  return f;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.empty() || invalid_utf8_offset(input)) return 0;
  const auto& f = fixture();
  model::Document doc = f.doc;
  const model::Style& style = f.styles[std::size_t(data[0]) % f.styles.size()];
  std::size_t start = 1;
  while (start <= input.size()) {
    auto end = std::min(input.find('\n', start), input.size());
    model::Run run;
    run.text = nfc(input.substr(start, end - start));
    run.emphasis = (end & 1) != 0;
    run.strong = (end & 2) != 0;
    doc.body.push_back(model::Paragraph{{run}, style, {}});
    start = end + 1;
  }
  Diagnostics diags;
  layout::layout_document(doc, *f.fonts, diags);
  return 0;
}
