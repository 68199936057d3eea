// Random keys from getrandom(2), SHA-256 and HMAC from nettle, and a constant-time comparison.
#include "web/security.h"

#include <nettle/hmac.h>
#include <nettle/sha2.h>
#include <sys/random.h>

#include <array>
#include <cerrno>
#include <stdexcept>

namespace peiling::web {

namespace {

std::string to_hex(const unsigned char* bytes, std::size_t count) {
  static const char digits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(count * 2);
  for (std::size_t i = 0; i < count; ++i) {
    hex += digits[bytes[i] >> 4];
    hex += digits[bytes[i] & 0xF];
  }
  return hex;
}

}  // namespace

std::string random_key() {
  std::array<unsigned char, 16> bytes{};
  std::size_t filled = 0;
  while (filled < bytes.size()) {
    const ssize_t got = getrandom(bytes.data() + filled, bytes.size() - filled, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) throw std::runtime_error("no randomness from the kernel (getrandom failed)");
    filled += static_cast<std::size_t>(got);
  }
  return to_hex(bytes.data(), bytes.size());
}

bool is_key_shaped(std::string_view text) {
  if (text.size() != 32) return false;
  for (char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

std::string secret_hash(std::string_view secret) {
  sha256_ctx context;
  sha256_init(&context);
  sha256_update(&context, secret.size(), reinterpret_cast<const std::uint8_t*>(secret.data()));
  std::array<unsigned char, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&context, digest.size(), digest.data());
  return to_hex(digest.data(), digest.size());
}

std::string keyed_hash(std::string_view key, std::string_view message) {
  hmac_sha256_ctx context;
  hmac_sha256_set_key(&context, key.size(), reinterpret_cast<const std::uint8_t*>(key.data()));
  hmac_sha256_update(&context, message.size(), reinterpret_cast<const std::uint8_t*>(message.data()));
  std::array<unsigned char, SHA256_DIGEST_SIZE> digest{};
  hmac_sha256_digest(&context, digest.size(), digest.data());
  return to_hex(digest.data(), digest.size());
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  unsigned char difference = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    difference |= static_cast<unsigned char>(a[i] ^ b[i]);
  // volatile: keeps the compiler from turning the loop into an early-exit comparison.
  volatile unsigned char result = difference;
  return result == 0;
}

}  // namespace peiling::web
