#include "render/subset.hpp"

#include <hb-subset.h>
#include <hb.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <memory>
#include <string>
#include <string_view>

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

// The tables libharu 2.3.0 copies into the PDF (hinting aside); layout tables such as GSUB and GPOS
// are never embedded, and leaving them out spares HarfBuzz their closure.
constexpr std::array<std::string_view, 10> kEmbedded = {"OS/2", "cmap", "glyf", "head", "hhea",
                                                        "hmtx", "loca", "maxp", "name", "post"};

// Everything else is dropped, and so are hinting instructions: a PDF for print is rasterised at
// printer resolution, where TrueType hinting does nothing, and viewers hint on their own.
void keep_only_embedded(hb_face_t* face, hb_subset_input_t* input) {
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  hb_set_clear(drop);
  std::array<hb_tag_t, 64> tags{};
  unsigned offset = 0, count = tags.size();
  do {
    count = tags.size();
    hb_face_get_table_tags(face, offset, &count, tags.data());
    for (unsigned i = 0; i < count; ++i) {
      char name[4];
      hb_tag_to_string(tags[i], name);
      std::string_view tag(name, 4);
      if (std::find(kEmbedded.begin(), kEmbedded.end(), tag) == kEmbedded.end())
        hb_set_add(drop, tags[i]);
    }
    offset += count;
  } while (count == tags.size());
}

}  // namespace

MemoryFiles::~MemoryFiles() {
  for (int fd : descriptors_) ::close(fd);
}

std::string MemoryFiles::add(std::string_view bytes) {
  int fd = ::memfd_create("briefing-font", MFD_CLOEXEC);
  if (fd < 0) return {};
  descriptors_.push_back(fd);
  for (std::size_t done = 0; done < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return {};
    done += static_cast<std::size_t>(n);
  }
  return "/proc/self/fd/" + std::to_string(fd);
}

std::string subset_font(const std::string& path, const std::set<char32_t>& chars) {
  Blob blob(hb_blob_create_from_file_or_fail(path.c_str()));
  if (!blob) return {};
  // HarfBuzz reads anything as a face; one without glyphs is not a font.
  Face face(hb_face_create(blob.get(), 0));
  if (hb_face_get_glyph_count(face.get()) == 0) return {};
  Input input(hb_subset_input_create_or_fail());
  if (!input) return {};
  keep_only_embedded(face.get(), input.get());
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
