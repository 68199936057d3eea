// The secrets of the web form: random keys and tokens (at least 128 bits from the kernel),
// their hashes for storage, keyed hashes (tags), and comparisons that take the same time
// whatever matches.
#pragma once

#include <string>
#include <string_view>

namespace peiling::web {

// 128 random bits (getrandom) as 32 lowercase hex digits: presenter keys, tokens, CSRF
// tokens and form nonces. Throws std::runtime_error when the kernel gives no randomness.
std::string random_key();

// True for exactly what random_key produces: 32 lowercase hex digits.
bool is_key_shaped(std::string_view text);

// SHA-256 of a secret as 64 hex digits: what the store keeps instead of the token itself.
std::string secret_hash(std::string_view secret);

// HMAC-SHA256 of `message` under `key`, as 64 hex digits: a tag only the key's holder makes.
std::string keyed_hash(std::string_view key, std::string_view message);

// Compares in time that depends only on the lengths, never on where the texts differ.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace peiling::web
