// The anonymous linking code a respondent may give, so that a later wave of the same
// survey can pair their answers with their earlier ones without anyone knowing who they
// are. A definition asks for it with `"linking_code": true`; giving it stays optional.
//
// The code is the first two letters of the respondent's month of birth and two digits
// they choose themselves ("ma17"): the usual self-generated code of school surveys.
// Why this shape: the respondent can make the same code again months later without
// writing it down (the month they know; the two digits they choose as they like, and
// can choose as they did before), while it says next to nothing about them: a month is
// shared with a twelfth of the team, and the digits are not personal data at all, unlike
// the initials, birthdays or mother's names of other schemes, which in a team of fifteen
// would point at one person. The price is about 1,100 possible codes (June and July both
// give "ju"): in a group of 15, two people share a code about one time in eleven (more
// often, as people favour some digits); such a code is used by nobody in the
// pairing (store_waves.cpp), and two different people who happen to take one code in
// different waves cannot be told apart from one person, which the report's wording keeps
// in mind ("could be linked", never "are the same people").
//
// The code is stored in its own column (responses.link_code), never among the answers, so
// it reaches no report, export, slide, CSV or the `answers` view; only the pairing query
// reads it, and that returns the paired answers, never the code.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/language.h"
#include "engine/questionnaire.h"

namespace peiling {

// The code as stored: lower case, without spaces or dashes ("Ma-17 " -> "ma17"); nullopt
// when it is not two letters that begin a month (Dutch or English) and two digits.
std::optional<std::string> normalised_linking_code(std::string_view typed);

// What a front end shows the respondent: the question, and how to make the code.
std::string_view linking_code_prompt(Language language);
std::string_view linking_code_help(Language language);
// The field's name in a listing of problems and in a CSV header: "koppelcode".
std::string_view linking_code_name(Language language);

// The problem with `typed` as the draft's linking code of `questionnaire`, or nullopt when
// there is none (an empty code is never a problem: giving one is optional).
std::optional<std::string> linking_code_problem(const Questionnaire& questionnaire, std::string_view typed,
                                                Language language);

}  // namespace peiling
