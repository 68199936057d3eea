// The hex digest of ContentHash; see content_hash.h.
#include "engine/content_hash.h"

namespace peiling {

std::string ContentHash::hex() {
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint8_t digest[SHA1_DIGEST_SIZE];
  sha1_digest(&sha1_, sizeof digest, digest);
  std::string hex;
  for (const std::uint8_t byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0xf];
  }
  return hex;
}

}  // namespace peiling
