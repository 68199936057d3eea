// `peiling workbench`: the researcher's workbench in the browser (web/workbench_server.h),
// until Ctrl-C. Listens on 127.0.0.1 unless --listen names another address, which it warns
// about: the key in the link is then all that stands between the network and the data.
#include <ostream>

#include "app/questionnaire_files.h"
#include "app/stop_signals.h"
#include "app/verbs.h"
#include "web/security.h"
#include "web/workbench_server.h"

namespace peiling {

namespace {

bool is_loopback(const std::string& address) {
  return address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

std::string url_host(const std::string& address) {
  return address.find(':') != std::string::npos ? "[" + address + "]" : address;
}

}  // namespace

int run_workbench(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling workbench [--db FILE] [--port 8080] [--listen ADDRESS] [--reports DIR]",
                      "Opens the researcher's workbench in the browser: surveys with live counts, creating,\n"
                      "closing, reopening and deleting them, importing a CSV, coding open answers and the\n"
                      "report. Only this computer can reach it (unless --listen), and only with the printed\n"
                      "link; Ctrl-C stops.");
  options.add_db_option();
  options.add()("port", po::value<int>()->default_value(8080), "port to listen on (0: any free port)")(
      "listen", po::value<std::string>()->default_value("127.0.0.1"),
      "address to listen on; anything but 127.0.0.1 lets other computers try the key")(
      "reports", po::value<std::string>()->default_value("rapporten"), "folder for the reports (one folder per survey)");
  if (!options.parse(args, io)) return 0;
  const int port = options.get<int>("port");
  if (port < 0 || port > 65535) throw UsageError("--port must be 0 to 65535");
  const std::string listen = options.get<std::string>("listen");

  StopSignals stop_signals;  // before any thread starts

  web::WorkbenchConfig config;
  config.db_path = options.get<std::string>("db");
  config.key = web::random_key();
  config.reports_dir = options.get<std::string>("reports");
  config.questionnaire_dir = bundled_questionnaire_dir();
  web::WorkbenchServer server(config);
  const int bound = server.bind(listen, port);
  if (!is_loopback(listen))
    io.err << "Let op: de werkbank luistert op " << listen << ", dus ook andere computers in het netwerk kunnen haar "
           << "bereiken. Alleen de geheime sleutel in de link houdt ze tegen. Zonder --listen luistert ze alleen op "
              "deze computer.\n";
  const std::string host = listen == "0.0.0.0" || listen == "::" ? "127.0.0.1" : url_host(listen);
  io.out << "De werkbank van peiling staat klaar (database " << config.db_path << "). Open deze link in je browser:\n\n  "
         << "http://" << host << ":" << bound << "/?key=" << config.key
         << "\n\nDe link bevat een geheime sleutel: deel hem niet. Stoppen: Ctrl-C\n" << std::flush;

  stop_signals.run_until_stopped(server);
  io.out << "De werkbank is gestopt.\n";
  return 0;
}

}  // namespace peiling
