// How a line typed during data entry (or a --group argument) is read: groups and options
// by id, label or number, case-insensitively; a ranking as a row of numbers. Only reading:
// whether the result is a valid answer is for validate_response to say.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/questionnaire.h"

namespace peiling {

// `typed` equal to a group's id or label, ignoring case and surrounding spaces; or null.
const RespondentGroup* match_group(const Questionnaire& questionnaire, std::string_view typed);

// "directie (Directie), ib (Intern begeleiders), ..." for prompts and messages.
std::string group_choices(const Questionnaire& questionnaire);

// The option (item) of a choice or multi question typed as its id, its label or its number
// on the list (1-based), in that order of preference, ignoring case; null when none matches.
const Item* match_option(const Question& question, std::string_view typed);

// Splits a line into words at spaces, tabs, commas and semicolons: "3 4,5;1 2" -> 3 4 5 1 2.
std::vector<std::string> split_numbers(std::string_view line);

// Splits a list of options: at commas or semicolons when the line has them (labels may
// hold spaces), otherwise at spaces.
std::vector<std::string> split_options(std::string_view line);

// Equal after trimming and Unicode case folding (engine/fold_case.h), as the CSV import
// matches: "KENNISCOÖRDINATOR" is "kenniscoördinator".
bool same_ignoring_case(std::string_view left, std::string_view right);

}  // namespace peiling
