#pragma once
// The fonts a PDF needs: only the faces the pages draw with are embedded (each costs a subset),
// each file once, in face order so that the subset tags (BRFAAA+, BRFAAB+, ...) and object
// numbers are the same on every run.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "base/page.hpp"
#include "font/font.hpp"
#include "render/cid_font.hpp"
#include "render/haru_doc.hpp"

namespace briefing::render {

// One font file (one face of a collection) and what the faces that name it draw; the PDF embeds
// each once.
struct FontFile {
  std::string path;
  unsigned index = 0;  // of the face in a collection
  Location declared;   // of the first face naming it
  std::vector<FaceId> faces;
  std::vector<UsedGlyph> glyphs;  // by id
};

// The files of the faces the runs use, each once, in face order, without their characters
// (a run of no text uses no face). Errors for faces the book lacks. Pages can be painted once
// this is known; the characters are needed only to embed.
std::vector<FontFile> font_files(const PagedDocument& doc, const font::FontBook& fonts,
                                 Diagnostics& diags);

// Per FaceId, the index of its file in `files`; -1 for a face no run uses.
std::vector<int> file_of_face(const std::vector<FontFile>& files, const font::FontBook& fonts);

// Fills in the glyphs of each file, with the text each copies out as (the first cluster it
// draws, in page order).
void collect_glyphs(const PagedDocument& doc, const std::vector<int>& file_of_face,
                    std::vector<FontFile>& files);

// The embedded font of every file, in the order of `files` (cid_font.hpp), each program subset
// to its glyphs (subset.hpp) or, when that fails, whole. Empty after an error, reported at the
// manifest line that names the font.
std::vector<haru::ObjectRef> embed_fonts(HaruDoc& pdf, const std::vector<FontFile>& files,
                                         Diagnostics& diags);

}  // namespace briefing::render
