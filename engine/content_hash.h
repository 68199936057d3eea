// A content digest fed piece by piece: identifies a definition text or an imported file
// (so the same file is not imported twice by mistake). SHA-1 from Boost; not for security.
#pragma once

#include <boost/uuid/detail/sha1.hpp>
#include <string>
#include <string_view>

namespace peiling {

class ContentHash {
 public:
  void add(std::string_view bytes) { sha1_.process_bytes(bytes.data(), bytes.size()); }
  // 40 lowercase hex digits of everything added; call once, at the end.
  std::string hex();

 private:
  boost::uuids::detail::sha1 sha1_;
};

}  // namespace peiling
