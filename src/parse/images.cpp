#include "parse/images.hpp"

#include "base/files.hpp"
#include "image/image.hpp"

namespace briefing::parse {

namespace fs = std::filesystem;

namespace {

void check_size(xml::Reader& r, pugi::xml_node node, const char* name,
                const std::optional<double>& length) {
  if (length && *length <= 0)
    r.error(r.where(node, name), std::string("'") + name + "' must be greater than 0pt");
}

}  // namespace

std::optional<ImageSpec> ImageFiles::read(xml::Reader& r, pugi::xml_node node,
                                          const fs::path& folder,
                                          std::initializer_list<const char*> extra) {
  std::vector<std::string_view> allowed{"src", "alt", "width", "height", "align"};
  allowed.insert(allowed.end(), extra.begin(), extra.end());
  r.check_attributes(node, allowed);
  ImageSpec image;
  image.where = r.where(node);
  if (!node.attribute("alt"))
    r.error(image.where,
            "an <image> needs 'alt': what the picture shows, for readers who cannot see it "
            "(alt=\"\" declares it decorative)");
  image.alt = r.text(node, "alt").value_or("");
  image.width = r.length(node, "width");
  image.height = r.length(node, "height");
  check_size(r, node, "width", image.width);
  check_size(r, node, "height", image.height);
  image.align =
      r.choice<Align>(node, "align",
                      {{"left", Align::left}, {"center", Align::center}, {"right", Align::right}})
          .value_or(Align::center);
  auto src = r.required_text(node, "src");
  if (!src) return std::nullopt;
  image.src = *src;
  image.picture = picture(r, node, *src, (folder / *src).lexically_normal());
  if (!image.picture || !node.attribute("alt")) return std::nullopt;
  return image;
}

std::shared_ptr<const Picture> ImageFiles::picture(xml::Reader& r, pugi::xml_node node,
                                                   const std::string& src, const fs::path& path) {
  Location where = r.where(node, "src");
  if (auto outside = confine_.violation(src, path)) {
    r.error(where, *outside);
    return nullptr;
  }
  if (!is_file(path)) {
    r.error(where, "image '" + src + "' not found (looked for " + path.string() + ")");
    return nullptr;
  }
  std::lock_guard lock(mutex_);
  if (auto found = read_.find(path.string()); found != read_.end()) return found->second;
  Diagnostics diags;
  auto picture = image::read_picture(path.string(), src, where, diags);
  r.append(diags);
  if (picture) read_.emplace(path.string(), picture);
  return picture;
}

}  // namespace briefing::parse
