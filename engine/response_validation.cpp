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
  std::string joined;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) joined += i + 1 == words.size() ? std::string(pick(language, " en ", " and ")) : ", ";
    joined += words[i];
  }
  return joined;
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
  static const char* const dutch[] = {"nul keer", "één keer", "twee keer", "drie keer", "vier keer", "vijf keer",
                                      "zes keer", "zeven keer", "acht keer", "negen keer", "tien keer"};
  static const char* const english[] = {"never", "once", "twice", "three times", "four times", "five times",
                                        "six times", "seven times", "eight times", "nine times", "ten times"};
  if (count >= 0 && count <= 10) return language == Language::nl ? dutch[count] : english[count];
  return std::to_string(count) + std::string(pick(language, " keer", " times"));
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
  std::string_view say(std::string_view dutch, std::string_view english) const { return pick(language_, dutch, english); }

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
  bool on_scale(const Question& question, const Answer& answer, std::string_view where);
  std::string without_item(const Question& question) const;
  std::string not_an_item(const Question& question) const;

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
  std::string problem = draft_->group.empty()
                            ? std::string(say("geen respondentgroep opgegeven", "no respondent group given"))
                            : std::string(say("onbekende respondentgroep '", "unknown respondent group '")) +
                                  draft_->group + "'";
  add_general(problem + std::string(say("; kies uit: ", "; choose from: ")) + join_list(ids));
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
      add_general(std::string(say("antwoord op een onbekende vraag '", "answer to an unknown question '")) +
                  answer.question + "'");
    }
  }
}

void ResponseValidator::Checks::check_question(const Question& question, const std::vector<const Answer*>& all_answers) {
  std::vector<const Answer*>& answers = answers_;
  answers = all_answers;
  const bool answered = std::any_of(answers.begin(), answers.end(), [](const Answer* a) { return !is_blank(a->value); });
  if (group_known_ && !question.asked_to(draft_->group)) {
    if (answered)
      add_named(question, std::string(say("deze vraag wordt niet gesteld aan de groep ",
                                          "this question is not asked to the group ")) +
                              draft_->group);
    return;  // blank answers to it are no answers
  }
  if (question.show_if && !is_shown(questionnaire_, question, draft_->answers)) {
    if (answered)
      add_named(question, std::string(say("deze vraag is alleen voor als ", "this question is only asked if ")) +
                              show_if_clause(questionnaire_, question, language_) +
                              std::string(say("; laat hem leeg", "; leave it empty")));
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
    add_named(question, std::string(say("deze vraag is verplicht en nog niet beantwoord",
                                        "this question is required and has no answer")));
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
    add(question, std::string(say("deze vraag heeft geen onderdelen; geef één antwoord zonder onderdeel",
                                  "this question has no items; give one answer without an item")));
    return false;
  }
  if (answers.size() > 1) {
    add(question, std::to_string(answers.size()) +
                      std::string(question.type == QuestionType::choice
                                      ? say(" antwoorden gegeven; kies er één", " answers given; choose one")
                                      : say(" antwoorden gegeven; er hoort er één te zijn",
                                            " answers given; there should be one")));
    return false;
  }
  return true;
}

// For an answer that names no item, by what the question's items are.
std::string ResponseValidator::Checks::without_item(const Question& question) const {
  if (question.kind().layout == AnswerLayout::ticked_options)
    return std::string(say("een antwoord zonder optie; geef per aangevinkte optie een antwoord",
                           "an answer without an option; give one answer per ticked option"));
  if (question.type == QuestionType::matrix)
    return std::string(say("een antwoord zonder stelling; geef elke stelling een eigen antwoord",
                           "an answer without a statement; give each statement its own answer"));
  return std::string(say("een antwoord zonder onderdeel; geef elk onderdeel een eigen cijfer",
                         "an answer without an item; give each item its own number"));
}

