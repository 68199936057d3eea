// `peiling template`: the canonical CSV header of a survey, to fill in (Excel, by hand)
// and bring back with `peiling import`.
#include <fstream>
#include <ostream>

#include "app/verbs.h"
#include "engine/csv_columns.h"
#include "base/escape.h"

namespace peiling {

int run_template(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling template --survey ID [--out FILE]",
                      "Writes the CSV header for importing responses into a survey: a column groep\n"
                      "(group id or name), one column per question, one per rank item (fasen.f1 ...).\n"
                      "A multi-choice cell holds option ids or labels separated by |; an empty cell\n"
                      "means not answered.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "out", po::value<std::string>(), "write to this file instead of the screen");
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
  if (!file) throw std::runtime_error(path + ": kan het bestand niet schrijven");
  io.out << "sjabloon geschreven naar " << path << "\n";
  return 0;
}

}  // namespace peiling
