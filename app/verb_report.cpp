// `peiling report`: analyses a survey and writes the report folder.
#include <ostream>

#include "app/verbs.h"
#include "reports/report.h"

namespace peiling {

ReportOptions parse_report_options(const VerbOptions& options) {
  ReportOptions report;
  report.out_dir = options.get<std::string>("out");
  report.language = options.language();
  report.min_group = options.get<int>("min-group");
  if (report.min_group < 1) throw UsageError("--min-group must be 1 or more");
  report.error_bars = options.get<bool>("error-bars");
  if (options.has("compare-with")) report.compare_with = options.get<std::int64_t>("compare-with");
  return report;
}

void add_report_options(VerbOptions& options, const char* default_out) {
  options.add()("out", po::value<std::string>()->default_value(default_out), "folder to write the report into");
  options.add_lang_option("the report");
  options.add()(
      "min-group", po::value<int>()->default_value(3),
      "groups with fewer respondents show counts only, never their answers")(
      "error-bars", po::bool_switch(), "draw each group's 95% bootstrap interval of the mean on its bars");
}

void announce_report(const SurveyReport& written, const ReportOptions& report, VerbIo& io) {
  io.out << "wrote " << written.files.size() << " files to " << report.out_dir.string() << ", open "
         << (report.out_dir / "rapport.html").string() << "\n";
}

int run_report(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(
      "peiling report --survey ID [--compare-with ID] [--out DIR] [--lang nl|en] [--min-group K] [--error-bars]",
      "Writes rapport.html, slides.html, rapport.md, scores.csv and every chart as\n"
      ".svg and .png for one survey. With --compare-with, a section 'Wat is er veranderd?'\n"
      "sets it beside an earlier wave of the same questionnaire, per group and question.");
  options.add_db_option();
  options.add_survey_option();
  options.add()("compare-with", po::value<std::int64_t>(), "the id of an earlier wave to compare with");
  add_report_options(options, "rapport");
  if (!options.parse(args, io)) return 0;
  Store store = open_existing_store(options);
  const ReportOptions report = parse_report_options(options);
  announce_report(write_survey_report(store, options.get<std::int64_t>("survey"), report), report, io);
  return 0;
}

}  // namespace peiling
