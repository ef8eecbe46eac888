#pragma once
// The fonts a PDF needs: only the faces the pages draw with are embedded (each costs a subset),
// each file once, in face order so that the subset tags (BRFAAA+, BRFAAB+, ...) and object
// numbers are the same on every run.
#include <set>
#include <string>
#include <vector>

#include "base/diag.hpp"
#include "base/page.hpp"
#include "font/font.hpp"
#include "render/haru_doc.hpp"

namespace briefing::render {

// A character as the PDF's fonts encode it: a CID is the code point in two bytes (cid_font.hpp),
// so anything beyond U+FFFF is drawn as a space (collect_chars warns about them).
inline char32_t drawn_as(char32_t c) { return c <= 0xFFFF ? c : U' '; }

// One font file and what the faces that name it draw; the PDF embeds each file once.
struct FontFile {
  std::string path;
  Location declared;  // of the first face naming it
  std::vector<FaceId> faces;
  std::set<char32_t> chars;  // as the fonts encode them (see drawn_as)
};

// The files of the faces the runs use, each once, in face order, without their characters
// (a run of no text uses no face). Errors for faces the book lacks. Pages can be painted once
// this is known; the characters are needed only to embed.
std::vector<FontFile> font_files(const PagedDocument& doc, const font::FontBook& fonts,
                                 Diagnostics& diags);

// Per FaceId, the index of its file in `files`; -1 for a face no run uses.
std::vector<int> file_of_face(const std::vector<FontFile>& files, const font::FontBook& fonts);

// Fills in the characters of each file. Warnings for text the fonts cannot print as written.
void collect_chars(const PagedDocument& doc, const std::vector<int>& file_of_face,
                   std::vector<FontFile>& files, Diagnostics& diags);

// The embedded font of every file, in the order of `files` (cid_font.hpp), each program subset
// to its characters (subset.hpp) or, when that fails, whole. Empty after an error, reported at
// the manifest line that names the font.
std::vector<haru::ObjectRef> embed_fonts(HaruDoc& pdf, const std::vector<FontFile>& files,
                                         Diagnostics& diags);

}  // namespace briefing::render
