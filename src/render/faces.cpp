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

// The characters each font file draws, a bit per BMP code point: a document draws each
// character thousands of times.
class CharScanner {
 public:
  CharScanner(std::size_t files, Diagnostics& diags) : diags_(diags), seen_(files) {}

  void scan(const GlyphRun& run, int file, std::size_t page) {
    if (file < 0) return;
    auto& seen = seen_[static_cast<std::size_t>(file)];
    if (seen.empty()) seen.resize(kWords);
    for (std::size_t pos = 0; pos < run.text.size();) {
      char32_t c = encodable(next_code_point(run.text, pos), page);
      seen[c / 64] |= std::uint64_t{1} << (c % 64);
    }
  }

  void fill(std::vector<FontFile>& files) const {
    for (std::size_t file = 0; file < files.size(); ++file) {
      auto& chars = files[file].chars;
      if (seen_[file].empty()) continue;
      for (std::size_t word = 0; word < kWords; ++word)
        for (std::uint64_t bits = seen_[file][word]; bits != 0; bits &= bits - 1)
          chars.insert(chars.end(), char32_t(word * 64 + std::size_t(std::countr_zero(bits))));
    }
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

  static constexpr std::size_t kWords = 0x10000 / 64;
  Diagnostics& diags_;
  std::vector<std::vector<std::uint64_t>> seen_;  // per file; empty for one no run uses
  std::set<char32_t> warned_;
};

// The program to embed: the subset HarfBuzz makes (or the cache holds), else the whole file.
std::string program_of(const FontFile& file, std::string& error) {
  std::string subset = subset_font(file.path, file.chars, SubsetCache::shared());
  if (!subset.empty()) return subset;
  errno = 0;
  FileBytes whole = read_bounded(file.path, kFontLimit);
  if (whole.problem == ReadProblem::cannot_open) {
    error = std::string("cannot open the file (") + std::strerror(errno ? errno : EIO) + ")";
    return {};
  }
  if (!whole) {
    error = describe(whole.problem, kFontLimit);
    return {};
  }
  return std::move(whole.bytes);
}

}  // namespace

std::vector<FontFile> font_files(const PagedDocument& doc, const font::FontBook& fonts,
                                 Diagnostics& diags) {
  std::vector<bool> used(static_cast<std::size_t>(fonts.face_count()));
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    for (const auto& item : doc.pages[p].items) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (!run) continue;
      if (run->face < 0 || run->face >= fonts.face_count()) {
        diags.error({}, on_page(p) + "text is set in face " + std::to_string(run->face) +
                            ", which the font book does not have");
      } else if (!run->text.empty()) {  // no text is drawn as nothing, so needs no font
        used[static_cast<std::size_t>(run->face)] = true;
      }
    }
  }
  std::vector<FontFile> files;
  for (FaceId face = 0; face < fonts.face_count(); ++face) {
    if (!used[static_cast<std::size_t>(face)]) continue;
    const auto& info = fonts.info(face);
    auto it = std::find_if(files.begin(), files.end(),
                           [&](const FontFile& f) { return f.path == info.path; });
    if (it == files.end())
      it = files.insert(files.end(), FontFile{info.path, info.declared, {}, {}});
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

void collect_chars(const PagedDocument& doc, const std::vector<int>& file_of_face,
                   std::vector<FontFile>& files, Diagnostics& diags) {
  CharScanner scanner(files.size(), diags);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    for (const auto& item : doc.pages[p].items) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (run && run->face >= 0 && static_cast<std::size_t>(run->face) < file_of_face.size())
        scanner.scan(*run, file_of_face[static_cast<std::size_t>(run->face)], p);
    }
  }
  scanner.fill(files);
}

std::vector<haru::ObjectRef> embed_fonts(HaruDoc& pdf, const std::vector<FontFile>& files,
                                         Diagnostics& diags) {
  CidFontWriter writer(pdf.ref());
  std::vector<haru::ObjectRef> fonts;
  for (const FontFile& file : files) {
    std::string error;
    std::string program = program_of(file, error);
    haru::ObjectRef font =
        program.empty() ? haru::ObjectRef{} : writer.add(program, file.chars, error);
    if (!font || pdf.error()) {
      auto e = pdf.error();
      diags.error(file.declared,
                  "cannot embed font '" + file.path + "': " + (e ? haru::describe(*e) : error));
      return {};
    }
    fonts.push_back(font);
  }
  return fonts;
}

}  // namespace briefing::render
