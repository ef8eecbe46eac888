#include "font/shaper.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>

#include "base/cache.hpp"
#include "base/files.hpp"
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

std::string word_key(std::string_view text, std::span<const Feature> features,
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

// The kept words of a face, 4-byte aligned throughout:
//   the format line and the key (what the words are valid for), padded;
//   u32 capacity (a power of two), then that many u32 slots: each 0 or the offset of a word;
//   the words: u32 hash of the word's key, u32 key length, u32 glyph count, u32 check of the
//   glyphs; the key, padded; the glyphs as in memory.
// A word is found by its hash, probing the slots that follow; a damaged entry is a miss.
constexpr std::string_view kFormat = "briefing-shapes-3\n";
// Past this many, the file starts again from the words the run shaped.
constexpr std::size_t kKeptWords = 100000;
// What is known of a slot's entry this run (0: not yet looked at).
constexpr std::uint8_t kChecked = 1, kDamaged = 2;

// The standard library's hash, which is fast; should another build of it hash differently,
// every word is a miss and is shaped again, nothing worse.
std::uint32_t hash32(std::string_view bytes) {
  std::size_t hash = std::hash<std::string_view>{}(bytes);
  return std::uint32_t(hash ^ (hash >> 32));
}

std::string_view as_bytes(std::span<const PlacedGlyph> glyphs) {
  return {reinterpret_cast<const char*>(glyphs.data()), glyphs.size_bytes()};
}

// A check of a word's glyphs, four bytes at a step: it is computed on every word found, and the
// key itself is compared whole.
std::uint32_t entry_check(std::span<const PlacedGlyph> glyphs) {
  std::string_view bytes = as_bytes(glyphs);
  std::uint32_t check = 0x811C9DC5u ^ std::uint32_t(glyphs.size());
  for (std::size_t at = 0; at + 4 <= bytes.size(); at += 4) {
    std::uint32_t word = 0;
    std::memcpy(&word, bytes.data() + at, 4);
    check = ((check ^ word) * 0x9E3779B1u) ^ (check >> 15);
  }
  return check;
}

template <typename T>
void put(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void pad(std::string& out) { out.append((4 - out.size() % 4) % 4, '\0'); }

std::uint32_t read32(std::string_view bytes, std::size_t at) {
  std::uint32_t value = 0;
  std::memcpy(&value, bytes.data() + at, sizeof value);
  return value;
}

// Whether glyphs read back could have come from HarfBuzz for a key of `key_size` bytes: a glyph
// index fits 16 bits, a cluster lies in the text, and every length is a finite number of a
// sensible size (ems). What passes the check but not this is not used either.
bool plausible(std::span<const PlacedGlyph> glyphs, std::size_t key_size) {
  constexpr float kLargest = 1000;
  auto sensible = [](float value) { return std::isfinite(value) && std::fabs(value) < kLargest; };
  return std::all_of(glyphs.begin(), glyphs.end(), [&](const PlacedGlyph& glyph) {
    return glyph.id <= 0xFFFF && glyph.cluster < key_size && sensible(glyph.advance) &&
           sensible(glyph.dx) && sensible(glyph.dy) && sensible(glyph.width);
  });
}

struct KeptWord {
  std::string_view key;
  std::span<const PlacedGlyph> glyphs;
};

// The word at `offset` of `file`, or nothing when the entry is out of bounds or damaged; an
// entry already `checked` is only bounded.
std::optional<KeptWord> word_at(std::string_view file, std::size_t offset, bool checked = false) {
  constexpr std::size_t kHead = 16;
  if (offset % 4 != 0 || offset > file.size() || file.size() - offset < kHead) return std::nullopt;
  std::size_t length = read32(file, offset + 4), count = read32(file, offset + 8);
  std::size_t key_at = offset + kHead, glyphs_at = key_at + (length + 3) / 4 * 4;
  if (length > kCacheLimit || count > kCacheLimit || glyphs_at > file.size() ||
      (file.size() - glyphs_at) / sizeof(PlacedGlyph) < count)
    return std::nullopt;
  KeptWord word{file.substr(key_at, length),
                {reinterpret_cast<const PlacedGlyph*>(file.data() + glyphs_at), count}};
  if (!checked && (read32(file, offset + 12) != entry_check(word.glyphs) ||
                   !plausible(word.glyphs, word.key.size())))
    return std::nullopt;
  return word;
}

// The words of a table in `file` (slots at `table`), for writing it again.
std::vector<KeptWord> kept_words(std::string_view file, std::string_view table) {
  std::vector<KeptWord> words;
  for (std::size_t slot = 4; slot + 4 <= table.size(); slot += 4)
    if (std::uint32_t offset = read32(table, slot))
      if (auto word = word_at(file, offset)) words.push_back(*word);
  return words;
}

std::string kept_bytes(std::string_view key, const std::vector<KeptWord>& words) {
  std::string out(kFormat);
  out += key;
  pad(out);
  std::uint32_t capacity = 16;
  while (capacity < 2 * words.size()) capacity *= 2;
  std::size_t table = out.size();
  put(out, capacity);
  out.append(std::size_t(capacity) * 4, '\0');
  for (const KeptWord& word : words) {
    std::uint32_t hash = hash32(word.key), slot = hash & (capacity - 1);
    while (read32(out, table + 4 + 4 * std::size_t(slot)) != 0) slot = (slot + 1) & (capacity - 1);
    auto offset = std::uint32_t(out.size());
    std::memcpy(out.data() + table + 4 + 4 * std::size_t(slot), &offset, 4);
    put(out, hash);
    put(out, std::uint32_t(word.key.size()));
    put(out, std::uint32_t(word.glyphs.size()));
    put(out, entry_check(word.glyphs));
    out += word.key;
    pad(out);
    out += as_bytes(word.glyphs);
  }
  return out;
}

}  // namespace

struct Shaper::HarfBuzzFont {
  const HarfBuzz* hb = nullptr;
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  double units_per_em = 1000;

  ~HarfBuzzFont() {
    if (font) hb->font_destroy(font);
    if (face) hb->face_destroy(face);
    if (blob) hb->blob_destroy(blob);
  }
};

Shaper::Shaper(std::string path, unsigned index, const std::filesystem::path& folder)
    : path_(std::move(path)), index_(index) {
  std::string font_stamp = file_stamp(path_);
  std::string library_stamp = file_stamp(harfbuzz_library());
  if (folder.empty() || font_stamp.empty() || library_stamp.empty()) return;
  key_ = path_ + "\n" + font_stamp + "\n" + std::to_string(index_) + "\n" + library_stamp + "\n";
  char name[40];
  std::snprintf(name, sizeof name, "shapes-%016zx.bin", std::hash<std::string>{}(key_));
  file_ = folder / name;
  kept_ = std::make_unique<MappedFile>(file_);
  std::string_view bytes = kept_->bytes();
  std::size_t table = (kFormat.size() + key_.size() + 3) / 4 * 4;
  if (!bytes.starts_with(kFormat) || bytes.substr(kFormat.size(), key_.size()) != key_ ||
      bytes.size() < table + 4)
    return;  // another format, or a hash collision
  std::size_t capacity = read32(bytes, table);
  if (capacity == 0 || (capacity & (capacity - 1)) != 0 ||
      (bytes.size() - table - 4) / 4 < capacity)
    return;
  table_ = bytes.substr(table, 4 + 4 * capacity);
  // calloc: a large table's states are pages the kernel gives zeroed, touched only where used.
  slot_states_.reset(static_cast<std::uint8_t*>(std::calloc(capacity, 1)));
  if (!slot_states_) table_ = {};
}

Shaper::~Shaper() = default;

std::string Shaper::kept_header() const {
  if (file_.empty()) return {};
  std::string header(kFormat);
  header += key_;
  pad(header);
  return header;
}

void Shaper::FreeStates::operator()(std::uint8_t* states) const { std::free(states); }

std::optional<std::span<const PlacedGlyph>> Shaper::find_kept(std::string_view key) const {
  if (table_.empty()) return std::nullopt;
  std::uint32_t capacity = read32(table_, 0), hash = hash32(key);
  for (std::uint32_t probe = 0, slot = hash & (capacity - 1); probe < capacity;
       ++probe, slot = (slot + 1) & (capacity - 1)) {
    std::uint32_t offset = read32(table_, 4 + 4 * std::size_t(slot));
    if (offset == 0) return std::nullopt;
    std::string_view file = kept_->bytes();
    if (std::size_t(offset) + 4 <= file.size() && read32(file, offset) != hash) continue;
    // A word found is checked once: layout asks for the same words again and again.
    std::atomic_ref<std::uint8_t> state(slot_states_.get()[slot]);
    std::uint8_t known = state.load(std::memory_order_relaxed);
    if (known == kDamaged) continue;
    auto word = word_at(file, offset, known == kChecked);
    if (known == 0) state.store(word ? kChecked : kDamaged, std::memory_order_relaxed);
    if (word && word->key == key) return word->glyphs;
  }
  return std::nullopt;
}

void Shaper::keep() const {
  std::lock_guard lock(mutex_);
  if (file_.empty() || !added_) return;
  std::vector<KeptWord> words;
  if (shaped_.size() < kKeptWords) words = kept_words(kept_->bytes(), table_);
  if (words.size() + shaped_.size() > kKeptWords) words.clear();
  for (const auto& [key, glyphs] : shaped_) words.push_back({key, glyphs});
  if (replace_cache_file(file_, kept_bytes(key_, words))) added_ = false;
}

const Shaper::HarfBuzzFont* Shaper::font() const {
  std::call_once(opened_, [&] {
    const HarfBuzz* hb = harfbuzz();
    if (!hb) {
      failure_ = "cannot load HarfBuzz (" + harfbuzz_library() + "), which shapes the text";
      return;
    }
    auto opened = std::make_unique<HarfBuzzFont>();
    opened->hb = hb;
    opened->blob = hb->blob_create_from_file_or_fail(path_.c_str());
    if (opened->blob) opened->face = hb->face_create(opened->blob, index_);
    if (!opened->face || hb->face_get_glyph_count(opened->face) == 0) {
      failure_ = "HarfBuzz cannot read '" + path_ + "' to shape text with it";
      return;
    }
    opened->units_per_em = hb->face_get_upem(opened->face);
    // The default scale is the em in font units, so positions are exact integers of the design.
    opened->font = hb->font_create(opened->face);
    font_ = std::move(opened);
  });
  return font_.get();
}

std::string Shaper::failure() const {
  std::lock_guard lock(mutex_);
  return failure_;
}

std::span<const PlacedGlyph> Shaper::shape(std::string_view text, std::span<const Feature> features,
                                           Direction direction) const {
  std::string key = word_key(text, features, direction);
  if (auto kept = find_kept(key)) return *kept;
  {
    std::lock_guard lock(mutex_);
    if (auto it = shaped_.find(key); it != shaped_.end()) return it->second;
  }
  const HarfBuzzFont* opened = font();
  if (!opened) return {};
  const HarfBuzz* hb = opened->hb;
  hb_buffer_t* buffer = thread_buffer();
  hb->buffer_clear_contents(buffer);
  hb->buffer_add_utf8(buffer, text.data(), int(text.size()), 0, int(text.size()));
  if (direction != Direction::automatic)
    hb->buffer_set_direction(buffer,
                             direction == Direction::rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  hb->buffer_guess_segment_properties(buffer);
  // Soft hyphens, joiners and variation selectors steer shaping but leave no glyph.
  hb->buffer_set_flags(buffer, HB_BUFFER_FLAG_REMOVE_DEFAULT_IGNORABLES);
  // Marks keep clusters of their own where the font allows, so that each glyph copies out as
  // the characters it draws.
  hb->buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  std::vector<hb_feature_t> settings;
  settings.reserve(features.size());
  for (const Feature& feature : features)
    settings.push_back(
        {tag_of(feature), feature.value, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END});
  hb->shape(opened->font, buffer, settings.data(), unsigned(settings.size()));
  unsigned count = 0;
  const hb_glyph_info_t* infos = hb->buffer_get_glyph_infos(buffer, &count);
  const hb_glyph_position_t* positions = hb->buffer_get_glyph_positions(buffer, &count);
  std::vector<PlacedGlyph> glyphs(count);
  auto em = [&](hb_position_t units) { return float(double(units) / opened->units_per_em); };
  for (unsigned i = 0; i < count; ++i) {
    hb_codepoint_t id = infos[i].codepoint;
    glyphs[i] = {id,
                 em(positions[i].x_advance),
                 em(positions[i].x_offset),
                 em(positions[i].y_offset),
                 infos[i].cluster,
                 em(hb->font_get_glyph_h_advance(opened->font, id))};
  }
  std::lock_guard lock(mutex_);
  added_ = true;
  // Another thread may have shaped the same word meanwhile: the first one stays.
  return shaped_.emplace(std::move(key), std::move(glyphs)).first->second;
}

}  // namespace briefing::font
