// The message catalogue's lookup and filling; see messages.h.
#include "base/messages.h"

#include <cstdlib>
#include <optional>

namespace peiling {

namespace {

constexpr MessagePair kMessages[] = {
#define PEILING_MESSAGE(name, dutch, english) {#name, dutch, english},
#include "messages/all.def"
#undef PEILING_MESSAGE
};

std::optional<Language>& chosen_language() {
  static std::optional<Language> chosen;
  return chosen;
}

}  // namespace

std::span<const MessagePair> all_messages() { return kMessages; }

Language user_language() {
  if (chosen_language()) return *chosen_language();
  if (const char* wanted = std::getenv("PEILING_LANG"))
    if (const auto language = language_from_string(wanted)) return *language;
  return Language::nl;
}

void set_user_language(Language language) { chosen_language() = language; }

std::string_view phrase_in(Language language, Msg id) {
  const MessagePair& pair = kMessages[static_cast<std::size_t>(id)];
  return language == Language::nl ? pair.dutch : pair.english;
}

std::string message_in(Language language, Msg id, std::span<const std::string> values) {
  const std::string_view pattern = phrase_in(language, id);
  std::string filled;
  std::size_t next = 0;  // the value a plain {} takes
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const bool plain = pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}';
    const bool numbered = pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 1] >= '1' &&
                          pattern[i + 1] <= '9' && pattern[i + 2] == '}';
    if (plain && next < values.size()) {
      filled += values[next++];
      i += 1;
    } else if (numbered && static_cast<std::size_t>(pattern[i + 1] - '1') < values.size()) {
      filled += values[static_cast<std::size_t>(pattern[i + 1] - '1')];
      i += 2;
    } else {
      filled += pattern[i];
    }
  }
  return filled;
}

}  // namespace peiling
