// libFuzzer target: the article reader (UTF-8 check, zones, sentences) and the quantity
// extractor run over every sentence it finds.
#include <cstddef>
#include <cstdint>
#include <fstream>

#include "data/data.hpp"
#include "scratch.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string path = (briefing::fuzz::scratch() / "article.txt").string();
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(data), std::streamsize(size));
  briefing::Diagnostics diags;
  auto article = briefing::data::read_article(path, diags);
  if (!article) return 0;
  briefing::data::extract(*article);
  for (const auto& sentence : article->sentences)
    briefing::data::find_quantities(sentence.text, article->date);
  return 0;
}
