// `peiling export`: a survey's responses as wide CSV (re-importable), long CSV (R, SPSS)
// or an Excel workbook.
#include <fstream>
#include <ostream>

#include "app/verbs.h"
#include "reports/atomic_file.h"
#include "reports/export.h"

namespace peiling {

int run_export(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling export --survey ID --format csv|long|xlsx [--out FILE]",
                      "Exports the responses of a survey:\n"
                      "  csv   the columns of 'peiling template' (import it again with 'peiling import')\n"
                      "  long  response,group,question,item,value: one row per answer, for R and SPSS\n"
                      "  xlsx  an Excel workbook with the responses and the report's scores per group\n"
                      "Answers that start with = + - or @ are written so a spreadsheet never runs them.");
  options.add_db_option();
  options.add_survey_option();
  options.add_lang_option("the xlsx scores sheet");
  options.add()(
      "min-group", po::value<int>()->default_value(3),
      "xlsx scores sheet: groups with fewer respondents show no scores, as in the report")(
      "format", po::value<std::string>()->default_value("csv"), "csv, long or xlsx")(
      "out", po::value<std::string>(), "the file to write (csv and long: the screen when not given)");
  if (!options.parse(args, io)) return 0;
  const auto& format = options.get<std::string>("format");
  if (format != "csv" && format != "long" && format != "xlsx")
    throw UsageError("--format " + format + ": choose csv, long or xlsx");
  if (format == "xlsx" && !options.has("out")) throw UsageError("--format xlsx needs --out FILE.xlsx");
  if (options.get<int>("min-group") < 1) throw UsageError("--min-group must be 1 or more");
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  const auto write_csv = [&](std::ostream& out) {
    if (format == "csv") write_wide_csv(store, survey_id, out);
    else write_long_csv(store, survey_id, out);
  };
  if (format == "xlsx") {
    write_xlsx(store, survey_id, options.get<std::string>("out"),
               XlsxOptions{options.language(), options.get<int>("min-group")});
  } else if (!options.has("out")) {
    write_csv(io.out);
    return 0;
  } else {
    replace_file_atomically(options.get<std::string>("out"), [&](const std::filesystem::path& temporary) {
      std::ofstream file(temporary, std::ios::binary);
      write_csv(file);
      file.close();
      if (!file) throw std::runtime_error(temporary.string() + ": kan het bestand niet schrijven");
    });
  }
  io.out << "geëxporteerd naar " << options.get<std::string>("out") << "\n";
  return 0;
}

}  // namespace peiling
