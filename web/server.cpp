// Server setup: limits, security headers, the static files, and a clean stop (the HTTP
// side first, so every request still waiting for its commit gets it, then the writer).
#include "web/server.h"

#include "base/messages.h"
#include "web/html_page.h"
#include "web/security.h"
#include "web/server_request_stream.h"
#include "web/server_state.h"
#include "web/static_assets.h"

namespace peiling::web {

namespace {

// Only this server's own script and style sheet; nothing from elsewhere, no inline script.
// connect-src: the presenter page's script asks this server for the live counts.
const httplib::Headers& security_headers() {
  static const httplib::Headers headers{
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"}};
  return headers;
}

std::string error_text(int status) {
  switch (status) {
    case 404: return text(Msg::web_error_404);
    case 408: return text(Msg::web_error_408);
    case 411: return text(Msg::web_error_411);
    case 413: return text(Msg::web_error_413);
    case 431: return text(Msg::web_error_431);
    default: return text(Msg::web_error_other);
  }
}

const char* reason_phrase(int status) {
  switch (status) {
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 417: return "Expectation Failed";
    case 431: return "Request Header Fields Too Large";
    default: return "Bad Request";
  }
}

// The answer to a request the connection gate refuses before any route sees it.
std::string refusal_response(int status) {
  const std::string body = message_page(text(Msg::web_error_title, status), error_text(status));
  std::string response = "HTTP/1.1 " + std::to_string(status) + " " + reason_phrase(status) + "\r\n";
  for (const auto& [name, value] : security_headers()) response += name + ": " + value + "\r\n";
  response += "Content-Type: text/html; charset=utf-8\r\nContent-Length: " + std::to_string(body.size()) +
              "\r\nConnection: close\r\n\r\n";
  return response + body;
}

bool answer_request(WebServer::State& state, int socket, const std::string& request, bool last) {
  RequestStream stream(socket, request, state.config.limits.write_timeout);
  bool closed = false;
  const bool answered = state.http.answer(stream, last, closed);
  return answered && !closed && !stream.write_failed();
}

}  // namespace

WebServer::State::State(ServerConfig settings)
    : config(std::move(settings)),
      reads(config.db_path),
      questionnaire(reads.questionnaire_of(config.survey_id)),
      form_key(reads.web_form_key(config.survey_id, random_key())),
      queue(config.db_path, config.survey_id),
      gate(config.limits, static_cast<std::size_t>(config.threads),
           [this](int socket, const std::string& request, bool last) {
             return answer_request(*this, socket, request, last);
           },
           refusal_response) {
  open = reads.load_survey(config.survey_id).summary.open;
}

void send_html(httplib::Response& response, int status, const std::string& html) {
  response.status = status;
  response.set_content(html, "text/html; charset=utf-8");
}

void send_message(httplib::Response& response, int status, const std::string& title, const std::string& message) {
  send_html(response, status, message_page(title, message));
}

std::string cookie_value(const httplib::Request& request, const std::string& name) {
  const std::string header = request.get_header_value("Cookie");
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t end = header.find(';', start);
    if (end == std::string::npos) end = header.size();
    std::string part = header.substr(start, end - start);
    const std::size_t first = part.find_first_not_of(' ');
    part = first == std::string::npos ? "" : part.substr(first);
    if (part.compare(0, name.size() + 1, name + "=") == 0) return part.substr(name.size() + 1);
    start = end + 1;
  }
  return "";
}

std::string csrf_secret(const httplib::Request& request, httplib::Response& response) {
  std::string secret = cookie_value(request, "peiling_csrf");
  if (is_key_shaped(secret)) return secret;
  secret = random_key();
  response.set_header("Set-Cookie", "peiling_csrf=" + secret + "; Path=/; HttpOnly; SameSite=Strict");
  return secret;
}

bool csrf_matches(const httplib::Request& request, const std::string& posted) {
  const std::string cookie = cookie_value(request, "peiling_csrf");
  return is_key_shaped(cookie) && constant_time_equal(cookie, posted);
}

BodyRead read_form_body(const httplib::Request& request, const httplib::ContentReader& reader, FormFields& fields) {
  if (request.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) != 0)
    return BodyRead::not_a_form;
  std::string body;
  const bool read = reader([&body](const char* data, std::size_t length) {
    body.append(data, length);
    return body.size() <= kMaxBodyBytes;
  });
  if (body.size() > kMaxBodyBytes) return BodyRead::too_big;
  if (!read) return BodyRead::not_a_form;
  httplib::Params params;
  httplib::detail::parse_query_text(body, params);
  fields.insert(params.begin(), params.end());
  return BodyRead::ok;
}

namespace {

void add_static_routes(httplib::Server& http) {
  http.Get("/static/peiling.css", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string(kStyleSheet), "text/css; charset=utf-8");
  });
  http.Get("/static/peiling.js", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string(kScript), "text/javascript; charset=utf-8");
  });
}

void set_limits_and_headers(WebServer::State& state) {
  auto& http = state.http;
  // The gate (connection_gate.h) enforces the deadlines and the head and body limits while a
  // request arrives; this is a second wall behind it. A form body is cut off at
  // kMaxBodyBytes by read_form_body (with a 413).
  http.set_payload_max_length(state.config.limits.request.max_body_bytes);
  http.set_default_headers(security_headers());
  http.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (!response.body.empty()) return;
    response.set_content(message_page(text(Msg::web_error_title, response.status), error_text(response.status)),
                         "text/html; charset=utf-8");
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
    send_message(response, 500, text(Msg::web_went_wrong_title), text(Msg::web_went_wrong_text));
  });
}

}  // namespace

WebServer::WebServer(ServerConfig config) : state_(std::make_unique<State>(std::move(config))) {
  set_limits_and_headers(*state_);
  add_static_routes(state_->http);
  add_respondent_routes(*state_);
  add_presenter_routes(*state_);
}

WebServer::~WebServer() {
  stop();
  state_->queue.stop();
}

int WebServer::bind(const std::string& host, int port) { return state_->gate.bind(host, port); }

void WebServer::run() {
  state_->gate.run();
  // Every request thread has finished (and so had its submission committed); commit the rest.
  state_->queue.stop();
}

void WebServer::stop() { state_->gate.stop(); }

const ServerConfig& WebServer::config() const { return state_->config; }
void WebServer::set_public_url(const std::string& url) { state_->config.public_url = url; }

}  // namespace peiling::web
