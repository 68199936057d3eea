// `peiling import`: responses from a CSV file (the `peiling template` layout, or a form
// service's export with --map) into a survey, all-or-nothing unless --skip-invalid. Rows
// already stored from a file of the same name are refused unless the user says what they
// are (--skip-duplicates, --allow-duplicates).
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <vector>

#include "analysis/hand_arithmetic.h"
#include "analysis/import_board_tallies.h"
#include "base/messages.h"
#include "app/progress_bar.h"
#include "app/verbs.h"
#include "base/csv_dialect.h"
#include "engine/csv_import.h"
#include "engine/definition_loader.h"
#include "base/escape.h"

namespace peiling {

namespace {

// The rows --skip-invalid leaves out, as CSV in the user's spreadsheet dialect: the file's
// own columns, then the row number and the reasons, so they can be corrected and imported
// again (without those two columns).
class RejectedRowsFile {
 public:
  RejectedRowsFile(const std::string& path, const CsvDialect& dialect)
      : path_(path), dialect_(dialect), file_(path, std::ios::binary) {
    if (!file_) throw std::runtime_error(text(Msg::cannot_write, path));
  }

  void write(const std::vector<std::string>& header, const CsvRow& row, const std::vector<std::string>& reasons) {
    if (!header_written_) {
      write_csv_start(file_, dialect_);
      write_row(header, {text(Msg::rejected_row_column), text(Msg::rejected_reason_column)});
      header_written_ = true;
    }
    std::string joined;
    for (const auto& reason : reasons) joined += (joined.empty() ? "" : "\n") + reason;
    write_row(row.fields, {std::to_string(row.record), joined});
  }

  void close() {
    file_.close();
    if (!file_) throw std::runtime_error(text(Msg::cannot_write, path_));
  }

 private:
  void write_row(const std::vector<std::string>& fields, const std::vector<std::string>& extra) {
    std::vector<std::string> cells = fields;
    cells.insert(cells.end(), extra.begin(), extra.end());
    write_csv_row(file_, cells, dialect_);
  }

  std::string path_;
  CsvDialect dialect_;
  std::ofstream file_;
  bool header_written_ = false;
};

std::string responses_word(std::int64_t count) {
  return count == 1 ? text(Msg::responses_one) : text(Msg::responses_many, count);
}

std::string rows_word(std::int64_t count) { return count == 1 ? text(Msg::rows_one) : text(Msg::rows_many, count); }

AlreadyStored already_stored_policy(const VerbOptions& options) {
  if (options.has("skip-duplicates") && options.has("allow-duplicates"))
    throw UsageError(text(Msg::duplicates_choose_one));
  if (options.has("skip-duplicates")) return AlreadyStored::skip;
  if (options.has("allow-duplicates")) return AlreadyStored::allow;
  return AlreadyStored::refuse;
}

void report_result(const CsvImportResult& result, const VerbOptions& options, std::ostream& out) {
  const auto& path = options.get<std::string>("file");
  out << text(Msg::import_done, responses_word(result.stored), path);
  if (result.rejected > 0)
    out << text(Msg::import_rejected, rows_word(result.rejected), options.get<std::string>("skip-invalid"));
  if (result.already_stored > 0 && options.has("skip-duplicates"))
    out << (result.already_stored == 1 ? text(Msg::import_already_stored_one)
                                       : text(Msg::import_already_stored, rows_word(result.already_stored)));
  out << "\n";
}

}  // namespace

void warn_when_more_than_invited(Store& store, std::int64_t survey_id, std::ostream& err) {
  warn_when_more_than_invited(store.load_survey(survey_id), err);
}

void warn_when_more_than_invited(const SurveyRecord& survey, std::ostream& err) {
  warn_when_more_than_invited(parse_definition(survey.definition_text, survey.summary.label), survey.groups, "", err);
}

// `unit_label`: the school the counts are of ("" for the whole survey), named before each group.
void warn_when_more_than_invited(const Questionnaire& questionnaire, const std::vector<GroupTally>& groups,
                                 const std::string& unit_label, std::ostream& err) {
  for (const GroupTally& group : groups) {
    if (group.invited <= 0 || group.responded <= group.invited) continue;
    const RespondentGroup* known = questionnaire.find_group(group.group);
    const std::string label = (unit_label.empty() ? "" : unit_label + ", ") + (known ? known->label : group.group);
    err << "peiling: "
        << text(Msg::more_than_invited, escape_terminal(label), group.responded, group.invited,
                whole_percent(group.responded, group.invited))
        << "\n";
  }
}

int run_import(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::import_usage), text(Msg::import_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add_csv_comma_option();
  options.add()(
      "file", po::value<std::string>()->required(), text(Msg::option_csv_file).c_str())(
      "map", po::value<std::string>(), text(Msg::option_map).c_str())(
      "skip-invalid", po::value<std::string>(), text(Msg::option_skip_invalid).c_str())(
      "skip-duplicates", text(Msg::option_skip_duplicates).c_str())(
      "allow-duplicates", text(Msg::option_allow_duplicates).c_str())(
      "again", text(Msg::option_again).c_str())(
      "unit", po::value<std::string>()->default_value(""), text(Msg::option_import_unit).c_str());
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
  import.already_stored = already_stored_policy(options);
  import.language = options.language();
  import.unit = options.get<std::string>("unit");
  std::unique_ptr<RejectedRowsFile> rejected_file;
  if (import.skip_invalid)
    rejected_file = std::make_unique<RejectedRowsFile>(options.get<std::string>("skip-invalid"), options.csv_dialect());

  Store store = open_existing_store(options);
  std::error_code size_error;
  const auto size = std::filesystem::file_size(path, size_error);
  ProgressBar progress(size_error ? 0 : size, text(Msg::importing));
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
  const auto survey_id = options.get<std::int64_t>("survey");
  try {
    // The counts before, plus what the import stored: no count over a million rows just written.
    // A school's import counts that school's responses only (a board's survey may hold a
    // million others), and warns about that school's invited numbers.
    std::optional<UnitTally> unit_counts = import.unit.empty() ? std::nullopt : store.unit_tally(survey_id, import.unit);
    std::optional<SurveyRecord> survey;
    if (!unit_counts) survey = store.load_survey(survey_id);
    std::vector<GroupTally>& groups = unit_counts ? unit_counts->groups : survey->groups;
    // A board's import keeps the board's tallies, for the schools' reports after it.
    const auto board_tallies = ImportBoardTallies::for_survey(store, survey_id);
    import.tallies = board_tallies.get();
    const auto result = import_responses_csv(store, survey_id, path, import);
    progress.finish();
    if (rejected_file) rejected_file->close();
    report_result(result, options, io.out);
    for (GroupTally& group : groups)
      if (const auto stored = result.stored_by_group.find(group.group); stored != result.stored_by_group.end())
        group.responded += static_cast<int>(stored->second);
    if (unit_counts) warn_when_more_than_invited(store.questionnaire_of(survey_id), groups, unit_counts->label, io.err);
    else warn_when_more_than_invited(*survey, io.err);
  } catch (const CsvImportRefused& refused) {
    progress.clear();
    for (const auto& problem : refused.problems()) io.err << "peiling: " << escape_terminal(problem) << "\n";
    return 1;
  }
  return 0;
}

}  // namespace peiling
