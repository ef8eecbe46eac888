#pragma once
// Streams handed to libharu already deflated. libharu 2.3.0 deflates every stream of a document
// one after another as it saves; page contents and the fonts' streams are deflated as they are
// made instead, on the thread that makes them, and handed over through the seam
// (haru_seam.hpp).
#include <string>
#include <string_view>

namespace briefing::render {

// zlib's stream format (what /FlateDecode reads), made by libdeflate.
std::string deflate(std::string_view bytes);

}  // namespace briefing::render
