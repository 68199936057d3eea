// Token slips, written once by `peiling tokens`: the tokens exist nowhere else in readable form.
#include "web/token_slips.h"

#include "base/escape.h"
#include "base/messages.h"
#include "web/qr.h"

namespace peiling::web {

std::string token_slips_page(const std::string& title, const std::string& group_label, const std::string& base_url,
                             const std::vector<std::string>& tokens, const std::string& unit_label) {
  const std::string school = unit_label.empty() ? "" : "<p>" + escape_html(text(Msg::web_slips_unit, unit_label)) + "</p>";
  std::string html =
      "<!doctype html>\n<html lang=\"" + text(Msg::web_html_lang) + "\"><head><meta charset=\"utf-8\"><title>" +
      escape_html(text(Msg::web_slips_title, title)) +
      "</title><style>body{font-family:sans-serif;margin:1cm}.slips{display:grid;grid-template-columns:repeat(3,1fr);"
      "gap:.5cm}.slip{border:1px dashed #555;padding:.4cm;text-align:center;break-inside:avoid}"
      ".qr{width:4cm;height:4cm}code{font-size:9pt;word-break:break-all}</style></head><body><h1>" +
      escape_html(title) + "</h1><p>" + escape_html(text(Msg::web_slips_group, group_label)) + "</p>" + school +
      "<div class=\"slips\">\n";
  for (const auto& token : tokens) {
    const std::string link = base_url + "/t/" + token;
    html += "<div class=\"slip\"><p><strong>" + escape_html(title) + "</strong></p>" + school +
            qr_svg(link, text(Msg::web_slips_qr)) + "<p>" + text(Msg::web_slips_scan) + "<br><code>" +
            escape_html(link) + "</code></p></div>\n";
  }
  return html + "</div></body></html>\n";
}

}  // namespace peiling::web
