// The web form's own style sheet and script, compiled in so the server needs no files and
// loads nothing from elsewhere.
#pragma once

#include <string_view>

namespace peiling::web {

extern const std::string_view kStyleSheet;  // /static/peiling.css
extern const std::string_view kScript;      // /static/peiling.js

}  // namespace peiling::web
