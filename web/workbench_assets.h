// The workbench's own additions to the web form's style sheet, and its script (the live
// counts of the survey list), compiled in like the form's (static_assets.h).
#pragma once

#include <string_view>

namespace peiling::web {

extern const std::string_view kWorkbenchStyle;   // appended to /static/peiling.css
extern const std::string_view kWorkbenchScript;  // /static/workbench.js

}  // namespace peiling::web
