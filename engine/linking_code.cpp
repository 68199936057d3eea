// The anonymous linking code; see linking_code.h.
#include "engine/linking_code.h"

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

std::string_view linking_code_prompt(Language language) {
  return pick(language, "Koppelcode (niet verplicht)", "Linking code (optional)");
}

std::string_view linking_code_help(Language language) {
  return pick(language,
              "Wil je dat je antwoorden later anoniem naast je antwoorden van een volgende peiling gelegd kunnen "
              "worden? Vul dan een code in: de eerste twee letters van je geboortemaand en twee cijfers die je zelf "
              "kiest, bijvoorbeeld ma17. Gebruik de volgende keer dezelfde code. Niemand ziet je code in de uitkomsten.",
              "Would you like your answers to be set anonymously beside your answers to a later survey? Then enter a "
              "code: the first two letters of your month of birth and two digits of your own choice, e.g. ma17. Use "
              "the same code next time. Nobody sees your code in the results.");
}

std::string_view linking_code_name(Language language) { return pick(language, "koppelcode", "linking code"); }

std::optional<std::string> linking_code_problem(const Questionnaire& questionnaire, std::string_view typed,
                                                Language language) {
  if (std::all_of(typed.begin(), typed.end(), [](char c) { return c == ' ' || c == '\t'; })) return std::nullopt;
  if (!questionnaire.linking_code)
    return std::string(pick(language, "deze vragenlijst vraagt geen koppelcode",
                            "this questionnaire does not ask for a linking code"));
  if (normalised_linking_code(typed)) return std::nullopt;
  return std::string(pick(language,
                          "geef twee letters van je geboortemaand en twee cijfers, bijvoorbeeld ma17 (of laat het leeg)",
                          "give two letters of your month of birth and two digits, e.g. ma17 (or leave it empty)"));
}

}  // namespace peiling
