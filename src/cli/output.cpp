#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

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

}  // namespace

bool write_atomically(const std::string& path, const std::vector<unsigned char>& bytes,
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
  std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) return fail(diags, dir.string(), "cannot create a file in the output folder");
  // mkstemp creates 0600; a PDF is a document to share, so give it the usual 0644.
  ::fchmod(fd, 0644);
  bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
  int saved = errno;
  ok = (::close(fd) == 0) && ok;
  if (ok && ::rename(temp.c_str(), path.c_str()) == 0) return true;
  if (errno == 0) errno = saved;
  fail(diags, path, "cannot write the PDF");
  ::unlink(temp.c_str());
  return false;
}

}  // namespace briefing::cli
