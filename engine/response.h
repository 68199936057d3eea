// A would-be response and the single validation every front end (terminal, CSV, web) uses
// before anything is stored.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "base/language.h"
#include "engine/questionnaire.h"

namespace peiling {

// One answer as entered, values as text. How a question type is spread over answers
// (its AnswerLayout, question_type.h):
//   rank:   one answer per item: item = item id, value = the number given ("1".."n")
//   number: item = "", value = the number ("12", "7.5" or "7,5")
//   text:   item = "", value = the open answer
//   choice: item = "", value = the option id
//   multi:  one answer per ticked option: item = option id, value = "1"
//   likert: item = "", value = the scale position, "1".."k"
//   matrix: one answer per statement: item = statement id, value = the scale position
struct Answer {
  std::string question;
  std::string item;
  std::string value;
};

enum class ResponseSource { web, terminal, import, demo };
std::string_view to_string(ResponseSource source);

// What a respondent handed in. Never holds a name: the group is all we know of a person.
struct ResponseDraft {
  std::string group;
  std::vector<Answer> answers;
  // The anonymous linking code as typed (engine/linking_code.h), "" when none was given.
  // Kept apart from the answers: it is stored in a column of its own and never shown.
  std::string linking_code = {};
  // The unit (school) of a survey that spans units (store.h, UnitInvitation): the unit of
  // the link or file the response came through; "" in a survey without units.
  std::string unit = {};
};

// One thing wrong with a draft, placed where it belongs, so a front end shows it at its
// field (the web form beside the question, `enter` after the question it asks, an import
// after the row) without reading the message back.
struct ResponseProblem {
  std::string question;  // the question's id; "" when about the response as a whole
  std::string item;      // the item, option or statement it is about; "" when about the question
  std::string subject;   // how a one-line listing names the question: "jaren" or "jaren (\"Hoeveel ...\")"
  std::string message;   // in words a respondent understands, without the question
};

// The problem as one line: "subject: message", or the message alone.
std::string problem_line(const ResponseProblem& problem);
std::vector<std::string> problem_lines(const std::vector<ResponseProblem>& problems);

// Checks a draft against the definition and the respondent's group: the group exists,
// no answer to a question the group is not asked, required questions answered, a rank is a
// permutation of 1..n, numbers in range, options exist, likert and matrix values on the
// scale, open answers not too long. Returns every problem found, in words a respondent
// understands (Dutch by default); empty means valid.
std::vector<ResponseProblem> validate_response(const Questionnaire& questionnaire, const ResponseDraft& draft,
                                               Language language = Language::nl);

// validate_response for many drafts of one questionnaire (a bulk import): the same
// checks and messages, with its working memory kept from draft to draft.
class ResponseValidator {
 public:
  explicit ResponseValidator(const Questionnaire& questionnaire);
  ~ResponseValidator();
  ResponseValidator(const ResponseValidator&) = delete;
  ResponseValidator& operator=(const ResponseValidator&) = delete;

  std::vector<ResponseProblem> check(const ResponseDraft& draft, Language language = Language::nl);

 private:
  class Checks;
  std::unique_ptr<Checks> checks_;
};

// Parses a number as typed: accepts a decimal comma or point. Returns false if not a number.
bool parse_typed_number(const std::string& text, double& value);

}  // namespace peiling
