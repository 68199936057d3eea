// The web server's limits over real loopback sockets: slow clients cannot hold the workers,
// a request must arrive whole within its deadline, bodies and headers are capped while they
// are read (on every route, chunked or not), and no byte ranges are served. Bounds on time
// are generous: the server is expected to answer at once, the bounds only catch a hang.
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>
#include <vector>

#include "raw_connection.h"
#include "web_fixture.h"

using peiling::testing::RawConnection;
using peiling::testing::WebFixture;
using namespace std::chrono_literals;

namespace {

httplib::Params valid_ib_answers() { return {{"a:hoe-vaak", "nooit"}, {"a:duidelijk", "3"}}; }

// Clients that began a request and add one header line now and then, never finishing it:
// each keeps its connection busy for as long as the test runs.
class SlowClients {
 public:
  SlowClients(int port, int count) {
    for (int i = 0; i < count; ++i) {
      connections_.emplace_back(port);
      connections_.back().send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    }
    trickle_ = std::thread([this] {
      for (int line = 0; !done_; ++line) {
        for (auto& connection : connections_) connection.send("X-Slow-" + std::to_string(line) + ": 1\r\n", 50ms);
        for (int wait = 0; wait < 10 && !done_; ++wait) std::this_thread::sleep_for(30ms);
      }
    });
  }
  ~SlowClients() {
    done_ = true;
    trickle_.join();
  }
  SlowClients(const SlowClients&) = delete;
  SlowClients& operator=(const SlowClients&) = delete;

  // How many the server has closed by now.
  std::size_t closed() {
    std::size_t count = 0;
    for (auto& connection : connections_) count += connection.closed_within(10ms);
    return count;
  }

 private:
  std::vector<RawConnection> connections_;
  std::atomic<bool> done_{false};
  std::thread trickle_;
};

std::string status_code(const std::string& status_line) {
  return status_line.size() >= 12 ? status_line.substr(9, 3) : "(no answer: '" + status_line + "')";
}

}  // namespace

TEST_CASE("slow clients trickling their headers do not keep respondents from being served", "[web][limits]") {
  WebFixture web("ib-taken-bespreking");  // 16 workers
  SlowClients slow(web.port, 48);          // three times as many as there are workers
  auto form = web.open_form("/g/ib");      // each request has 10 s (the fixture's client)
  CHECK(web.post("ib", form, valid_ib_answers())->status == 200);
  CHECK(web.client().Get("/static/peiling.css")->status == 200);
  CHECK(web.stored_responses() == 1);
}

TEST_CASE("with more slow clients than connections are held, the longest waiting are let go", "[web][limits]") {
  WebFixture web("ib-taken-bespreking", [](peiling::web::ServerConfig& config) {
    config.limits.max_connections = 8;
  });
  SlowClients slow(web.port, 40);
  std::this_thread::sleep_for(200ms);  // all 40 accepted before the respondent comes
  auto form = web.open_form("/g/ib");
  CHECK(web.post("ib", form, valid_ib_answers())->status == 200);
  CHECK(web.stored_responses() == 1);
  CHECK(slow.closed() >= 40 - 8);
}

TEST_CASE("a request head or body that does not arrive whole within the deadline is cut off", "[web][limits]") {
  WebFixture web("ib-taken-bespreking", [](peiling::web::ServerConfig& config) {
    config.limits.head_timeout = 1s;
    config.limits.body_timeout = 1s;
    config.limits.idle_timeout = 1s;
  });
  SECTION("headers a line at a time") {
    RawConnection slow(web.port);
    REQUIRE(slow.send("GET / HTTP/1.1\r\n"));
    bool cut_off = false;
    for (int line = 0; line < 80 && !cut_off; ++line)
      cut_off = !slow.send("X-Line: " + std::to_string(line) + "\r\n") || slow.closed_within(100ms);
    CHECK(cut_off);
    CHECK(status_code(slow.status_line(1s)) == "408");
  }
  SECTION("a body a byte at a time") {
    RawConnection slow(web.port);
    REQUIRE(slow.send("POST /g/ib HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n"
                      "Content-Type: application/x-www-form-urlencoded\r\n\r\na"));
    bool cut_off = false;
    for (int byte = 0; byte < 80 && !cut_off; ++byte) cut_off = !slow.send("a") || slow.closed_within(100ms);
    CHECK(cut_off);
    CHECK(status_code(slow.status_line(1s)) == "408");
  }
  SECTION("a connection that sends nothing") {
    RawConnection idle(web.port);
    CHECK(idle.closed_within(10s));
  }
  // Nothing of it stalls the server.
  CHECK(web.client().Get("/static/peiling.css")->status == 200);
}

