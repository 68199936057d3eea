// The respondent's side: intro and group choice, the form (by group, or by one-time token),
// and the submission: checked by validate_response, then queued for a durable commit.
#include "base/utf8.h"
#include "engine/response.h"
#include "web/form_nonce.h"
#include "web/form_page.h"
#include "web/security.h"
#include "web/server_state.h"

namespace peiling::web {

namespace {

const char* const kClosedTitle = "De peiling is gesloten";
const char* const kClosedText = "Deze vragenlijst neemt geen antwoorden meer aan. Bedankt voor je belangstelling.";
const char* const kTokenTitle = "Deze code werkt niet";
const char* const kTokenText =
    "Deze persoonlijke code is onbekend of al gebruikt. Elke code kan één keer een vragenlijst insturen. "
    "Vraag zo nodig een nieuw briefje aan de intern begeleider.";

bool uses_tokens(WebServer::State& state) {
  std::lock_guard lock(state.reads_mutex);
  return state.reads.survey_uses_tokens(state.config.survey_id);
}

std::string token_group(WebServer::State& state, const std::string& token) {
  if (!is_key_shaped(token)) return "";
  std::lock_guard lock(state.reads_mutex);
  return state.reads.unused_token_group(state.config.survey_id, secret_hash(token));
}

void show_form(WebServer::State& state, const httplib::Request& request, httplib::Response& response,
               const RespondentGroup& group, const std::string& token) {
  FormState form;
  form.csrf = csrf_secret(request, response);
  form.nonce = issue_form_nonce(state.form_key, state.config.survey_id, group.id);
  form.token = token;
  send_html(response, 200, form_page(state.questionnaire, group, form));
}

void get_group_choice(WebServer::State& state, const httplib::Request&, httplib::Response& response) {
  if (!state.open) return send_message(response, 403, kClosedTitle, kClosedText);
  if (uses_tokens(state))
    return send_message(response, 403, "Gebruik je persoonlijke link",
                        "Deze vragenlijst vul je in met de link of QR-code op je briefje.");
  send_html(response, 200, group_choice_page(state.questionnaire));
}

void get_group_form(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!state.open) return send_message(response, 403, kClosedTitle, kClosedText);
  const RespondentGroup* group = state.questionnaire.find_group(request.matches[1].str());
  if (!group) return send_message(response, 404, "Onbekende groep", "Deze groep hoort niet bij de vragenlijst.");
  if (uses_tokens(state))
    return send_message(response, 403, "Gebruik je persoonlijke link",
                        "Deze vragenlijst vul je in met de link of QR-code op je briefje.");
  show_form(state, request, response, *group, "");
}

void get_token_form(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!state.open) return send_message(response, 403, kClosedTitle, kClosedText);
  const std::string token = request.matches[1].str();
  const RespondentGroup* group = state.questionnaire.find_group(token_group(state, token));
  if (!group) return send_message(response, 403, kTokenTitle, kTokenText);
  show_form(state, request, response, *group, token);
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
    return send_message(response, 413, "Te veel tekst", "Het formulier is te groot om te verwerken.");
  if (!all_utf8(fields))
    return send_message(response, 400, "Onleesbare tekens",
                        "Het formulier bevat tekens die geen geldige tekst zijn (geen UTF-8), dus er is niets "
                        "opgeslagen. Ga terug, typ de antwoorden met die tekens opnieuw en verstuur het formulier.");
  if (!state.open) return send_message(response, 403, kClosedTitle, kClosedText);
  const RespondentGroup* group = state.questionnaire.find_group(request.matches[1].str());
  if (!group) return send_message(response, 404, "Onbekende groep", "Deze groep hoort niet bij de vragenlijst.");
  if (!csrf_matches(request, field_value(fields, "csrf")))
    return send_message(response, 403, "Formulier verlopen",
                        "Dit formulier kon niet worden gecontroleerd. Open de vragenlijst opnieuw en vul hem in.");
  const std::string nonce = field_value(fields, "nonce");
  if (!is_issued_form_nonce(state.form_key, state.config.survey_id, group->id, nonce))
    return send_message(response, 400, "Onvolledig formulier", "Het formulier mist een onderdeel. Laad de pagina opnieuw.");
  const std::string token = field_value(fields, "token");
  // A form sent again after it was stored used its token then: its response is in. (The
  // token is looked at first: it is marked used in the transaction that stores the form.)
  if (uses_tokens(state) || !token.empty())
    if (token_group(state, token) != group->id)
      return form_stored(state, nonce) ? send_html(response, 200, thanks_page(state.questionnaire))
                                       : send_message(response, 403, kTokenTitle, kTokenText);

  WebSubmission submission{draft_from_fields(state.questionnaire, group->id, fields), secret_hash(nonce),
                           token.empty() ? "" : secret_hash(token)};
  const auto problems = validate_response(state.questionnaire, submission.draft);
  if (!problems.empty()) {
    FormState form{std::move(fields), problems_by_question(problems),
                   csrf_secret(request, response), nonce, token};
    return send_html(response, 422, form_page(state.questionnaire, *group, form));
  }
  switch (state.queue.submit(std::move(submission))) {
    case SubmitResult::stored: return send_html(response, 200, thanks_page(state.questionnaire));
    case SubmitResult::refused: return send_message(response, 403, kTokenTitle, kTokenText);
    case SubmitResult::closed: return send_message(response, 403, kClosedTitle, kClosedText);
    case SubmitResult::failed: break;
  }
  send_message(response, 500, "Niet opgeslagen",
               "Je antwoorden konden niet worden opgeslagen. Probeer het over een minuut opnieuw.");
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
  state.http.Get(R"(/t/([0-9a-f]{32}))", bind(get_token_form));
  state.http.Post(R"(/g/([^/]+))", [&state](const httplib::Request& request, httplib::Response& response,
                                            const httplib::ContentReader& reader) {
    FormFields fields;
    switch (read_form_body(request, reader, fields)) {
      case BodyRead::ok: break;
      case BodyRead::too_big:
        return send_message(response, 413, "Te veel tekst", "Het formulier is te groot om te verwerken.");
      case BodyRead::not_a_form:
        return send_message(response, 400, "Onleesbaar formulier", "Dit formulier kan de server niet lezen.");
    }
    post_form(state, request, response, std::move(fields));
  });
}

}  // namespace peiling::web
