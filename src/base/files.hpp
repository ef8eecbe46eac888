#pragma once
// File-system questions that never throw: a name too long or a loop of links is "not a file",
// and the caller reports it with a location, instead of an exception escaping as a crash.
// Every input is read through read_bounded: opened without blocking, refused unless it is a
// regular file, and read no further than the limit of its kind, which holds even for a link to
// a device that never ends.
#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace briefing {

inline bool is_file(const std::filesystem::path& path) noexcept {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec);
}

inline bool is_folder(const std::filesystem::path& path) noexcept {
  std::error_code ec;
  return std::filesystem::is_directory(path, ec);
}

inline bool path_exists(const std::filesystem::path& path) noexcept {
  std::error_code ec;
  return std::filesystem::exists(path, ec);
}

// The most bytes read from one file of each kind (README.md, "Limits").
inline constexpr std::size_t kMiB = std::size_t(1) << 20;
inline constexpr std::size_t kXmlLimit = 16 * kMiB;     // brief, layout, facts, font manifest
inline constexpr std::size_t kArticleLimit = 4 * kMiB;  // one plain-text article
inline constexpr std::size_t kFontLimit = 64 * kMiB;    // a CJK font is 20-31 MB
inline constexpr std::size_t kCacheLimit = 64 * kMiB;   // one file of the cache folder
inline constexpr std::size_t kImageLimit = 32 * kMiB;   // one PNG, JPEG or SVG file of <image>

// Why a file could not be read, for the caller's located message.
enum class ReadProblem { none, cannot_open, not_regular, too_large, cannot_read };

struct FileBytes {
  std::string bytes;
  ReadProblem problem = ReadProblem::none;
  explicit operator bool() const { return problem == ReadProblem::none; }
};

// "is not a regular file", "is larger than the limit of N bytes", ... (empty for none).
std::string describe(ReadProblem problem, std::size_t limit);

// A file's bytes, at most `limit` of them (more is too_large). The file is opened with
// O_NONBLOCK, so a FIFO or device never blocks: anything but a regular file is not_regular.
// Every file read is recorded as an input of the run (see same_file_as_input).
FileBytes read_bounded(const std::filesystem::path& path, std::size_t limit);

// Checks that `path` is a regular file no larger than `limit` without reading it (for a file
// a library opens itself, such as a font FreeType opens by name), and records it as an input.
ReadProblem check_readable(const std::filesystem::path& path, std::size_t limit);

// The first `count` bytes of a regular file (fewer if it is shorter; empty if it cannot be
// opened without blocking or is not a regular file), for a file type's magic number. Not recorded:
// the file is checked and recorded as an input when it is read or checked in full.
std::string read_head(const std::filesystem::path& path, std::size_t count);

// The bytes of one of the program's own files (a cache file, a batch's `.inputs` stamp), with
// the cache limit; nullopt when it cannot be read. Not recorded as an input: the program writes
// these files again in the same run.
std::optional<std::string> read_file(const std::filesystem::path& path);

// One of the program's own files mapped read-only (the cache limit applies), for a cache that is
// searched where it lies instead of being read whole: only the pages a run looks at are read.
// Empty when the file cannot be opened without blocking or is not a regular file.
class MappedFile {
 public:
  explicit MappedFile(const std::filesystem::path& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  std::string_view bytes() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

// Folders, links followed and `..` resolved once, to ask of many files whether they lie in one.
class FolderSet {
 public:
  explicit FolderSet(const std::vector<std::filesystem::path>& folders);
  // Whether `file`, resolved alike, lies in one of the folders.
  bool holds(const std::filesystem::path& file) const;

 private:
  std::vector<std::filesystem::path> roots_;
};

// What identifies a file's present content without reading it, for cache keys: its device,
// inode and size, and its modification and status-change times to the nanosecond. The
// status-change time is set by the kernel on every write and no user can set it back, so a file
// edited with its size and modification time restored still gets a new stamp. Empty when the
// file cannot be examined.
std::string file_stamp(const std::filesystem::path& path);

// A file's identity: the same file whatever name or link reaches it.
struct FileId {
  dev_t device = 0;
  ino_t inode = 0;
  friend bool operator==(const FileId&, const FileId&) = default;
};

// A set of files added to from any thread: the run's inputs, the outputs it has written.
class FileSet {
 public:
  void add(FileId id);
  bool contains(FileId id) const;

 private:
  mutable std::mutex mutex_;
  std::vector<FileId> files_;
};

// Every file this process has read or checked through the functions above: the inputs an
// output must never replace. Held for the process, since one process is one run.
const FileSet& inputs_read();

}  // namespace briefing
