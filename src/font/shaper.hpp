#pragma once
// One face's HarfBuzz font and the words it has shaped. A document repeats its words thousands of
// times, so each (text, features, direction) is shaped once per run and then copied.
#include <hb.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/page.hpp"
#include "font/font.hpp"

namespace briefing::font {

class Shaper {
 public:
  // The face `index` of the file at `path`; nullptr when HarfBuzz cannot be loaded or finds no
  // glyphs there.
  static std::unique_ptr<Shaper> open(const std::string& path, unsigned index);
  ~Shaper();
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  // Safe from several threads: HarfBuzz fonts are immutable once made.
  std::vector<PlacedGlyph> shape(std::string_view text, std::span<const Feature> features,
                                 Direction direction) const;
  // The glyph's advance in em without kerning: what the PDF's font declares for it.
  double advance(std::uint32_t glyph) const;
  std::uint32_t glyph_count() const { return glyph_count_; }

 private:
  Shaper() = default;
  std::vector<PlacedGlyph> shape_uncached(std::string_view text,
                                          std::span<const Feature> features,
                                          Direction direction) const;

  hb_blob_t* blob_ = nullptr;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  double units_per_em_ = 1000;
  std::uint32_t glyph_count_ = 0;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::vector<PlacedGlyph>> shaped_;
};

}  // namespace briefing::font
