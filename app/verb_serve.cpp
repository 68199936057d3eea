// `peiling serve`: runs the web form of one survey until Ctrl-C, after printing the links
// per group, a QR code of the form for the beamer, and the presenter link with its key.
#include <filesystem>
#include <fstream>
#include <ostream>
#include <stdexcept>

#include "base/messages.h"
#include "app/stop_signals.h"
#include "app/verbs.h"
#include "web/form_page.h"
#include "web/network_address.h"
#include "web/qr.h"
#include "web/security.h"
#include "web/server.h"
#include "base/escape.h"

namespace peiling {

namespace {

// A survey with units (issue 18): each unit's link, and its QR code as an SVG file to print
// or send to the school (a terminal full of a thousand QR codes helps nobody).
void print_unit_links(const std::string& public_url, const std::vector<UnitTally>& units,
                      const std::filesystem::path& qr_dir, VerbIo& io) {
  std::filesystem::create_directories(qr_dir);
  io.out << text(Msg::serve_unit_links, qr_dir.string()) << "\n";
  for (const UnitTally& unit : units) {
    const std::string link = public_url + "/u/" + web::url_component(unit.unit) + "/";
    io.out << "  " << escape_terminal(unit.label) << ": " << link << "\n";
    std::ofstream svg(qr_dir / (unit.unit + ".svg"), std::ios::binary);
    svg << web::qr_svg(link, unit.label);
    if (!svg) throw std::runtime_error(text(Msg::files_cannot_write_full, (qr_dir / (unit.unit + ".svg")).string()));
  }
}

void print_links(const web::WebServer& server, Store& store, const std::filesystem::path& qr_dir, VerbIo& io) {
  const auto& config = server.config();
  const Questionnaire questionnaire = store.questionnaire_of(config.survey_id);
  const std::string title = escape_terminal(questionnaire.title);
  if (!store.load_survey(config.survey_id).summary.open) {
    io.out << text(Msg::serve_closed, title, config.public_url, config.survey_id) << "\n";
  } else if (store.survey_uses_tokens(config.survey_id)) {
    // With units a school's link opens only with a token of that school: the slips come from `tokens --unit`.
    const bool units = !store.unit_tallies(config.survey_id).empty();
    io.out << text(Msg::serve_open, title, config.public_url) << "\n\n"
           << (units ? text(Msg::serve_unit_tokens, config.survey_id) : text(Msg::serve_tokens)) << "\n";
  } else if (const auto units = store.unit_tallies(config.survey_id); !units.empty()) {
    io.out << text(Msg::serve_open, title, config.public_url) << "\n\n";
    print_unit_links(config.public_url, units, qr_dir, io);
  } else {
    io.out << text(Msg::serve_open, title, config.public_url) << "\n\n" << text(Msg::serve_links) << "\n";
    for (const auto& group : questionnaire.groups)
      io.out << "  " << escape_terminal(group.label) << ": " << config.public_url << "/g/" << web::url_component(group.id) << "\n";
    io.out << "\n" << text(Msg::serve_qr, config.public_url) << "\n" << web::qr_terminal(config.public_url + "/");
  }
  io.out << "\n" << text(Msg::serve_presenter) << "\n  " << config.public_url << "/presenter?key=" << config.presenter_key
         << "\n\n" << text(Msg::serve_stop_hint) << "\n" << std::flush;
}

}  // namespace

int run_serve(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::serve_usage), text(Msg::serve_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "host", po::value<std::string>()->default_value("127.0.0.1"), text(Msg::option_host).c_str())(
      "port", po::value<int>()->default_value(8080), text(Msg::option_port).c_str())(
      "url", po::value<std::string>(), text(Msg::option_url).c_str())(
      "out", po::value<std::string>()->default_value("rapport"), text(Msg::option_report_out).c_str())(
      "qr-dir", po::value<std::string>()->default_value("qr-codes"), text(Msg::option_qr_dir).c_str());
  if (!options.parse(args, io)) return 0;
  const int port = options.get<int>("port");
  if (port < 0 || port > 65535) throw UsageError(text(Msg::port_range));
  Store store = open_existing_store(options);

  StopSignals stop_signals;  // before any thread starts

  web::ServerConfig config{options.get<std::string>("db"), options.get<std::int64_t>("survey"), web::random_key(),
                           "", options.get<std::string>("out")};
  web::WebServer server(config);
  const std::string host = options.get<std::string>("host");
  const int bound = server.bind(host, port);
  const std::string shown_host = host == "0.0.0.0" ? web::network_address() : host;
  server.set_public_url(options.has("url") ? options.get<std::string>("url")
                                           : "http://" + shown_host + ":" + std::to_string(bound));
  print_links(server, store, options.get<std::string>("qr-dir"), io);

  stop_signals.run_until_stopped(server);
  io.out << text(Msg::serve_stopped, store.load_survey(config.survey_id).summary.responses) << "\n";
  return 0;
}

}  // namespace peiling
