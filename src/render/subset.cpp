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
constexpr std::array<std::string_view, 10> kEmbedded = {"OS/2", "cmap", "glyf", "head", "hhea",
                                                        "hmtx", "loca", "maxp", "name", "post"};

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

std::string make_subset(const std::string& path, const std::set<char32_t>& chars) {
  const HarfBuzz* hb = harfbuzz();
  if (!hb) return {};
  auto owned = [](auto* object, auto destroy) {
    return std::unique_ptr<std::remove_pointer_t<decltype(object)>, decltype(destroy)>(object,
                                                                                       destroy);
  };
  auto blob = owned(hb->blob_create_from_file_or_fail(path.c_str()), hb->blob_destroy);
  if (!blob) return {};
  // HarfBuzz reads anything as a face; one without glyphs is not a font.
  auto face = owned(hb->face_create(blob.get(), 0), hb->face_destroy);
  if (hb->face_get_glyph_count(face.get()) == 0) return {};
  auto input = owned(hb->subset_input_create_or_fail(), hb->subset_input_destroy);
  if (!input) return {};
  keep_only_embedded(*hb, face.get(), input.get());
  hb_set_t* unicodes = hb->subset_input_unicode_set(input.get());
  for (char32_t c : chars) hb->set_add(unicodes, c);
  auto subset = owned(hb->subset_or_fail(face.get(), input.get()), hb->face_destroy);
  if (!subset) return {};
  auto bytes = owned(hb->face_reference_blob(subset.get()), hb->blob_destroy);
  unsigned length = 0;
  const char* data = hb->blob_get_data(bytes.get(), &length);
  return std::string(data, length);
}

constexpr std::string_view kFormat = "briefing-subset-1\n";
constexpr std::size_t kKept = 64;

// "crc32 N bytes M": of the subset that follows.
std::string checksum_line(std::string_view subset) {
  auto crc =
      crc32(0, reinterpret_cast<const Bytef*>(subset.data()), static_cast<uInt>(subset.size()));
  return "crc32 " + std::to_string(crc) + " bytes " + std::to_string(subset.size()) + "\n";
}

// Characters as hexadecimal ranges: "20-7e,a0,c0-17f".
std::string ranges(const std::set<char32_t>& chars) {
  std::string out;
  char buffer[24];
  for (auto it = chars.begin(); it != chars.end();) {
    char32_t first = *it, last = first;
    while (++it != chars.end() && *it == last + 1) last = *it;
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

std::string SubsetCache::key(const std::string& path, const std::set<char32_t>& chars) {
  std::string stamp = file_stamp(path);
  if (stamp.empty()) return {};
  return path + "\n" + stamp + "\n" + ranges(chars) + "\n";
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

std::string subset_font(const std::string& path, const std::set<char32_t>& chars,
                        const SubsetCache& cache) {
  std::string key = SubsetCache::key(path, chars);
  if (auto cached = cache.find(key)) return std::move(*cached);
  std::string subset = make_subset(path, chars);
  if (!subset.empty()) cache.store(key, subset);
  return subset;
}

}  // namespace briefing::render
