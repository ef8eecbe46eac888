#pragma once
// <image>: its attributes, and its file found, confined and read (image/image.hpp) as the brief
// and layout are parsed. A file shown in many places is read once and shared.
#include <filesystem>
#include <map>
#include <mutex>
#include <pugixml.hpp>

#include "parse/confine.hpp"
#include "parse/parse.hpp"
#include "xml/reader.hpp"

namespace briefing::parse {

class ImageFiles {
 public:
  explicit ImageFiles(const Confinement& confine) : confine_(confine) {}

  // The <image> at `node`, its src relative to `folder`; `extra` names the attributes the place
  // allows besides src, alt, width, height and align. nullopt after an error. Safe from two
  // threads (a long table's rows are read on two).
  std::optional<ImageSpec> read(xml::Reader& r, pugi::xml_node node,
                                const std::filesystem::path& folder,
                                std::initializer_list<const char*> extra = {});

 private:
  std::shared_ptr<const Picture> picture(xml::Reader& r, pugi::xml_node node,
                                         const std::string& src, const std::filesystem::path& path);

  const Confinement& confine_;
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const Picture>> read_;  // by the file's path
};

// Where the <image>s of a file are read from: src is relative to `folder`, the file's own.
struct ImagePlace {
  ImageFiles& files;
  std::filesystem::path folder;
};

}  // namespace briefing::parse
