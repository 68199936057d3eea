// `peiling workbench`: the researcher's workbench in the browser (web/workbench_server.h),
// until Ctrl-C. Listens on 127.0.0.1 unless --listen names another address, which it warns
// about: the key in the link is then all that stands between the network and the data.
#include <ostream>

#include "app/questionnaire_files.h"
#include "base/messages.h"
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
  VerbOptions options(text(Msg::workbench_usage), text(Msg::workbench_purpose));
  options.add_db_option();
  options.add()("port", po::value<int>()->default_value(8080), text(Msg::option_port).c_str())(
      "listen", po::value<std::string>()->default_value("127.0.0.1"), text(Msg::option_workbench_listen).c_str())(
      "reports", po::value<std::string>()->default_value("rapporten"), text(Msg::option_workbench_reports).c_str());
  if (!options.parse(args, io)) return 0;
  const int port = options.get<int>("port");
  if (port < 0 || port > 65535) throw UsageError(text(Msg::port_range));
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
    io.err << text(Msg::workbench_listens_widely, listen) << "\n";
  const std::string host = listen == "0.0.0.0" || listen == "::" ? "127.0.0.1" : url_host(listen);
  io.out << text(Msg::workbench_ready, config.db_path,
                 "http://" + host + ":" + std::to_string(bound) + "/?key=" + config.key)
         << "\n" << std::flush;

  stop_signals.run_until_stopped(server);
  io.out << text(Msg::workbench_stopped) << "\n";
  return 0;
}

}  // namespace peiling
