// Benchmark: the web form under load. 64 concurrent clients on loopback submit 10,000
// valid responses (greven-fasen, every question type the form has: number, rank, text) to
// an in-process server, each opening a new form first (not timed: its nonce is one the
// server issued) and then waiting for its durable commit (timed); prints throughput, p50 and
// p99 latency, and checks that exactly 10,000 are stored. Reference, same run, same
// clients: plain GETs of the style sheet (the cost of loopback HTTP itself), so the ratios
// say what storing durably adds. Target: >= 1,000 submissions/s and p99 < 50 ms on 2 cores.
//
//   build/bench_serve [--clients N] [--total N]
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "engine/definition_loader.h"
#include "engine/store.h"
#include "web/security.h"
#include "web/server.h"

using namespace peiling;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Run {
  double seconds = 0;
  std::vector<double> latencies_ms;
  int failures = 0;
};

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[index];
}

// Runs `total` requests spread over `clients` threads, each with its own keep-alive
// connection; `request.send` returns true on the expected answer and is what is timed,
// `request.get_ready` (opening a new form, say) is not.
template <typename Request>
Run run_clients(int port, int clients, int total, Request request) {
  Run run;
  std::vector<std::vector<double>> per_client(static_cast<std::size_t>(clients));
  std::atomic<int> next{0};
  std::atomic<int> failures{0};
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);  // as browsers do
      client.set_read_timeout(30, 0);
      auto state = request.prepare(client);
      for (int i = next++; i < total; i = next++) {
        if (!request.get_ready(client, state)) ++failures;
        const auto sent = Clock::now();
        if (!request.send(client, state)) ++failures;
        per_client[static_cast<std::size_t>(c)].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - sent).count());
      }
    });
  }
  for (auto& thread : threads) thread.join();
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (auto& latencies : per_client) run.latencies_ms.insert(run.latencies_ms.end(), latencies.begin(), latencies.end());
  run.failures = failures;
  return run;
}

struct StyleSheetGet {
  int prepare(httplib::Client&) const { return 0; }
  bool get_ready(httplib::Client&, int) const { return true; }
  bool send(httplib::Client& client, int) const {
    auto result = client.Get("/static/peiling.css");
    return result && result->status == 200;
  }
};

struct FormSubmit {
  struct Session {
    std::string cookie;
    std::string csrf;
    std::string nonce;  // of the form opened last: the server takes only nonces it issued
  };
  Session prepare(httplib::Client& client) const {
    auto page = client.Get("/g/leerkrachten");
    Session session;
    if (!page) return session;
    const std::string set_cookie = page->get_header_value("Set-Cookie");
    session.cookie = set_cookie.substr(0, set_cookie.find(';'));
    std::smatch match;
    if (std::regex_search(page->body, match, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) session.csrf = match[1];
    return session;
  }
  // A new form each time, as a new respondent would open.
  bool get_ready(httplib::Client& client, Session& session) const {
    auto page = client.Get("/g/leerkrachten", {{"Cookie", session.cookie}});
    std::smatch match;
    if (!page || !std::regex_search(page->body, match, std::regex("name=\"nonce\" value=\"([0-9a-f]+)\"")))
      return false;
    session.nonce = match[1];
    return true;
  }
  bool send(httplib::Client& client, const Session& session) const {
    // Numbers vary a little.
    static thread_local unsigned counter = 0;
    ++counter;
    const std::string first = std::to_string(counter % 5 + 1);
    httplib::Params fields{{"csrf", session.csrf},          {"nonce", session.nonce},
                           {"a:jaren", std::to_string(counter % 40)},
                           {"r:fasen:f1", first},          {"r:fasen:f2", first == "1" ? "5" : "1"},
                           {"r:fasen:f3", "2"},            {"r:fasen:f4", "3"},
                           {"r:fasen:f5", "4"},            {"a:taak", "Meedenken met de leerkracht"},
                           {"a:hulp", "Vaker in de klas"}};
    // f1/f2 swap keeps the ranking a permutation only when first is 1 or 5.
    if (first != "1" && first != "5") {
      fields.erase("r:fasen:f1");
      fields.emplace("r:fasen:f1", "5");
    }
    auto result = client.Post("/g/leerkrachten", {{"Cookie", session.cookie}}, fields);
    return result && result->status == 200;
  }
};

void print(const char* name, const Run& run) {
  std::printf("%-34s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   failures %d\n", name,
              static_cast<double>(run.latencies_ms.size()) / run.seconds, percentile(run.latencies_ms, 0.50),
              percentile(run.latencies_ms, 0.99), run.failures);
}

}  // namespace

int main(int argc, char** argv) {
  int clients = 64;
  int total = 10000;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string option = argv[i];
    if (option == "--clients") clients = std::stoi(argv[i + 1]);
    else if (option == "--total") total = std::stoi(argv[i + 1]);
  }
  const fs::path dir = fs::temp_directory_path() / ("peiling-serve-bench-" + web::random_key());
  fs::create_directories(dir);
  const std::string db_path = (dir / "peiling.sqlite").string();
  std::int64_t survey_id = 0;
  {
    Store store(db_path);
    const std::string file = PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json";
    const std::string text = read_definition_text(file);
    const auto row = store.save_questionnaire(text, parse_definition(text, file));
    survey_id = store.create_survey(row, "bench", {{"directie", 0}, {"ib", 0}, {"leerkrachten", total}});
  }
  int stored = 0;
  Run reference;
  Run submissions;
  {
    web::WebServer server(web::ServerConfig{db_path, survey_id, web::random_key(), "", dir / "rapport", 96});
    const int port = server.bind("127.0.0.1", 0);
    std::thread serving([&server] { server.run(); });
    reference = run_clients(port, clients, total, StyleSheetGet{});
    submissions = run_clients(port, clients, total, FormSubmit{});
    server.stop();
    serving.join();
    Store store(db_path);
    stored = store.load_survey(survey_id).summary.responses;
  }
  std::printf("%d clients, %d requests each run, on loopback (WAL, synchronous=FULL)\n", clients, total);
  print("reference: GET style sheet", reference);
  print("durable form submissions", submissions);
  const double throughput = static_cast<double>(submissions.latencies_ms.size()) / submissions.seconds;
  const double reference_throughput = static_cast<double>(reference.latencies_ms.size()) / reference.seconds;
  std::printf("ratios to the reference: throughput %.2f, p50 %.1fx, p99 %.1fx\n", throughput / reference_throughput,
              percentile(submissions.latencies_ms, 0.5) / percentile(reference.latencies_ms, 0.5),
              percentile(submissions.latencies_ms, 0.99) / percentile(reference.latencies_ms, 0.99));
  std::printf("stored: %d of %d%s\n", stored, total, stored == total ? " (exactly all)" : "  << MISMATCH");
  std::printf("target (>= 1000/s, p99 < 50 ms): %s\n",
              throughput >= 1000 && percentile(submissions.latencies_ms, 0.99) < 50 ? "met" : "NOT met");
  fs::remove_all(dir);
  return stored == total && submissions.failures == 0 ? 0 : 1;
}