// After "'x'" for an item the question does not have; the question's item ids follow.
std::string ResponseValidator::Checks::not_an_item(const Question& question) const {
  if (question.kind().layout == AnswerLayout::ticked_options)
    return std::string(say(" is geen keuzemogelijkheid; kies uit: ", " is not one of the options; choose from: "));
  if (question.type == QuestionType::matrix)
    return std::string(say(" is geen stelling van deze vraag; stellingen: ",
                           " is not a statement of this question; statements: "));
  return std::string(say(" is geen onderdeel van deze vraag; onderdelen: ", " is not an item of this question; items: "));
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
      add(question, "'" + answer->item + "'" + not_an_item(question) + item_ids(question), answer->item);
    } else if (std::find(seen.begin(), seen.end(), answer->item) != seen.end()) {
      // Reported once per item, however often it repeats.
      if (std::count(seen.begin(), seen.end(), answer->item) == 1)
        add(question, answer->item + std::string(say(" is meer dan één keer beantwoord", " is answered more than once")),
            answer->item);
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
  const auto range = [&] { return std::string(say("1 tot en met ", "1 to ")) + std::to_string(count); };
  std::vector<int>& used = used_;
  used.assign(static_cast<std::size_t>(count) + 1, 0);
  bool all_valid = true;
  for (const Answer* answer : answers) {
    long long number = 0;
    if (!parse_whole_number(answer->value, number) || number < 1 || number > count) {
      all_valid = false;
      add(question, std::string(say("bij ", "")) + answer->item +
                        std::string(say(" staat '", " has '")) + std::string(trim(answer->value)) +
                        std::string(say("'; geef een heel getal van ", "'; give a whole number from ")) + range(),
          answer->item);
    } else {
      ++used[static_cast<std::size_t>(number)];
    }
  }

  std::vector<std::string> unranked;
  for (const auto& item : question.items)
    if (std::none_of(answers.begin(), answers.end(), [&](const Answer* answer) { return answer->item == item.id; }))
      unranked.push_back(item.id);
  if (!unranked.empty())
    add(question, std::string(say("geef elk onderdeel een cijfer; ", "give every item a number; ")) +
                      join_words(unranked, language_) +
                      std::string(unranked.size() == 1 ? say(" heeft er nog geen", " has none")
                                                       : say(" hebben er nog geen", " have none")));

  // Repeated numbers are always wrong; missing numbers only say something once every item
  // has a valid number (otherwise the missing item already explains them).
  std::vector<std::string> repeats;
  std::vector<std::string> missing;
  for (int number = 1; number <= count; ++number) {
    const int uses = used[static_cast<std::size_t>(number)];
    if (uses > 1)
      repeats.push_back(std::to_string(number) + std::string(say(" is ", " is given ")) + times(uses, language_) +
                        std::string(say(" gegeven", "")));
    if (uses == 0) missing.push_back(std::to_string(number));
  }
  if (repeats.empty()) return;
  if (all_valid && unranked.empty() && !missing.empty())
    repeats.push_back(join_words(missing, language_) + std::string(missing.size() == 1
                                                                       ? say(" ontbreekt", " is missing")
                                                                       : say(" ontbreken", " are missing")));
  add(question, std::string(say("elk cijfer van ", "use every number from ")) + range() +
                    std::string(say(" precies één keer gebruiken; ", " exactly once; ")) +
                    join_words(repeats, language_));
}

void ResponseValidator::Checks::check_number(const Question& question, const Answer& answer) {
  double value = 0;
  const std::string typed(trim(answer.value));
  if (!parse_typed_number(typed, value)) {
    add(question, "'" + typed + std::string(say("' is geen getal", "' is not a number")));
    return;
  }
  if (question.integer && value != std::floor(value)) {
    add(question, std::string(say("vul een heel getal in; ", "enter a whole number; ")) +
                      format_number(value, language_) +
                      std::string(say(" is geen heel getal", " is not a whole number")));
    return;
  }
  if (value < question.min || value > question.max) {
    const std::string unit = question.unit.empty() ? "" : " " + question.unit;
    add(question, format_number(value, language_) + unit +
                      std::string(say(" kan niet; vul een getal van ", " is out of range; enter a number from ")) +
                      format_number(question.min, language_) + std::string(say(" tot en met ", " to ")) +
                      format_number(question.max, language_) + unit + std::string(say(" in", "")));
  }
}

