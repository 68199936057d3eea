// `peiling template`: the canonical CSV header of a survey, to fill in (Excel, by hand)
// and bring back with `peiling import`.
#include <fstream>
#include <ostream>

#include "base/messages.h"
#include "app/verbs.h"
#include "engine/csv_columns.h"
#include "base/escape.h"

namespace peiling {

int run_template(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::template_usage), text(Msg::template_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "out", po::value<std::string>(), text(Msg::option_template_out).c_str());
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  std::string header;
  for (const auto& column : canonical_columns(store.questionnaire_of(options.get<std::int64_t>("survey"))))
    header += (header.empty() ? "" : ",") + escape_csv(column.name);
  header += "\r\n";
  if (!options.has("out")) {
    io.out << header;
    return 0;
  }
  const auto& path = options.get<std::string>("out");
  std::ofstream file(path, std::ios::binary);
  file << header;
  if (!file) throw std::runtime_error(text(Msg::cannot_write, path));
  io.out << text(Msg::template_written, path) << "\n";
  return 0;
}

}  // namespace peiling
