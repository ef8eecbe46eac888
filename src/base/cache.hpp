#pragma once
// Where results that never change for the same inputs are kept between runs (hyphenation points,
// font subsets), and how a cache file is written. Only caches: a folder or file that is missing,
// unreadable or unwritable changes nothing but the time a run takes.
#include <filesystem>
#include <string_view>

namespace briefing {

// $BRIEFING_CACHE_DIR (set but empty: no cache), else $XDG_CACHE_HOME/briefing, else
// ~/.cache/briefing; empty for none.
std::filesystem::path cache_folder();

// Writes `bytes` as `file` through a temporary beside it and a rename, creating the folder: a
// reader, in this process or another, sees the old file or the whole new one. No fsync: a cache
// file lost to a power cut is only made again. False when it could not be written.
bool replace_cache_file(const std::filesystem::path& file, std::string_view bytes);

}  // namespace briefing
