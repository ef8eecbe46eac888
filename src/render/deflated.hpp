#pragma once
// Streams handed to libharu already deflated. libharu 2.3.0 deflates every stream of a document
// one after another as it saves; page contents and the fonts' streams are deflated as they are
// made instead, on the thread that makes them.
#include <hpdf.h>

#include <string>
#include <string_view>

namespace briefing::render {

// zlib's stream format (what /FlateDecode reads), made by libdeflate.
std::string deflate(std::string_view bytes);

// Makes `deflated` the content of the stream `dict` and has the dictionary say /Filter
// /FlateDecode, which libharu writes only for the streams it compresses itself.
bool store_deflated(HPDF_Dict dict, std::string_view deflated);

}  // namespace briefing::render