void ResponseValidator::Checks::check_text(const Question& question, const Answer& answer) {
  const std::optional<std::size_t> length = utf8_length(answer.value);
  if (!length) {
    add(question, std::string(say("het antwoord bevat ongeldige tekens (geen UTF-8)",
                                  "the answer contains invalid characters (not UTF-8)")));
  } else if (*length > question.max_length) {
    add(question, std::string(say("het antwoord is ", "the answer is ")) + std::to_string(*length) +
                      std::string(say(" tekens lang; maximaal ", " characters long; at most ")) +
                      std::to_string(question.max_length) + std::string(say(" tekens", " are allowed")));
  }
}

void ResponseValidator::Checks::check_choice(const Question& question, const Answer& answer) {
  const std::string typed(trim(answer.value));
  if (question.find_item(typed)) return;
  add(question, "'" + typed +
                    std::string(say("' is geen keuzemogelijkheid; kies één van: ",
                                    "' is not one of the options; choose one of: ")) +
                    item_ids(question));
}

void ResponseValidator::Checks::check_multi(const Question& question, const std::vector<const Answer*>& answers) {
  for (const Answer* answer : answers)
    if (trim(answer->value) != "1")
      add(question, std::string(say("bij optie ", "option ")) + answer->item +
                        std::string(say(" staat '", " has '")) + std::string(trim(answer->value)) +
                        std::string(say("'; een aangevinkte optie heeft de waarde 1",
                                        "'; a ticked option has the value 1")),
          answer->item);
  const int ticked = static_cast<int>(answers.size());
  if (question.min_choices > 0 && ticked < question.min_choices)
    add(question, std::to_string(ticked) + std::string(say(" aangevinkt; kies er minstens ", " ticked; choose at least ")) +
                      std::to_string(question.min_choices));
  if (question.max_choices > 0 && ticked > question.max_choices)
    add(question, std::to_string(ticked) + std::string(say(" aangevinkt; kies er hoogstens ", " ticked; choose at most ")) +
                      std::to_string(question.max_choices));
}

// A scale position 1..k; `where` starts the message for a matrix statement ("bij s1 ").
bool ResponseValidator::Checks::on_scale(const Question& question, const Answer& answer, std::string_view where) {
  const int points = static_cast<int>(question.scale.size());
  long long number = 0;
  if (parse_whole_number(answer.value, number) && number >= 1 && number <= points) return true;
  add(question, std::string(where) + "'" + std::string(trim(answer.value)) +
                    std::string(say("' staat niet op de schaal; kies een heel getal van 1 tot en met ",
                                    "' is not on the scale; choose a whole number from 1 to ")) +
                    std::to_string(points),
      answer.item);
  return false;
}

void ResponseValidator::Checks::check_likert(const Question& question, const Answer& answer) {
  on_scale(question, answer, "");
}

// Each statement's answer on the scale; a required matrix needs an answer to every statement.
void ResponseValidator::Checks::check_matrix(const Question& question, const std::vector<const Answer*>& answers) {
  for (const Answer* answer : answers)
    on_scale(question, *answer, std::string(say("bij ", "")) + answer->item + std::string(say(" staat ", " has ")));
  if (!question.required) return;
  std::vector<std::string> unanswered;
  for (const auto& item : question.items)
    if (std::none_of(answers.begin(), answers.end(), [&](const Answer* answer) { return answer->item == item.id; }))
      unanswered.push_back(item.id);
  if (!unanswered.empty())
    add(question, std::string(say("geef bij elke stelling een antwoord; ", "answer every statement; ")) +
                      join_words(unanswered, language_) +
                      std::string(unanswered.size() == 1 ? say(" heeft er nog geen", " has none")
                                                         : say(" hebben er nog geen", " have none")));
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
