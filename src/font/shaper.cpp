#include "font/shaper.hpp"

#include "font/harfbuzz.hpp"

namespace briefing::font {

namespace {

struct BufferDestroy {
  void operator()(hb_buffer_t* buffer) const { harfbuzz()->buffer_destroy(buffer); }
};

// One buffer per thread, reused: layout shapes thousands of words.
hb_buffer_t* thread_buffer() {
  thread_local std::unique_ptr<hb_buffer_t, BufferDestroy> buffer(harfbuzz()->buffer_create());
  return buffer.get();
}

hb_tag_t tag_of(const Feature& feature) {
  return HB_TAG(feature.tag[0], feature.tag[1], feature.tag[2], feature.tag[3]);
}

std::string cache_key(std::string_view text, std::span<const Feature> features,
                      Direction direction) {
  std::string key;
  key.reserve(text.size() + 2 + features.size() * 8);
  key += char('0' + static_cast<int>(direction));
  for (const Feature& feature : features) {
    key.append(feature.tag.data(), feature.tag.size());
    key.append(reinterpret_cast<const char*>(&feature.value), sizeof feature.value);
  }
  key += '\0';
  key += text;
  return key;
}

}  // namespace

std::unique_ptr<Shaper> Shaper::open(const std::string& path, unsigned index) {
  const HarfBuzz* hb = harfbuzz();
  if (!hb) return nullptr;
  std::unique_ptr<Shaper> shaper(new Shaper());
  shaper->blob_ = hb->blob_create_from_file_or_fail(path.c_str());
  if (!shaper->blob_) return nullptr;
  shaper->face_ = hb->face_create(shaper->blob_, index);
  shaper->glyph_count_ = hb->face_get_glyph_count(shaper->face_);
  if (shaper->glyph_count_ == 0) return nullptr;
  shaper->units_per_em_ = hb->face_get_upem(shaper->face_);
  // The default scale is the em in font units, so positions are exact integers of the design.
  shaper->font_ = hb->font_create(shaper->face_);
  return shaper;
}

Shaper::~Shaper() {
  const HarfBuzz* hb = harfbuzz();
  if (font_) hb->font_destroy(font_);
  if (face_) hb->face_destroy(face_);
  if (blob_) hb->blob_destroy(blob_);
}

std::vector<PlacedGlyph> Shaper::shape(std::string_view text, std::span<const Feature> features,
                                       Direction direction) const {
  std::string key = cache_key(text, features, direction);
  {
    std::lock_guard lock(mutex_);
    if (auto it = shaped_.find(key); it != shaped_.end()) return it->second;
  }
  std::vector<PlacedGlyph> glyphs = shape_uncached(text, features, direction);
  std::lock_guard lock(mutex_);
  shaped_.emplace(std::move(key), glyphs);
  return glyphs;
}

std::vector<PlacedGlyph> Shaper::shape_uncached(std::string_view text,
                                                std::span<const Feature> features,
                                                Direction direction) const {
  const HarfBuzz* hb = harfbuzz();
  hb_buffer_t* buffer = thread_buffer();
  hb->buffer_clear_contents(buffer);
  hb->buffer_add_utf8(buffer, text.data(), int(text.size()), 0, int(text.size()));
  if (direction != Direction::automatic)
    hb->buffer_set_direction(buffer, direction == Direction::rtl ? HB_DIRECTION_RTL
                                                                 : HB_DIRECTION_LTR);
  hb->buffer_guess_segment_properties(buffer);
  // Soft hyphens, joiners and variation selectors steer shaping but leave no glyph.
  hb->buffer_set_flags(buffer, HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES);
  // Marks keep clusters of their own where the font allows, so that each glyph copies out as
  // the characters it draws.
  hb->buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  std::vector<hb_feature_t> settings;
  settings.reserve(features.size());
  for (const Feature& feature : features)
    settings.push_back({tag_of(feature), feature.value, HB_FEATURE_GLOBAL_START,
                        HB_FEATURE_GLOBAL_END});
  hb->shape(font_, buffer, settings.data(), unsigned(settings.size()));
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb->buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb->buffer_get_glyph_positions(buffer, &count);
  std::vector<PlacedGlyph> glyphs(count);
  auto em = [&](hb_position_t units) { return float(double(units) / units_per_em_); };
  for (unsigned i = 0; i < count; ++i) {
    glyphs[i] = {infos[i].codepoint, em(positions[i].x_advance), em(positions[i].x_offset),
                 em(positions[i].y_offset), infos[i].cluster};
  }
  return glyphs;
}

double Shaper::advance(std::uint32_t glyph) const {
  return double(harfbuzz()->font_get_glyph_h_advance(font_, glyph)) / units_per_em_;
}

}  // namespace briefing::font