TEST_CASE("a body over the limit is refused as soon as its length is known, on every route", "[web][limits]") {
  WebFixture web("ib-taken-bespreking");
  const std::string one_mebibyte(1 << 20, 'a');
  SECTION("declared length, unknown path") {
    RawConnection greedy(web.port);
    REQUIRE(greedy.send("POST /nergens HTTP/1.1\r\nHost: x\r\nContent-Length: 268435456\r\n\r\n"));
    greedy.send(one_mebibyte);
    CHECK(status_code(greedy.status_line(10s)) == "413");
    CHECK(greedy.closed_within(10s));
  }
  SECTION("declared length, the form") {
    RawConnection greedy(web.port);
    REQUIRE(greedy.send("POST /g/ib HTTP/1.1\r\nHost: x\r\nContent-Length: 268435456\r\n"
                        "Content-Type: application/x-www-form-urlencoded\r\n\r\n"));
    greedy.send(one_mebibyte);
    CHECK(status_code(greedy.status_line(10s)) == "413");
  }
  SECTION("chunked, to closing the survey (no key needed to try)") {
    RawConnection greedy(web.port);
    REQUIRE(greedy.send("POST /presenter/close HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
    greedy.send("100000\r\n" + one_mebibyte + "\r\n");
    CHECK(status_code(greedy.status_line(10s)) == "411");
  }
  SECTION("chunked, unknown path") {
    RawConnection greedy(web.port);
    REQUIRE(greedy.send("POST /nergens HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"));
    greedy.send("100000\r\n" + one_mebibyte + "\r\n");
    CHECK(status_code(greedy.status_line(10s)) == "411");
  }
  SECTION("a body on a GET counts too") {
    RawConnection greedy(web.port);
    REQUIRE(greedy.send("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 268435456\r\n\r\n"));
    CHECK(status_code(greedy.status_line(10s)) == "413");
  }
  CHECK(web.client().Get("/static/peiling.css")->status == 200);
  CHECK(web.stored_responses() == 0);
}

TEST_CASE("too many or too long header lines are refused before they are stored", "[web][limits]") {
  WebFixture web("ib-taken-bespreking");
  SECTION("200 header lines") {
    RawConnection many(web.port);
    std::string request = "GET / HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 200; ++i) request += "X-Extra-" + std::to_string(i) + ": 1\r\n";
    many.send(request + "\r\n");
    CHECK(status_code(many.status_line(10s)) == "431");
  }
  SECTION("a header line of 20 KiB") {
    RawConnection long_line(web.port);
    long_line.send("GET / HTTP/1.1\r\nHost: x\r\nCookie: " + std::string(20 * 1024, 'c') + "\r\n\r\n");
    CHECK(status_code(long_line.status_line(10s)) == "431");
  }
  SECTION("an endless stream of header lines") {
    RawConnection endless(web.port);
    REQUIRE(endless.send("GET / HTTP/1.1\r\nHost: x\r\n"));
    std::string block;
    for (int i = 0; i < 1000; ++i) block += "X-More: 1\r\n";
    for (int sent = 0; sent < 300 && endless.send(block, 200ms); ++sent) {
    }
    CHECK(status_code(endless.status_line(10s)) == "431");
    CHECK(endless.closed_within(10s));
  }
  SECTION("a request line without an end") {
    RawConnection endless(web.port);
    endless.send("GET /" + std::string(64 * 1024, 'a'));
    CHECK(status_code(endless.status_line(10s)) == "431");
  }
  CHECK(web.client().Get("/static/peiling.css")->status == 200);
}

TEST_CASE("byte ranges are not served: a page always comes whole", "[web][limits]") {
  WebFixture web("ib-taken-bespreking");
  auto client = web.client();
  const auto whole = client.Get("/static/peiling.css");
  REQUIRE(whole);
  auto one_range = client.Get("/static/peiling.css", {{"Range", "bytes=0-9"}});
  REQUIRE(one_range);
  CHECK(one_range->status == 200);
  CHECK(one_range->body == whole->body);
  CHECK_FALSE(one_range->has_header("Content-Range"));

  std::string overlapping = "bytes=0-";
  for (int i = 0; i < 1000; ++i) overlapping += ",0-";
  auto many_ranges = client.Get("/", {{"Range", overlapping}});
  REQUIRE(many_ranges);
  CHECK(many_ranges->status == 200);
  CHECK(many_ranges->body == client.Get("/")->body);
}

TEST_CASE("requests on one connection, pipelined or one after another, are each answered", "[web][limits]") {
  WebFixture web("ib-taken-bespreking");
  RawConnection connection(web.port);
  const std::string get = "GET /static/peiling.css HTTP/1.1\r\nHost: x\r\n\r\n";
  REQUIRE(connection.send(get + get));
  for (int i = 0; i < 2; ++i) {
    const std::string answer = connection.response(10s);
    CHECK(answer.rfind("HTTP/1.1 200 ", 0) == 0);
  }
  REQUIRE(connection.send(get));
  CHECK(connection.response(10s).rfind("HTTP/1.1 200 ", 0) == 0);
}
