#include "base/files.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <iterator>
#include <limits>
#include <mutex>

namespace briefing {

namespace {

FileSet& input_log() {
  static FileSet inputs;
  return inputs;
}

// Whether a file read is an input of the run, which no output may replace.
enum class Input { recorded, own_file };

void record(const struct stat& st) { input_log().add({st.st_dev, st.st_ino}); }

// Closes the descriptor on every path out.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// Opens without blocking (a FIFO with no writer would block a plain open) and checks what the
// descriptor is, not what the name was when looked at: a link is followed once, here.
ReadProblem open_regular(const std::filesystem::path& path, std::size_t limit, Fd& fd,
                         struct stat& st, Input input) {
  fd.fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd.fd < 0) return ReadProblem::cannot_open;
  if (::fstat(fd.fd, &st) != 0) return ReadProblem::cannot_read;
  if (!S_ISREG(st.st_mode)) return ReadProblem::not_regular;
  if (input == Input::recorded) record(st);
  if (static_cast<std::size_t>(st.st_size) > limit) return ReadProblem::too_large;
  return ReadProblem::none;
}

}  // namespace

std::string describe(ReadProblem problem, std::size_t limit) {
  switch (problem) {
    case ReadProblem::none:
      return {};
    case ReadProblem::cannot_open:
      return "cannot open the file (it does not exist or is not readable)";
    case ReadProblem::not_regular:
      return "is not a regular file (a folder, device, FIFO or socket cannot be read)";
    case ReadProblem::too_large:
      return "file is too large (the limit is " + std::to_string(limit) + " bytes)";
    case ReadProblem::cannot_read:
      return "cannot read the file";
  }
  return {};
}

namespace {

FileBytes read_limited(const std::filesystem::path& path, std::size_t limit, Input input) {
  FileBytes result;
  Fd fd{-1};
  struct stat st {};
  result.problem = open_regular(path, limit, fd, st, input);
  if (!result) return result;
  // The size is only a hint: a file that grows while read is still cut at the limit.
  result.bytes.resize(std::min<std::size_t>(static_cast<std::size_t>(st.st_size), limit) + 1);
  std::size_t done = 0;
  for (;;) {
    if (done == result.bytes.size()) {
      if (done > limit) break;
      result.bytes.resize(std::min(limit + 1, done * 2 + 4096));
    }
    ssize_t n = ::read(fd.fd, result.bytes.data() + done, result.bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      result.problem = ReadProblem::cannot_read;
      result.bytes.clear();
      return result;
    }
    if (n == 0) break;
    done += static_cast<std::size_t>(n);
  }
  if (done > limit) {
    result.problem = ReadProblem::too_large;
    result.bytes.clear();
    return result;
  }
  result.bytes.resize(done);
  return result;
}

}  // namespace

FileBytes read_bounded(const std::filesystem::path& path, std::size_t limit) {
  return read_limited(path, limit, Input::recorded);
}

ReadProblem check_readable(const std::filesystem::path& path, std::size_t limit) {
  Fd fd{-1};
  struct stat st {};
  return open_regular(path, limit, fd, st, Input::recorded);
}

std::string read_head(const std::filesystem::path& path, std::size_t count) {
  Fd fd{-1};
  struct stat st {};
  if (open_regular(path, std::numeric_limits<std::size_t>::max(), fd, st, Input::own_file) !=
      ReadProblem::none)
    return {};
  std::string head(count, '\0');
  ssize_t n;
  do n = ::pread(fd.fd, head.data(), count, 0);
  while (n < 0 && errno == EINTR);
  head.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  return head;
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
  FileBytes file = read_limited(path, kCacheLimit, Input::own_file);
  if (!file) return std::nullopt;
  return std::move(file.bytes);
}

MappedFile::MappedFile(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return;
  struct stat info {};
  bool mappable = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size > 0 &&
                  std::size_t(info.st_size) <= kCacheLimit;
  if (mappable) {
    void* mapped = ::mmap(nullptr, std::size_t(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (mapped != MAP_FAILED) {
      data_ = static_cast<const char*>(mapped);
      size_ = std::size_t(info.st_size);
    }
  }
  ::close(fd);
}

MappedFile::~MappedFile() {
  if (data_) ::munmap(const_cast<char*>(data_), size_);
}

namespace {

std::filesystem::path resolved(const std::filesystem::path& path) {
  std::error_code ec;
  auto absolute = std::filesystem::absolute(path, ec);
  if (ec) return path.lexically_normal();
  auto real = std::filesystem::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal() : real;
}

}  // namespace

FolderSet::FolderSet(const std::vector<std::filesystem::path>& folders) {
  for (const auto& folder : folders) roots_.push_back(resolved(folder));
}

bool FolderSet::holds(const std::filesystem::path& file) const {
  auto target = resolved(file);
  for (const auto& root : roots_) {
    auto [f, p] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    // A trailing separator makes an empty last element.
    if (f == root.end() || (std::next(f) == root.end() && f->empty())) return true;
  }
  return false;
}

std::string file_stamp(const std::filesystem::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {};
  auto ns = [](const timespec& t) {
    return std::to_string(t.tv_sec) + "." + std::to_string(t.tv_nsec);
  };
  return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + " " +
         std::to_string(st.st_size) + " " + ns(st.st_mtim) + " " + ns(st.st_ctim);
}

void FileSet::add(FileId id) {
  std::lock_guard lock(mutex_);
  if (std::find(files_.begin(), files_.end(), id) == files_.end()) files_.push_back(id);
}

bool FileSet::contains(FileId id) const {
  std::lock_guard lock(mutex_);
  return std::find(files_.begin(), files_.end(), id) != files_.end();
}

const FileSet& inputs_read() { return input_log(); }

}  // namespace briefing
