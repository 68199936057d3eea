// `peiling export`: a survey's responses as wide CSV (re-importable), long CSV (R, SPSS),
// an Excel workbook, or labelled for SPSS, Stata and R with a codebook. CSV comes in the
// dialect the user's spreadsheet opens (';' and a BOM in Dutch; base/csv_dialect.h).
#include <fstream>
#include <ostream>

#include "base/messages.h"
#include "app/read_db_option.h"
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
  VerbOptions options(text(Msg::export_usage), text(Msg::export_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add_lang_option(text(Msg::lang_of_xlsx));
  options.add_csv_comma_option();
  options.add()(
      "min-group", po::value<int>()->default_value(3), text(Msg::option_min_group_xlsx).c_str())(
      "all-groups", text(Msg::option_all_groups).c_str())(
      "format", po::value<std::string>()->default_value("csv"), text(Msg::option_format).c_str())(
      "out", po::value<std::string>(), text(Msg::option_export_out).c_str());
  add_read_db_option(options, Msg::option_read_db_export);
  if (!options.parse(args, io)) return 0;
  const auto& format = options.get<std::string>("format");
  const auto labelled = labelled_format(format);
  if (format != "csv" && format != "long" && format != "xlsx" && !labelled)
    throw UsageError(text(Msg::format_choose, format));
  if ((format == "xlsx" || labelled) && !options.has("out")) throw UsageError(text(Msg::format_needs_out, format));
  if (options.get<int>("min-group") < 1) throw UsageError(text(Msg::min_group_range));
  const auto survey_id = options.get<std::int64_t>("survey");
  ReadingStores stores = open_reading_stores(options, {survey_id});  // an export writes nothing: all from --read-db
  Store& store = stores.read();
  if (labelled) return run_labelled_export(store, survey_id, options, *labelled, io);
  const CsvDialect dialect = options.csv_dialect();
  const auto write_csv = [&](std::ostream& out) {
    if (format == "csv") write_wide_csv(store, survey_id, out, dialect);
    else write_long_csv(store, survey_id, out);  // for R and SPSS: plain comma-separated
  };
  if (format == "xlsx") {
    write_xlsx(store, survey_id, options.get<std::string>("out"),
               XlsxOptions{options.language(), options.get<int>("min-group")});
  } else if (!options.has("out")) {
    const CsvDialect on_screen{dialect.separator, false};  // a BOM is for files, not a terminal
    if (format == "csv") write_wide_csv(store, survey_id, io.out, on_screen);
    else write_long_csv(store, survey_id, io.out);
    return 0;
  } else {
    replace_file_atomically(options.get<std::string>("out"), [&](const std::filesystem::path& temporary) {
      std::ofstream file(temporary, std::ios::binary);
      write_csv(file);
      file.close();
      if (!file) throw std::runtime_error(text(Msg::cannot_write, temporary.string()));
    });
  }
  io.out << text(Msg::exported_to, options.get<std::string>("out")) << "\n";
  return 0;
}

}  // namespace peiling
