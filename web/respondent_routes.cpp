// The respondent's side: intro and group choice, the form (by group, or by one-time token),
// and the submission: checked by validate_response, then queued for a durable commit.
#include <algorithm>

#include "base/messages.h"
#include "base/utf8.h"
#include "engine/response.h"
#include "web/form_nonce.h"
#include "web/form_page.h"
#include "web/security.h"
#include "web/server_state.h"

namespace peiling::web {

namespace {

// A page of the form's own: a title and a text from the catalogue, in the server's language.
void send_page(httplib::Response& response, int status, Msg title, Msg message) {
  send_message(response, status, text(title), text(message));
}

bool uses_tokens(WebServer::State& state) {
  std::lock_guard lock(state.reads_mutex);
  return state.reads.survey_uses_tokens(state.config.survey_id);
}

// The survey's units (issue 18): with units, every form is reached through a unit's link
// (/u/NAME/), so each response is stored with the unit of the link it came through.
std::vector<std::string> unit_names(WebServer::State& state) {
  std::lock_guard lock(state.reads_mutex);
  return state.reads.unit_names(state.config.survey_id);
}

// Where a request stands: the unit of its link ("" for the plain links), and whether that
// fits the survey. Without units only the plain links serve; with units only a unit's.
enum class LinkFit { fits, unit_link_needed, unknown_unit };

LinkFit link_fit(WebServer::State& state, const std::string& unit) {
  const auto units = unit_names(state);
  if (unit.empty()) return units.empty() ? LinkFit::fits : LinkFit::unit_link_needed;
  return std::find(units.begin(), units.end(), unit) != units.end() ? LinkFit::fits : LinkFit::unknown_unit;
}

// Sends the page for a link that does not fit; false when it fits.
bool refused_link(WebServer::State& state, const std::string& unit, httplib::Response& response) {
  switch (link_fit(state, unit)) {
    case LinkFit::fits: return false;
    case LinkFit::unit_link_needed: send_page(response, 403, Msg::web_unit_link_title, Msg::web_unit_link_text); return true;
    case LinkFit::unknown_unit: send_page(response, 404, Msg::web_unknown_unit_title, Msg::web_unknown_unit_text); return true;
  }
  return true;
}

// The form nonce is issued for the unit's form of a group, so a form serves only there.
std::string nonce_scope(const std::string& unit, const std::string& group) {
  return unit.empty() ? group : unit + "/" + group;
}

// The unit in the request's path (/u/NAME/...), "" for the plain links.
std::string unit_of(const httplib::Request& request) {
  return request.path.rfind("/u/", 0) == 0 ? request.matches[1].str() : "";
}

// The group in the request's path: the last match.
std::string group_of(const httplib::Request& request) { return request.matches[request.matches.size() - 1].str(); }

// The group and unit of an unused token (a token of `peiling tokens --unit` is its school's).
std::optional<UnusedToken> unused_token(WebServer::State& state, const std::string& token) {
  if (!is_key_shaped(token)) return std::nullopt;
  std::lock_guard lock(state.reads_mutex);
  return state.reads.unused_token(state.config.survey_id, secret_hash(token));
}

void show_form(WebServer::State& state, const httplib::Request& request, httplib::Response& response,
               const RespondentGroup& group, const std::string& token, const std::string& unit = "") {
  FormState form;
  form.csrf = csrf_secret(request, response);
  form.nonce = issue_form_nonce(state.form_key, state.config.survey_id, nonce_scope(unit, group.id));
  form.token = token;
  form.base = unit.empty() ? "" : "/u/" + url_component(unit);
  send_html(response, 200, form_page(state.questionnaire, group, form));
}

void get_group_choice(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!state.open) return send_page(response, 403, Msg::web_closed_title, Msg::web_closed_text);
  const std::string unit = unit_of(request);
  if (refused_link(state, unit, response)) return;
  if (uses_tokens(state))
    return send_page(response, 403, Msg::web_personal_link_title, Msg::web_personal_link_text);
  send_html(response, 200, group_choice_page(state.questionnaire, unit.empty() ? "" : "/u/" + url_component(unit)));
}

void get_group_form(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!state.open) return send_page(response, 403, Msg::web_closed_title, Msg::web_closed_text);
  const std::string unit = unit_of(request);
  if (refused_link(state, unit, response)) return;
  const RespondentGroup* group = state.questionnaire.find_group(group_of(request));
  if (!group) return send_page(response, 404, Msg::web_unknown_group_title, Msg::web_unknown_group_text);
  if (uses_tokens(state))
    return send_page(response, 403, Msg::web_personal_link_title, Msg::web_personal_link_text);
  show_form(state, request, response, *group, "", unit);
}

void get_token_form(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!state.open) return send_page(response, 403, Msg::web_closed_title, Msg::web_closed_text);
  const std::string token = request.matches[1].str();
  const auto found = unused_token(state, token);
  const RespondentGroup* group = found ? state.questionnaire.find_group(found->group) : nullptr;
  if (!group) return send_page(response, 403, Msg::web_token_title, Msg::web_token_text);
  show_form(state, request, response, *group, token, found->unit);  // sent to the unit's link: stored with it
}

