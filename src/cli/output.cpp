#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <limits>

#include "base/cache.hpp"
#include "base/files.hpp"
#include "cli/pipeline.hpp"

namespace briefing::cli {

namespace {

bool fail(Diagnostics& diags, const std::string& path, const std::string& what) {
  diags.error(Location{path, 0, 0}, what + ": " + std::strerror(errno));
  return false;
}

bool write_all(int fd, const std::vector<unsigned char>& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += std::size_t(n);
  }
  return true;
}

// The bytes in an unnamed file of `dir` (O_TMPFILE): a process killed while writing leaves
// nothing behind. The file gets a name only once complete, and that name is at once renamed over
// the target. -1 when the file system has no O_TMPFILE (the caller then falls back to mkstemp).
int write_unnamed(const std::string& dir, const std::vector<unsigned char>& bytes) {
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  if (write_all(fd, bytes) && ::fsync(fd) == 0) return fd;
  int saved = errno;
  ::close(fd);
  errno = saved;
  return -2;
}

bool name_unnamed(int fd, std::string& temp) {
  std::string proc = "/proc/self/fd/" + std::to_string(fd);
  // Unique among threads and processes: mkstemp's pattern is only for files it creates itself.
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string name = temp + std::to_string(::getpid()) + "." + std::to_string(counter++);
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      temp = name;
      return true;
    }
    if (errno != EEXIST) return false;
  }
  return false;
}

// A kill -9 that lands between naming the complete temporary file and renaming it leaves a
// hidden ".NAME.PID.N" behind; the next write of NAME removes those whose process is gone.
void sweep_stale(const std::filesystem::path& dir, const std::string& name) {
  std::string prefix = "." + name + ".";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string file = entry.path().filename().string();
    if (file.rfind(prefix, 0) != 0) continue;
    std::string rest = file.substr(prefix.size());
    auto dot = rest.find('.');
    if (dot == 0 || dot == std::string::npos) continue;
    std::string pid = rest.substr(0, dot);
    if (pid.find_first_not_of("0123456789") != std::string::npos ||
        rest.substr(dot + 1).find_first_not_of("0123456789") != std::string::npos)
      continue;
    // Digits past a pid's range (a stray file's name) are no process: std::stol would throw.
    long id = 0;
    auto [end, parsed] = std::from_chars(pid.data(), pid.data() + pid.size(), id);
    if (parsed != std::errc() || id > std::numeric_limits<pid_t>::max()) continue;
    if (::kill(static_cast<pid_t>(id), 0) == -1 && errno == ESRCH) ::unlink(entry.path().c_str());
  }
}

// The files this process has written: a later output of the same run must not replace one.
FileSet& outputs_written() {
  static FileSet outputs;
  return outputs;
}

void record_output(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) outputs_written().add({st.st_dev, st.st_ino});
}

}  // namespace

std::string output_refusal(const std::string& path, const std::vector<std::string>& named) {
  struct stat st {};
  // Absent, or a name the write itself will report (a missing folder is created there).
  if (::lstat(path.c_str(), &st) != 0) return {};
  // Renaming over a link or a device would replace it, not write through it.
  if (S_ISLNK(st.st_mode))
    return "the output is a symbolic link, which would be replaced; name the file itself "
           "(or - for standard output)";
  if (!S_ISREG(st.st_mode))
    return "the output is not a regular file (a folder, device, FIFO or socket), which would be "
           "replaced; name a file (or - for standard output)";
  // The caches are read by this run and the next, and are not recorded as inputs, since the
  // program rewrites them itself.
  std::filesystem::path cache = cache_folder();
  if (!cache.empty() && FolderSet({cache}).holds(path))
    return "the output is a file of the program's cache folder (" + cache.string() +
           "), which builds read; name another file";
  FileId id{st.st_dev, st.st_ino};
  bool named_input = std::any_of(named.begin(), named.end(), [&](const std::string& file) {
    struct stat other {};
    return ::stat(file.c_str(), &other) == 0 && FileId{other.st_dev, other.st_ino} == id;
  });
  if (named_input || inputs_read().contains(id))
    return "the output is an input of this run, which writing would destroy; name another file";
  if (outputs_written().contains(id))
    return "the output is another output of this run, which writing would replace; name another "
           "file";
  return {};
}

namespace {

bool write_file(const std::string& path, const std::vector<unsigned char>& bytes,
                Diagnostics& diags) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    diags.error(Location{dir.string(), 0, 0}, "cannot create the output folder: " + ec.message());
    return false;
  }
  sweep_stale(dir, target.filename().string());
  std::string temp = (dir / ("." + target.filename().string() + ".")).string();
  int fd = write_unnamed(dir.string(), bytes);
  if (fd == -2) return fail(diags, path, "cannot write the file");
  if (fd >= 0) {
    bool named = name_unnamed(fd, temp);
    int link_error = errno;
    ::close(fd);
    errno = link_error;
    if (named && ::rename(temp.c_str(), path.c_str()) == 0) return true;
    int saved = errno;
    if (named) ::unlink(temp.c_str());
    errno = saved;
    return fail(diags, path, "cannot write the file");
  }
  temp += "XXXXXX";
  fd = ::mkstemp(temp.data());
  if (fd < 0) return fail(diags, dir.string(), "cannot create a file in the output folder");
  // mkstemp creates 0600; a PDF is a document to share, so give it the usual 0644.
  ::fchmod(fd, 0644);
  bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
  int saved = errno;
  ok = (::close(fd) == 0) && ok;
  if (ok && ::rename(temp.c_str(), path.c_str()) == 0) return true;
  if (errno == 0) errno = saved;
  fail(diags, path, "cannot write the file");
  ::unlink(temp.c_str());
  return false;
}

}  // namespace

WriteResult write_atomically(const std::string& path, const std::vector<unsigned char>& bytes,
                             Diagnostics& diags) {
  if (path == "-") {
    if (write_all(STDOUT_FILENO, bytes)) return WriteResult::written;
    fail(diags, "-", "cannot write to standard output");
    return WriteResult::failed;
  }
  if (std::string why = output_refusal(path); !why.empty()) {
    diags.error(Location{path, 0, 0}, why);
    return WriteResult::refused;
  }
  WriteResult written = write_file(path, bytes, diags) ? WriteResult::written : WriteResult::failed;
  if (written == WriteResult::written) record_output(path);
  return written;
}

WriteResult rewrite_input(const std::string& path, const std::vector<unsigned char>& bytes,
                          Diagnostics& diags) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
    diags.error(
        Location{path, 0, 0},
        "not rewritten: not a regular file (a link would be replaced, not written through)");
    return WriteResult::refused;
  }
  return write_file(path, bytes, diags) ? WriteResult::written : WriteResult::failed;
}

}  // namespace briefing::cli
