#pragma once
// fonts/manifest.xml as data: which font files make up each family and which families are tried,
// in order, for characters the requested face lacks. Only these files are ever used (no
// fontconfig), so output depends on nothing but the manifest.
#include <optional>
#include <string>
#include <vector>

#include "base/diag.hpp"

namespace briefing::font {

struct ManifestFace {
  std::string path;  // absolute: relative names resolve against the manifest's folder
  bool bold = false;
  bool italic = false;
  unsigned index = 0;  // of the face in a collection (.ttc)
  Location where;
};

struct ManifestFamily {
  std::string name;
  std::vector<ManifestFace> faces;
  Location where;
};

struct FallbackFamily {
  std::string name;
  // The families whose faces fall back to it (a serif body to a serif CJK face, a sans one to a
  // sans one); empty for every family.
  std::vector<std::string> only_for;
  Location where;
};

struct Manifest {
  std::vector<ManifestFamily> families;
  std::vector<FallbackFamily> fallback;  // every name is one of `families`
};

// Parses and checks the manifest; every problem is reported with its line and column, and the
// result is nullopt if there was any. Font files are not opened here.
std::optional<Manifest> read_manifest(const std::string& path, Diagnostics& diags);

// The folders the manifest's font files are in (the shipped manifest's are the system font
// folders a brief's own manifest may name too).
std::vector<std::string> face_folders(const Manifest& manifest);

// Whether every font file lies in one of `folders` (links followed); each that does not is an
// error at its <face>, so a manifest cannot make briefing open any file it likes.
bool check_confined(const Manifest& manifest, const std::vector<std::string>& folders,
                    Diagnostics& diags);

}  // namespace briefing::font
