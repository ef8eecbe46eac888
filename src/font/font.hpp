#pragma once
// FontBook: the only fonts the program uses, named by fonts/manifest.xml. Layout measures with it
// and the PDF renderer embeds the same files, so what is measured is what is printed.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diag.hpp"
#include "base/page.hpp"

namespace briefing::font {

// One OpenType feature setting of a style: `tag` on (1), off (0), or an alternate's number.
struct Feature {
  std::array<char, 4> tag{};
  std::uint32_t value = 1;
  bool operator==(const Feature&) const = default;
};
// "-liga,+smcp,ss01,salt=2": comma-separated; +tag or tag = on, -tag = off, tag=N = value N
// (0..65535). A tag is 1 to 4 printable ASCII characters (padded with spaces to 4, as OpenType
// does); spaces around an item are ignored. Nullopt with `error` set when malformed: an empty item,
// a space inside a tag, a tag set twice.
std::optional<std::vector<Feature>> parse_features(std::string_view text, std::string& error);

// The direction a piece of text is shaped in; automatic takes it from the text's script.
enum class Direction { automatic, ltr, rtl };

struct FaceInfo {
  std::string family;  // manifest family name ("serif", "sans", "cjk")
  bool bold = false;
  bool italic = false;
  std::string path;    // absolute path of the font file
  unsigned index = 0;  // of the face in a font collection (.ttc); 0 for a single font
  Location declared;   // where the manifest names it
};

// A piece of text that one face can draw.
struct FaceSpan {
  FaceId face = 0;
  std::string text;  // UTF-8
};

// A piece of text that one face draws, shaped.
struct ShapedSpan {
  FaceId face = 0;
  std::string text;                     // UTF-8
  std::span<const PlacedGlyph> glyphs;  // held by the FontBook, as shape()'s are
  double advance = 0;                   // em: the glyphs' advances summed
};

class FontBook {
 public:
  // Reads the manifest and opens every face it names; a missing or unreadable font file is an
  // error at the manifest line that names it. Returns nullptr on error. Faces are then closed
  // until first used, so only the faces a document draws with hold memory.
  // With `folders`, every font file must lie in one of them (check_confined); without, the
  // manifest is trusted as it is (the unit tests' own manifests).
  static std::unique_ptr<FontBook> load(const std::string& manifest_path, Diagnostics& diags,
                                        const std::vector<std::string>& folders = {});
  ~FontBook();
  FontBook(const FontBook&) = delete;
  FontBook& operator=(const FontBook&) = delete;

  // The face of `family` closest to the requested weight and slant; -1 if the family is unknown.
  FaceId face(std::string_view family, bool bold, bool italic) const;
  bool has_family(std::string_view family) const;
  const FaceInfo& info(FaceId face) const;
  int face_count() const;

  bool has_glyph(FaceId face, char32_t c) const;
  // advance(), or nullopt where the face has no glyph for `c`: one lookup for both.
  std::optional<double> glyph_advance(FaceId face, char32_t c) const;
  // Advance width in em (multiply by the type size); 0 for a character the face lacks.
  double advance(FaceId face, char32_t c) const;
  double ascender(FaceId face) const;    // em, positive
  double descender(FaceId face) const;   // em, negative
  double cap_height(FaceId face) const;  // em

  // Splits UTF-8 text into spans, each drawn by `face` or, per character, by the first face of
  // the fallback chain that has the glyph. Characters no face has are kept in the preferred
  // face's span and reported through `missing` (one entry per distinct character).
  std::vector<FaceSpan> segment(FaceId face, std::string_view text,
                                std::vector<char32_t>* missing = nullptr) const;
  // One character as segment() and advance() see it, in one lookup: the face that draws `c`
  // when `face` is asked for and the previous character went to `previous` (`face` itself where
  // none has it), its advance in em (0 where none has it), and whether segment() would report
  // it missing.
  struct Drawn {
    FaceId face;
    double advance;
    bool missing;
  };
  Drawn draw(FaceId face, char32_t c, FaceId previous) const;
  // Width in points of UTF-8 text set in `face` at `size`, fallback faces included, as shaped.
  double measure(FaceId face, std::string_view text, double size,
                 std::span<const Feature> features = {}) const;

  // Glyphs of `text` in `face` alone, by HarfBuzz: kerning, ligatures and `features` applied,
  // in visual order. Each (face, text, features, direction) is shaped once per book; any thread.
  // The glyphs stay where they are for the book's life.
  std::span<const PlacedGlyph> shape(FaceId face, std::string_view text,
                                     std::span<const Feature> features = {},
                                     Direction direction = Direction::automatic) const;
  // segment() and shape() together: text that is drawn without line breaking (charts, running
  // heads, page numbers).
  std::vector<ShapedSpan> set(FaceId face, std::string_view text,
                              std::span<const Feature> features = {}) const;
  // Keeps the words this run shaped for the next runs (in the cache folder, font/shaper.hpp).
  void keep_shapes() const;

  // Errors for faces whose file could not be opened again when first used (it changed since
  // load); such a face has no glyphs. Callers report them once the measuring is done.
  void report_failures(Diagnostics& diags) const;

 private:
  FontBook();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace briefing::font
