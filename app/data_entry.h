// Terminal data entry of returned paper forms: a dialogue that asks the group and then each
// question that group was asked, explains invalid input with validate_response's own
// messages and asks again, shows a summary, and stores the form only once it is confirmed.
// It reads an istream and writes an ostream, so tests drive it without a terminal.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "app/data_entry_text.h"
#include "engine/response.h"

namespace peiling {

struct DataEntryOutcome {
  int stored = 0;               // forms confirmed and stored
  bool unfinished_form = false;  // input ended inside a form; nothing of that form was stored
};

class DataEntry {
 public:
  // Stores one confirmed form (in one transaction) and returns its response id; may throw
  // ResponseRejected, which the dialogue shows as "not stored".
  using StoreForm = std::function<std::int64_t(const ResponseDraft& draft)>;

  DataEntry(const Questionnaire& questionnaire, std::istream& in, std::ostream& out, StoreForm store_form,
            Language language = Language::nl);

  // Every form is for this group (an id of the questionnaire); the group is not asked.
  void set_group(const std::string& group_id) { fixed_group_ = group_id; }
  // Checked before every read: true ends the dialogue as if the input had ended (Ctrl-C).
  void set_stop_check(std::function<bool()> stop_requested) { stop_requested_ = std::move(stop_requested); }

  // Writes each line read after its prompt, so a transcript of piped input reads like a session.
  void set_echo_input(bool echo) { echo_input_ = echo; }

  // Enters forms until the user says no more or the input ends.
  DataEntryOutcome run();

  // The last words: how many forms were stored, and whether an unfinished one was dropped.
  std::string closing_message(const DataEntryOutcome& outcome, bool interrupted) const;

 private:
  std::string read_line(const std::string& prompt);
  bool ask_yes_no(std::string_view question);
  const RespondentGroup* group_by_number(std::string_view typed) const;  // "2": the 2nd group
  std::string ask_group();
  void enter_form(int form_number, DataEntryOutcome& outcome);
  std::vector<Answer> ask_question(const Question& question, const ResponseDraft& so_far, std::size_t number,
                                   std::size_t total);
  void describe_question(const Question& question, std::size_t number, std::size_t total);
  std::vector<Answer> read_answers(const Question& question, std::string& problem);
  std::vector<Answer> read_per_item(const Question& question, std::string& problem);
  std::vector<Answer> read_options(const Question& question, std::string& problem);
  void show_summary(const ResponseDraft& draft);
  void store(const ResponseDraft& draft, DataEntryOutcome& outcome);

  const Questionnaire& questionnaire_;
  std::istream& in_;
  std::ostream& out_;
  StoreForm store_form_;
  Language language_;
  DataEntryText text_;
  std::optional<std::string> fixed_group_;  // --group, or the only group
  std::function<bool()> stop_requested_;
  bool echo_input_ = false;
  int lines_in_form_ = 0;  // lines read since the current form began
};

// The answers of `question` in words for the summary: "f1 = 3, f2 = 4", a choice's label,
// "(niet beantwoord)". Terminal-escaped.
std::string describe_answers(const Question& question, const std::vector<Answer>& answers, const DataEntryText& text);

}  // namespace peiling
