// One question of the data-entry dialogue: showing it, reading what is typed into answers,
// and asking again until validate_response has nothing to say about it.
#include <ostream>

#include "app/data_entry.h"
#include "app/data_entry_input.h"
#include "engine/text.h"
#include "base/escape.h"
#include "reports/paper_form_text.h"

namespace peiling {

namespace {

// validate_response's problems that concern `question`.
std::vector<std::string> problems_about(const Question& question, const std::vector<ResponseProblem>& problems) {
  std::vector<std::string> own;
  for (const auto& problem : problems)
    if (problem.question == question.id) own.push_back(problem_line(problem));
  return own;
}

// A scale point typed as its number or its label; anything else is passed on as typed,
// for validate_response to explain.
std::string scale_value(const Question& question, std::string_view typed) {
  for (std::size_t i = 0; i < question.scale.size(); ++i)
    if (same_ignoring_case(question.scale[i], typed)) return std::to_string(i + 1);
  return std::string(trim(typed));
}

}  // namespace

std::vector<Answer> DataEntry::ask_question(const Question& question, const ResponseDraft& so_far, std::size_t number,
                                            std::size_t total) {
  describe_question(question, number, total);
  for (;;) {
    std::string problem;
    auto answers = read_answers(question, problem);
    std::vector<std::string> problems;
    if (!problem.empty()) {
      problems.push_back(question.id + ": " + problem);
    } else {
      ResponseDraft trial = so_far;  // with the earlier answers, which a show_if condition looks at
      trial.answers.insert(trial.answers.end(), answers.begin(), answers.end());
      problems = problems_about(question, validate_response(questionnaire_, trial, language_));
    }
    if (problems.empty()) return answers;
    for (const auto& each : problems) out_ << "  ! " << escape_terminal(each) << "\n";
    out_ << "  " << text_.try_again() << "\n";
  }
}

void DataEntry::describe_question(const Question& question, std::size_t number, std::size_t total) {
  out_ << "\n" << text_.question_heading(number, total) << " (" << escape_terminal(question.id) << "): "
       << escape_terminal(question.text) << "\n";
  if (!question.help.empty()) out_ << "  " << escape_terminal(question.help) << "\n";
  switch (question.type) {
    case QuestionType::rank:
      for (std::size_t i = 0; i < question.items.size(); ++i)
        out_ << "    " << i + 1 << ". " << escape_terminal(question.items[i].id) << "  "
             << escape_terminal(question.items[i].label) << "\n";
      out_ << "  " << text_.rank_hint(question.items.size()) << "\n";
      break;
    case QuestionType::matrix:
      for (std::size_t i = 0; i < question.items.size(); ++i)
        out_ << "    " << i + 1 << ". " << escape_terminal(question.items[i].label) << " ("
             << escape_terminal(question.items[i].id) << ")\n";
      for (std::size_t i = 0; i < question.scale.size(); ++i)
        out_ << "       " << i + 1 << " = " << escape_terminal(question.scale[i]) << "\n";
      out_ << "  " << text_.matrix_hint(question.items.size(), question.scale.size()) << "\n";
      break;
    case QuestionType::choice:
    case QuestionType::multi:
      for (std::size_t i = 0; i < question.items.size(); ++i)
        out_ << "    " << i + 1 << ". " << escape_terminal(question.items[i].label) << " ("
             << escape_terminal(question.items[i].id) << ")\n";
      out_ << "  " << (question.type == QuestionType::choice ? text_.choice_hint() : text_.multi_hint()) << "\n";
      break;
    case QuestionType::likert:
      for (std::size_t i = 0; i < question.scale.size(); ++i)
        out_ << "    " << i + 1 << " = " << escape_terminal(question.scale[i]) << "\n";
      out_ << "  " << text_.likert_hint() << "\n";
      break;
    case QuestionType::number:
      out_ << "  " << escape_terminal(text_.number_hint(number_range(question, language_))) << "\n";
      break;
    case QuestionType::text: break;
  }
  out_ << "  (" << (question.required ? text_.required() : text_.empty_is_unanswered()) << ")\n";
}

// One question's answers as the Answer rows validate_response expects (see response.h).
// `problem` is set only for what validation cannot see: more numbers than items.
std::vector<Answer> DataEntry::read_answers(const Question& question, std::string& problem) {
  switch (question.kind().layout) {
    case AnswerLayout::per_item: return read_per_item(question, problem);
    case AnswerLayout::ticked_options: return read_options(question, problem);
    case AnswerLayout::single: break;
  }
  const std::string typed(trim(read_line("> ")));
  if (typed.empty()) return {};
  std::string value = typed;
  if (question.kind().scaled) value = scale_value(question, typed);
  else if (!question.items.empty())
    if (const Item* option = match_option(question, typed)) value = option->id;
  return {Answer{question.id, "", value}};
}

// A rank's numbers or a matrix's scale points: all on one line in item order, or (after an
// empty line) item by item. A matrix point may be typed as its label when item by item.
std::vector<Answer> DataEntry::read_per_item(const Question& question, std::string& problem) {
  std::vector<Answer> answers;
  const auto numbers = split_numbers(read_line("> "));
  const auto value_of = [&](std::string_view typed) {
    return question.kind().scaled ? scale_value(question, typed) : std::string(trim(typed));
  };
  if (numbers.empty()) {  // item by item; all left empty means not answered
    bool any = false;
    for (const auto& item : question.items) {
      const std::string typed(trim(read_line("  " + escape_terminal(item.id) + " " + escape_terminal(item.label) + ": ")));
      any = any || !typed.empty();
      if (!typed.empty() || !question.kind().scaled) answers.push_back({question.id, item.id, value_of(typed)});
    }
    return any ? answers : std::vector<Answer>{};
  }
  if (numbers.size() > question.items.size()) {
    problem = question.kind().scaled ? text_.too_many_answers(numbers.size(), question.items.size())
                                     : text_.too_many_numbers(numbers.size(), question.items.size());
    return {};
  }
  for (std::size_t i = 0; i < numbers.size(); ++i)
    answers.push_back({question.id, question.items[i].id, value_of(numbers[i])});
  return answers;
}

std::vector<Answer> DataEntry::read_options(const Question& question, std::string& /*problem*/) {
  const std::string typed(trim(read_line("> ")));
  if (typed.empty()) return {};
  std::vector<std::string> words{typed};
  if (!match_option(question, typed)) words = split_options(typed);  // a whole label may hold commas
  std::vector<Answer> answers;
  for (const auto& word : words) {
    const Item* option = match_option(question, word);
    answers.push_back({question.id, option ? option->id : word, "1"});
  }
  return answers;
}

std::string describe_answers(const Question& question, const std::vector<Answer>& answers, const DataEntryText& text) {
  if (answers.empty()) return std::string(text.not_answered());
  std::string described;
  const auto add = [&](const std::string& part) { described += (described.empty() ? "" : ", ") + part; };
  for (const auto& answer : answers) {
    switch (question.type) {
      case QuestionType::rank: add(answer.item + " = " + answer.value); break;
      case QuestionType::multi: add(question.find_item(answer.item)->label); break;
      case QuestionType::choice: add(question.find_item(answer.value)->label); break;
      case QuestionType::likert:
        add(answer.value + " (" + question.scale[std::stoul(answer.value) - 1] + ")");
        break;
      case QuestionType::matrix:
        add(answer.item + " = " + answer.value + " (" + question.scale[std::stoul(answer.value) - 1] + ")");
        break;
      case QuestionType::number: add(answer.value + (question.unit.empty() ? "" : " " + question.unit)); break;
      case QuestionType::text: add(answer.value); break;
    }
  }
  return escape_terminal(described);
}

}  // namespace peiling
