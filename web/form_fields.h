// How a questionnaire maps onto HTML form fields, both ways: the field names the form page
// writes, the ResponseDraft a posted form becomes, and which question each problem found
// by validate_response belongs to (so the message can stand at that field).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/questionnaire.h"
#include "engine/response.h"

namespace peiling::web {

// Posted fields, name to values (a field can repeat, e.g. ticked checkboxes).
using FormFields = std::multimap<std::string, std::string>;

// Field names, by the question's answer layout (question_type.h). One answer: "a:<question>";
// one per item (rank items, matrix statements): "r:<question>:<item>"; ticked options:
// "m:<question>" once per ticked option, the option id as value.
std::string answer_field(const Question& question);
std::string item_field(const Question& question, const Item& item);
std::string multi_field(const Question& question);

// The first value of a field, or "".
std::string field_value(const FormFields& fields, const std::string& name);
bool field_has_value(const FormFields& fields, const std::string& name, const std::string& value);

// Every answer in the fields for every question of the questionnaire (not only the group's,
// so validate_response sees, and refuses, answers to questions the group is not asked).
// The field of the optional anonymous linking code (engine/linking_code.h).
inline constexpr const char* kLinkingCodeField = "koppelcode";

ResponseDraft draft_from_fields(const Questionnaire& questionnaire, const std::string& group,
                                const FormFields& fields);

// validate_response's problems sorted under the question they belong to (their messages);
// problems about no question in particular go under "".
std::map<std::string, std::vector<std::string>> problems_by_question(const std::vector<ResponseProblem>& problems);

}  // namespace peiling::web
