// Framing a request before a worker sees it (web/request_frame.h): where a request ends,
// what is refused with which status, and the head that is handed on.
#include <catch2/catch.hpp>

#include "web/request_frame.h"

using peiling::web::frame_request;
using peiling::web::RequestFrame;
using peiling::web::RequestLimits;
using State = RequestFrame::State;

namespace {

int refusal(const std::string& received) {
  const RequestFrame frame = frame_request(received, RequestLimits{});
  return frame.state == State::refused ? frame.refusal_status : 0;
}

}  // namespace

TEST_CASE("a request is complete once its head and declared body have arrived", "[web][frame]") {
  const std::string head = "POST /g/ib HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n";
  CHECK(frame_request("POST /g/ib HTTP/1.1\r\nHost: x\r\n", {}).state == State::head_incomplete);
  CHECK(frame_request(head + "ab", {}).state == State::body_incomplete);
  const RequestFrame frame = frame_request(head + "abcdeGET /", {});  // the next request begins
  REQUIRE(frame.state == State::complete);
  CHECK(frame.head_bytes == head.size());
  CHECK(frame.body_bytes == 5);
  CHECK(frame.forwarded_head == head);
}

TEST_CASE("empty lines before a request are skipped, and count towards its size", "[web][frame]") {
  const RequestFrame frame = frame_request("\r\n\r\nGET / HTTP/1.1\r\n\r\n", {});
  REQUIRE(frame.state == State::complete);
  CHECK(frame.head_bytes == 22);
  CHECK(frame.forwarded_head == "GET / HTTP/1.1\r\n\r\n");
  CHECK(refusal(std::string(20000, '\n')) == 431);
}

TEST_CASE("Range, If-Range and Expect are not handed on, and Expect: 100-continue is noted", "[web][frame]") {
  const RequestFrame frame = frame_request(
      "POST /g/ib HTTP/1.1\r\nRange: bytes=0-1,0-\r\nIf-Range: x\r\nexpect: 100-Continue\r\n"
      "Content-Length: 3\r\nCookie: a=b\r\n\r\n",
      {});
  REQUIRE(frame.state == State::body_incomplete);
  CHECK(frame.expects_continue);
  CHECK(frame.forwarded_head == "POST /g/ib HTTP/1.1\r\nContent-Length: 3\r\nCookie: a=b\r\n\r\n");
  CHECK(refusal("POST / HTTP/1.1\r\nExpect: something-else\r\n\r\n") == 417);
}

TEST_CASE("a body without a length, or longer than the limit, is refused from the head alone", "[web][frame]") {
  CHECK(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") == 411);
  CHECK(refusal("POST / HTTP/1.1\r\ntransfer-encoding: gzip, chunked\r\n\r\n") == 411);
  CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 65537\r\n\r\n") == 413);
  CHECK(refusal("GET / HTTP/1.1\r\nContent-Length: 99999999999999\r\n\r\n") == 413);
  CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 65536\r\n\r\n") == 0);
  RequestLimits small;
  small.max_body_bytes = 10;
  CHECK(frame_request("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n", small).refusal_status == 413);
}

TEST_CASE("a head that could be read two ways is refused, not guessed at", "[web][frame]") {
  CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n") == 400);
  CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\n") == 400);
  CHECK(refusal("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\n") == 400);
  CHECK(refusal("POST / HTTP/1.1\r\nContent-Length : 5\r\n\r\n") == 400);
  CHECK(refusal("POST / HTTP/1.1\r\nHost: x\nContent-Length: 5\r\n\r\n") == 400);  // a bare LF
  CHECK(refusal("POST / HTTP/1.1\r\nHost: x\rContent-Length: 5\r\n\r\n") == 400);  // a bare CR
  CHECK(refusal("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n") == 400);
  CHECK(refusal("GET / HTTP/1.1\r\nno colon\r\n\r\n") == 400);
  CHECK(refusal("GET / HTTP/1.1\r\n: no name\r\n\r\n") == 400);
  CHECK(refusal("GET  / HTTP/1.1\r\n\r\n") == 400);
  CHECK(refusal("GET / HTTP/2.0\r\n\r\n") == 400);
  CHECK(refusal("GARBAGE\r\n\r\n") == 400);
  CHECK(refusal("GET / HTTP/1.0\r\n\r\n") == 0);
}

TEST_CASE("a head over the size or line limit is refused, whole or still arriving", "[web][frame]") {
  std::string many = "GET / HTTP/1.1\r\n";
  for (int i = 0; i < 100; ++i) many += "X: 1\r\n";
  CHECK(refusal(many + "\r\n") == 0);
  CHECK(refusal(many + "X: 1\r\n\r\n") == 431);
  CHECK(refusal(many + "X: 1\r\nX: 1\r\n") == 431);  // no end yet, already too many
  CHECK(refusal("GET / HTTP/1.1\r\nCookie: " + std::string(16 * 1024, 'c') + "\r\n\r\n") == 431);
  CHECK(refusal("GET /" + std::string(16 * 1024, 'a')) == 431);  // no end yet, already too long
}
