// Resolving two coders' disagreements in the workbench, as `peiling code resolve` does: one
// open disagreement at a time with both coders' codes side by side, where the researcher
// takes either coder's code(s) or sets the code(s) from the frame, with a memo; the choice
// is stored as the agreed code through Store::record_agreed_codes, which the report then
// uses. Below it every disagreement of the pair, side by side, with the code agreed so far.
// The page's script answers to the terminal's keys (a, b a coder's code, 1-9 a code, n niet
// te plaatsen, s skip, m memo); without it every choice is a button.
#include <algorithm>

#include "analysis/coder_comparison.h"
#include "base/escape.h"
#include "base/messages.h"
#include "web/workbench_coders.h"
#include "web/workbench_pages.h"
#include "web/workbench_state.h"

namespace peiling::web {

namespace {

std::string resolve_path(std::int64_t id) { return "/peilingen/" + std::to_string(id) + "/overeenstemming/oplossen"; }

std::string escaped(Msg name) { return escape_html(text(name)); }

std::string hidden(const std::string& name, const std::string& value) {
  return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape_html(value) + "\">";
}

std::string group_label(const Questionnaire& questionnaire, const std::string& group_id) {
  const RespondentGroup* group = questionnaire.find_group(group_id);
  return group ? group->label : group_id;
}

const CodingFrame& frame_of(const Questionnaire& questionnaire, const ComparedAnswer& answer) {
  return *questionnaire.find_frame(answer.question->coding_frame);
}

// One coder's side: their code(s) and the button that takes them.
std::string coder_side(const std::string& coder, std::size_t index, const std::string& value, const CodingFrame& frame) {
  const std::string key(1, static_cast<char>('a' + index));
  return "<section class=\"coder-side\" aria-labelledby=\"side-" + key + "\"><h3 id=\"side-" + key + "\">" +
         escape_html(coder) + "</h3><p class=\"side-codes\">" + codes_html(value, frame) +
         "</p><button class=\"button\" type=\"submit\" name=\"choice\" value=\"" + std::to_string(index) +
         "\" data-key=\"" + key + "\"><span class=\"box-key\" aria-hidden=\"true\">" + key + "</span> " +
         escape_html(text(Msg::wbc_take_codes, coder)) + "</button></section>";
}

// The frame's codes to set the agreed code(s) by hand: radio buttons, or checkboxes when
// the frame allows several codes per answer.
std::string own_choice(const CodingFrame& frame) {
  const std::string type = frame.multiple ? "checkbox" : "radio";
  std::string html = "<fieldset class=\"frame\"><legend>" +
                     escaped(frame.multiple ? Msg::wbc_own_codes_legend : Msg::wbc_own_code_legend) + "</legend>";
  int options = 0;
  auto option = [&](const std::string& value, const std::string& label, const std::string& key) {
    const std::string field = "own-" + std::to_string(++options);
    html += "<div class=\"choice\"><input type=\"" + type + "\" id=\"" + field + "\" name=\"codes\" value=\"" +
            escape_html(value) + "\"" + (key.empty() ? "" : " data-key=\"" + key + "\"") + "><label for=\"" + field +
            "\">" + label + "</label></div>";
  };
  for (std::size_t index = 0; index < frame.codes.size(); ++index)
    option(frame.codes[index].id,
           "<span class=\"code-id\">" + escape_html(frame.codes[index].id) + "</span> " + escape_html(frame.codes[index].label),
           index < 9 ? std::to_string(index + 1) : "");
  if (!frame.multiple) option(kUnplaceable, escape_html(text(Msg::coding_unplaceable)), "n");
  return html + "<p><button class=\"button secondary\" type=\"submit\" name=\"choice\" value=\"eigen\">" +
         escaped(frame.multiple ? Msg::wbc_set_own_codes : Msg::wbc_set_own_code) + "</button></p></fieldset>";
}

std::string resolve_form(std::int64_t id, const Questionnaire& questionnaire, const CoderPair& pair,
                         const ComparedAnswer& answer, std::size_t skip, std::size_t open, const std::string& csrf) {
  const CodingFrame& frame = frame_of(questionnaire, answer);
  return "<h2>" + escape_html(text(Msg::wbc_resolve_heading, skip + 1, open)) + "</h2><form method=\"post\" action=\"" +
         resolve_path(id) + "\" id=\"resolve-form\">" + csrf_field(csrf) + hidden("a", pair.first) +
         hidden("b", pair.second) + hidden("response", std::to_string(answer.response_id)) +
         hidden("question", answer.question->id) + hidden("vanaf", std::to_string(skip)) +
         "<div class=\"answer-card\"><p class=\"muted\">" + escape_html(answer.question->text) + " · " +
         escape_html(group_label(questionnaire, answer.group)) + " · " +
         escape_html(text(Msg::wbc_answer_number, answer.response_id)) + "</p><p class=\"answer-text\">" +
         escape_html(answer.text) + "</p></div><div class=\"side-by-side\">" +
         coder_side(pair.first, 0, answer.unit.values[0], frame) + coder_side(pair.second, 1, answer.unit.values[1], frame) +
         "</div>" + own_choice(frame) + "<p><label for=\"memo\">" + escaped(Msg::wbc_resolve_memo) +
         "</label><textarea id=\"memo\" name=\"memo\" maxlength=\"2000\"></textarea></p></form><p><a id=\"skip-link\" href=\"" +
         resolve_path(id) + escape_html(coder_pair_query(pair)) + "&amp;vanaf=" + std::to_string(skip + 1) + "\">" +
         escaped(Msg::wbc_skip) + "</a></p>";
}

std::string overview(const Questionnaire& questionnaire, const CoderPair& pair,
                     const std::vector<const ComparedAnswer*>& disagreements) {
  std::string html = "<table class=\"surveys side-by-side-table\"><caption>" + escaped(Msg::wbc_overview_caption) +
                     "</caption><thead><tr><th scope=\"col\">" + escaped(Msg::wbc_column_answer) +
                     "</th><th scope=\"col\">" + escape_html(pair.first) + "</th><th scope=\"col\">" +
                     escape_html(pair.second) + "</th><th scope=\"col\">" + escaped(Msg::wbc_column_agreed) +
                     "</th></tr></thead><tbody>";
  for (const ComparedAnswer* answer : disagreements) {
    const CodingFrame& frame = frame_of(questionnaire, *answer);
    html += "<tr><th scope=\"row\"><span class=\"muted\">" + escape_html(answer->question->id) + " · " +
            escape_html(text(Msg::wbc_answer_number, answer->response_id)) + "</span><br>" + escape_html(answer->text) +
            "</th><td>" + codes_html(answer->unit.values[0], frame) + "</td><td>" +
            codes_html(answer->unit.values[1], frame) + "</td><td>" +
            (answer->agreed.empty() ? escaped(Msg::wbc_still_open) : codes_html(joined_codes(answer->agreed), frame)) +
            "</td></tr>";
  }
  return html + "</tbody></table>";
}

std::size_t skip_in(const std::string& value) {
  try {
    return value.empty() ? 0 : std::stoul(value);
  } catch (const std::exception&) {
    return 0;
  }
}

void get_resolve(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const std::string agreement = "/peilingen/" + std::to_string(id) + "/overeenstemming";
  std::lock_guard lock(state.store_mutex);
  const std::string title = text(Msg::wbc_resolve_title, state.store.load_survey(id).summary.label);
  const auto pair = chosen_coders(state.store, id, request);
  if (!pair)
    return send_html(response, 200, workbench_page(title, "<p>" + escape_html(text(Msg::wbc_needs_two,
                                                                                   state.store.coders_of(id).size())) +
                                                              "</p>"));
  const Questionnaire questionnaire = state.store.questionnaire_of(id);
  const CoderComparison comparison = compare_coders(state.store, id, questionnaire, {pair->first, pair->second});
  const auto disagreements = comparison.disagreements();
  std::vector<const ComparedAnswer*> open;
  std::copy_if(disagreements.begin(), disagreements.end(), std::back_inserter(open),
               [](const ComparedAnswer* answer) { return answer->agreed.empty(); });
  const std::size_t skip = skip_in(request.get_param_value("vanaf"));
  std::string body = coder_pair_form(resolve_path(id), state.store.coders_of(id), *pair);
  if (request.get_param_value("gedaan") == "1")
    body += "<p class=\"notice\" role=\"status\">" + escaped(Msg::wbc_resolved_notice) + "</p>";
  if (open.empty())
    body += "<p class=\"notice\">" + escape_html(text(Msg::wbc_all_resolved, disagreements.size())) + "</p>";
  else if (skip >= open.size())
    body += "<p>" + escape_html(text(Msg::wbc_skipped_all, open.size())) + " <a href=\"" + resolve_path(id) +
            escape_html(coder_pair_query(*pair)) + "\">" + escaped(Msg::wbc_start_again) + "</a></p>";
  else
    body += resolve_form(id, questionnaire, *pair, *open[skip], skip, open.size(), workbench_csrf(state));
  if (!disagreements.empty()) body += overview(questionnaire, *pair, disagreements);
  body += "<p><a href=\"" + agreement + escape_html(coder_pair_query(*pair)) + "\">" + escaped(Msg::wbc_to_agreement) +
          "</a></p><p class=\"muted\" id=\"resolve-help\">" + escaped(Msg::wbc_resolve_keys) +
          "</p><script src=\"/static/workbench.js\" defer></script>";
  send_html(response, 200, workbench_page(title, body));
}

// The codes the researcher chose: a coder's (choice 0 or 1) or their own from the frame.
std::vector<std::string> chosen_codes(const httplib::Request& request, const ComparedAnswer& answer) {
  const std::string choice = posted_field(request, "choice");
  if (choice == "0" || choice == "1") return split_joined_codes(answer.unit.values[choice == "0" ? 0 : 1]);
  std::vector<std::string> codes = posted_values(request, "codes");
  if (codes.empty()) throw StoreError(text(Msg::wbc_choose_a_code));
  return codes;
}

void post_resolve(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  std::int64_t response_id = 0;
  try {
    response_id = std::stoll(posted_field(request, "response"));
  } catch (const std::exception&) {
    throw StoreError(text(Msg::wbc_no_answer_named));
  }
  const std::string question = posted_field(request, "question");
  httplib::Request pair_request;  // the pair travels in the form, not in the address
  pair_request.params.emplace("a", posted_field(request, "a"));
  pair_request.params.emplace("b", posted_field(request, "b"));
  std::optional<CoderPair> pair;
  {
    std::lock_guard lock(state.store_mutex);
    pair = chosen_coders(state.store, id, pair_request);
    if (!pair) throw StoreError(text(Msg::wbc_needs_two, state.store.coders_of(id).size()));
    const Questionnaire questionnaire = state.store.questionnaire_of(id);
    const CoderComparison comparison = compare_coders(state.store, id, questionnaire, {pair->first, pair->second});
    const auto disagreements = comparison.disagreements();
    const auto found = std::find_if(disagreements.begin(), disagreements.end(), [&](const ComparedAnswer* answer) {
      return answer->response_id == response_id && answer->question->id == question;
    });
    if (found == disagreements.end()) throw StoreError(text(Msg::wbc_not_a_disagreement));
    state.store.record_agreed_codes(response_id, question, chosen_codes(request, **found), posted_field(request, "memo"));
  }
  // The resolved answer leaves the open ones, so the same position shows the next.
  response.set_redirect(resolve_path(id) + coder_pair_query(*pair) + "&vanaf=" +
                            std::to_string(skip_in(posted_field(request, "vanaf"))) + "&gedaan=1",
                        303);
}

}  // namespace

void add_workbench_resolve_routes(WorkbenchServer::State& state) {
  state.http.Get(R"(/peilingen/(\d{1,18})/overeenstemming/oplossen)", page_route(state, get_resolve));
  state.http.Post(R"(/peilingen/(\d{1,18})/overeenstemming/oplossen)", form_route(state, post_resolve));
}

}  // namespace peiling::web
