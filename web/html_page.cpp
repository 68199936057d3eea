// The page shell of the web form.
#include "web/html_page.h"

#include "base/escape.h"
#include "base/messages.h"

namespace peiling::web {

std::string html_page(const std::string& title, const std::string& body, int refresh_seconds) {
  std::string head = "<!doctype html>\n<html lang=\"" + text(Msg::web_html_lang) +
                     "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  if (refresh_seconds > 0) head += "<meta http-equiv=\"refresh\" content=\"" + std::to_string(refresh_seconds) + "\">";
  head += "<title>" + escape_html(title) + "</title><link rel=\"stylesheet\" href=\"/static/peiling.css\">"
          "<script src=\"/static/peiling.js\" defer></script></head>\n";
  return head + "<body><main>\n" + body + "\n</main></body></html>\n";
}

std::string message_page(const std::string& title, const std::string& message) {
  return html_page(title, "<h1>" + escape_html(title) + "</h1><p>" + escape_html(message) + "</p>");
}

}  // namespace peiling::web
