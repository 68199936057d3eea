// `peiling serve`: runs the web form of one survey until Ctrl-C, after printing the links
// per group, a QR code of the form for the beamer, and the presenter link with its key.
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>

#include <ostream>
#include <thread>

#include "app/verbs.h"
#include "web/form_page.h"
#include "web/qr.h"
#include "web/security.h"
#include "web/server.h"
#include "base/escape.h"

namespace peiling {

namespace {

// The first IPv4 address that is not loopback: what phones on the school network use.
std::string network_address() {
  ifaddrs* list = nullptr;
  if (getifaddrs(&list) != 0) return "127.0.0.1";
  std::string found = "127.0.0.1";
  for (ifaddrs* entry = list; entry; entry = entry->ifa_next) {
    if (!entry->ifa_addr || entry->ifa_addr->sa_family != AF_INET) continue;
    char text[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(entry->ifa_addr)->sin_addr, text, sizeof text);
    if (std::string(text).rfind("127.", 0) != 0) {
      found = text;
      break;
    }
  }
  freeifaddrs(list);
  return found;
}

void print_links(const web::WebServer& server, Store& store, VerbIo& io) {
  const auto& config = server.config();
  const Questionnaire questionnaire = store.questionnaire_of(config.survey_id);
  io.out << "Peiling '" << escape_terminal(questionnaire.title) << "' staat open op " << config.public_url << "/\n\n";
  if (store.survey_uses_tokens(config.survey_id)) {
    io.out << "Deze peiling werkt met eenmalige codes: respondenten gebruiken de link op hun briefje.\n";
  } else {
    io.out << "Links per groep:\n";
    for (const auto& group : questionnaire.groups)
      io.out << "  " << escape_terminal(group.label) << ": " << config.public_url << "/g/" << web::url_component(group.id) << "\n";
    io.out << "\nQR-code van " << config.public_url << "/ :\n" << web::qr_terminal(config.public_url + "/");
  }
  io.out << "\nPresentatiepagina (geheim, alleen voor de beamer):\n  " << config.public_url
         << "/presenter?key=" << config.presenter_key << "\n\nStoppen: Ctrl-C\n" << std::flush;
}

}  // namespace

int run_serve(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling serve --survey ID [--host 127.0.0.1] [--port 8080] [--url URL] [--out DIR]",
                      "Serves the web form of a survey to phones and a presenter page for the beamer.\n"
                      "Use --host 0.0.0.0 to let phones on the network in; Ctrl-C stops, nothing lost.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "host", po::value<std::string>()->default_value("127.0.0.1"), "address to listen on")(
      "port", po::value<int>()->default_value(8080), "port to listen on (0: any free port)")(
      "url", po::value<std::string>(), "the address respondents use, e.g. http://192.168.1.5:8080")(
      "out", po::value<std::string>()->default_value("rapport"), "folder for the report written on closing");
  if (!options.parse(args, io)) return 0;
  const int port = options.get<int>("port");
  if (port < 0 || port > 65535) throw UsageError("--port must be 0 to 65535");
  Store store = open_existing_store(options);

  // Block the stop signals here, before any thread starts, so only the waiter gets them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  web::ServerConfig config{options.get<std::string>("db"), options.get<std::int64_t>("survey"), web::random_key(),
                           "", options.get<std::string>("out")};
  web::WebServer server(config);
  const std::string host = options.get<std::string>("host");
  const int bound = server.bind(host, port);
  const std::string shown_host = host == "0.0.0.0" ? network_address() : host;
  server.set_public_url(options.has("url") ? options.get<std::string>("url")
                                           : "http://" + shown_host + ":" + std::to_string(bound));
  print_links(server, store, io);

  std::thread waiter([&server, &stop_signals] {
    int received = 0;
    sigwait(&stop_signals, &received);
    server.stop();
  });
  server.run();
  waiter.join();
  io.out << "Gestopt; alle ingestuurde antwoorden zijn opgeslagen ("
         << store.load_survey(config.survey_id).summary.responses << " in totaal).\n";
  return 0;
}

}  // namespace peiling
