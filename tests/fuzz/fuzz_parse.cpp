// libFuzzer target: the brief and layout parsers and the model built from them. The input is
// brief.xml, optionally followed by a NUL byte and a layout file the brief may name as
// layout="layout.xml" (XML cannot hold NUL, so the split is unambiguous).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string_view>

#include "model/model.hpp"
#include "parse/parse.hpp"
#include "scratch.hpp"

namespace {

namespace fs = std::filesystem;
using briefing::fuzz::scratch;

void write(const fs::path& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  auto split = input.find('\0');
  write(scratch() / "brief.xml", input.substr(0, split));
  write(scratch() / "layout.xml", split == input.npos ? "" : input.substr(split + 1));
  briefing::Diagnostics diags;
  auto spec = briefing::parse::parse_brief(
      scratch().string(), briefing::parse::ParseOptions{BRIEFING_SOURCE_DIR}, diags);
  if (spec) briefing::model::build_document(*spec, diags);
  return 0;
}
