// libFuzzer target: a facts file (facts, series, derived figures; ranges, changes, periods) read
// and checked against the sample's articles: the quote search, the meaning and period checks,
// the subject check and the exact arithmetic of derived figures.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>

#include "data/data.hpp"
#include "scratch.hpp"

namespace {

const std::map<std::string, briefing::data::Article>& sample_articles() {
  static const auto articles = [] {
    std::map<std::string, briefing::data::Article> out;
    const std::string folder = BRIEFING_SOURCE_DIR "/briefs/vietnam-china-2025/articles/";
    const std::pair<const char*, const char*> files[] = {{"vna-hoa", "000_ef800536a43f2dca.txt"},
                                                         {"vna-liu", "001_cd1dc71755ddd561.txt"},
                                                         {"he-wei", "002_3423436991a2d2c8.txt"},
                                                         {"vns-tu", "003_0464c14cb1795f01.txt"}};
    for (const auto& [id, file] : files) {
      briefing::Diagnostics diags;
      if (auto article = briefing::data::read_article(folder + file, diags))
        out.emplace(id, std::move(*article));
    }
    return out;
  }();
  return articles;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto& articles = sample_articles();
  static const std::string path = (briefing::fuzz::scratch() / "facts.xml").string();
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(data), std::streamsize(size));
  briefing::Diagnostics diags;
  auto sheet = briefing::data::read_facts(path, diags);
  if (!sheet) return 0;
  briefing::data::check_facts(*sheet, articles, diags);
  for (const auto& fact : sheet->facts) {
    briefing::data::format_fact(fact, "en");
    briefing::data::format_fact(fact, "vi");
  }
  return 0;
}
