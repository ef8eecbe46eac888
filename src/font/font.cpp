#include "font/font.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H
#include FT_CID_H
#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "base/cache.hpp"
#include "base/files.hpp"
#include "base/unicode.hpp"
#include "font/manifest.hpp"
#include "font/shaper.hpp"

namespace briefing::font {
namespace {

struct LibraryCloser {
  void operator()(FT_Library library) const { FT_Done_FreeType(library); }
};
struct FaceCloser {
  void operator()(FT_Face face) const { FT_Done_Face(face); }
};
using LibraryHandle = std::unique_ptr<FT_LibraryRec_, LibraryCloser>;
using FaceHandle = std::unique_ptr<FT_FaceRec_, FaceCloser>;

// Characters that take no part in fallback: they stay in whatever face their neighbour uses.
bool is_default_ignorable(char32_t c) {
  return c == 0xAD || (c >= 0x300 && u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT));
}

bool is_mark(char32_t c) { return c >= 0x300 && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

// Controls and white space are never drawn as glyphs, so lacking them is not worth a warning.
bool needs_glyph(char32_t c) {
  return !is_default_ignorable(c) && !u_iscntrl(c) && !u_isUWhiteSpace(c);
}

// A character whose glyph must have ink: one that needs a glyph, except the braille blank,
// which is a visible character drawn as nothing.
bool needs_outline(char32_t c) { return needs_glyph(c) && c != 0x2800; }

std::string hex_code(unsigned value) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%02X", value);
  return text;
}

// Glyph index and advance (em) of one character, published once filled.
struct GlyphEntry {
  FT_UInt index = 0;
  float advance = 0;
  std::atomic<bool> filled{false};
};

// Layout asks for every character of every paragraph, so BMP characters sit in lazily allocated
// pages of 256 (two indexed loads per lookup); the rare astral ones go through a hash map.
// Layout and painting ask from two threads: a filled entry is read without a lock, and filling
// (FreeType's face is not to be used by two threads at once) happens under one.
// Each glyph is loaded once as its entry is filled, so a file whose `loca` or `glyf` is damaged
// is found out for exactly the characters a document uses, without reading the whole font: such
// a glyph counts as absent (fallback faces may draw it) and is kept for report_failures.
class GlyphCache {
 public:
  GlyphCache(FT_Face face, double units_per_em) : face_(face), units_per_em_(units_per_em) {}

  struct Damaged {
    char32_t c;
    std::string why;
  };
  std::vector<Damaged> damaged() {
    std::lock_guard lock(mutex_);
    return damaged_;
  }

  const GlyphEntry& get(char32_t c) {
    if (c < 0x10000) {
      const Page* page = pages_[c >> 8].load(std::memory_order_acquire);
      if (page && (*page)[c & 0xFF].filled.load(std::memory_order_acquire))
        return (*page)[c & 0xFF];
    }
    std::lock_guard lock(mutex_);
    GlyphEntry& entry = slot(c);
    if (!entry.filled.load(std::memory_order_relaxed)) fill(entry, c);
    return entry;
  }

 private:
  using Page = std::array<GlyphEntry, 256>;

  // Under the lock.
  GlyphEntry& slot(char32_t c) {
    if (c >= 0x10000) return astral_[c];
    std::atomic<Page*>& page = pages_[c >> 8];
    if (!page.load(std::memory_order_relaxed)) {
      owned_.push_back(std::make_unique<Page>());
      page.store(owned_.back().get(), std::memory_order_release);
    }
    return (*page.load(std::memory_order_relaxed))[c & 0xFF];
  }

  // Unscaled advances: the PDF places glyphs by their advance without kerning or hinting, so
  // the design width is exactly what will be printed.
  void fill(GlyphEntry& entry, char32_t c) {
    entry.index = FT_Get_Char_Index(face_, c);
    if (entry.index != 0) {
      if (std::string why = damage(entry.index, c); !why.empty()) {
        damaged_.push_back({c, std::move(why)});
        entry.index = 0;
      }
    }
    FT_Fixed advance = 0;
    if (entry.index == 0 || FT_Get_Advance(face_, entry.index, FT_LOAD_NO_SCALE, &advance) != 0)
      advance = 0;
    entry.advance = static_cast<float>(static_cast<double>(advance) / units_per_em_);
    entry.filled.store(true, std::memory_order_release);
  }

