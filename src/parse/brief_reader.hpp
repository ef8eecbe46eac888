#pragma once
// The brief language: <brief> with metadata, sources and body content.
#include "parse/confine.hpp"
#include "parse/images.hpp"
#include "parse/parse.hpp"
#include "xml/reader.hpp"

namespace briefing::parse {

// The value of <brief layout="…"> and where it was written.
struct LayoutRef {
  std::string name;
  Location where;
};

// Fills spec.meta, spec.sources and spec.body; source files are looked up in spec.brief_dir.
std::optional<LayoutRef> read_brief(xml::Reader& reader, BriefSpec& spec,
                                    const Confinement& confine, ImageFiles& images);

}  // namespace briefing::parse
