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
  Location where;
};

struct ManifestFamily {
  std::string name;
  std::vector<ManifestFace> faces;
  Location where;
};

struct FallbackFamily {
  std::string name;
  Location where;
};

struct Manifest {
  std::vector<ManifestFamily> families;
  std::vector<FallbackFamily> fallback;  // every name is one of `families`
};

// Parses and checks the manifest; every problem is reported with its line and column, and the
// result is nullopt if there was any. Font files are not opened here.
std::optional<Manifest> read_manifest(const std::string& path, Diagnostics& diags);

}  // namespace briefing::font
