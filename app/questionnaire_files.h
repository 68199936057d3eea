// Finding a questionnaire definition by path, or by the id of a bundled questionnaire
// (`greven-fasen` means questionnaires/greven-fasen.json).
#pragma once

#include <string>

namespace peiling {

// The one place a questionnaire named on the command line is found: every verb that takes
// a definition (validate, survey create, demo) asks here.
// Returns `name` when it is an existing file, else the bundled file it names. Throws
// std::runtime_error listing the bundled questionnaires when neither exists.
std::string resolve_questionnaire_path(const std::string& name);

std::string bundled_questionnaire_dir();

}  // namespace peiling
