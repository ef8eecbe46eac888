#include "render/deflated.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>
#include <zlib.h>

#include <new>

namespace briefing::render {

namespace {

HPDF_STATUS declare_deflated(HPDF_Dict, HPDF_Stream out) {
  return HPDF_Stream_WriteStr(out, "/Filter /FlateDecode\012");
}

}  // namespace

std::string deflate(std::string_view bytes, int level) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(size, '\0');
  auto* source = reinterpret_cast<const Bytef*>(bytes.data());
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, source,
                static_cast<uLong>(bytes.size()), level) != Z_OK)
    throw std::bad_alloc();  // with a large enough buffer, zlib fails only for want of memory
  out.resize(size);
  return out;
}

bool store_deflated(HPDF_Dict dict, std::string_view deflated) {
  if (!dict || !dict->stream) return false;
  HPDF_MemStream_FreeData(dict->stream);
  dict->filter = HPDF_STREAM_FILTER_NONE;
  dict->write_fn = declare_deflated;
  const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(deflated.data());
  return HPDF_Stream_Write(dict->stream, bytes, static_cast<HPDF_UINT>(deflated.size())) == HPDF_OK;
}

}  // namespace briefing::render
