// validate_response: the one check every front end runs before a response is stored.
// Problems are collected, never thrown, so a respondent sees all of them at once. Each
// names the question (and item) it belongs to, so every front end shows it at its field.
// The one switch over the question types of this stage is in check_given.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/messages.h"
#include "base/utf8.h"
#include "engine/linking_code.h"
#include "engine/response.h"
#include "engine/show_if.h"
#include "engine/text.h"

namespace peiling {

std::string_view to_string(ResponseSource source) {
  switch (source) {
    case ResponseSource::web: return "web";
    case ResponseSource::terminal: return "terminal";
    case ResponseSource::import: return "import";
    case ResponseSource::demo: return "demo";
  }
  return "?";
}

namespace {

bool is_blank(std::string_view value) { return trim(value).empty(); }

// A whole number as typed for a rank or Likert answer: digits only, spaces around allowed.
bool parse_whole_number(std::string_view text, long long& value) {
  text = trim(text);
  if (text.empty() || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return false;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

// Numbers in messages: shortest form, with a decimal comma in Dutch.
std::string format_number(double value, Language language) {
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string text(buffer, error == std::errc() ? end : buffer);
  if (language == Language::nl) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

// "a, b en c" / "a, b and c".
std::string join_words(const std::vector<std::string>& words, Language language) {
  if (words.empty()) return "";
  std::string head = words.front();
  for (std::size_t i = 1; i + 1 < words.size(); ++i) head += ", " + words[i];
  return words.size() == 1 ? head : text_in(language, Msg::answer_list_last, head, words.back());
}

std::string join_list(const std::vector<std::string>& words) {
  std::string joined;
  for (const auto& word : words) joined += (joined.empty() ? "" : ", ") + word;
  return joined;
}

std::string item_ids(const Question& question) {
  std::vector<std::string> ids;
  for (const auto& item : question.items) ids.push_back(item.id);
  return join_list(ids);
}

// "twee keer" / "twice": how often a number was used.
std::string times(int count, Language language) {
  static constexpr Msg kInWords[] = {Msg::answer_times_0, Msg::answer_times_1, Msg::answer_times_2,
                                      Msg::answer_times_3, Msg::answer_times_4, Msg::answer_times_5,
                                      Msg::answer_times_6, Msg::answer_times_7, Msg::answer_times_8,
                                      Msg::answer_times_9, Msg::answer_times_10};
  if (count >= 0 && count <= 10) return text_in(language, kInWords[count]);
  return text_in(language, Msg::answer_times, count);
}

// The question named by id and text, for problems about the question as a whole.
std::string named(const Question& question) {
  if (question.text.empty()) return question.id;
  return question.id + " (\"" + question.text + "\")";
}


}  // namespace

std::string problem_line(const ResponseProblem& problem) {
  return problem.subject.empty() ? problem.message : problem.subject + ": " + problem.message;
}

std::vector<std::string> problem_lines(const std::vector<ResponseProblem>& problems) {
  std::vector<std::string> lines;
  for (const ResponseProblem& problem : problems) lines.push_back(problem_line(problem));
  return lines;
}

// The checks of validate_response. The buffers live as long as the validator, so a bulk
// import that validates a million drafts allocates nothing per draft on the happy path
// (allocation was a tenth of an import's time).
class ResponseValidator::Checks {
 public:
  explicit Checks(const Questionnaire& questionnaire)
      : questionnaire_(questionnaire), answers_by_question_(questionnaire.questions.size()) {}

  std::vector<ResponseProblem> run(const ResponseDraft& draft, Language language);

 private:
  void add(const Question& question, const std::string& problem, const std::string& item = "") {
    problems_.push_back({question.id, item, question.id, problem});
  }
  // A problem about the question as a whole, named with its text so a listing is clear.
  void add_named(const Question& question, const std::string& problem) {
    problems_.push_back({question.id, "", named(question), problem});
  }
  void add_general(const std::string& problem) { problems_.push_back({"", "", "", problem}); }
  template <typename... Values>
  std::string say(Msg id, const Values&... values) const {
    return text_in(language_, id, values...);
  }

  void check_group();
  void sort_answers();
  void check_question(const Question& question, const std::vector<const Answer*>& answers);
  void check_given(const Question& question, const std::vector<const Answer*>& given);
  bool check_items(const Question& question, std::vector<const Answer*>& answers);
  bool check_single(const Question& question, const std::vector<const Answer*>& answers);
  void check_rank(const Question& question, const std::vector<const Answer*>& answers);
  void check_number(const Question& question, const Answer& answer);
  void check_text(const Question& question, const Answer& answer);
  void check_choice(const Question& question, const Answer& answer);
  void check_multi(const Question& question, const std::vector<const Answer*>& answers);
  void check_likert(const Question& question, const Answer& answer);
  void check_matrix(const Question& question, const std::vector<const Answer*>& answers);
  bool on_scale(const Question& question, const Answer& answer, bool statement);
  std::string without_item(const Question& question) const;
  std::string not_an_item(const Question& question, const std::string& item) const;

  const Questionnaire& questionnaire_;
  const ResponseDraft* draft_ = nullptr;
  Language language_ = Language::nl;
  bool group_known_ = false;
  std::vector<std::vector<const Answer*>> answers_by_question_;  // parallel to questionnaire_.questions
  std::vector<ResponseProblem> problems_;
  // Scratch space of check_question and the checks it calls, reused from draft to draft.
  std::vector<const Answer*> answers_;
  std::vector<const Answer*> given_;
  std::vector<const Answer*> kept_;
  std::vector<std::string_view> seen_;
  std::vector<int> used_;
};

std::vector<ResponseProblem> ResponseValidator::Checks::run(const ResponseDraft& draft, Language language) {
  draft_ = &draft;
  language_ = language;
  problems_.clear();
  check_group();
  sort_answers();
  for (std::size_t i = 0; i < questionnaire_.questions.size(); ++i)
    check_question(questionnaire_.questions[i], answers_by_question_[i]);
  if (auto problem = linking_code_problem(questionnaire_, draft.linking_code, language))
    problems_.push_back({"", "", std::string(linking_code_name(language)), std::move(*problem)});
  return std::move(problems_);
}

void ResponseValidator::Checks::check_group() {
  group_known_ = questionnaire_.find_group(draft_->group) != nullptr;
  if (group_known_) return;
  std::vector<std::string> ids;
  for (const auto& group : questionnaire_.groups) ids.push_back(group.id);
  add_general(draft_->group.empty() ? say(Msg::answer_no_group, join_list(ids))
                                     : say(Msg::answer_unknown_group, draft_->group, join_list(ids)));
}

// Files every answer under its question; answers to unknown questions are reported here.
void ResponseValidator::Checks::sort_answers() {
  const auto& questions = questionnaire_.questions;
  for (auto& answers : answers_by_question_) answers.clear();
  std::vector<std::string> unknown;
  for (const auto& answer : draft_->answers) {
    auto found = std::find_if(questions.begin(), questions.end(),
                              [&](const Question& question) { return question.id == answer.question; });
    if (found != questions.end()) {
      answers_by_question_[static_cast<std::size_t>(found - questions.begin())].push_back(&answer);
    } else if (std::find(unknown.begin(), unknown.end(), answer.question) == unknown.end()) {
      unknown.push_back(answer.question);
      add_general(say(Msg::answer_unknown_question, answer.question));
    }
  }
}

void ResponseValidator::Checks::check_question(const Question& question, const std::vector<const Answer*>& all_answers) {
  std::vector<const Answer*>& answers = answers_;
  answers = all_answers;
  const bool answered = std::any_of(answers.begin(), answers.end(), [](const Answer* a) { return !is_blank(a->value); });
  if (group_known_ && !question.asked_to(draft_->group)) {
    if (answered)
      add_named(question, say(Msg::answer_not_asked_to_group, draft_->group));
    return;  // blank answers to it are no answers
  }
  if (question.show_if && !is_shown(questionnaire_, question, draft_->answers)) {
    if (answered)
      add_named(question, say(Msg::answer_not_shown, show_if_clause(questionnaire_, question, language_)));
    return;  // not asked: not required either
  }
  if (!check_items(question, answers)) return;

  // An empty value is no answer; blank rank items are reported as missing by check_rank.
  std::vector<const Answer*>& given = given_;
  given.clear();
  for (const Answer* answer : answers)
    if (!is_blank(answer->value)) given.push_back(answer);

  if (!given.empty()) {
    check_given(question, given);
  } else if (question.required && group_known_ && question.asked_to(draft_->group)) {
    add_named(question, say(Msg::answer_required));
  }
}

void ResponseValidator::Checks::check_given(const Question& question, const std::vector<const Answer*>& given) {
  switch (question.type) {
    case QuestionType::rank: return check_rank(question, given);
    case QuestionType::number: return check_number(question, *given.front());
    case QuestionType::text: return check_text(question, *given.front());
    case QuestionType::choice: return check_choice(question, *given.front());
    case QuestionType::multi: return check_multi(question, given);
    case QuestionType::likert: return check_likert(question, *given.front());
    case QuestionType::matrix: return check_matrix(question, given);
  }
}

// A question answered without items has one answer, without an item.
bool ResponseValidator::Checks::check_single(const Question& question, const std::vector<const Answer*>& answers) {
  const bool has_item = std::any_of(answers.begin(), answers.end(), [](const Answer* a) { return !a->item.empty(); });
  if (has_item) {
    add(question, say(Msg::answer_no_items));
    return false;
  }
  if (answers.size() > 1) {
    add(question, say(question.type == QuestionType::choice ? Msg::answer_choose_one : Msg::answer_one_expected,
                      answers.size()));
    return false;
  }
  return true;
}

// For an answer that names no item, by what the question's items are.
std::string ResponseValidator::Checks::without_item(const Question& question) const {
  if (question.kind().layout == AnswerLayout::ticked_options)
    return say(Msg::answer_without_option);
  if (question.type == QuestionType::matrix)
    return say(Msg::answer_without_statement);
  return say(Msg::answer_without_item);
}

// An item the question does not have, with the question's item ids.
std::string ResponseValidator::Checks::not_an_item(const Question& question, const std::string& item) const {
  if (question.kind().layout == AnswerLayout::ticked_options)
    return say(Msg::answer_not_an_option, item, item_ids(question));
  if (question.type == QuestionType::matrix) return say(Msg::answer_not_a_statement, item, item_ids(question));
  return say(Msg::answer_not_an_item, item, item_ids(question));
}

// Checks the item of each answer and removes duplicates; false when nothing more can be said.
bool ResponseValidator::Checks::check_items(const Question& question, std::vector<const Answer*>& answers) {
  if (question.kind().layout == AnswerLayout::single) return check_single(question, answers);

  std::vector<const Answer*>& kept = kept_;
  std::vector<std::string_view>& seen = seen_;
  kept.clear();
  seen.clear();
  for (const Answer* answer : answers) {
    if (answer->item.empty()) {
      add(question, without_item(question));
    } else if (!question.find_item(answer->item)) {
      add(question, not_an_item(question, answer->item), answer->item);
    } else if (std::find(seen.begin(), seen.end(), answer->item) != seen.end()) {
      // Reported once per item, however often it repeats.
      if (std::count(seen.begin(), seen.end(), answer->item) == 1)
        add(question, say(Msg::answer_item_twice, answer->item), answer->item);
      seen.push_back(answer->item);
    } else {
      seen.push_back(answer->item);
      kept.push_back(answer);
    }
  }
  answers.swap(kept);
  return true;
}

void ResponseValidator::Checks::check_rank(const Question& question, const std::vector<const Answer*>& answers) {
  const int count = static_cast<int>(question.items.size());
  std::vector<int>& used = used_;
  used.assign(static_cast<std::size_t>(count) + 1, 0);
  bool all_valid = true;
  for (const Answer* answer : answers) {
    long long number = 0;
    if (!parse_whole_number(answer->value, number) || number < 1 || number > count) {
      all_valid = false;
      add(question, say(Msg::answer_rank_not_whole, answer->item, trim(answer->value), count), answer->item);
    } else {
      ++used[static_cast<std::size_t>(number)];
    }
  }

  std::vector<std::string> unranked;
  for (const auto& item : question.items)
    if (std::none_of(answers.begin(), answers.end(), [&](const Answer* answer) { return answer->item == item.id; }))
      unranked.push_back(item.id);
  if (!unranked.empty())
    add(question, say(unranked.size() == 1 ? Msg::answer_unranked_one : Msg::answer_unranked,
                      join_words(unranked, language_)));

  // Repeated numbers are always wrong; missing numbers only say something once every item
  // has a valid number (otherwise the missing item already explains them).
  std::vector<std::string> repeats;
  std::vector<std::string> missing;
  for (int number = 1; number <= count; ++number) {
    const int uses = used[static_cast<std::size_t>(number)];
    if (uses > 1)
      repeats.push_back(say(Msg::answer_number_used, number, times(uses, language_)));
    if (uses == 0) missing.push_back(std::to_string(number));
  }
  if (repeats.empty()) return;
  if (all_valid && unranked.empty() && !missing.empty())
    repeats.push_back(say(missing.size() == 1 ? Msg::answer_number_missing : Msg::answer_numbers_missing,
                          join_words(missing, language_)));
  add(question, say(Msg::answer_each_number_once, count, join_words(repeats, language_)));
}

void ResponseValidator::Checks::check_number(const Question& question, const Answer& answer) {
  double value = 0;
  const std::string typed(trim(answer.value));
  if (!parse_typed_number(typed, value)) {
    add(question, say(Msg::answer_not_a_number, typed));
    return;
  }
  if (question.integer && value != std::floor(value)) {
    add(question, say(Msg::answer_not_whole, format_number(value, language_)));
    return;
  }
  if (value < question.min || value > question.max) {
    const std::string unit = question.unit.empty() ? "" : " " + question.unit;
    add(question, say(Msg::answer_out_of_range, format_number(value, language_) + unit,
                      format_number(question.min, language_), format_number(question.max, language_) + unit));
  }
}

void ResponseValidator::Checks::check_text(const Question& question, const Answer& answer) {
  const std::optional<std::size_t> length = utf8_length(answer.value);
  if (!length) {
    add(question, say(Msg::answer_not_utf8));
  } else if (*length > question.max_length) {
    add(question, say(Msg::answer_too_long, *length, question.max_length));
  }
}

void ResponseValidator::Checks::check_choice(const Question& question, const Answer& answer) {
  const std::string typed(trim(answer.value));
  if (question.find_item(typed)) return;
  add(question, say(Msg::answer_not_a_choice, typed, item_ids(question)));
}

void ResponseValidator::Checks::check_multi(const Question& question, const std::vector<const Answer*>& answers) {
  for (const Answer* answer : answers)
    if (trim(answer->value) != "1")
      add(question, say(Msg::answer_ticked_value, answer->item, trim(answer->value)), answer->item);
  const int ticked = static_cast<int>(answers.size());
  if (question.min_choices > 0 && ticked < question.min_choices)
    add(question, say(Msg::answer_too_few_ticked, ticked, question.min_choices));
  if (question.max_choices > 0 && ticked > question.max_choices)
    add(question, say(Msg::answer_too_many_ticked, ticked, question.max_choices));
}

// A scale position 1..k; a matrix statement's message names the statement.
bool ResponseValidator::Checks::on_scale(const Question& question, const Answer& answer, bool statement) {
  const int points = static_cast<int>(question.scale.size());
  long long number = 0;
  if (parse_whole_number(answer.value, number) && number >= 1 && number <= points) return true;
  add(question,
      statement ? say(Msg::answer_statement_not_on_scale, answer.item, trim(answer.value), points)
                : say(Msg::answer_not_on_scale, trim(answer.value), points),
      answer.item);
  return false;
}

void ResponseValidator::Checks::check_likert(const Question& question, const Answer& answer) {
  on_scale(question, answer, false);
}

// Each statement's answer on the scale; a required matrix needs an answer to every statement.
void ResponseValidator::Checks::check_matrix(const Question& question, const std::vector<const Answer*>& answers) {
  for (const Answer* answer : answers)
    on_scale(question, *answer, true);
  if (!question.required) return;
  std::vector<std::string> unanswered;
  for (const auto& item : question.items)
    if (std::none_of(answers.begin(), answers.end(), [&](const Answer* answer) { return answer->item == item.id; }))
      unanswered.push_back(item.id);
  if (!unanswered.empty())
    add(question, say(unanswered.size() == 1 ? Msg::answer_statement_unanswered : Msg::answer_statements_unanswered,
                      join_words(unanswered, language_)));
}

ResponseValidator::ResponseValidator(const Questionnaire& questionnaire)
    : checks_(std::make_unique<Checks>(questionnaire)) {}

ResponseValidator::~ResponseValidator() = default;

std::vector<ResponseProblem> ResponseValidator::check(const ResponseDraft& draft, Language language) {
  return checks_->run(draft, language);
}

std::vector<ResponseProblem> validate_response(const Questionnaire& questionnaire, const ResponseDraft& draft,
                                           Language language) {
  return ResponseValidator(questionnaire).check(draft, language);
}

bool parse_typed_number(const std::string& text, double& value) {
  std::string_view typed = trim(text);
  std::string normal;
  std::size_t digits = 0;
  bool separator = false;
  for (std::size_t i = 0; i < typed.size(); ++i) {
    const char c = typed[i];
    if (c >= '0' && c <= '9') {
      ++digits;
      normal += c;
    } else if ((c == '.' || c == ',') && !separator) {
      separator = true;
      normal += '.';
    } else if ((c == '-' || c == '+') && i == 0) {
      if (c == '-') normal += c;
    } else {
      return false;  // letters, exponents, thousands separators, spaces inside
    }
  }
  if (digits == 0) return false;
  auto [end, error] = std::from_chars(normal.data(), normal.data() + normal.size(), value);
  return error == std::errc() && end == normal.data() + normal.size();
}

}  // namespace peiling
