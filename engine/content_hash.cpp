// The hex digest of ContentHash; see content_hash.h.
#include "engine/content_hash.h"

#include <cstdio>

namespace peiling {

std::string ContentHash::hex() {
  boost::uuids::detail::sha1::digest_type digest;
  sha1_.get_digest(digest);
  std::string hex;
  for (unsigned int word : digest) {
    char part[9];
    std::snprintf(part, sizeof part, "%08x", word);
    hex += part;
  }
  return hex;
}

}  // namespace peiling