  // Why the glyph cannot be printed, or nothing when it can.
  std::string damage(FT_UInt index, char32_t c) {
    // A composite glyph is checked as far as its list of parts, which are glyphs of their own.
    constexpr FT_Int32 kOutlineOnly = FT_LOAD_NO_SCALE | FT_LOAD_NO_RECURSE;
    if (FT_Error error = FT_Load_Glyph(face_, index, kOutlineOnly))
      return "FreeType error " + hex_code(static_cast<unsigned>(error));
    const FT_GlyphSlot glyph = face_->glyph;
    bool inked = glyph->format == FT_GLYPH_FORMAT_COMPOSITE
                     ? glyph->num_subglyphs > 0
                     : glyph->format == FT_GLYPH_FORMAT_OUTLINE && glyph->outline.n_points > 0;
    if (needs_outline(c) && !inked) return "no outline";
    return {};
  }

  FT_Face face_;
  double units_per_em_;
  std::mutex mutex_;
  std::vector<Damaged> damaged_;
  std::array<std::atomic<Page*>, 256> pages_{};
  std::vector<std::unique_ptr<Page>> owned_;
  std::unordered_map<char32_t, GlyphEntry> astral_;  // node-based: entries never move
};

// What FreeType gives of a face, read when the face is first used: a document draws with a few
// of the faces a manifest names, and each open face holds its tables and a mapping of its file.
struct Metrics {
  FaceHandle ft;
  double ascender = 0;
  double descender = 0;
  double cap_height = 0;
  std::unique_ptr<GlyphCache> glyphs;  // null when the file could not be opened again
  std::unique_ptr<Shaper> shaper;      // null with `glyphs`
};

struct Face {
  FaceInfo info;
  std::vector<FaceId> fallbacks;  // closest style of each fallback family, in chain order
  std::once_flag opened;
  std::atomic<bool> ready{false};  // `metrics` is read: the check that layout makes per character
  Metrics metrics;
};

struct Family {
  std::string name;
  std::vector<FaceId> faces;
};

double cap_height_of(FT_Face face) {
  auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(face, FT_SFNT_OS2));
  if (os2 && os2->version >= 2 && os2->sCapHeight > 0) return os2->sCapHeight;
  // Older OS/2 tables have no cap height: the top of "H" is what it would have said.
  FT_UInt h = FT_Get_Char_Index(face, 'H');
  if (h != 0 && FT_Load_Glyph(face, h, FT_LOAD_NO_SCALE) == 0)
    return static_cast<double>(face->glyph->metrics.horiBearingY);
  return face->ascender;
}

}  // namespace

// FreeType's face for a font file, or why it has none.
struct Opened {
  FaceHandle ft;
  std::string error;
};

Opened open_face(FT_Library library, const std::string& path, unsigned index) {
  // FreeType decodes WOFF and WOFF2, but the PDF embeds the file itself as TrueType.
  std::string magic = read_head(path, 4);
  if (magic == "wOFF" || magic == "wOF2")
    return {nullptr, "'" + path + "' is a " + (magic == "wOF2" ? "WOFF2" : "WOFF") +
                         " web font, which is not supported; use the TTF/OTF"};
  FT_Face raw = nullptr;
  if (FT_Error error = FT_New_Face(library, path.c_str(), FT_Long(index), &raw)) {
    if (index > 0 && FT_New_Face(library, path.c_str(), -1, &raw) == 0) {
      long faces = raw->num_faces;
      FT_Done_Face(raw);
      return {nullptr, "'" + path + "' has " + std::to_string(faces) +
                           (faces == 1 ? " face" : " faces") + ", so no face of index " +
                           std::to_string(index)};
    }
    return {nullptr, "'" + path + "' is not a font file FreeType can open (FreeType error " +
                         hex_code(static_cast<unsigned>(error)) + ")"};
  }
  FaceHandle ft(raw);
  if (!FT_IS_SFNT(raw))
    return {nullptr, "'" + path + "' is not a TrueType or OpenType font, which the PDF embeds"};
  if (!FT_IS_SCALABLE(raw) || !raw->charmap || raw->charmap->encoding != FT_ENCODING_UNICODE)
    return {nullptr, "'" + path + "' is not a scalable font with a Unicode cmap"};
  // Without a Unicode subtable that FreeType accepts, it maps characters through the glyph
  // names instead; the PDF, which maps them through the `cmap`, would then print nothing.
  if (FT_Get_CMap_Format(raw->charmap) < 0)
    return {nullptr,
            "'" + path + "' has no Unicode 'cmap' subtable that can be read (missing or damaged)"};
  // The PDF's codes are glyph indexes (render/cid_font.hpp); a CFF font reaches its glyphs by
  // CID, so only a CID-keyed one (as CJK fonts are) can be embedded so.
  FT_Bool cid_keyed = 0;
  if (FT_ULong length = 0; FT_Load_Sfnt_Table(raw, TTAG_CFF, 0, nullptr, &length) == 0 &&
                           (FT_Get_CID_Is_Internally_CID_Keyed(raw, &cid_keyed) != 0 || !cid_keyed))
    return {nullptr, "'" + path +
                         "' has CFF outlines that are not CID-keyed, which the PDF cannot embed "
                         "by glyph; use a TrueType or CID-keyed OpenType font"};
  return {std::move(ft), {}};
}

