// The words of the data-entry dialogue, Dutch (the default) and English side by side.
// Plain text; definition and respondent text is escaped where it is printed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/language.h"

namespace peiling {

class DataEntryText {
 public:
  explicit DataEntryText(Language language) : language_(language) {}

  std::string_view how_to_stop() const {
    return pick(language_,
                "Stoppen kan altijd met Ctrl-C (of Ctrl-D): een formulier dat nog niet bevestigd is, wordt dan niet "
                "opgeslagen.",
                "Stop at any time with Ctrl-C (or Ctrl-D): a form that is not yet confirmed is then not stored.");
  }
  std::string form_heading(int number) const {
    return "\n== " + std::string(pick(language_, "Formulier ", "Form ")) + std::to_string(number) + " ==";
  }
  std::string_view ask_group() const { return pick(language_, "Groep", "Group"); }
  std::string_view group_heading() const { return pick(language_, "Groep van dit formulier:", "Group of this form:"); }
  std::string_view group_prompt() const {
    return pick(language_, "Typ het nummer, de code of de naam van de groep: ",
                "Type the number, code or name of the group: ");
  }
  std::string_view group_word() const { return pick(language_, "groep", "group"); }
  std::string question_heading(std::size_t number, std::size_t total) const {
    return std::string(pick(language_, "Vraag ", "Question ")) + std::to_string(number) +
           std::string(pick(language_, " van ", " of ")) + std::to_string(total);
  }
  std::string_view empty_is_unanswered() const {
    return pick(language_, "leeg laten = niet beantwoord", "leave empty = not answered");
  }
  std::string_view required() const { return pick(language_, "verplicht", "required"); }
  std::string rank_hint(std::size_t count) const {
    return std::string(pick(language_, "Typ de ", "Type the ")) + std::to_string(count) +
           std::string(pick(language_,
                            " cijfers op één regel, in de volgorde van de onderdelen (bijv. 3 4 5 1 2), of druk op "
                            "Enter om ze per onderdeel te typen.",
                            " numbers on one line, in the order of the items (e.g. 3 4 5 1 2), or press Enter to type "
                            "them item by item."));
  }
  std::string matrix_hint(std::size_t count, std::size_t points) const {
    std::string example;  // as many points as statements, all on the scale
    for (std::size_t i = 0; i < count && points > 0; ++i) example += (i ? " " : "") + std::to_string(i * 2 % points + 1);
    return std::string(pick(language_, "Typ per stelling het nummer van het aangekruiste hokje (1 tot en met ",
                            "Type the number of the ticked box for each statement (1 to ")) +
           std::to_string(points) + std::string(pick(language_, "), de ", "), the ")) + std::to_string(count) +
           std::string(pick(language_, " nummers op één regel (bijv. ", " numbers on one line (e.g. ")) + example +
           std::string(pick(language_, "), of druk op Enter om ze per stelling te typen.",
                            "), or press Enter to type them statement by statement."));
  }
  std::string too_many_numbers(std::size_t typed, std::size_t items) const {
    return std::string(pick(language_, "je typte ", "you typed ")) + std::to_string(typed) +
           std::string(pick(language_, " cijfers, maar er zijn ", " numbers, but there are ")) +
           std::to_string(items) + std::string(pick(language_, " onderdelen", " items"));
  }
  std::string too_many_answers(std::size_t typed, std::size_t statements) const {
    return std::string(pick(language_, "je typte ", "you typed ")) + std::to_string(typed) +
           std::string(pick(language_, " antwoorden, maar er zijn ", " answers, but there are ")) +
           std::to_string(statements) + std::string(pick(language_, " stellingen", " statements"));
  }
  std::string_view choice_hint() const {
    return pick(language_, "Typ het nummer, de code of de tekst van het aangekruiste hokje.",
                "Type the number, code or text of the ticked box.");
  }
  std::string_view multi_hint() const {
    return pick(language_, "Typ de nummers of codes van alle aangekruiste hokjes, bijv. 1 3.",
                "Type the numbers or codes of every ticked box, e.g. 1 3.");
  }
  std::string_view likert_hint() const {
    return pick(language_, "Typ het nummer van het aangekruiste hokje.", "Type the number of the ticked box.");
  }
  std::string number_hint(const std::string& range) const {
    return std::string(pick(language_, "Een getal van ", "A number from ")) + range + ".";
  }
  std::string_view try_again() const { return pick(language_, "Probeer het opnieuw.", "Please try again."); }
  std::string_view not_utf8() const {
    return pick(language_, "deze regel bevat tekens die geen geldige tekst zijn (geen UTF-8); typ hem opnieuw",
                "this line holds characters that are not valid text (not UTF-8); type it again");
  }
  std::string_view summary() const { return pick(language_, "Samenvatting", "Summary"); }
  std::string_view not_answered() const { return pick(language_, "(niet beantwoord)", "(not answered)"); }
  std::string_view confirm_store() const { return pick(language_, "Opslaan? (j/n)", "Store it? (y/n)"); }
  std::string_view another_form() const { return pick(language_, "Nog een formulier? (j/n)", "Another form? (y/n)"); }
  std::string_view yes_or_no() const { return pick(language_, "Typ j of n.", "Type y or n."); }
  std::string stored_as(std::int64_t response_id) const {
    const std::string number = std::to_string(response_id);
    return std::string(pick(language_, "Opgeslagen als formulier ", "Stored as form ")) + number +
           std::string(pick(language_, ". Schrijf ", ". Write ")) + number +
           std::string(pick(language_, " in het vak 'Formuliernummer' op het papier.",
                            " in the 'Form number' box on the paper."));
  }
  std::string_view not_stored() const {
    return pick(language_, "Niet opgeslagen; dit formulier is weggegooid.", "Not stored; this form is discarded.");
  }
  std::string_view rejected() const {
    return pick(language_, "Niet opgeslagen, want:", "Not stored, because:");
  }
  std::string_view interrupted() const { return pick(language_, "Onderbroken.", "Interrupted."); }
  std::string_view input_ended() const { return pick(language_, "Einde van de invoer.", "End of input."); }
  std::string_view unfinished_discarded() const {
    return pick(language_, "Het onvoltooide formulier is niet opgeslagen.", "The unfinished form is not stored.");
  }
  std::string forms_stored(int count) const {
    if (language_ == Language::nl)
      return std::to_string(count) + (count == 1 ? " formulier" : " formulieren") + " opgeslagen.";
    return std::to_string(count) + (count == 1 ? " form" : " forms") + " stored.";
  }
  bool is_yes(std::string_view answer) const {
    return answer == "j" || answer == "J" || answer == "ja" || answer == "Ja" || answer == "y" || answer == "Y" ||
           answer == "yes";
  }
  bool is_no(std::string_view answer) const {
    return answer == "n" || answer == "N" || answer == "nee" || answer == "Nee" || answer == "no";
  }

 private:
  Language language_;
};

}  // namespace peiling
