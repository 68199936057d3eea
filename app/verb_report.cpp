// `peiling report`: analyses a survey and writes the report folder.
#include <ostream>

#include "base/messages.h"
#include "app/read_db_option.h"
#include "app/verbs.h"
#include "reports/report.h"

namespace peiling {

ReportOptions parse_report_options(const VerbOptions& options) {
  ReportOptions report;
  report.out_dir = options.get<std::string>("out");
  report.language = options.language();
  report.min_group = options.get<int>("min-group");
  if (report.min_group < 1) throw UsageError(text(Msg::min_group_range));
  report.error_bars = options.get<bool>("error-bars");
  if (options.has("compare-with")) report.compare_with = options.get<std::int64_t>("compare-with");
  return report;
}

void add_report_options(VerbOptions& options, const char* default_out) {
  options.add()("out", po::value<std::string>()->default_value(default_out), text(Msg::option_report_dir).c_str());
  options.add_lang_option(text(Msg::lang_of_report));
  options.add()(
      "min-group", po::value<int>()->default_value(3),
      text(Msg::option_min_group).c_str())(
      "error-bars", po::bool_switch(), text(Msg::option_error_bars).c_str());
}

void announce_report(const SurveyReport& written, const ReportOptions& report, VerbIo& io) {
  io.out << text(Msg::report_written, written.files.size(), report.out_dir.string(),
                 (report.out_dir / "rapport.html").string())
         << "\n";
}

namespace {

// A unit's report and the board report have no statistics and no comparison with an earlier
// wave: an option asking for those would be silently ignored, so the combination is refused
// before anything is opened or written, saying what to do instead.
void refuse_ignored_options(const ReportOptions& report) {
  if (!report.unit.empty() && report.by_unit) throw UsageError(text(Msg::unit_and_by_unit));
  if (report.unit.empty() && !report.by_unit) return;
  const char* units_option = report.by_unit ? "--by-unit" : "--unit";
  if (report.compare_with != 0) throw UsageError(text(Msg::report_compare_with_units, units_option, units_option));
  if (report.error_bars)
    throw UsageError(text(report.by_unit ? Msg::report_error_bars_with_by_unit : Msg::report_error_bars_with_unit));
}

}  // namespace

int run_report(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::report_usage), text(Msg::report_purpose));
  options.add_db_option();
  options.add_survey_option();
  options.add()("compare-with", po::value<std::int64_t>(), text(Msg::option_compare_with).c_str())(
      "unit", po::value<std::string>()->default_value(""), text(Msg::option_report_unit).c_str())(
      "by-unit", po::bool_switch(), text(Msg::option_by_unit).c_str());
  add_read_db_option(options, Msg::option_read_db_report);
  add_report_options(options, "rapport");
  if (!options.parse(args, io)) return 0;
  ReportOptions report = parse_report_options(options);
  report.unit = options.get<std::string>("unit");
  report.by_unit = options.get<bool>("by-unit");
  refuse_ignored_options(report);
  const auto survey_id = options.get<std::int64_t>("survey");
  // With --read-db every row is read from the standby; the primary only keeps the board's tallies.
  std::vector<std::int64_t> surveys{survey_id};
  if (report.compare_with != 0) surveys.push_back(report.compare_with);  // the earlier wave is read too
  ReadingStores stores = open_reading_stores(options, surveys);
  if (stores.reader) report.tallies_keeper = &stores.primary;
  Store& store = stores.read();
  // A report reads each page once (the counts, then the pass on connections of its own), so
  // a 16 MiB cache would only grow the peak memory with the survey.
  store.read_once();
  const SurveyReport written = write_survey_report(store, survey_id, report);
  if (report.by_unit)
    io.out << text(Msg::board_written, written.files.size(), report.out_dir.string(),
                   (report.out_dir / "bestuur.html").string())
           << "\n";
  else
    announce_report(written, report, io);
  return 0;
}

}  // namespace peiling
