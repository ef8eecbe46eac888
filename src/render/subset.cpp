#include "render/subset.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>

#include "base/cache.hpp"
#include "base/files.hpp"
#include "render/harfbuzz.hpp"

namespace briefing::render {

namespace {

// The tables libharu 2.3.0 copies into the PDF (hinting aside); layout tables such as GSUB and GPOS
// are never embedded, and leaving them out spares HarfBuzz their closure.
// The CFF table of an OpenType font with PostScript outlines is embedded on its own (FontFile3).
constexpr std::array<std::string_view, 11> kEmbedded = {
    "OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post", "CFF "};

std::string_view tag_name(hb_tag_t tag, std::array<char, 4>& name) {
  for (int i = 0; i < 4; ++i) name[static_cast<std::size_t>(i)] = char(tag >> (24 - 8 * i));
  return {name.data(), name.size()};
}

// Everything else is dropped, and so are hinting instructions: a PDF for print is rasterised at
// printer resolution, where TrueType hinting does nothing, and viewers hint on their own.
void keep_only_embedded(const HarfBuzz& hb, hb_face_t* face, hb_subset_input_t* input) {
  hb.subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
  hb_set_t* drop = hb.subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  hb.set_clear(drop);
  std::array<hb_tag_t, 64> tags{};
  unsigned offset = 0, count = tags.size();
  do {
    count = tags.size();
    hb.face_get_table_tags(face, offset, &count, tags.data());
    for (unsigned i = 0; i < count; ++i) {
      std::array<char, 4> name;
      if (std::find(kEmbedded.begin(), kEmbedded.end(), tag_name(tags[i], name)) == kEmbedded.end())
        hb.set_add(drop, tags[i]);
    }
    offset += count;
  } while (count == tags.size());
}

Subset make_subset(const std::string& path, unsigned index,
                   const std::vector<std::uint32_t>& glyphs) {
  const HarfBuzz* hb = harfbuzz();
  if (!hb) return {};
  auto owned = [](auto* object, auto destroy) {
    return std::unique_ptr<std::remove_pointer_t<decltype(object)>, decltype(destroy)>(object,
                                                                                       destroy);
  };
  auto blob = owned(hb->blob_create_from_file_or_fail(path.c_str()), hb->blob_destroy);
  if (!blob) return {};
  // HarfBuzz reads anything as a face; one without glyphs is not a font.
  auto face = owned(hb->face_create(blob.get(), index), hb->face_destroy);
  if (hb->face_get_glyph_count(face.get()) == 0) return {};
  auto input = owned(hb->subset_input_create_or_fail(), hb->subset_input_destroy);
  if (!input) return {};
  keep_only_embedded(*hb, face.get(), input.get());
  hb_set_t* wanted = hb->subset_input_glyph_set(input.get());
  for (std::uint32_t glyph : glyphs) hb->set_add(wanted, glyph);
  auto plan =
      owned(hb->subset_plan_create_or_fail(face.get(), input.get()), hb->subset_plan_destroy);
  if (!plan) return {};
  Subset subset;
  const hb_map_t* renumbered = hb->subset_plan_old_to_new_glyph_mapping(plan.get());
  for (std::uint32_t glyph : glyphs) {
    hb_codepoint_t id = hb->map_get(renumbered, glyph);
    if (id == HB_MAP_VALUE_INVALID) return {};
    subset.ids.push_back(id);
  }
  auto made = owned(hb->subset_plan_execute_or_fail(plan.get()), hb->face_destroy);
  if (!made) return {};
  auto bytes = owned(hb->face_reference_blob(made.get()), hb->blob_destroy);
  unsigned length = 0;
  const char* data = hb->blob_get_data(bytes.get(), &length);
  subset.program.assign(data, length);
  return subset;
}

constexpr std::string_view kFormat = "briefing-subset-2\n";
constexpr std::size_t kKept = 64;

// "crc32 N bytes M": of the subset that follows.
std::string checksum_line(std::string_view subset) {
  auto crc =
      crc32(0, reinterpret_cast<const Bytef*>(subset.data()), static_cast<uInt>(subset.size()));
  return "crc32 " + std::to_string(crc) + " bytes " + std::to_string(subset.size()) + "\n";
}

// Glyph indexes as hexadecimal ranges: "20-7e,a0,c0-17f".
std::string ranges(const std::vector<std::uint32_t>& glyphs) {
  std::string out;
  char buffer[24];
  for (auto it = glyphs.begin(); it != glyphs.end();) {
    std::uint32_t first = *it, last = first;
    while (++it != glyphs.end() && *it == last + 1) last = *it;
    int n = first == last
                ? std::snprintf(buffer, sizeof buffer, "%x,", unsigned(first))
                : std::snprintf(buffer, sizeof buffer, "%x-%x,", unsigned(first), unsigned(last));
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return out;
}

}  // namespace

SubsetCache::SubsetCache(std::filesystem::path folder) : folder_(std::move(folder)) {}

const SubsetCache& SubsetCache::shared() {
  static const SubsetCache cache(cache_folder());
  return cache;
}

std::string SubsetCache::key(const std::string& path, unsigned index,
                             const std::vector<std::uint32_t>& glyphs) {
  std::string stamp = file_stamp(path);
  if (stamp.empty()) return {};
  return path + "\n" + stamp + "\n" + std::to_string(index) + "\n" + ranges(glyphs) + "\n";
}

std::filesystem::path SubsetCache::file_of(const std::string& key) const {
  char name[40];
  std::snprintf(name, sizeof name, "subset-%016zx.bin", std::hash<std::string>{}(key));
  return folder_ / name;
}

std::optional<std::string> SubsetCache::find(const std::string& key) const {
  if (folder_.empty() || key.empty()) return std::nullopt;
  auto text = read_file(file_of(key));
  if (!text) return std::nullopt;
  std::string_view rest = *text;
  if (!rest.starts_with(kFormat)) return std::nullopt;
  rest.remove_prefix(kFormat.size());
  if (!rest.starts_with(key)) return std::nullopt;
  rest.remove_prefix(key.size());
  auto end = rest.find('\n');
  if (end == std::string_view::npos) return std::nullopt;
  std::string_view checksum = rest.substr(0, end + 1), subset = rest.substr(end + 1);
  if (checksum != checksum_line(subset)) return std::nullopt;  // damaged
  return std::string(subset);
}

void SubsetCache::store(const std::string& key, std::string_view subset) const {
  if (folder_.empty() || key.empty()) return;
  std::string text;
  text.reserve(kFormat.size() + key.size() + 40 + subset.size());
  text.append(kFormat).append(key).append(checksum_line(subset)).append(subset);
  if (replace_cache_file(file_of(key), text)) prune();
}

void SubsetCache::prune() const {
  std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> kept;
  std::error_code ec;
  // Iterated with error codes: the folder may change under another process.
  for (std::filesystem::directory_iterator it(folder_, ec), end; !ec && it != end;
       it.increment(ec)) {
    auto name = it->path().filename().string();
    if (!name.starts_with("subset-") || !name.ends_with(".bin")) continue;
    std::error_code time_ec;
    auto time = it->last_write_time(time_ec);
    if (!time_ec) kept.emplace_back(time, it->path());
  }
  if (kept.size() <= kKept) return;
  std::sort(kept.begin(), kept.end());
  for (std::size_t i = 0; i + kKept < kept.size(); ++i) std::filesystem::remove(kept[i].second, ec);
}

namespace {

// A cache entry holds the new index of each glyph asked for, two bytes each, then the program.
std::string packed(const Subset& subset) {
  std::string out;
  out.reserve(2 * subset.ids.size() + subset.program.size());
  for (std::uint32_t id : subset.ids) out += char(id >> 8), out += char(id & 0xFF);
  return out + subset.program;
}

Subset unpacked(std::string_view entry, std::size_t glyphs) {
  if (entry.size() <= 2 * glyphs) return {};
  Subset subset;
  for (std::size_t i = 0; i < glyphs; ++i)
    subset.ids.push_back(std::uint32_t(std::uint8_t(entry[2 * i])) << 8 |
                         std::uint8_t(entry[2 * i + 1]));
  subset.program.assign(entry.substr(2 * glyphs));
  return subset;
}

}  // namespace

Subset subset_font(const std::string& path, unsigned index,
                   const std::vector<std::uint32_t>& glyphs, const SubsetCache& cache) {
  std::string key = SubsetCache::key(path, index, glyphs);
  if (auto cached = cache.find(key)) {
    Subset subset = unpacked(*cached, glyphs.size());
    if (!subset.program.empty()) return subset;
  }
  Subset subset = make_subset(path, index, glyphs);
  if (!subset.program.empty()) cache.store(key, packed(subset));
  return subset;
}

}  // namespace briefing::render
