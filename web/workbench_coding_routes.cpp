// The schoenendoos, literally: the workbench's coding page. One open answer at a time as a
// card, the boxes of its coding frame as buttons (the keyword suggestion marked), a memo,
// skip and undo; each decision is stored at once through Store::record_decision, as in the
// terminal session (app/coding_session.cpp), whose keys the page's script answers to
// (1-9 a code, Enter the suggestion, n niet te plaatsen, s skip, u undo, m memo). The
// script also lets the card be dragged onto a box; without it every box is a button.
#include <algorithm>

#include "analysis/code_suggestion.h"
#include "base/escape.h"
#include "base/messages.h"
#include "web/form_page.h"
#include "web/workbench_coders.h"
#include "web/workbench_pages.h"
#include "web/workbench_state.h"

namespace peiling::web {

namespace {

struct QueuedAnswer {
  const Question* question = nullptr;
  Store::UncodedAnswer answer;
};

std::string coding_path(std::int64_t id) { return "/peilingen/" + std::to_string(id) + "/coderen"; }

std::string coder_query(const std::string& coder, std::size_t skip) {
  return "?coder=" + url_component(coder) + (skip ? "&vanaf=" + std::to_string(skip) : "");
}

// A coder is a short name without control characters (it is shown in reports).
bool is_coder_name(const std::string& coder) {
  if (coder.empty() || coder.size() > 40) return false;
  for (unsigned char c : coder)
    if (c < 0x20 || c == 0x7f) return false;
  return true;
}

// Every answer this coder has not coded yet, question by question in definition order.
std::vector<QueuedAnswer> coding_queue(Store& store, std::int64_t survey_id, const Questionnaire& questionnaire,
                                       const std::string& coder) {
  std::vector<QueuedAnswer> queue;
  for (const Question& question : questionnaire.questions) {
    if (!question.kind().open || !questionnaire.find_frame(question.coding_frame)) continue;
    for (auto& answer : store.uncoded_answers(survey_id, question.id, coder)) queue.push_back({&question, answer});
  }
  return queue;
}

// The survey's coders so far, each a link to continue as them, and where their agreement is.
std::string known_coders(std::int64_t id, const std::vector<std::string>& coders) {
  std::string html = "<p>" + escape_html(text(Msg::wbc_second_coder_hint)) + "</p>";
  if (coders.empty()) return html;
  html += "<p>" + escape_html(text(Msg::wbc_known_coders)) + "</p><ul class=\"rows\">";
  for (const std::string& coder : coders)
    html += "<li><a href=\"" + coding_path(id) + escape_html(coder_query(coder, 0)) + "\">" + escape_html(coder) + "</a></li>";
  html += "</ul>";
  if (coders.size() >= 2)
    html += "<p><a href=\"/peilingen/" + std::to_string(id) + "/overeenstemming\">" +
            escape_html(text(Msg::wbc_to_agreement)) + "</a></p>";
  return html;
}

std::string coder_form(std::int64_t id) {
  return "<form method=\"get\" action=\"" + coding_path(id) + "\"><p><label for=\"coder\">" +
         escape_html(text(Msg::wbr_coder_name_label)) + "</label><span class=\"help\" id=\"coder-help\">" +
         escape_html(text(Msg::wbr_coder_name_help)) + "</span><input id=\"coder\" name=\"coder\" type=\"text\" "
         "maxlength=\"40\" required aria-describedby=\"coder-help\" autocomplete=\"off\"></p><p><button class=\"button\" "
         "type=\"submit\">" + escape_html(text(Msg::wbr_coder_start)) + "</button></p></form>";
}

std::string group_label(const Questionnaire& questionnaire, const std::string& group_id) {
  const RespondentGroup* group = questionnaire.find_group(group_id);
  return group ? group->label : group_id;
}

std::string code_boxes(const CodingFrame& frame, const Code* suggestion) {
  std::string html;
  for (std::size_t index = 0; index < frame.codes.size(); ++index) {
    const Code& code = frame.codes[index];
    const bool suggested = &code == suggestion;
    const std::string key = index < 9 ? std::to_string(index + 1) : "";
    html += "<button type=\"submit\" name=\"code\" value=\"" + escape_html(code.id) + "\" class=\"box" +
            (suggested ? " suggested\" data-suggested=\"1" : "") + "\"" +
            (key.empty() ? "" : " data-key=\"" + key + "\"") + ">" +
            (key.empty() ? "" : "<span class=\"box-key\" aria-hidden=\"true\">" + key + "</span>") +
            "<span class=\"box-label\">" + escape_html(code.label) + "</span>" +
            (suggested ? "<span class=\"suggestion-tag\">" + escape_html(text(Msg::wbr_suggestion_tag)) + "</span>" : "") +
            (code.description.empty() ? "" : "<span class=\"description\">" + escape_html(code.description) + "</span>") +
            "</button>";
  }
  html += "<button type=\"submit\" name=\"code\" value=\"" + escape_html(kUnplaceable) +
         "\" class=\"box unplaceable\" data-key=\"n\"><span class=\"box-key\" aria-hidden=\"true\">n</span>"
         "<span class=\"box-label\">" + escape_html(text(Msg::wbr_unplaceable)) + "</span></button>";
  return html;
}

// For a frame that allows several codes per answer: its codes as checkboxes, stored together
// as one decision (the terminal's "2 4").
std::string several_codes(const CodingFrame& frame) {
  if (!frame.multiple) return "";
  std::string html = "<fieldset class=\"frame several\"><legend>" + escape_html(text(Msg::wbc_several_codes_legend)) +
                     "</legend>";
  for (std::size_t index = 0; index < frame.codes.size(); ++index)
    html += "<div class=\"choice\"><input type=\"checkbox\" id=\"several-" + std::to_string(index) +
            "\" name=\"codes\" value=\"" + escape_html(frame.codes[index].id) + "\"><label for=\"several-" +
            std::to_string(index) + "\">" + escape_html(frame.codes[index].label) + "</label></div>";
  return html + "<p><button class=\"button secondary\" type=\"submit\" name=\"meer\" value=\"1\">" +
         escape_html(text(Msg::wbc_several_codes_button)) + "</button></p></fieldset>";
}

std::string undo_form(std::int64_t id, const std::string& coder, const std::string& csrf) {
  return "<form method=\"post\" action=\"" + coding_path(id) + "/ongedaan\" id=\"undo-form\">" + csrf_field(csrf) +
         "<input type=\"hidden\" name=\"coder\" value=\"" + escape_html(coder) + "\"><button class=\"button secondary\" "
         "type=\"submit\">" + escape_html(text(Msg::wbr_undo_button)) + "</button></form>";
}

std::string card_part(std::int64_t id, const Questionnaire& questionnaire, const QueuedAnswer& queued,
                      const std::string& coder, std::size_t skip, std::size_t remaining, const std::string& csrf) {
  const Question& question = *queued.question;
  const CodingFrame& frame = *questionnaire.find_frame(question.coding_frame);
  const Code* suggestion = suggest_code(frame, queued.answer.text);
  return "<p>" + escape_html(text(Msg::wbr_remaining, remaining)) + " <strong>" + escape_html(question.text) +
         "</strong></p><form method=\"post\" action=\"" + coding_path(id) + "\" id=\"coding-form\">" + csrf_field(csrf) +
         "<input type=\"hidden\" name=\"coder\" value=\"" + escape_html(coder) + "\"><input type=\"hidden\" "
         "name=\"response\" value=\"" + std::to_string(queued.answer.response_id) + "\"><input type=\"hidden\" "
         "name=\"question\" value=\"" + escape_html(question.id) + "\"><input type=\"hidden\" name=\"vanaf\" value=\"" +
         std::to_string(skip) + "\"><div class=\"answer-card\" id=\"answer-card\"><p class=\"muted\">" +
         escape_html(group_label(questionnaire, queued.answer.group)) + " · " +
         escape_html(text(Msg::wbr_answer_number, queued.answer.response_id)) + "</p><p class=\"answer-text\">" + escape_html(queued.answer.text) +
         "</p></div><p>" + (suggestion ? escape_html(text(Msg::wbr_suggestion)) + " <strong>" + escape_html(suggestion->label) +
                                              "</strong> (Enter)."
                                        : escape_html(text(Msg::wbr_no_suggestion))) +
         "</p><fieldset class=\"frame\"><legend>" + escape_html(text(Msg::wbr_place_card, frame.label)) +
         "</legend><div class=\"boxes\">" + code_boxes(frame, suggestion) +
         "</div></fieldset>" + several_codes(frame) + "<p><label for=\"memo\">" + escape_html(text(Msg::wbr_memo_label)) + "</label><textarea id=\"memo\" "
         "name=\"memo\" maxlength=\"2000\"></textarea></p></form><p><a id=\"skip-link\" href=\"" + coding_path(id) +
         coder_query(coder, skip + 1) + "\">" + escape_html(text(Msg::wbr_skip)) + "</a></p>";
}

std::string notice_for(const std::string& code) {
  if (code == "ongedaan") return text(Msg::wbr_undone);
  if (code == "niets") return text(Msg::wbr_nothing_to_undo);
  return "";
}

void get_coding(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const std::string coder = request.get_param_value("coder");
  std::string label;
  Questionnaire questionnaire;
  std::vector<QueuedAnswer> queue;
  std::vector<std::string> coders;
  {
    std::lock_guard lock(state.store_mutex);
    label = state.store.load_survey(id).summary.label;
    questionnaire = state.store.questionnaire_of(id);
    coders = state.store.coders_of(id);
    if (is_coder_name(coder)) queue = coding_queue(state.store, id, questionnaire, coder);
  }
  const std::string title = text(Msg::wbr_coding_title, label);
  if (!is_coder_name(coder))
    return send_html(response, coder.empty() ? 200 : 422,
                     workbench_page(title, (coder.empty() ? "" : error_box(text(Msg::wbr_coder_name_rule))) +
                                               coder_form(id) + known_coders(id, coders)));
  std::size_t skip = 0;
  try {
    skip = request.has_param("vanaf") ? std::stoul(request.get_param_value("vanaf")) : 0;
  } catch (const std::exception&) {
  }
  const std::string csrf = workbench_csrf(state);
  std::string body = "<p>" + escape_html(text(Msg::wbr_coder_is)) + " <strong>" + escape_html(coder) +
                     "</strong> · <a href=\"" + coding_path(id) + "\">" + escape_html(text(Msg::wbr_other_coder)) +
                     "</a></p>";
  const std::string notice = notice_for(request.get_param_value("gedaan"));
  if (!notice.empty()) body += "<p class=\"notice\" role=\"status\">" + escape_html(notice) + "</p>";
  if (queue.empty())
    body += "<p class=\"notice\">" + escape_html(text(Msg::wbr_all_coded)) + "</p>" +
            (coders.size() >= 2 ? "<p><a href=\"/peilingen/" + std::to_string(id) + "/overeenstemming\">" +
                                      escape_html(text(Msg::wbc_to_agreement)) + "</a></p>"
                                : std::string());
  else if (skip >= queue.size())
    body += "<p>" + escape_html(text(Msg::wbr_skipped_last, queue.size())) + " <a href=\"" + coding_path(id) +
            coder_query(coder, 0) + "\">" + escape_html(text(Msg::wbr_start_again)) + "</a></p>";
  else
    body += card_part(id, questionnaire, queue[skip], coder, skip, queue.size(), csrf);
  body += undo_form(id, coder, csrf) + "<p class=\"muted\" id=\"coding-help\">" +
          escape_html(text(Msg::wbr_coding_keys)) + "</p><script src=\"/static/workbench.js\" defer></script>";
  send_html(response, 200, workbench_page(title, body));
}

void post_decision(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const std::string coder = posted_field(request, "coder");
  if (!is_coder_name(coder)) throw StoreError(text(Msg::wbr_coder_name_rule));
  std::int64_t response_id = 0;
  try {
    response_id = std::stoll(posted_field(request, "response"));
  } catch (const std::exception&) {
    throw StoreError(text(Msg::wbr_form_names_no_answer));
  }
  {
    std::lock_guard lock(state.store_mutex);
    // Only an answer of this survey that the coder has yet to code (the page showed it).
    const auto waiting = state.store.uncoded_answers(id, posted_field(request, "question"), coder);
    if (std::none_of(waiting.begin(), waiting.end(), [&](const auto& answer) { return answer.response_id == response_id; }))
      throw StoreError(text(Msg::wbr_answer_gone));
    // A box gives one code; the checkboxes of a `multiple` frame give several at once.
    std::vector<std::string> codes{posted_field(request, "code")};
    if (posted_field(request, "meer") == "1") codes = posted_values(request, "codes");
    if (codes.empty()) throw StoreError(text(Msg::wbc_choose_a_code));
    state.store.record_decision(response_id, posted_field(request, "question"), coder, codes,
                                posted_field(request, "memo"));
  }
  std::size_t skip = 0;
  try {
    skip = std::stoul(posted_field(request, "vanaf"));
  } catch (const std::exception&) {
  }
  response.set_redirect(coding_path(id) + coder_query(coder, skip), 303);
}

void post_undo(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const std::string coder = posted_field(request, "coder");
  if (!is_coder_name(coder)) throw StoreError(text(Msg::wbr_coder_name_rule));
  std::optional<std::pair<std::int64_t, std::string>> undone;
  {
    std::lock_guard lock(state.store_mutex);
    undone = state.store.undo_last_decision(id, coder);
  }
  response.set_redirect(coding_path(id) + coder_query(coder, 0) + (undone ? "&gedaan=ongedaan" : "&gedaan=niets"), 303);
}

}  // namespace

void add_workbench_coding_routes(WorkbenchServer::State& state) {
  auto& http = state.http;
  http.Get(R"(/peilingen/(\d{1,18})/coderen)", page_route(state, get_coding));
  http.Post(R"(/peilingen/(\d{1,18})/coderen)", form_route(state, post_decision));
  http.Post(R"(/peilingen/(\d{1,18})/coderen/ongedaan)", form_route(state, post_undo));
  add_workbench_agreement_routes(state);
  add_workbench_resolve_routes(state);
}

}  // namespace peiling::web
