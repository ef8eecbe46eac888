#pragma once
// UTF-8 helpers shared by every stage; normalisation is ICU's, never hand-written.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace briefing {

// NFC form of valid UTF-8 text.
std::string nfc(std::string_view utf8);

// Byte offset of the first invalid UTF-8 sequence, or nullopt if the text is valid.
std::optional<std::size_t> invalid_utf8_offset(std::string_view bytes);

// Decodes the code point at `pos` and advances `pos`; U+FFFD on a malformed sequence.
char32_t next_code_point(std::string_view utf8, std::size_t& pos);

void append_utf8(std::string& out, char32_t c);

// "U+1F600" style name of a code point.
std::string code_point_name(char32_t c);

}  // namespace briefing
