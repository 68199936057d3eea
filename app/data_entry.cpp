// The data-entry dialogue: forms, the group, confirmation and storing; see data_entry.h.
// Reading the answers of one question lives in data_entry_answers.cpp.
#include "app/data_entry.h"

#include <istream>
#include <ostream>

#include "app/data_entry_input.h"
#include "engine/show_if.h"
#include "engine/store.h"
#include "engine/text.h"
#include "base/escape.h"
#include "base/utf8.h"

namespace peiling {

namespace {

// Thrown by read_line when the input ends or a stop is requested; caught in run().
struct EndOfInput {};

}  // namespace

DataEntry::DataEntry(const Questionnaire& questionnaire, std::istream& in, std::ostream& out, StoreForm store_form,
                     Language language)
    : questionnaire_(questionnaire),
      in_(in),
      out_(out),
      store_form_(std::move(store_form)),
      language_(language),
      text_(language) {
  // A questionnaire of one group has nothing to ask.
  if (questionnaire_.groups.size() == 1) fixed_group_ = questionnaire_.groups.front().id;
}

const RespondentGroup* DataEntry::group_by_number(std::string_view typed) const {
  const std::string number(trim(typed));
  if (number.empty() || number.size() > 3 || number.find_first_not_of("0123456789") != std::string::npos) return nullptr;
  const auto position = std::stoul(number);
  return position >= 1 && position <= questionnaire_.groups.size() ? &questionnaire_.groups[position - 1] : nullptr;
}

DataEntryOutcome DataEntry::run() {
  DataEntryOutcome outcome;
  out_ << text_.how_to_stop() << "\n";
  try {
    for (int form_number = 1;; ++form_number) {
      lines_in_form_ = 0;
      enter_form(form_number, outcome);
      lines_in_form_ = 0;
      if (!ask_yes_no(text_.another_form())) break;
    }
  } catch (const EndOfInput&) {
    outcome.unfinished_form = lines_in_form_ > 0;
    out_ << "\n";
  }
  return outcome;
}

std::string DataEntry::closing_message(const DataEntryOutcome& outcome, bool interrupted) const {
  std::string message;
  if (interrupted) message = std::string(text_.interrupted()) + " ";
  if (outcome.unfinished_form) message += std::string(text_.unfinished_discarded()) + " ";
  return message + text_.forms_stored(outcome.stored);
}

// A line that is not UTF-8 (a terminal in Latin-1, a pasted stray byte) is refused here and
// asked again, so no answer, group or option ever holds one.
std::string DataEntry::read_line(const std::string& prompt) {
  for (;;) {
    if (stop_requested_ && stop_requested_()) throw EndOfInput{};
    out_ << prompt << std::flush;
    std::string line;
    if (!std::getline(in_, line) || (stop_requested_ && stop_requested_())) throw EndOfInput{};
    if (!line.empty() && line.back() == '\r') line.pop_back();  // typed on Windows or piped from a CRLF file
    if (echo_input_) out_ << escape_terminal(line) << "\n";
    ++lines_in_form_;
    if (is_valid_utf8(line)) return line;
    out_ << "  ! " << text_.not_utf8() << "\n";
  }
}

bool DataEntry::ask_yes_no(std::string_view question) {
  for (;;) {
    const std::string answer(trim(read_line(std::string(question) + " ")));
    if (text_.is_yes(answer)) return true;
    if (text_.is_no(answer)) return false;
    out_ << "  " << text_.yes_or_no() << "\n";
  }
}

// The group by its number on the list, id or label; an unknown one is explained with
// validate_response's message. The groups are listed like a question's options (a list in
// brackets on the prompt line read like a default that Enter would take).
std::string DataEntry::ask_group() {
  out_ << text_.group_heading() << "\n";
  for (std::size_t i = 0; i < questionnaire_.groups.size(); ++i)
    out_ << "    " << i + 1 << ". " << escape_terminal(questionnaire_.groups[i].label) << " ("
         << escape_terminal(questionnaire_.groups[i].id) << ")\n";
  for (;;) {
    const std::string typed = read_line(std::string(text_.group_prompt()));
    if (const RespondentGroup* group = match_group(questionnaire_, typed)) return group->id;
    if (const RespondentGroup* group = group_by_number(typed)) return group->id;
    const auto problems = validate_response(questionnaire_, {std::string(trim(typed)), {}}, language_);
    out_ << "  ! " << escape_terminal(problems.empty() ? typed : problem_line(problems.front())) << "\n";
  }
}

void DataEntry::enter_form(int form_number, DataEntryOutcome& outcome) {
  out_ << text_.form_heading(form_number) << "\n";
  ResponseDraft draft;
  draft.group = fixed_group_ ? *fixed_group_ : ask_group();
  if (fixed_group_)
    out_ << text_.ask_group() << ": " << escape_terminal(questionnaire_.find_group(draft.group)->label) << "\n";
  const auto questions = questionnaire_.questions_for(draft.group);
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (!is_shown(questionnaire_, *questions[i], draft.answers)) {  // its show_if condition does not hold
      out_ << escape_terminal(text_.question_heading(i + 1, questions.size()) + " (" + questions[i]->id + "): " +
                              text_.skipped(show_if_note(questionnaire_, *questions[i], language_)))
           << "\n";
      continue;
    }
    auto answers = ask_question(*questions[i], draft, i + 1, questions.size());
    draft.answers.insert(draft.answers.end(), answers.begin(), answers.end());
  }
  show_summary(draft);
  if (ask_yes_no(text_.confirm_store()))
    store(draft, outcome);
  else
    out_ << text_.not_stored() << "\n";
}

void DataEntry::show_summary(const ResponseDraft& draft) {
  out_ << "\n" << text_.summary() << " (" << text_.group_word() << " "
       << escape_terminal(questionnaire_.find_group(draft.group)->label) << "):\n";
  for (const Question* question : questionnaire_.questions_for(draft.group)) {
    std::vector<Answer> answers;
    for (const auto& answer : draft.answers)
      if (answer.question == question->id) answers.push_back(answer);
    out_ << "  " << escape_terminal(question->id) << ": " << describe_answers(*question, answers, text_) << "\n";
  }
}

void DataEntry::store(const ResponseDraft& draft, DataEntryOutcome& outcome) {
  try {
    const auto response_id = store_form_(draft);
    ++outcome.stored;
    out_ << text_.stored_as(response_id) << "\n";
  } catch (const ResponseRejected& rejected) {
    out_ << text_.rejected() << "\n";
    for (const auto& problem : rejected.problems()) out_ << "  ! " << escape_terminal(problem) << "\n";
  }
}

}  // namespace peiling
