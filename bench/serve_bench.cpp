// Benchmark: the web form under load, as a school or a board runs it. 64 concurrent clients
// on loopback submit 10,000 valid responses (greven-fasen: number, rank, text) to
// `peiling-web` processes, each opening a new form first (not timed: its nonce is one a
// server issued) on one server and sending it to the next, then waiting for its durable
// commit (timed). Prints throughput, p50 and p99 latency and checks that exactly 10,000 are
// stored, for one server on SQLite and for 1, 2 and 4 servers sharing one PostgreSQL (a
// throwaway server, scripts/pg_cluster.sh; skipped with a note when PostgreSQL is not
// installed). Reference, same run, same clients: plain GETs of the style sheet (the cost of
// loopback HTTP itself), so the ratios say what storing durably adds. Target (issue 4):
// >= 1,000 submissions/s and p99 < 50 ms on 2 cores with SQLite; issue 18 asks for the
// PostgreSQL figures beside it.
//
//   build/bench_serve [--clients N] [--total N] [--postgres-servers 1,2,4] [--keep]
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <regex>
#include <string>
#include <thread>
#include <vector>

#include "engine/definition_loader.h"
#include "engine/store.h"
#include "bench/bench_args.h"
#include "bench/bench_failure.h"
#include "bench/throwaway_postgres.h"
#include "bench/web_processes.h"
#include "bench/work_folder.h"

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

// The two connections of one client: it opens forms on one server and sends them to the
// next (the same one when there is one), as a load balancer without sticky sessions would.
struct ClientConnections {
  httplib::Client open;
  httplib::Client send;
  ClientConnections(int open_port, int send_port) : open("127.0.0.1", open_port), send("127.0.0.1", send_port) {
    for (auto* client : {&open, &send}) {
      client->set_keep_alive(true);
      client->set_tcp_nodelay(true);  // as browsers do
      client->set_read_timeout(30, 0);
    }
  }
};

