#pragma once
// SHA-256 through Nettle (Debian's nettle-dev): what `briefing pin` records of an article and
// `check` compares it with.
#include <string>
#include <string_view>

namespace briefing {

// The digest of `bytes` as 64 lower-case hexadecimal digits.
std::string sha256_hex(std::string_view bytes);

// Whether `text` is written as sha256_hex writes a digest.
bool is_sha256_hex(std::string_view text);

}  // namespace briefing
