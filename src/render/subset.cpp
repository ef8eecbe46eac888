#include "render/subset.hpp"

#include <hb-subset.h>
#include <hb.h>
#include <stdlib.h>

#include <memory>
#include <system_error>

namespace briefing::render {

namespace {

template <auto destroy>
struct HbRelease {
  template <typename T>
  void operator()(T* object) const {
    destroy(object);
  }
};

using Blob = std::unique_ptr<hb_blob_t, HbRelease<hb_blob_destroy>>;
using Face = std::unique_ptr<hb_face_t, HbRelease<hb_face_destroy>>;
using Input = std::unique_ptr<hb_subset_input_t, HbRelease<hb_subset_input_destroy>>;

}  // namespace

ScratchDir::ScratchDir() {
  std::error_code ec;
  auto base = std::filesystem::temp_directory_path(ec);
  if (ec) return;
  std::string pattern = (base / "briefing-fonts-XXXXXX").string();
  if (mkdtemp(pattern.data())) path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  if (ok()) std::filesystem::remove_all(path_, ignored);
}

std::string subset_font(const std::string& path, const std::set<char32_t>& chars) {
  Blob blob(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!blob) return {};
  // HarfBuzz reads anything as a face; one without glyphs is not a font.
  Face face(hb_face_create(blob.get(), 0));
  if (hb_face_get_glyph_count(face.get()) == 0) return {};
  Input input(hb_subset_input_create_or_fail());
  if (!input) return {};
  hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
  for (char32_t c : chars) hb_set_add(unicodes, c);
  Face subset(hb_subset_or_fail(face.get(), input.get()));
  if (!subset) return {};
  Blob bytes(hb_face_reference_blob(subset.get()));
  unsigned length = 0;
  const char* data = hb_blob_get_data(bytes.get(), &length);
  return std::string(data, length);
}

}  // namespace briefing::render
