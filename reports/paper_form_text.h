// The fixed texts of the paper form, in Dutch (the default) and English side by side.
// Plain text: paper_form.cpp escapes everything it writes, these included.
#pragma once

#include <string>
#include <string_view>

#include "base/language.h"
#include "engine/questionnaire.h"

namespace peiling {

class PaperText {
 public:
  explicit PaperText(Language language) : language_(language) {}

  std::string_view html_lang() const { return pick(language_, "nl", "en"); }
  std::string_view kicker() const { return pick(language_, "Vragenlijst op papier", "Paper questionnaire"); }
  std::string_view for_group() const { return pick(language_, "Voor: ", "For: "); }
  std::string_view number_box() const { return pick(language_, "Formuliernummer", "Form number"); }
  std::string_view number_box_note() const {
    return pick(language_, "in te vullen bij het invoeren", "filled in when the form is entered");
  }
  std::string_view how_to() const {
    return pick(language_,
                "Schrijf duidelijk, in blokletters waar het kan. Kruis een hokje aan met een X. Vergist? Kleur het "
                "hokje helemaal in en kruis het goede hokje aan.",
                "Write clearly, in capitals where you can. Tick a box with an X. Made a mistake? Fill the box in "
                "completely and tick the right one.");
  }
  std::string_view required() const { return pick(language_, "verplicht", "required"); }
  std::string_view tick_one() const { return pick(language_, "Kruis één hokje aan.", "Tick one box."); }
  std::string_view tick_one_per_row() const {
    return pick(language_, "Kruis per regel één hokje aan.", "Tick one box on each line.");
  }
  std::string_view tick_any() const {
    return pick(language_, "Kruis aan wat van toepassing is.", "Tick every box that applies.");
  }
  std::string_view at_least() const { return pick(language_, "minstens ", "at least "); }
  std::string_view at_most() const { return pick(language_, "hoogstens ", "at most "); }
  std::string_view whole_number() const { return pick(language_, "een heel getal", "a whole number"); }
  std::string_view thanks() const { return pick(language_, "Dank je wel voor het invullen!", "Thank you!"); }
  std::string_view survey_word() const { return pick(language_, "peiling", "survey"); }
  std::string_view version_word() const { return pick(language_, "versie", "version"); }

  // "Geef elk onderdeel een cijfer van 1 tot en met 5. Gebruik elk cijfer precies één keer."
  std::string rank_rule(std::size_t item_count) const {
    const std::string last = std::to_string(item_count);
    return std::string(pick(language_, "Schrijf in elk vak een cijfer van 1 tot en met ",
                            "Write a number from 1 to ")) +
           last + std::string(pick(language_, ". Gebruik elk cijfer precies één keer.",
                                   " in every box. Use each number exactly once."));
  }
  // "5 = heel belangrijk, 1 = veel minder belangrijk": high_label is what the highest number means.
  static std::string rank_scale(std::size_t item_count, const std::string& high, const std::string& low) {
    std::string scale;
    if (!high.empty()) scale = std::to_string(item_count) + " = " + high;
    if (!low.empty()) scale += (scale.empty() ? "" : ", ") + std::string("1 = ") + low;
    return scale;
  }

 private:
  Language language_;
};

// A number question's range as a person writes it, also used by data entry:
// "0 tot en met 50 jaar", "0,5 tot en met 7,5 uur" (decimal comma in Dutch).
std::string number_range(const Question& question, Language language);

}  // namespace peiling
