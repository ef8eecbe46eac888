// read_bounded: every input opened without blocking, refused unless a regular file, and read no
// further than its limit whatever the file-system object is; each file read is a recorded input.
#include "base/files.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support.hpp"

using namespace briefing;
using briefing::test::TempDir;

namespace {

FileId id_of(const std::filesystem::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return {st.st_dev, st.st_ino};
}

void write(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("read_bounded reads a regular file within its limit and records it as an input") {
  TempDir dir;
  write(dir / "a.txt", "hello");
  FileBytes file = read_bounded(dir / "a.txt", 5);
  REQUIRE(file);
  CHECK(file.bytes == "hello");
  CHECK(inputs_read().contains(id_of(dir / "a.txt")));
}

TEST_CASE("read_bounded refuses a file over its limit") {
  TempDir dir;
  write(dir / "a.txt", "hello!");
  FileBytes file = read_bounded(dir / "a.txt", 5);
  CHECK(file.problem == ReadProblem::too_large);
  CHECK(file.bytes.empty());
}

TEST_CASE("read_bounded refuses what is not a regular file, without blocking") {
  TempDir dir;
  REQUIRE(::mkfifo((dir / "pipe").c_str(), 0600) == 0);
  CHECK(read_bounded(dir / "pipe", kXmlLimit).problem == ReadProblem::not_regular);
  CHECK(read_bounded(dir / "", kXmlLimit).problem == ReadProblem::not_regular);
  std::filesystem::create_symlink("/dev/zero", dir / "zero");
  CHECK(read_bounded(dir / "zero", kXmlLimit).problem == ReadProblem::not_regular);
  CHECK(check_readable(dir / "zero", kFontLimit) == ReadProblem::not_regular);
  CHECK(read_bounded(dir / "absent", kXmlLimit).problem == ReadProblem::cannot_open);
}

TEST_CASE("a FolderSet follows links and ..") {
  TempDir dir;
  std::filesystem::create_directory(dir / "in");
  write(dir / "in" / "f.ttf", "x");
  std::filesystem::create_symlink("/etc/passwd", dir / "in" / "link.ttf");
  std::vector<std::filesystem::path> folders{dir / "in"};
  CHECK(FolderSet(folders).holds(dir / "in" / "f.ttf"));
  CHECK_FALSE(FolderSet(folders).holds(dir / "in" / ".." / "f.ttf"));
  CHECK_FALSE(FolderSet(folders).holds(dir / "in" / "link.ttf"));
  CHECK_FALSE(FolderSet(folders).holds("/etc/passwd"));
}
