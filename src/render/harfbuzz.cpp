#include "render/harfbuzz.hpp"

#include <optional>

#include "base/library.hpp"

namespace briefing::render {

namespace {

// HarfBuzz keeps soname 0 for every release.
constexpr const char* kLibrary = "libharfbuzz-subset.so.0";

std::optional<HarfBuzz> load() {
  Library library(kLibrary);
  if (!library) return std::nullopt;
  HarfBuzz hb{};
#define BRIEFING_FIND(name) library.find("hb_" #name, hb.name)
  bool found = BRIEFING_FIND(blob_create_from_file_or_fail) && BRIEFING_FIND(blob_destroy) &&
               BRIEFING_FIND(blob_get_data) && BRIEFING_FIND(face_create) &&
               BRIEFING_FIND(face_destroy) && BRIEFING_FIND(face_get_glyph_count) &&
               BRIEFING_FIND(face_get_table_tags) && BRIEFING_FIND(face_reference_blob) &&
               BRIEFING_FIND(set_add) && BRIEFING_FIND(set_clear) &&
               BRIEFING_FIND(subset_input_create_or_fail) && BRIEFING_FIND(subset_input_destroy) &&
               BRIEFING_FIND(subset_input_set) && BRIEFING_FIND(subset_input_set_flags) &&
               BRIEFING_FIND(subset_input_glyph_set) && BRIEFING_FIND(subset_plan_create_or_fail) &&
               BRIEFING_FIND(subset_plan_destroy) && BRIEFING_FIND(subset_plan_execute_or_fail) &&
               BRIEFING_FIND(subset_plan_old_to_new_glyph_mapping) && BRIEFING_FIND(map_get);
#undef BRIEFING_FIND
  if (!found) return std::nullopt;
  return hb;
}

}  // namespace

const HarfBuzz* harfbuzz() {
  static const std::optional<HarfBuzz> loaded = load();
  return loaded ? &*loaded : nullptr;
}

}  // namespace briefing::render
