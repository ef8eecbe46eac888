#pragma once
// HarfBuzz's shaper, opened with dlopen on the thread that loads the fonts, so that the library
// (with GLib and graphite2 behind it) loads while the brief is being parsed instead of before
// main() starts. The signatures come from HarfBuzz's own headers.
#include <hb-ot.h>
#include <hb.h>

#include <string>

namespace briefing::font {

struct HarfBuzz {
  decltype(&hb_blob_create_from_file_or_fail) blob_create_from_file_or_fail;
  decltype(&hb_blob_destroy) blob_destroy;
  decltype(&hb_face_create) face_create;
  decltype(&hb_face_destroy) face_destroy;
  decltype(&hb_face_get_glyph_count) face_get_glyph_count;
  decltype(&hb_face_get_upem) face_get_upem;
  decltype(&hb_font_create) font_create;
  decltype(&hb_font_destroy) font_destroy;
  decltype(&hb_font_get_glyph_h_advance) font_get_glyph_h_advance;
  decltype(&hb_buffer_create) buffer_create;
  decltype(&hb_buffer_destroy) buffer_destroy;
  decltype(&hb_buffer_clear_contents) buffer_clear_contents;
  decltype(&hb_buffer_add_utf8) buffer_add_utf8;
  decltype(&hb_buffer_set_direction) buffer_set_direction;
  decltype(&hb_buffer_guess_segment_properties) buffer_guess_segment_properties;
  decltype(&hb_buffer_set_flags) buffer_set_flags;
  decltype(&hb_buffer_set_cluster_level) buffer_set_cluster_level;
  decltype(&hb_buffer_get_glyph_infos) buffer_get_glyph_infos;
  decltype(&hb_buffer_get_glyph_positions) buffer_get_glyph_positions;
  decltype(&hb_shape) shape;
};

// The library, loaded once per process (any thread) on the first word a run shapes; nullptr
// when it cannot be, and then no text can be set.
const HarfBuzz* harfbuzz();

// The library's file: the words kept between runs (shaper.hpp) are valid for this file only.
std::string harfbuzz_library();

}  // namespace briefing::font
