// The words of the data-entry dialogue, from the catalogue (messages/data_entry.def) in the
// dialogue's language.
// Plain text; definition and respondent text is escaped where it is printed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/messages.h"

namespace peiling {

class DataEntryText {
 public:
  explicit DataEntryText(Language language) : language_(language) {}

  std::string_view how_to_stop() const {
    return phrase_in(language_, Msg::entry_how_to_stop); }
  std::string form_heading(int number) const { return say(Msg::entry_form_heading, number); }
  std::string_view ask_group() const { return phrase_in(language_, Msg::entry_ask_group); }
  std::string_view group_heading() const { return phrase_in(language_, Msg::entry_group_heading); }
  std::string_view group_prompt() const {
    return phrase_in(language_, Msg::entry_group_prompt); }
  std::string_view group_word() const { return phrase_in(language_, Msg::entry_group_word); }
  std::string question_heading(std::size_t number, std::size_t total) const {
    return say(Msg::entry_question_heading, number, total);
  }
  std::string_view empty_is_unanswered() const {
    return phrase_in(language_, Msg::entry_empty_is_unanswered); }
  std::string_view required() const { return phrase_in(language_, Msg::entry_required); }
  std::string rank_hint(std::size_t count) const { return say(Msg::entry_rank_hint, count); }
  std::string matrix_hint(std::size_t count, std::size_t points) const {
    std::string example;  // as many points as statements, all on the scale
    for (std::size_t i = 0; i < count && points > 0; ++i) example += (i ? " " : "") + std::to_string(i * 2 % points + 1);
    return say(Msg::entry_matrix_hint, points, count, example);
  }
  std::string too_many_numbers(std::size_t typed, std::size_t items) const {
    return say(Msg::entry_too_many_numbers, typed, items);
  }
  std::string too_many_answers(std::size_t typed, std::size_t statements) const {
    return say(Msg::entry_too_many_answers, typed, statements);
  }
  std::string_view choice_hint() const {
    return phrase_in(language_, Msg::entry_choice_hint); }
  std::string_view multi_hint() const {
    return phrase_in(language_, Msg::entry_multi_hint); }
  std::string_view likert_hint() const {
    return phrase_in(language_, Msg::entry_likert_hint); }
  std::string number_hint(const std::string& range) const { return say(Msg::entry_number_hint, range); }
  std::string_view try_again() const { return phrase_in(language_, Msg::entry_try_again); }
  std::string_view not_utf8() const {
    return phrase_in(language_, Msg::entry_not_utf8); }
  std::string_view summary() const { return phrase_in(language_, Msg::entry_summary); }
  std::string_view not_answered() const { return phrase_in(language_, Msg::entry_not_answered); }
  std::string_view confirm_store() const { return phrase_in(language_, Msg::entry_confirm_store); }
  std::string_view another_form() const { return phrase_in(language_, Msg::entry_another_form); }
  std::string_view yes_or_no() const { return phrase_in(language_, Msg::entry_yes_or_no); }
  std::string stored_as(std::int64_t response_id) const { return say(Msg::entry_stored_as, response_id); }
  std::string_view not_stored() const {
    return phrase_in(language_, Msg::entry_not_stored); }
  std::string_view rejected() const {
    return phrase_in(language_, Msg::entry_rejected); }
  std::string_view interrupted() const { return phrase_in(language_, Msg::entry_interrupted); }
  std::string_view input_ended() const { return phrase_in(language_, Msg::entry_input_ended); }
  std::string_view unfinished_discarded() const {
    return phrase_in(language_, Msg::entry_unfinished_discarded); }
  std::string forms_stored(int count) const {
    return say(count == 1 ? Msg::entry_one_form_stored : Msg::entry_forms_stored, count);
  }
  std::string skipped(const std::string& condition) const { return say(Msg::entry_skipped, condition); }
  bool is_yes(std::string_view answer) const {
    return answer == "j" || answer == "J" || answer == "ja" || answer == "Ja" || answer == "y" || answer == "Y" ||
           answer == "yes";
  }
  bool is_no(std::string_view answer) const {
    return answer == "n" || answer == "N" || answer == "nee" || answer == "Nee" || answer == "no";
  }

 private:
  template <typename... Values>
  std::string say(Msg id, const Values&... values) const {
    return text_in(language_, id, values...);
  }

  Language language_;
};

}  // namespace peiling
