#pragma once
// UTF-8 helpers shared by every stage; normalisation is ICU's, never hand-written.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// Why `c` may not appear in any text the program reads ("NUL (U+0000)", "control character
// U+0001", "noncharacter U+FFFE"), or "" when it may: NUL, the C0 controls other than tab, line
// feed and carriage return, DEL, the C1 controls and the 66 noncharacters. None of them prints,
// and NUL would cut C strings (libharu's among them) short.
std::string forbidden_character(char32_t c);

// The byte offset of the first character forbidden_character() names in valid UTF-8 text.
std::optional<std::size_t> forbidden_character_offset(std::string_view utf8);

// Offsets where lines start: after LF, after CRLF and after a CR alone (old Mac files), so that
// line:col agree with what an editor shows for every kind of line end.
std::vector<std::size_t> line_starts(std::string_view text);

}  // namespace briefing
