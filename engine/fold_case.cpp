// Case folding through utf8proc; see fold_case.h.
#include "engine/fold_case.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

#include "engine/text.h"

namespace peiling {

std::string fold_case(std::string_view text) {
  text = trim(text);
  const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) {  // the common case, without an allocation in utf8proc
    std::string folded(text);
    for (char& c : folded)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return folded;
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                   static_cast<utf8proc_ssize_t>(text.size()), &folded,
                                   static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  if (length < 0) return std::string(text);
  std::string result(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(length));
  std::free(folded);
  return result;
}

}  // namespace peiling
