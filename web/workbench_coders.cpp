// The coder pair, code labels and posted values of workbench_coders.h.
#include "web/workbench_coders.h"

#include <algorithm>

#include "analysis/coder_comparison.h"
#include "analysis/hand_arithmetic.h"
#include "base/escape.h"
#include "base/messages.h"
#include "web/form_page.h"

namespace peiling::web {

std::optional<CoderPair> chosen_coders(Store& store, std::int64_t survey_id, const httplib::Request& request) {
  const std::vector<std::string> known = store.coders_of(survey_id);
  if (known.size() < 2) return std::nullopt;
  CoderPair pair{known[0], known[1]};
  if (request.has_param("a")) pair.first = request.get_param_value("a");
  if (request.has_param("b")) pair.second = request.get_param_value("b");
  for (const std::string& coder : {pair.first, pair.second})
    if (std::find(known.begin(), known.end(), coder) == known.end())
      throw StoreError(text(Msg::wbc_unknown_coder, coder));
  if (pair.first == pair.second) throw StoreError(text(Msg::wbc_same_coder));
  return pair;
}

std::string coder_pair_query(const CoderPair& pair) {
  return "?a=" + url_component(pair.first) + "&b=" + url_component(pair.second);
}

namespace {

std::string coder_select(const std::string& name, const std::string& label, const std::vector<std::string>& coders,
                         const std::string& selected) {
  std::string html = "<label for=\"coder-" + name + "\">" + escape_html(label) + "</label><select id=\"coder-" + name +
                     "\" name=\"" + name + "\">";
  for (const std::string& coder : coders)
    html += "<option value=\"" + escape_html(coder) + "\"" + (coder == selected ? " selected" : "") + ">" +
            escape_html(coder) + "</option>";
  return html + "</select>";
}

}  // namespace

std::string coder_pair_form(const std::string& action, const std::vector<std::string>& coders, const CoderPair& pair) {
  return "<form method=\"get\" action=\"" + escape_html(action) + "\" class=\"inline-form\">" +
         coder_select("a", text(Msg::wbc_first_coder), coders, pair.first) +
         coder_select("b", text(Msg::wbc_second_coder), coders, pair.second) +
         "<button class=\"button secondary\" type=\"submit\">" + escape_html(text(Msg::wbc_compare_button)) +
         "</button></form>";
}

std::string codes_html(const std::string& value, const CodingFrame& frame) {
  if (value.empty()) return escape_html(text(Msg::wbc_not_coded));
  std::string html;
  for (const std::string& code : split_joined_codes(value)) {
    if (!html.empty()) html += " + ";
    if (code == kUnplaceable) {
      html += escape_html(text(Msg::coding_unplaceable));
      continue;
    }
    const auto found = std::find_if(frame.codes.begin(), frame.codes.end(), [&](const Code& c) { return c.id == code; });
    html += "<span class=\"code-id\">" + escape_html(code) + "</span>" +
            (found == frame.codes.end() ? "" : " " + escape_html(found->label));
  }
  return html;
}

std::vector<std::string> posted_values(const httplib::Request& request, const std::string& name) {
  std::vector<std::string> values;
  const auto [file_begin, file_end] = request.files.equal_range(name);
  for (auto it = file_begin; it != file_end; ++it) values.push_back(it->second.content);
  const auto [param_begin, param_end] = request.params.equal_range(name);
  for (auto it = param_begin; it != param_end; ++it) values.push_back(it->second);
  return values;
}

std::string share_text(int part, int whole) {
  return text(Msg::wbc_share, whole_percent(part, whole), part, whole);
}

std::string statistic_text(const std::optional<double>& value) {
  return value ? format_decimal(*value, 3, user_language()) : text(Msg::wbc_no_variation);
}

}  // namespace peiling::web