struct FontBook::Impl {
  LibraryHandle library;     // declared first: destroyed after the faces that belong to it
  std::mutex library_mutex;  // FreeType opens the faces of one library one at a time
  std::vector<std::unique_ptr<Face>> faces;
  std::vector<Family> families;
  std::mutex failures_mutex;
  std::vector<Diagnostic> failures;     // faces that opened at load but not when first used
  std::filesystem::path shapes_folder;  // where shaped words are kept between runs

  const Family* family(std::string_view name) const {
    auto it = std::find_if(families.begin(), families.end(),
                           [&](const Family& f) { return f.name == name; });
    return it == families.end() ? nullptr : &*it;
  }

  // A missing weight matters more than a missing slant: bold italic falls back to bold.
  FaceId closest(const Family& family, bool bold, bool italic) const {
    auto distance = [&](FaceId id) {
      const FaceInfo& info = faces[id]->info;
      return (info.bold != bold) * 2 + (info.italic != italic);
    };
    return *std::min_element(family.faces.begin(), family.faces.end(),
                             [&](FaceId a, FaceId b) { return distance(a) < distance(b); });
  }

  // The face's metrics, read on its first use from whichever thread uses it first.
  const Metrics& metrics(FaceId id) {
    Face& face = *faces[id];
    if (!face.ready.load(std::memory_order_acquire)) {
      std::call_once(face.opened, [&] {
        face.metrics = read_metrics(face.info);
        face.ready.store(true, std::memory_order_release);
      });
    }
    return face.metrics;
  }

  const GlyphEntry& glyph(FaceId face, char32_t c) {
    static const GlyphEntry none{};
    const Metrics& m = metrics(face);
    return m.glyphs ? m.glyphs->get(c) : none;
  }

  // The face that draws `c` when `preferred` is asked for and the previous character went to
  // `previous` (-1 when no face has it), and the glyph found there (nullptr when none is: -1, or
  // an invisible character kept with the previous face).
  std::pair<FaceId, const GlyphEntry*> pick(FaceId preferred, char32_t c, FaceId previous) {
    if (previous >= 0 && (is_default_ignorable(c) || is_mark(c))) {
      if (const GlyphEntry& entry = glyph(previous, c); entry.index) return {previous, &entry};
    }
    if (const GlyphEntry& entry = glyph(preferred, c); entry.index) return {preferred, &entry};
    for (FaceId fallback : faces[preferred]->fallbacks)
      if (const GlyphEntry& entry = glyph(fallback, c); entry.index) return {fallback, &entry};
    if (previous >= 0 && is_default_ignorable(c)) return {previous, nullptr};
    return {-1, nullptr};
  }

  bool check(const ManifestFace& declared, Diagnostics& diags);
  Metrics read_metrics(const FaceInfo& info);
  void link_fallbacks(const std::vector<FallbackFamily>& chain);
};

// Every face is opened once at load, so that a bad file is an error at its manifest line, and
// closed again until a document uses it.
bool FontBook::Impl::check(const ManifestFace& declared, Diagnostics& diags) {
  ReadProblem problem = check_readable(declared.path, kFontLimit);
  if (problem == ReadProblem::cannot_open) {
    diags.error(declared.where, "cannot read font file '" + declared.path + "'");
    return false;
  }
  if (problem != ReadProblem::none) {
    diags.error(declared.where,
                "font file '" + declared.path + "' " + describe(problem, kFontLimit));
    return false;
  }
  Opened opened = open_face(library.get(), declared.path, declared.index);
  if (!opened.ft) diags.error(declared.where, opened.error);
  return opened.ft != nullptr;
}

