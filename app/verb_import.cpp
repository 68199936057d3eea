// `peiling import`: responses from a CSV file (the `peiling template` layout, or a form
// service's export with --map) into a survey, all-or-nothing unless --skip-invalid.
#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>

#include "app/progress_bar.h"
#include "app/verbs.h"
#include "engine/csv_import.h"
#include "base/escape.h"

namespace peiling {

namespace {

// The rows --skip-invalid leaves out, as CSV: the file's own columns, then the line number
// and the reasons, so they can be corrected and imported again (without those two columns).
class RejectedRowsFile {
 public:
  explicit RejectedRowsFile(const std::string& path) : path_(path), file_(path, std::ios::binary) {
    if (!file_) throw std::runtime_error(path + ": kan het bestand niet schrijven");
  }

  void write(const std::vector<std::string>& header, const CsvRow& row, const std::vector<std::string>& reasons) {
    if (!header_written_) {
      write_row(header, {"regel", "reden"});
      header_written_ = true;
    }
    std::string joined;
    for (const auto& reason : reasons) joined += (joined.empty() ? "" : "\n") + reason;
    write_row(row.fields, {std::to_string(row.line), joined});
  }

  void close() {
    file_.close();
    if (!file_) throw std::runtime_error(path_ + ": kan het bestand niet schrijven");
  }

 private:
  void write_row(const std::vector<std::string>& fields, const std::vector<std::string>& extra) {
    std::string line;
    for (const auto* part : {&fields, &extra})
      for (const auto& field : *part) line += (line.empty() ? "" : ",") + escape_csv(field);
    file_ << line << "\r\n";
  }

  std::string path_;
  std::ofstream file_;
  bool header_written_ = false;
};

}  // namespace

int run_import(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(
      "peiling import --survey ID FILE.csv [--map MAPPING.json] [--skip-invalid AFGEKEURD.csv] [--again]",
      "Imports responses from a CSV file (the columns of 'peiling template'; comma, semicolon or\n"
      "tab; UTF-8 with or without BOM). Every row is checked like a web response. By default one\n"
      "bad row stores nothing and every bad row is listed with its line and column.");
  options.add_db_option();
  options.add_survey_option();
  options.add()(
      "file", po::value<std::string>()->required(), "the CSV file")(
      "map", po::value<std::string>(), "a mapping file for the headers and labels of a form service's export")(
      "skip-invalid", po::value<std::string>(), "store the good rows; write the bad rows with reasons to this file")(
      "again", "import a file that was imported into this survey before");
  options.positional("file", 1);
  if (!options.parse(args, io)) return 0;

  const auto& path = options.get<std::string>("file");
  ColumnMapping mapping;
  CsvImportOptions import;
  if (options.has("map")) {
    mapping = load_column_mapping(options.get<std::string>("map"));
    import.mapping = &mapping;
  }
  import.again = options.has("again");
  import.skip_invalid = options.has("skip-invalid");
  std::unique_ptr<RejectedRowsFile> rejected_file;
  if (import.skip_invalid) rejected_file = std::make_unique<RejectedRowsFile>(options.get<std::string>("skip-invalid"));

  Store store = open_existing_store(options);
  std::error_code size_error;
  const auto size = std::filesystem::file_size(path, size_error);
  ProgressBar progress(size_error ? 0 : size, "importeren");
  import.on_progress = [&](std::uint64_t bytes) { progress.update(bytes); };
  std::vector<std::string> header;
  import.on_rejected = [&](const CsvRow& row, const std::vector<std::string>& reasons) {
    if (rejected_file) {
      rejected_file->write(header, row, reasons);
      return;
    }
    progress.clear();
    for (const auto& reason : reasons) io.err << escape_terminal(reason) << "\n";
    io.err.flush();
  };
  {  // the file's header, for the rejected-rows file, before any row is read
    std::ifstream file(path, std::ios::binary);
    if (file) header = CsvReader(file, path).header();
  }
  try {
    const auto result = import_responses_csv(store, options.get<std::int64_t>("survey"), path, import);
    progress.finish();
    if (rejected_file) rejected_file->close();
    io.out << result.stored << (result.stored == 1 ? " antwoord" : " antwoorden") << " geïmporteerd uit " << path;
    if (result.rejected > 0)
      io.out << "; " << result.rejected << (result.rejected == 1 ? " rij" : " rijen") << " afgekeurd, zie "
             << options.get<std::string>("skip-invalid");
    io.out << "\n";
  } catch (const CsvImportRefused& refused) {
    progress.clear();
    for (const auto& problem : refused.problems()) io.err << "peiling: " << escape_terminal(problem) << "\n";
    return 1;
  }
  return 0;
}

}  // namespace peiling
