// The printable paper version of a questionnaire for one respondent group: one
// self-contained A4 HTML page (print CSS, no script, no network) with boxes to write in,
// and a box for the form number that `peiling enter` hands out when the form is typed in.
#pragma once

#include <cstdint>
#include <string>

#include "base/language.h"
#include "engine/questionnaire.h"

namespace peiling {

struct PaperFormOptions {
  std::int64_t survey_id = 0;  // printed in the footer, so a returned sheet finds its survey
  std::string survey_label;
  Language language = Language::nl;
};

// The form for `group_id`, which must be a group of the questionnaire: questions limited to
// other groups are left out. Every text from the definition is escaped for HTML.
std::string paper_form_html(const Questionnaire& questionnaire, const std::string& group_id,
                            const PaperFormOptions& options);

}  // namespace peiling