Metrics FontBook::Impl::read_metrics(const FaceInfo& info) {
  Opened opened;
  {
    std::lock_guard lock(library_mutex);
    opened = open_face(library.get(), info.path, info.index);
  }
  Metrics m;
  if (!opened.ft) {
    std::lock_guard lock(failures_mutex);
    failures.push_back({Severity::error, info.declared,
                        opened.error + ", though it could when the fonts were loaded"});
    return m;
  }
  m.shaper = std::make_unique<Shaper>(info.path, info.index, shapes_folder);
  FT_Face raw = opened.ft.get();
  double units = raw->units_per_EM;
  m.ascender = raw->ascender / units;
  m.descender = raw->descender / units;
  m.cap_height = cap_height_of(raw) / units;
  m.glyphs = std::make_unique<GlyphCache>(raw, units);
  m.ft = std::move(opened.ft);
  return m;
}

void FontBook::Impl::link_fallbacks(const std::vector<FallbackFamily>& chain) {
  for (auto& face : faces) {
    for (const FallbackFamily& entry : chain) {
      const Family* fallback = family(entry.name);
      const auto& served = entry.only_for;
      if (!served.empty() &&
          std::find(served.begin(), served.end(), face->info.family) == served.end())
        continue;
      if (fallback && fallback->name != face->info.family)
        face->fallbacks.push_back(closest(*fallback, face->info.bold, face->info.italic));
    }
  }
}

namespace {

// One message per face, naming the first few characters: a damaged `loca` spoils every glyph.
std::string damaged_message(const FaceInfo& info, const std::vector<GlyphCache::Damaged>& damaged) {
  constexpr std::size_t kNamed = 5;
  std::string message = "'" + info.path + "' is damaged: the glyph of ";
  for (std::size_t i = 0; i < damaged.size() && i < kNamed; ++i) {
    std::string character;
    append_utf8(character, damaged[i].c);
    message += (i > 0 ? ", " : "") + std::string("'") + character + "' (" +
               code_point_name(damaged[i].c) + ": " + damaged[i].why + ")";
  }
  if (damaged.size() > kNamed)
    message += " and of " + std::to_string(damaged.size() - kNamed) + " more characters";
  return message + ", which the document uses, cannot be printed";
}

}  // namespace

FontBook::FontBook() : impl_(std::make_unique<Impl>()) {}
FontBook::~FontBook() = default;

std::unique_ptr<FontBook> FontBook::load(const std::string& manifest_path, Diagnostics& diags,
                                         const std::vector<std::string>& folders) {
  std::optional<Manifest> manifest = read_manifest(manifest_path, diags);
  if (!manifest) return nullptr;
  if (!folders.empty() && !check_confined(*manifest, folders, diags)) return nullptr;
  std::unique_ptr<FontBook> book(new FontBook());
  Impl& impl = *book->impl_;
  FT_Library library = nullptr;
  if (FT_Init_FreeType(&library) != 0) {
    diags.error({manifest_path}, "cannot initialise FreeType");
    return nullptr;
  }
  impl.library.reset(library);
  bool ok = true;
  for (const ManifestFamily& declared : manifest->families) {
    Family family{declared.name, {}};
    for (const ManifestFace& face : declared.faces) {
      if (!impl.check(face, diags)) {
        ok = false;
        continue;
      }
      impl.faces.push_back(std::make_unique<Face>());
      impl.faces.back()->info = {declared.name, face.bold,  face.italic,
                                 face.path,     face.index, face.where};
      family.faces.push_back(static_cast<FaceId>(impl.faces.size() - 1));
    }
    impl.families.push_back(std::move(family));
  }
  if (!ok) return nullptr;
  impl.shapes_folder = cache_folder();
  impl.link_fallbacks(manifest->fallback);
  return book;
}

FaceId FontBook::face(std::string_view family, bool bold, bool italic) const {
  const Family* found = impl_->family(family);
  return found ? impl_->closest(*found, bold, italic) : -1;
}

bool FontBook::has_family(std::string_view family) const {
  return impl_->family(family) != nullptr;
}

