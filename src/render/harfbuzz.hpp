#pragma once
// HarfBuzz's subsetter, loaded the first time a font has to be subset. Subsets are cached
// (subset.hpp), so most runs never need it, and loading it costs more than the rest of the
// embedding: libharfbuzz-subset brings HarfBuzz, GLib, graphite2 and PCRE2, 1 ms and 2 MiB of a
// 20 ms run (bench/). The signatures come from HarfBuzz's own headers.
#include <hb-subset.h>
#include <hb.h>

namespace briefing::render {

struct HarfBuzz {
  decltype(&hb_blob_create_from_file_or_fail) blob_create_from_file_or_fail;
  decltype(&hb_blob_destroy) blob_destroy;
  decltype(&hb_blob_get_data) blob_get_data;
  decltype(&hb_face_create) face_create;
  decltype(&hb_face_destroy) face_destroy;
  decltype(&hb_face_get_glyph_count) face_get_glyph_count;
  decltype(&hb_face_get_table_tags) face_get_table_tags;
  decltype(&hb_face_reference_blob) face_reference_blob;
  decltype(&hb_set_add) set_add;
  decltype(&hb_set_clear) set_clear;
  decltype(&hb_subset_input_create_or_fail) subset_input_create_or_fail;
  decltype(&hb_subset_input_destroy) subset_input_destroy;
  decltype(&hb_subset_input_set) subset_input_set;
  decltype(&hb_subset_input_set_flags) subset_input_set_flags;
  decltype(&hb_subset_input_glyph_set) subset_input_glyph_set;
  decltype(&hb_subset_plan_create_or_fail) subset_plan_create_or_fail;
  decltype(&hb_subset_plan_destroy) subset_plan_destroy;
  decltype(&hb_subset_plan_execute_or_fail) subset_plan_execute_or_fail;
  decltype(&hb_subset_plan_old_to_new_glyph_mapping) subset_plan_old_to_new_glyph_mapping;
  decltype(&hb_map_get) map_get;
};

// The library, loaded once per process (any thread); nullptr when it cannot be, and then fonts
// are embedded whole.
const HarfBuzz* harfbuzz();

}  // namespace briefing::render