bool form_stored(WebServer::State& state, const std::string& nonce) {
  std::lock_guard lock(state.reads_mutex);
  return state.reads.web_form_stored(secret_hash(nonce));
}

// Field count and field sizes are limited before anything else looks at the fields.
bool within_limits(const FormFields& fields) {
  if (fields.size() > kMaxFields) return false;
  for (const auto& [name, value] : fields)
    if (name.size() > 200 || value.size() > kMaxFieldBytes) return false;
  return true;
}

// Every name and value must be UTF-8 (base/utf8.h), so nothing else has to guard against it.
bool all_utf8(const FormFields& fields) {
  for (const auto& [name, value] : fields)
    if (!is_valid_utf8(name) || !is_valid_utf8(value)) return false;
  return true;
}

void post_form(WebServer::State& state, const httplib::Request& request, httplib::Response& response,
               FormFields fields) {
  if (!within_limits(fields))
    return send_page(response, 413, Msg::web_too_much_title, Msg::web_too_much_text);
  if (!all_utf8(fields))
    return send_page(response, 400, Msg::web_not_utf8_title, Msg::web_not_utf8_text);
  if (!state.open) return send_page(response, 403, Msg::web_closed_title, Msg::web_closed_text);
  const std::string unit = unit_of(request);
  if (refused_link(state, unit, response)) return;
  const RespondentGroup* group = state.questionnaire.find_group(group_of(request));
  if (!group) return send_page(response, 404, Msg::web_unknown_group_title, Msg::web_unknown_group_text);
  if (!csrf_matches(request, field_value(fields, "csrf")))
    return send_page(response, 403, Msg::web_expired_title, Msg::web_expired_text);
  const std::string nonce = field_value(fields, "nonce");
  if (!is_issued_form_nonce(state.form_key, state.config.survey_id, nonce_scope(unit, group->id), nonce))
    return send_page(response, 400, Msg::web_incomplete_title, Msg::web_incomplete_text);
  const std::string token = field_value(fields, "token");
  // A form sent again after it was stored used its token then: its response is in. (The
  // token is looked at first: it is marked used in the transaction that stores the form.)
  if (uses_tokens(state) || !token.empty())
    if (const auto found = unused_token(state, token); !found || found->group != group->id || found->unit != unit)
      return form_stored(state, nonce) ? send_html(response, 200, thanks_page(state.questionnaire))
                                       : send_page(response, 403, Msg::web_token_title, Msg::web_token_text);

  WebSubmission submission{draft_from_fields(state.questionnaire, group->id, fields), secret_hash(nonce),
                           token.empty() ? "" : secret_hash(token)};
  submission.draft.unit = unit;  // the school of the link; nothing about the person
  const auto problems = validate_response(state.questionnaire, submission.draft, user_language());
  if (!problems.empty()) {
    FormState form{std::move(fields), problems_by_question(problems),
                   csrf_secret(request, response), nonce, token, unit.empty() ? "" : "/u/" + url_component(unit)};
    return send_html(response, 422, form_page(state.questionnaire, *group, form));
  }
  switch (state.queue.submit(std::move(submission))) {
    case SubmitResult::stored: return send_html(response, 200, thanks_page(state.questionnaire));
    case SubmitResult::refused: return send_page(response, 403, Msg::web_token_title, Msg::web_token_text);
    case SubmitResult::closed: return send_page(response, 403, Msg::web_closed_title, Msg::web_closed_text);
    case SubmitResult::failed: break;
  }
  send_page(response, 500, Msg::web_not_stored_title, Msg::web_not_stored_text);
}

}  // namespace

void add_respondent_routes(WebServer::State& state) {
  auto bind = [&state](void (*handler)(WebServer::State&, const httplib::Request&, httplib::Response&)) {
    return [&state, handler](const httplib::Request& request, httplib::Response& response) {
      handler(state, request, response);
    };
  };
  state.http.Get("/", bind(get_group_choice));
  state.http.Get(R"(/g/([^/]+))", bind(get_group_form));
  state.http.Get(R"(/u/([a-z0-9_-]{1,64})/?)", bind(get_group_choice));
  state.http.Get(R"(/u/([a-z0-9_-]{1,64})/g/([^/]+))", bind(get_group_form));
  state.http.Get(R"(/t/([0-9a-f]{32}))", bind(get_token_form));
  const auto post = [&state](const httplib::Request& request, httplib::Response& response,
                             const httplib::ContentReader& reader) {
    FormFields fields;
    switch (read_form_body(request, reader, fields)) {
      case BodyRead::ok: break;
      case BodyRead::too_big:
        return send_page(response, 413, Msg::web_too_much_title, Msg::web_too_much_text);
      case BodyRead::not_a_form:
        return send_page(response, 400, Msg::web_unreadable_form_title, Msg::web_unreadable_form_text);
    }
    post_form(state, request, response, std::move(fields));
  };
  state.http.Post(R"(/g/([^/]+))", post);
  state.http.Post(R"(/u/([a-z0-9_-]{1,64})/g/([^/]+))", post);
}

}  // namespace peiling::web
