// The anonymous linking code; see linking_code.h.
#include "engine/linking_code.h"
#include "base/messages.h"

#include <algorithm>
#include <array>

namespace peiling {

namespace {

// The first two letters of the months in Dutch (januari .. december) and English; June
// and July share "ju", March and May (in English) "ma".
constexpr std::array<std::string_view, 12> kMonthStarts{"ja", "fe", "ma", "ap", "me", "ju",
                                                        "au", "se", "ok", "oc", "no", "de"};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_letter(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<std::string> normalised_linking_code(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    if (code.size() == 4) return std::nullopt;
    code += lower(c);
  }
  if (code.size() != 4 || !is_letter(code[0]) || !is_letter(code[1]) || !is_digit(code[2]) || !is_digit(code[3]))
    return std::nullopt;
  if (std::find(kMonthStarts.begin(), kMonthStarts.end(), std::string_view(code).substr(0, 2)) == kMonthStarts.end())
    return std::nullopt;
  return code;
}

std::string_view linking_code_prompt(Language language) { return phrase_in(language, Msg::linking_code_prompt); }

std::string_view linking_code_help(Language language) { return phrase_in(language, Msg::linking_code_help); }

std::string_view linking_code_name(Language language) { return phrase_in(language, Msg::linking_code_name); }

std::optional<std::string> linking_code_problem(const Questionnaire& questionnaire, std::string_view typed,
                                                Language language) {
  if (std::all_of(typed.begin(), typed.end(), [](char c) { return c == ' ' || c == '\t'; })) return std::nullopt;
  if (!questionnaire.linking_code)
    return text_in(language, Msg::linking_code_not_asked);
  if (normalised_linking_code(typed)) return std::nullopt;
  return text_in(language, Msg::linking_code_malformed);
}

}  // namespace peiling
