#include "render/faces.hpp"

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <utility>
#include <variant>

#include "base/files.hpp"
#include "render/cid_font.hpp"
#include "render/subset.hpp"

namespace briefing::render {

namespace {

std::string on_page(std::size_t index) { return "page " + std::to_string(index + 1) + ": "; }

// The glyphs each font file draws, a bit per glyph index: a document draws each glyph thousands
// of times, and only the first sighting looks up the text it copies out as.
class GlyphScanner {
 public:
  GlyphScanner(std::size_t files) : seen_(files), found_(files) {}

  void scan(const GlyphRun& run, int file) {
    if (file < 0) return;
    auto& seen = seen_[static_cast<std::size_t>(file)];
    if (seen.empty()) seen.resize(kWords);
    std::span<const PlacedGlyph> glyphs = drawn_glyphs(run, scratch_);
    for (std::size_t i = 0; i < glyphs.size(); ++i) {
      std::uint32_t id = glyphs[i].id;
      std::uint64_t bit = std::uint64_t{1} << (id % 64);
      if (seen[id / 64] & bit) continue;
      seen[id / 64] |= bit;
      found_[static_cast<std::size_t>(file)].emplace(
          id, UsedGlyph{id, pdf_width(glyphs[i].width), cluster_text(run, glyphs, i)});
    }
  }

  void fill(std::vector<FontFile>& files) {
    for (std::size_t file = 0; file < files.size(); ++file)
      for (auto& [id, glyph] : found_[file]) files[file].glyphs.push_back(std::move(glyph));
  }

 private:
  // The characters of glyph i's cluster, for the first glyph of the cluster in logical order;
  // nothing for the others (a base and its mark that the font could not compose), so that the
  // cluster copies out once.
  static std::string cluster_text(const GlyphRun& run, std::span<const PlacedGlyph> glyphs,
                                  std::size_t i) {
    std::uint32_t start = glyphs[i].cluster;
    std::size_t end = run.text.size();
    bool first = true;
    for (std::size_t k = 0; k < glyphs.size(); ++k) {
      std::uint32_t other = glyphs[k].cluster;
      if (other > start) end = std::min<std::size_t>(end, other);
      bool before_in_text = run.rtl ? k > i : k < i;
      if (other == start && before_in_text) first = false;
    }
    if (!first || start >= run.text.size()) return {};
    return run.text.substr(start, end - start);
  }

  static constexpr std::size_t kWords = 0x10000 / 64;      // glyph indexes are 16-bit
  std::vector<std::vector<std::uint64_t>> seen_;           // per file; empty for one no run uses
  std::vector<std::map<std::uint32_t, UsedGlyph>> found_;  // by id, so in order
  std::vector<PlacedGlyph> scratch_;
};

// The program to embed: the subset HarfBuzz makes (or the cache holds), else the whole file,
// whose glyphs keep their indexes.
Subset program_of(const FontFile& file, std::string& error) {
  std::vector<std::uint32_t> ids;
  ids.reserve(file.glyphs.size());
  for (const UsedGlyph& glyph : file.glyphs) ids.push_back(glyph.id);
  Subset subset = subset_font(file.path, file.index, ids, SubsetCache::shared());
  if (!subset.program.empty()) return subset;
  if (read_head(file.path, 4) == "ttcf") {
    error =
        "HarfBuzz could not cut face " + std::to_string(file.index) + " out of the font collection";
    return {};
  }
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
  return {std::move(whole.bytes), {ids.begin(), ids.end()}};
}

}  // namespace

std::vector<FontFile> font_files(const PagedDocument& doc, const font::FontBook& fonts,
                                 Diagnostics& diags) {
  std::vector<bool> used(static_cast<std::size_t>(fonts.face_count()));
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    for_each_item(doc.pages[p], [&](const Item& item) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (!run) return;
      if (run->face < 0 || run->face >= fonts.face_count()) {
        diags.error({}, on_page(p) + "text is set in face " + std::to_string(run->face) +
                            ", which the font book does not have");
      } else if (!run->text.empty()) {  // no text is drawn as nothing, so needs no font
        used[static_cast<std::size_t>(run->face)] = true;
      }
    });
  }
  std::vector<FontFile> files;
  for (FaceId face = 0; face < fonts.face_count(); ++face) {
    if (!used[static_cast<std::size_t>(face)]) continue;
    const auto& info = fonts.info(face);
    auto it = std::find_if(files.begin(), files.end(), [&](const FontFile& f) {
      return f.path == info.path && f.index == info.index;
    });
    if (it == files.end())
      it = files.insert(files.end(), FontFile{info.path, info.index, info.declared, {}, {}});
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

void collect_glyphs(const PagedDocument& doc, const std::vector<int>& file_of_face,
                    std::vector<FontFile>& files) {
  GlyphScanner scanner(files.size());
  for (const Page& page : doc.pages) {
    for_each_item(page, [&](const Item& item) {
      const auto* run = std::get_if<GlyphRun>(&item);
      if (run && run->face >= 0 && static_cast<std::size_t>(run->face) < file_of_face.size())
        scanner.scan(*run, file_of_face[static_cast<std::size_t>(run->face)]);
    });
  }
  scanner.fill(files);
}

std::vector<haru::ObjectRef> embed_fonts(HaruDoc& pdf, const std::vector<FontFile>& files,
                                         Diagnostics& diags) {
  CidFontWriter writer(pdf.ref());
  std::vector<haru::ObjectRef> fonts;
  for (const FontFile& file : files) {
    std::string error;
    Subset program = program_of(file, error);
    haru::ObjectRef font = program.program.empty()
                               ? haru::ObjectRef{}
                               : writer.add(program.program, file.glyphs, program.ids, error);
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