// Runs `total` requests spread over `clients` threads, client c on servers c and c+1 of
// `ports`, each with its own keep-alive connections; `request.send` returns true on the
// expected answer and is what is timed, `request.get_ready` (opening a new form, say) is not.
template <typename Request>
Run run_clients(const std::vector<int>& ports, int clients, int total, Request request) {
  Run run;
  std::vector<std::vector<double>> per_client(static_cast<std::size_t>(clients));
  std::atomic<int> next{0};
  std::atomic<int> failures{0};
  const auto start = Clock::now();
  std::vector<std::thread> threads;
  const auto servers = ports.size();
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      const auto first = static_cast<std::size_t>(c) % servers;
      ClientConnections connections(ports[first], ports[(first + 1) % servers]);
      auto state = request.prepare(connections.open);
      for (int i = next++; i < total; i = next++) {
        if (!request.get_ready(connections.open, state)) ++failures;
        const auto sent = Clock::now();
        if (!request.send(connections.send, state)) ++failures;
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

double throughput(const Run& run) { return static_cast<double>(run.latencies_ms.size()) / run.seconds; }

void print(const std::string& name, const Run& run) {
  std::printf("%-40s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   failures %d\n", name.c_str(), throughput(run),
              percentile(run.latencies_ms, 0.50), percentile(run.latencies_ms, 0.99), run.failures);
}

std::int64_t create_bench_survey(const std::string& database, int total) {
  Store store(database);
  const std::string file = PEILING_QUESTIONNAIRE_DIR "/greven-fasen.json";
  const std::string text = read_definition_text(file);
  const auto row = store.save_questionnaire(text, parse_definition(text, file));
  return store.create_survey(row, "bench", {{"directie", 0}, {"ib", 0}, {"leerkrachten", total}});
}

struct Measured {
  Run submissions;
  std::int64_t stored = 0;   // rows in the database
  std::int64_t counted = 0;  // what the store's counts say (engine/response_counts.h)
  bool servers_ended_well = false;
};

// `servers` peiling-web processes on one new survey of `database`, the clients spread over
// them; counts what the database holds afterwards, row by row and as the store counted them.
Measured measure_submissions(const std::string& database, int servers, int clients, int total, const fs::path& dir) {
  Measured measured;
  const std::int64_t survey_id = create_bench_survey(database, total);
  {
    bench::WebProcesses web(PEILING_WEB_BINARY, database, survey_id, servers,
                            (dir / ("web-" + std::to_string(survey_id) + "-")).string());
    measured.submissions = run_clients(web.ports(), clients, total, FormSubmit{});
    measured.servers_ended_well = web.stop();
  }
  Store store(database);
  measured.stored = store.responses_through(survey_id, std::numeric_limits<std::int64_t>::max());
  measured.counted = store.load_survey(survey_id).summary.responses;
  return measured;
}

}  // namespace

int main(int argc, char** argv) try {
  int clients = 64;
  int total = 10000;
  bool keep = false;
  std::vector<int> servers{1, 2, 4};
  const bool run = bench::BenchArgs("build/bench_serve [--clients N] [--total N] [--postgres-servers 1,2,4] [--keep]")
                       .whole_number("--clients", clients, "concurrent clients", 1)
                       .whole_number("--total", total, "submissions per run", 1)
                       .number_list("--postgres-servers", servers, "peiling-web servers sharing PostgreSQL, per run")
                       .flag("--keep", keep, "leave the databases and server logs in the temp folder (path printed)")
                       .read(argc, argv);
  if (!run) return 0;
  const bench::WorkFolder folder("peiling-serve-bench", keep);
  const fs::path& dir = folder.path();
  const std::string sqlite_path = (dir / "peiling.sqlite").string();
  bool ok = true;
  std::printf("%d clients, %d submissions per run, peiling-web processes on loopback; each client opens\n"
              "its forms on one server and sends them to the next. Durable commits: SQLite WAL with\n"
              "synchronous=FULL, PostgreSQL synchronous_commit=on.\n\n", clients, total);

  Run reference;
  {
    bench::WebProcesses web(PEILING_WEB_BINARY, sqlite_path, create_bench_survey(sqlite_path, 0), 1,
                            (dir / "web-reference-").string());
    reference = run_clients(web.ports(), clients, total, StyleSheetGet{});
  }
  print("reference: GET style sheet", reference);

  auto report = [&](const std::string& name, const Measured& measured) {
    print(name, measured.submissions);
    const bool exact = measured.stored == total && measured.counted == total;
    std::printf("%40s stored %lld of %d%s; x%.2f the reference's throughput, p99 x%.1f\n", "",
                static_cast<long long>(measured.stored), total,
                exact ? " (exactly all, and so counted)" : "  << MISMATCH (or counted otherwise)",
                throughput(measured.submissions) / throughput(reference),
                percentile(measured.submissions.latencies_ms, 0.99) / percentile(reference.latencies_ms, 0.99));
    ok = ok && exact && measured.submissions.failures == 0 && measured.servers_ended_well;
  };
  const Measured on_sqlite = measure_submissions(sqlite_path, 1, clients, total, dir);
  report("SQLite, 1 server", on_sqlite);
  std::printf("target (>= 1000/s, p99 < 50 ms): %s\n\n",
              throughput(on_sqlite.submissions) >= 1000 && percentile(on_sqlite.submissions.latencies_ms, 0.99) < 50
                  ? "met" : "NOT met");

  // In a block: the server is stopped before its folder under `dir` is removed.
  if (const bench::ThrowawayPostgres postgres(dir / "postgres"); !postgres.running()) {
    std::printf("PostgreSQL: skipped (%s)\n", postgres.why().c_str());
  } else {
    for (int count : servers) {
      const Measured measured = measure_submissions(postgres.uri(), count, clients, total, dir);
      report("PostgreSQL, " + std::to_string(count) + (count == 1 ? " server" : " servers"), measured);
      std::printf("%40s x%.2f SQLite's throughput\n", "",
                  throughput(measured.submissions) / throughput(on_sqlite.submissions));
    }
  }
  return ok ? 0 : 1;
} catch (const std::exception& error) {  // after the destructors have run (bench_failure.h)
  return peiling::bench::report_failure(error);
}
