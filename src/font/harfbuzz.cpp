#include "font/harfbuzz.hpp"

#include <dlfcn.h>

#include <optional>

namespace briefing::font {

namespace {

// HarfBuzz keeps soname 0 for every release; the folder is the one the build found it in.
constexpr const char* kLibrary = BRIEFING_HARFBUZZ_LIBDIR "/libharfbuzz.so.0";

template <typename Function>
bool find(void* library, const char* name, Function& function) {
  function = reinterpret_cast<Function>(::dlsym(library, name));
  return function != nullptr;
}

std::optional<HarfBuzz> load() {
  void* library = ::dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL);
  if (!library) return std::nullopt;
  HarfBuzz hb{};
#define BRIEFING_FIND(name) find(library, "hb_" #name, hb.name)
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
  // Kept loaded for the rest of the process even when incomplete: unloading GLib is not safe.
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
