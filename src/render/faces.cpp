#include "render/faces.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <string>
#include <utility>
#include <variant>

#include "base/unicode.hpp"
#include "render/haru_font.hpp"
#include "render/to_unicode.hpp"

namespace briefing::render {

namespace {

std::string on_page(std::size_t index) { return "page " + std::to_string(index + 1) + ": "; }

class UseScanner {
 public:
  UseScanner(const font::FontBook& fonts, Diagnostics& diags)
      : fonts_(fonts), diags_(diags), seen_(static_cast<std::size_t>(fonts.face_count())) {}

  void scan(const GlyphRun& run, std::size_t page) {
    if (run.face < 0 || run.face >= fonts_.face_count()) {
      diags_.error({}, on_page(page) + "text is set in face " + std::to_string(run.face) +
                           ", which the font book does not have");
      return;
    }
    if (run.text.empty()) return;  // drawn as nothing, so it needs no font
    auto& seen = seen_[static_cast<std::size_t>(run.face)];
    if (seen.empty()) seen.resize(kWords);
    for (std::size_t pos = 0; pos < run.text.size();) {
      char32_t c = encodable(next_code_point(run.text, pos), page);
      seen[c / 64] |= std::uint64_t{1} << (c % 64);
    }
  }

  FaceUse take() {
    FaceUse use;
    for (std::size_t face = 0; face < seen_.size(); ++face) {
      if (seen_[face].empty()) continue;
      auto& chars = use[static_cast<FaceId>(face)];
      for (std::size_t word = 0; word < kWords; ++word)
        for (std::uint64_t bits = seen_[face][word]; bits != 0; bits &= bits - 1)
          chars.insert(chars.end(), char32_t(word * 64 + std::size_t(std::countr_zero(bits))));
    }
    return use;
  }

 private:
  char32_t encodable(char32_t c, std::size_t page) {
    if (drawn_as(c) == c) return c;
    if (warned_.insert(c).second) {
      diags_.warn({}, on_page(page) + code_point_name(c) +
                          " lies beyond the Basic Multilingual Plane; libharu 2.3.0 prints a "
                          "space instead");
    }
    return drawn_as(c);
  }

  const font::FontBook& fonts_;
  Diagnostics& diags_;
  // Per face (by FaceId), a bit per BMP code point: a document draws each character thousands
  // of times; empty for a face no run uses.
  static constexpr std::size_t kWords = 0x10000 / 64;
  std::vector<std::vector<std::uint64_t>> seen_;
  std::set<char32_t> warned_;
};

// The file libharu should read: a subset in memory if HarfBuzz could make one, else the font.
std::string source_of(const FontFile& file, MemoryFiles& subsets) {
  std::string bytes = subset_font(file.path, file.chars, SubsetCache::shared());
  if (bytes.empty()) return file.path;
  std::string name = subsets.add(bytes);
  return name.empty() ? file.path : name;
}

HPDF_Font load_font(HPDF_Doc pdf, FontMaker& maker, const std::string& source,
                    const std::set<char32_t>& chars) {
  const char* name = HPDF_LoadTTFontFromFile(pdf, source.c_str(), HPDF_TRUE);
  if (!name) return nullptr;
  return maker.get(name, chars);
}

// libharu embeds only the glyphs it has measured (HPDF_Page_ShowText measures what it shows);
// the content streams are written without it, so every character drawn is measured once here.
void mark_drawn(HPDF_Font font, const std::set<char32_t>& chars) {
  std::string text;
  for (char32_t c : chars) append_utf8(text, c);
  HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(text.data()),
                      static_cast<HPDF_UINT>(text.size()));
}

}  // namespace

std::vector<FontFile> font_files(const FaceUse& use, const font::FontBook& fonts) {
  std::vector<FontFile> files;
  for (const auto& [face, chars] : use) {
    const auto& info = fonts.info(face);
    auto it = std::find_if(files.begin(), files.end(),
                           [&](const FontFile& f) { return f.path == info.path; });
    if (it == files.end())
      it = files.insert(files.end(), FontFile{info.path, info.declared, {}, {}});
    it->chars.insert(chars.begin(), chars.end());
    it->faces.push_back(face);
  }
  return files;
}

std::vector<int> file_of_face(const std::vector<FontFile>& files, const font::FontBook& fonts) {
  std::vector<int> file(static_cast<std::size_t>(fonts.face_count()), -1);
  for (std::size_t i = 0; i < files.size(); ++i)
    for (FaceId face : files[i].faces) file[static_cast<std::size_t>(face)] = static_cast<int>(i);
  return file;
}

FaceUse collect_face_use(const PagedDocument& doc, const font::FontBook& fonts,
                         Diagnostics& diags) {
  UseScanner scanner(fonts, diags);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    for (const auto& item : doc.pages[p].items) {
      if (const auto* run = std::get_if<GlyphRun>(&item)) scanner.scan(*run, p);
    }
  }
  return scanner.take();
}

std::vector<HPDF_Font> embed_fonts(HaruDoc& pdf, const std::vector<FontFile>& files,
                                   MemoryFiles& subsets, Diagnostics& diags) {
  std::vector<HPDF_Font> loaded;
  {
    FontMaker maker(pdf.get());
    for (std::size_t i = 0; i < files.size(); ++i) {
      const FontFile& file = files[i];
      HPDF_Font font = load_font(pdf.get(), maker, source_of(file, subsets), file.chars);
      if (!font || pdf.error()) {
        auto e = pdf.error();
        diags.error(file.declared, "cannot embed font '" + file.path + "'" +
                                       (e ? ": " + describe(*e) : std::string()));
        return {};
      }
      // libharu keeps one font per PostScript name: a second file of that name would be drawn
      // with the first file's glyphs.
      auto same = std::find(loaded.begin(), loaded.end(), font);
      if (same != loaded.end()) {
        diags.error(file.declared, "'" + file.path + "' has the PostScript name of '" +
                                       files[static_cast<std::size_t>(same - loaded.begin())].path +
                                       "'; a PDF can embed only one of them");
        return {};
      }
      loaded.push_back(font);
    }
  }
  // The encoder is libharu's again: the fonts can measure text.
  for (std::size_t i = 0; i < files.size(); ++i) {
    mark_drawn(loaded[i], files[i].chars);
    write_font_file(loaded[i]);
    if (!replace_to_unicode(loaded[i], identity_to_unicode_cmap(files[i].chars))) {
      diags.warn(files[i].declared, "cannot correct libharu's ToUnicode map of '" + files[i].path +
                                        "'; text copied from the PDF may come out wrong");
    }
    deflate_font_maps(loaded[i]);
  }
  return loaded;
}

}  // namespace briefing::render
