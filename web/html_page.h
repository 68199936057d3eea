// The shell every page of the web form shares: the user's language (base/messages.h), mobile viewport, the project's own
// style sheet and script (no inline script, no outside assets).
#pragma once

#include <string>

namespace peiling::web {

// `title` is plain text (escaped here); `body` is HTML already escaped by its builder.
// `refresh_seconds` > 0 adds a meta refresh (the live counter works without JavaScript).
std::string html_page(const std::string& title, const std::string& body, int refresh_seconds = 0);

// A page with a heading and one paragraph of plain text (both escaped here).
std::string message_page(const std::string& title, const std::string& message);

}  // namespace peiling::web
