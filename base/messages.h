// The catalogue of what peiling says to people: every message and help text in Dutch (the
// default) and English, chosen once per run (--lang en or PEILING_LANG=en). Messages live in
// messages/*.def as pairs (messages/all.def lists the areas), so a message cannot exist in one
// language only (tests/messages_test.cpp checks every pair). `{}` marks where a value goes,
// in order; `{2}` names the second value, for a language that says things in another order
// ("je bij {1} koos voor {2}" / "you chose {2} at {1}").
#pragma once

#include <array>
#include <concepts>
#include <span>
#include <string>
#include <string_view>

#include "base/language.h"

namespace peiling {

enum class Msg {
#define PEILING_MESSAGE(name, dutch, english) name,
#include "messages/all.def"
#undef PEILING_MESSAGE
};

struct MessagePair {
  const char* name;
  std::string_view dutch;
  std::string_view english;
};

// Every message of the catalogue, in the order of messages/all.def (for the tests).
std::span<const MessagePair> all_messages();

// The language of this run: PEILING_LANG (nl or en) unless set_user_language was called.
Language user_language();
void set_user_language(Language language);

// The message's text in `language` with the values filled in at its `{}` marks.
std::string message_in(Language language, Msg id, std::span<const std::string> values = {});

inline std::string as_message_value(std::string_view text) { return std::string(text); }
inline std::string as_message_value(const std::string& text) { return text; }
inline std::string as_message_value(const char* text) { return text; }
template <std::integral Number>
std::string as_message_value(Number number) { return std::to_string(number); }

// The message in a given language (a caller that carries its own, e.g. an import's
// options): text_in(Language::en, Msg::survey_closed, 3).
template <typename... Values>
std::string text_in(Language language, Msg id, const Values&... values) {
  const std::array<std::string, sizeof...(Values)> filled{as_message_value(values)...};
  return message_in(language, id, filled);
}

// A message without values as written in the catalogue, in `language`: for the fixed
// phrases of a report or form (headings, table headers) that callers keep as string_view.
std::string_view phrase_in(Language language, Msg id);

// The message in the user's language: text(Msg::survey_closed, 3).
template <typename... Values>
std::string text(Msg id, const Values&... values) {
  return text_in(user_language(), id, values...);
}

}  // namespace peiling
