// The presenter's side, behind the secret key: the live page, closing the survey (which
// writes the report), and the report's files. The key arrives once in the link and is then
// kept in a cookie, so it leaves the address bar. The page's script polls the live counts
// (/presenter/tellingen) and is served from here too.
#include <filesystem>
#include <iostream>

#include "analysis/survey_analysis.h"
#include "base/messages.h"
#include "reports/report.h"
#include "web/presenter_page.h"
#include "web/report_files.h"
#include "web/security.h"
#include "web/server_state.h"

namespace peiling::web {

namespace {

const char* const kKeyCookie = "peiling_presenter";

bool presenter_allowed(const WebServer::State& state, const httplib::Request& request) {
  const std::string& key = state.config.presenter_key;
  const std::string given = request.has_param("key") ? request.get_param_value("key") : cookie_value(request, kKeyCookie);
  return constant_time_equal(given, key);
}

void refuse(httplib::Response& response) {
  send_message(response, 403, text(Msg::presenter_no_access), text(Msg::presenter_no_access_text));
}

std::string report_note(WebServer::State& state) {
  return std::filesystem::exists(state.config.report_dir / "rapport.html")
             ? ""
             : text(Msg::presenter_report_failed, state.config.survey_id);
}

void get_presenter(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!presenter_allowed(state, request)) return refuse(response);
  if (request.has_param("key")) {
    response.set_header("Set-Cookie", std::string(kKeyCookie) + "=" + request.get_param_value("key") +
                                          "; Path=/presenter; HttpOnly; SameSite=Strict");
    response.set_redirect("/presenter", 303);
    return;
  }
  PresenterView view;
  {
    std::lock_guard lock(state.reads_mutex);
    view.survey = state.reads.load_survey(state.config.survey_id);
  }
  view.questionnaire = state.questionnaire;
  view.respondent_url = state.config.public_url + "/";
  view.csrf = csrf_secret(request, response);
  if (!view.survey.summary.open) view.report_note = report_note(state);
  send_html(response, 200, presenter_page(view));
}

// The same report as `peiling report`, statistics included.
void write_closed_survey_report(WebServer::State& state) {
  ReportOptions options;
  options.out_dir = state.config.report_dir;
  write_survey_report(state.reads, state.config.survey_id, options);
}

// The close button's first press: the "Weet u het zeker?" page, nothing changed yet.
void send_confirmation(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  PresenterView view;
  {
    std::lock_guard lock(state.reads_mutex);
    view.survey = state.reads.load_survey(state.config.survey_id);
  }
  view.questionnaire = state.questionnaire;
  view.csrf = request.get_param_value("csrf");
  send_html(response, 200, presenter_close_confirmation(view));
}

void post_close(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!presenter_allowed(state, request)) return refuse(response);
  if (!csrf_matches(request, request.get_param_value("csrf")))
    return send_message(response, 403, text(Msg::form_expired), text(Msg::presenter_form_expired_text));
  if (request.get_param_value("confirm") != "ja") return send_confirmation(state, request, response);
  std::lock_guard lock(state.reads_mutex);
  state.reads.set_survey_open(state.config.survey_id, false);
  state.open = false;
  try {
    write_closed_survey_report(state);
  } catch (const std::exception& error) {
    std::cerr << "peiling serve: the report was not written: " << error.what() << "\n";
    std::filesystem::remove(state.config.report_dir / "rapport.html");
  }
  response.set_redirect("/presenter", 303);
}

// The live counts the page's script asks for (presenter_script.cpp).
void get_counts(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!presenter_allowed(state, request)) return refuse(response);
  SurveyRecord survey;
  {
    std::lock_guard lock(state.reads_mutex);
    survey = state.reads.load_survey(state.config.survey_id);
  }
  response.set_content(presenter_counts_json(survey), "application/json");
}

void get_script(WebServer::State&, const httplib::Request&, httplib::Response& response) {
  response.set_content(std::string(kPresenterScript), "text/javascript; charset=utf-8");
}

void get_report_file(WebServer::State& state, const httplib::Request& request, httplib::Response& response) {
  if (!presenter_allowed(state, request)) return refuse(response);
  const std::filesystem::path file = state.config.report_dir / request.matches[1].str();
  if (!send_report_file(response, file, "'none'"))
    send_message(response, 404, text(Msg::presenter_not_found), text(Msg::presenter_report_part_missing));
}

}  // namespace

void add_presenter_routes(WebServer::State& state) {
  auto bind = [&state](void (*handler)(WebServer::State&, const httplib::Request&, httplib::Response&)) {
    return [&state, handler](const httplib::Request& request, httplib::Response& response) {
      handler(state, request, response);
    };
  };
  state.http.Get("/presenter", bind(get_presenter));
  state.http.Get("/presenter/tellingen", bind(get_counts));
  state.http.Get("/static/presenter.js", bind(get_script));
  state.http.Post("/presenter/close", bind(post_close));
  state.http.Get(R"(/presenter/rapport/([A-Za-z0-9_-][A-Za-z0-9._-]*))", bind(get_report_file));
}

}  // namespace peiling::web
