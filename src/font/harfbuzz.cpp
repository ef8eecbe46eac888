#include "font/harfbuzz.hpp"

#include <optional>

#include "base/library.hpp"

namespace briefing::font {

namespace {

// HarfBuzz keeps soname 0 for every release; the folder is the one the build found it in.
constexpr const char* kLibrary = BRIEFING_HARFBUZZ_LIBDIR "/libharfbuzz.so.0";

std::optional<HarfBuzz> load() {
  Library library(kLibrary);
  if (!library) return std::nullopt;
  HarfBuzz hb{};
#define BRIEFING_FIND(name) library.find("hb_" #name, hb.name)
  bool found = BRIEFING_FIND(blob_create_from_file_or_fail) && BRIEFING_FIND(blob_destroy) &&
               BRIEFING_FIND(face_create) && BRIEFING_FIND(face_destroy) &&
               BRIEFING_FIND(face_get_glyph_count) && BRIEFING_FIND(face_get_upem) &&
               BRIEFING_FIND(font_create) && BRIEFING_FIND(font_destroy) &&
               BRIEFING_FIND(font_get_glyph_h_advance) && BRIEFING_FIND(buffer_create) &&
               BRIEFING_FIND(buffer_destroy) && BRIEFING_FIND(buffer_clear_contents) &&
               BRIEFING_FIND(buffer_add_utf8) && BRIEFING_FIND(buffer_set_direction) &&
               BRIEFING_FIND(buffer_guess_segment_properties) && BRIEFING_FIND(buffer_set_flags) &&
               BRIEFING_FIND(buffer_set_cluster_level) && BRIEFING_FIND(buffer_get_glyph_infos) &&
               BRIEFING_FIND(buffer_get_glyph_positions) && BRIEFING_FIND(shape);
#undef BRIEFING_FIND
  if (!found) return std::nullopt;
  return hb;
}

}  // namespace

std::string harfbuzz_library() { return kLibrary; }

const HarfBuzz* harfbuzz() {
  static const std::optional<HarfBuzz> loaded = load();
  return loaded ? &*loaded : nullptr;
}

}  // namespace briefing::font
