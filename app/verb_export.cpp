// `peiling export`: a survey's responses as wide CSV (re-importable), long CSV (R, SPSS),
// an Excel workbook, or labelled for SPSS, Stata and R with a codebook.
#include <fstream>
#include <ostream>

#include "app/verbs.h"
#include "base/escape.h"
#include "reports/atomic_file.h"
#include "reports/export.h"
#include "reports/labelled_export.h"

namespace peiling {

namespace {

int run_labelled_export(Store& store, std::int64_t survey_id, const VerbOptions& options, LabelledFormat format,
                        VerbIo& io) {
  const LabelledExportOptions settings{format, options.language(), options.get<int>("min-group"), options.has("all-groups")};
  const LabelledExport written = write_labelled_export(store, survey_id, options.get<std::string>("out"), settings);
  for (const std::string& warning : written.warnings) io.err << escape_terminal(warning) << "\n";
  for (const auto& file : written.files) io.out << "geëxporteerd naar " << escape_terminal(file.string()) << "\n";
  return 0;
}

}  // namespace

int run_export(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options("peiling export --survey ID --format csv|long|xlsx|sav|dta|r [--out FILE]",
                      "Exports the responses of a survey:\n"
                      "  csv   the columns of 'peiling template' (import it again with 'peiling import')\n"
                      "  long  response,group,question,item,value: one row per answer, for R and SPSS\n"
                      "  xlsx  an Excel workbook with the responses and the report's scores per group\n"
                      "  sav   SPSS, dta Stata: one row per response with variable and value labels,\n"
                      "        measurement levels and user-missing codes (not asked, not answered)\n"
                      "  r     a CSV and an R script that reads it with factor levels and labels\n"
                      "sav, dta and r write codebook.html beside the file and leave out groups with\n"
                      "fewer respondents than --min-group, as the report does.\n"
                      "Answers that start with = + - or @ are written so a spreadsheet never runs them.");
  options.add_db_option();
  options.add_survey_option();
  options.add_lang_option("the xlsx scores sheet, and the labels and codebook of sav, dta and r");
  options.add()(
      "min-group", po::value<int>()->default_value(3),
      "xlsx scores sheet, sav, dta, r: groups with fewer respondents are left out, as in the report")(
      "all-groups", "sav, dta, r: export those groups too (with a warning)")(
      "format", po::value<std::string>()->default_value("csv"), "csv, long, xlsx, sav, dta or r")(
      "out", po::value<std::string>(), "the file to write (csv and long: the screen when not given)");
  if (!options.parse(args, io)) return 0;
  const auto& format = options.get<std::string>("format");
  const auto labelled = labelled_format(format);
  if (format != "csv" && format != "long" && format != "xlsx" && !labelled)
    throw UsageError("--format " + format + ": choose csv, long, xlsx, sav, dta or r");
  if ((format == "xlsx" || labelled) && !options.has("out"))
    throw UsageError("--format " + format + " needs --out FILE");
  if (options.get<int>("min-group") < 1) throw UsageError("--min-group must be 1 or more");
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
  if (labelled) return run_labelled_export(store, survey_id, options, *labelled, io);
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
