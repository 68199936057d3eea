// Where one HTTP/1.1 request ends in the bytes a connection has sent so far, decided before
// any worker sees it: the head must end within a size and a count of lines, the body must
// have a declared length within the limit (no chunked bodies: a browser's form post always
// carries Content-Length). The head handed on is rebuilt from the lines checked here, so the
// HTTP library behind it frames the request exactly as this does; Range, If-Range and
// Expect are left out of it (pages always come whole; 100 Continue is the gate's answer).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace peiling::web {

struct RequestLimits {
  std::size_t max_head_bytes = 16 * 1024;  // request line and headers, line ends included
  std::size_t max_header_lines = 100;
  std::size_t max_body_bytes = 64 * 1024;  // the form's own limit (kMaxBodyBytes)
};

struct RequestFrame {
  enum class State {
    head_incomplete,  // read more
    body_incomplete,  // the head is fine; read body_bytes more in all
    complete,         // head_bytes + body_bytes of the received bytes are this request
    refused,          // answer refusal_status and close
  };
  State state = State::head_incomplete;
  int refusal_status = 0;       // 400, 411, 413, 417 or 431
  std::size_t head_bytes = 0;   // of the received bytes, blank lines before it included
  std::size_t body_bytes = 0;   // the declared Content-Length, 0 without one
  bool expects_continue = false;  // "Expect: 100-continue"
  std::string forwarded_head;   // the head as the worker gets it, ending in an empty line
};

// Frames the request at the start of `received`.
RequestFrame frame_request(std::string_view received, const RequestLimits& limits);

}  // namespace peiling::web
