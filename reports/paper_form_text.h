// The fixed texts of the paper form, from the catalogue's paper area (messages/paper.def) in
// the form's language.
// Plain text: paper_form.cpp escapes everything it writes, these included.
#pragma once

#include <string>
#include <string_view>

#include "base/messages.h"
#include "engine/questionnaire.h"

namespace peiling {

class PaperText {
 public:
  explicit PaperText(Language language) : language_(language) {}

  std::string_view html_lang() const { return language_code(language_); }
  std::string_view kicker() const { return phrase_in(language_, Msg::paper_kicker); }
  std::string_view for_group() const { return phrase_in(language_, Msg::paper_for_group); }
  std::string_view number_box() const { return phrase_in(language_, Msg::paper_number_box); }
  std::string_view number_box_note() const {
    return phrase_in(language_, Msg::paper_number_box_note); }
  std::string_view how_to() const {
    return phrase_in(language_, Msg::paper_how_to); }
  std::string_view required() const { return phrase_in(language_, Msg::paper_required); }
  std::string_view tick_one() const { return phrase_in(language_, Msg::paper_tick_one); }
  std::string_view tick_one_per_row() const {
    return phrase_in(language_, Msg::paper_tick_one_per_row); }
  std::string_view tick_any() const {
    return phrase_in(language_, Msg::paper_tick_any); }
  std::string_view at_least() const { return phrase_in(language_, Msg::paper_at_least); }
  std::string_view at_most() const { return phrase_in(language_, Msg::paper_at_most); }
  std::string_view whole_number() const { return phrase_in(language_, Msg::paper_whole_number); }
  std::string_view thanks() const { return phrase_in(language_, Msg::paper_thanks); }
  std::string_view survey_word() const { return phrase_in(language_, Msg::paper_survey_word); }
  std::string_view version_word() const { return phrase_in(language_, Msg::paper_version_word); }

  // "Geef elk onderdeel een cijfer van 1 tot en met 5. Gebruik elk cijfer precies één keer."
  std::string rank_rule(std::size_t item_count) const {
    return text_in(language_, Msg::paper_rank_rule, item_count);
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
