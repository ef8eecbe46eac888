#include "render/deflated.hpp"

#include <libdeflate.h>

#include <memory>
#include <new>

namespace briefing::render {

namespace {

// libdeflate, not zlib: on the benchmark's pages (218 kB of operators) its level 1 took 1.0 ms
// where zlib's level 4 took 2.5 ms, for streams 2 kB larger (45 kB in all); its higher levels
// gain under 4% more and need a 650 kB compressor instead of 200 kB. A compressor is made once
// per thread: making one is a large allocation whose pages are all touched.
constexpr int kLevel = 1;

struct CompressorFree {
  void operator()(libdeflate_compressor* compressor) const {
    libdeflate_free_compressor(compressor);
  }
};

libdeflate_compressor& compressor() {
  thread_local std::unique_ptr<libdeflate_compressor, CompressorFree> made(
      libdeflate_alloc_compressor(kLevel));
  if (!made) throw std::bad_alloc();
  return *made;
}

}  // namespace

std::string deflate(std::string_view bytes) {
  libdeflate_compressor& c = compressor();
  std::string out(libdeflate_zlib_compress_bound(&c, bytes.size()), '\0');
  std::size_t size =
      libdeflate_zlib_compress(&c, bytes.data(), bytes.size(), out.data(), out.size());
  if (size == 0) throw std::bad_alloc();  // cannot happen with a buffer of the bound's size
  out.resize(size);
  return out;
}

}  // namespace briefing::render
