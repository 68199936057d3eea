// `peiling export`: a survey's responses as wide CSV (re-importable), long CSV (R, SPSS)
// or an Excel workbook. CSV comes in the dialect the user's spreadsheet opens (';' and a
// BOM in Dutch; base/csv_dialect.h).
#include <fstream>
#include <ostream>

#include "app/messages.h"
#include "app/verbs.h"
#include "reports/atomic_file.h"
#include "reports/export.h"

namespace peiling {

int run_export(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::export_usage), text(Msg::export_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add_lang_option(text(Msg::lang_of_xlsx));
  options.add_csv_comma_option();
  options.add()(
      "min-group", po::value<int>()->default_value(3), text(Msg::option_min_group_xlsx).c_str())(
      "format", po::value<std::string>()->default_value("csv"), text(Msg::option_format).c_str())(
      "out", po::value<std::string>(), text(Msg::option_export_out).c_str());
  if (!options.parse(args, io)) return 0;
  const auto& format = options.get<std::string>("format");
  if (format != "csv" && format != "long" && format != "xlsx") throw UsageError(text(Msg::format_choose, format));
  if (format == "xlsx" && !options.has("out")) throw UsageError(text(Msg::xlsx_needs_out));
  if (options.get<int>("min-group") < 1) throw UsageError(text(Msg::min_group_range));
  Store store = open_existing_store(options);
  const auto survey_id = options.get<std::int64_t>("survey");
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