const FaceInfo& FontBook::info(FaceId face) const { return impl_->faces.at(face)->info; }

int FontBook::face_count() const { return static_cast<int>(impl_->faces.size()); }

bool FontBook::has_glyph(FaceId face, char32_t c) const {
  return face >= 0 && face < face_count() && impl_->glyph(face, c).index != 0;
}

std::optional<double> FontBook::glyph_advance(FaceId face, char32_t c) const {
  if (face < 0 || face >= face_count()) return std::nullopt;
  const GlyphEntry& entry = impl_->glyph(face, c);
  if (entry.index == 0) return std::nullopt;
  return entry.advance;
}

double FontBook::advance(FaceId face, char32_t c) const {
  if (face < 0 || face >= face_count()) return 0;
  return impl_->glyph(face, c).advance;
}

double FontBook::ascender(FaceId face) const { return impl_->metrics(face).ascender; }
double FontBook::descender(FaceId face) const { return impl_->metrics(face).descender; }
double FontBook::cap_height(FaceId face) const { return impl_->metrics(face).cap_height; }

void FontBook::report_failures(Diagnostics& diags) const {
  {
    std::lock_guard lock(impl_->failures_mutex);
    for (const Diagnostic& failure : impl_->failures) diags.error(failure.where, failure.message);
  }
  for (const auto& face : impl_->faces) {
    if (!face->ready.load(std::memory_order_acquire) || !face->metrics.glyphs) continue;
    auto damaged = face->metrics.glyphs->damaged();
    if (!damaged.empty()) diags.error(face->info.declared, damaged_message(face->info, damaged));
    if (std::string failure = face->metrics.shaper->failure(); !failure.empty())
      diags.error(face->info.declared, failure);
  }
}

std::vector<FaceSpan> FontBook::segment(FaceId face, std::string_view text,
                                        std::vector<char32_t>* missing) const {
  std::vector<FaceSpan> spans;
  if (face < 0 || face >= face_count()) {
    if (!text.empty()) spans.push_back({face, std::string(text)});
    return spans;
  }
  FaceId previous = -1;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t start = pos;
    char32_t c = next_code_point(text, pos);
    Drawn drawn = draw(face, c, previous);
    if (missing && drawn.missing &&
        std::find(missing->begin(), missing->end(), c) == missing->end())
      missing->push_back(c);
    if (spans.empty() || spans.back().face != drawn.face) spans.push_back({drawn.face, {}});
    spans.back().text.append(text.substr(start, pos - start));
    previous = drawn.face;
  }
  return spans;
}

FontBook::Drawn FontBook::draw(FaceId face, char32_t c, FaceId previous) const {
  if (face < 0 || face >= face_count()) return {face, 0, false};
  auto [drawn, entry] = impl_->pick(face, c, previous);
  if (drawn < 0) return {face, 0, needs_glyph(c)};
  return {drawn, entry ? double(entry->advance) : impl_->glyph(drawn, c).advance, false};
}

double FontBook::measure(FaceId face, std::string_view text, double size,
                         std::span<const Feature> features) const {
  double width = 0;
  for (const ShapedSpan& span : set(face, text, features)) width += span.advance;
  return width * size;
}

std::span<const PlacedGlyph> FontBook::shape(FaceId face, std::string_view text,
                                             std::span<const Feature> features,
                                             Direction direction) const {
  if (face < 0 || face >= face_count() || text.empty()) return {};
  const Metrics& m = impl_->metrics(face);
  return m.shaper ? m.shaper->shape(text, features, direction) : std::span<const PlacedGlyph>{};
}

std::vector<ShapedSpan> FontBook::set(FaceId face, std::string_view text,
                                      std::span<const Feature> features) const {
  std::vector<ShapedSpan> shaped;
  for (FaceSpan& span : segment(face, text)) {
    std::span<const PlacedGlyph> glyphs = shape(span.face, span.text, features);
    double advance = 0;
    for (const PlacedGlyph& glyph : glyphs) advance += glyph.advance;
    shaped.push_back({span.face, std::move(span.text), glyphs, advance});
  }
  return shaped;
}

void FontBook::keep_shapes() const {
  for (const auto& face : impl_->faces)
    if (face->ready.load(std::memory_order_acquire) && face->metrics.shaper)
      face->metrics.shaper->keep();
}

}  // namespace briefing::font
