// What the route handlers of the web server share (internal to web/): the survey, a
// store connection for reads, the group-commit queue, and response helpers.
#pragma once

#include <httplib.h>

#include <atomic>
#include <mutex>
#include <string>

#include "engine/questionnaire.h"
#include "engine/store.h"
#include "web/form_fields.h"
#include "web/server.h"
#include "web/submission_queue.h"

namespace peiling::web {

// cpp-httplib's routing and answer writing, for requests the connection gate read whole:
// its own accept loop and its reading from sockets are not used (connection_gate.h says why).
class RoutingServer : public httplib::Server {
 public:
  // Reads one request from `stream`, routes it and writes the answer there; `closed` is set
  // when the client asked to close. False when the answer could not be written.
  bool answer(httplib::Stream& stream, bool close_after, bool& closed) {
    return process_request(stream, close_after, closed, nullptr);
  }
};

struct WebServer::State {
  explicit State(ServerConfig settings);

  ServerConfig config;
  Store reads;            // guarded by reads_mutex; the queue has its own connection for writes
  std::mutex reads_mutex;
  Questionnaire questionnaire;
  std::string form_key;   // signs the nonces of the forms this server issues (form_nonce.h)
  std::atomic<bool> open{true};
  SubmissionQueue queue;
  RoutingServer http;
  ConnectionGate gate;    // reads requests whole, then has http answer them
};

// Request limits: a whole form (the gate's body limit too), any one field, and how many fields.
constexpr std::size_t kMaxBodyBytes = 64 * 1024;
constexpr std::size_t kMaxFieldBytes = 16 * 1024;
constexpr std::size_t kMaxFields = 400;

// Response helpers: HTML with the security headers set for every page.
void send_html(httplib::Response& response, int status, const std::string& html);
void send_message(httplib::Response& response, int status, const std::string& title, const std::string& message);

// The value of one cookie from the Cookie header, or "".
std::string cookie_value(const httplib::Request& request, const std::string& name);

// The CSRF secret of this browser: its cookie when well-formed, else a new one (and the
// Set-Cookie header for it).
std::string csrf_secret(const httplib::Request& request, httplib::Response& response);
// True when the posted csrf field matches the browser's cookie (constant time).
bool csrf_matches(const httplib::Request& request, const std::string& posted);

// Reads an application/x-www-form-urlencoded body (up to kMaxBodyBytes) into fields; the
// HTTP status to refuse it with otherwise (httplib's own form parsing stops at 8 KiB).
enum class BodyRead { ok, not_a_form, too_big };
BodyRead read_form_body(const httplib::Request& request, const httplib::ContentReader& reader, FormFields& fields);

void add_respondent_routes(WebServer::State& state);
void add_presenter_routes(WebServer::State& state);

}  // namespace peiling::web
