#include "image/image.hpp"

#include "base/files.hpp"
#include "image/readers.hpp"

namespace briefing::image {

namespace {

bool starts_with(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

// An SVG is XML: it may start with a byte-order mark, a declaration, a comment or white space.
bool looks_like_svg(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  return head.find("<svg") != std::string_view::npos;
}

}  // namespace

std::string pixel_limit_problem(long long width, long long height) {
  if (width <= 0 || height <= 0) return "has no pixels (its header says it is empty)";
  if (width * height <= kMaxPixels) return {};
  return "is " + std::to_string(width) + " x " + std::to_string(height) + " pixels; the limit is " +
         std::to_string(kMaxPixels) + " pixels (checked before decoding; scale the picture down)";
}

std::shared_ptr<const Picture> decode_picture(std::string bytes, const std::string& path,
                                              const std::string& name, const Location& where,
                                              Diagnostics& diags) {
  auto picture = std::make_shared<Picture>();
  picture->name = name;
  std::string problem;
  int errors_before = diags.error_count();
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) {
    picture->kind = PictureKind::png;
    problem = read_png(bytes, *picture);
  } else if (starts_with(bytes, "\xFF\xD8\xFF")) {
    picture->kind = PictureKind::jpeg;
    problem = read_jpeg(bytes, *picture);
  } else if (looks_like_svg(bytes)) {
    picture->kind = PictureKind::svg;
    problem = read_svg(std::move(bytes), path, *picture, diags);
  } else {
    problem = "is not a PNG, JPEG or SVG file (its first bytes are none of theirs)";
  }
  if (!problem.empty()) diags.error(where, "image '" + name + "' " + problem);
  if (diags.error_count() > errors_before) return nullptr;
  return picture;
}

std::shared_ptr<const Picture> read_picture(const std::string& path, const std::string& name,
                                            const Location& where, Diagnostics& diags) {
  FileBytes file = read_bounded(path, kImageLimit);
  if (!file) {
    diags.error(where, "image '" + name + "' " + describe(file.problem, kImageLimit));
    return nullptr;
  }
  return decode_picture(std::move(file.bytes), path, name, where, diags);
}

}  // namespace briefing::image
