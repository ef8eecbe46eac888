#include "base/sha256.hpp"

#include <nettle/sha2.h>

#include <array>
#include <cstdint>

namespace briefing {

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&ctx, digest.size(), digest.data());
  static constexpr char hex[] = "0123456789abcdef";
  std::string text;
  for (auto byte : digest) {
    text += hex[byte >> 4];
    text += hex[byte & 0xF];
  }
  return text;
}

bool is_sha256_hex(std::string_view text) {
  if (text.size() != 2 * SHA256_DIGEST_SIZE) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace briefing
