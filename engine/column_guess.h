// The first guess of how an exported form's columns (Google Forms, Microsoft Forms) map to
// a questionnaire's import columns, for the workbench's import page, where the user can
// change each: a header that names a column ("fasen.f1"), a question's text ("Hoe vaak
// bespreek je...?") or a question's text with an item in brackets (Google Forms' "Rangorde
// [Coach]"), the group column by "groep" or "group". Case is folded and punctuation and
// spacing ignored. Everything else (time stamps, e-mail) is left out.
#pragma once

#include <string>
#include <vector>

#include "engine/column_mapping.h"
#include "engine/questionnaire.h"

namespace peiling {

// Per header, the canonical column it most likely holds, or "" (not imported); each column
// is guessed for one header at most.
std::vector<std::string> guess_columns(const Questionnaire& questionnaire, const std::vector<std::string>& headers);

// The mapping that imports header i as chosen[i] ("" = ignore it).
ColumnMapping mapping_from_choices(const std::vector<std::string>& headers, const std::vector<std::string>& chosen);

}  // namespace peiling
