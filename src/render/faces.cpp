#include "render/faces.hpp"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <variant>

#include "base/files.hpp"
#include "base/unicode.hpp"
#include "render/cid_font.hpp"
#include "render/subset.hpp"

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
                          " lies beyond the Basic Multilingual Plane, which the PDF's fonts cannot "
                          "encode; a space is printed instead");
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

// The program to embed: the subset HarfBuzz makes (or the cache holds), else the whole file.
std::string program_of(const FontFile& file, std::string& error) {
  std::string subset = subset_font(file.path, file.chars, SubsetCache::shared());
  if (!subset.empty()) return subset;
  errno = 0;
  auto whole = read_file(file.path);
  if (!whole) {
    error = std::string("cannot open the file (") + std::strerror(errno ? errno : EIO) + ")";
    return {};
  }
  return std::move(*whole);
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
                                   Diagnostics& diags) {
  CidFontWriter writer(pdf.get());
  std::vector<HPDF_Font> fonts;
  for (const FontFile& file : files) {
    std::string error;
    std::string program = program_of(file, error);
    HPDF_Font font = program.empty() ? nullptr : writer.add(program, file.chars, error);
    if (!font || pdf.error()) {
      auto e = pdf.error();
      diags.error(file.declared,
                  "cannot embed font '" + file.path + "': " + (e ? describe(*e) : error));
      return {};
    }
    fonts.push_back(font);
  }
  return fonts;
}

}  // namespace briefing::render
