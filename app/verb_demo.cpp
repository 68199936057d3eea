// `peiling demo`: the project's main job. Builds a fresh demo database with the Greven
// survey and the thesis figures, then writes its report.
#include <filesystem>
#include <ostream>

#include "analysis/hand_arithmetic.h"
#include "app/demo_second_wave.h"
#include "app/demo_survey.h"
#include "app/questionnaire_files.h"
#include "base/messages.h"
#include "app/verbs.h"

namespace peiling {

namespace {

namespace fs = std::filesystem;

// The means per group, as the report prints them, so the terminal shows the result at once.
void print_rank_means(const SurveyAnalysis& analysis, Language language, std::ostream& out) {
  for (const auto& group : analysis.groups) {
    out << "  " << group.group->id << " (" << group.responded << "/" << group.invited << " = "
        << group.response_percent << "%):";
    for (const auto& question : group.questions)
      if (const auto* rank = std::get_if<RankSummary>(&question.result))
        for (const auto& item : rank->items)
          out << " " << (item.answered ? format_fraction(item.sum, item.answered, 1, language) : "-");
    out << "\n";
  }
}

}  // namespace

int run_demo(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::demo_usage), text(Msg::demo_purpose));
  add_report_options(options, "peiling-demo");
  if (!options.parse(args, io)) return 0;
  const ReportOptions report = parse_report_options(options);

  fs::create_directories(report.out_dir);
  const fs::path db_path = report.out_dir / "demo.sqlite";
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db_path.string() + suffix);
  Store store(db_path.string());
  const auto survey_id = build_demo_survey(store, resolve_questionnaire_path("greven-fasen"));
  io.out << text(Msg::demo_made, survey_id, db_path.string()) << "\n";
  const SurveyReport written = write_survey_report(store, survey_id, report);  // its analysis gives the means
  print_rank_means(*written.analysis, report.language, io.out);
  announce_report(written, report, io);

  ReportOptions comparison = report;
  comparison.out_dir = report.out_dir / "vergelijking";
  comparison.compare_with = survey_id;
  const auto second_wave = build_demo_second_wave(store, resolve_questionnaire_path("greven-fasen"), survey_id);
  io.out << text(Msg::demo_second_wave, second_wave) << "\n";
  announce_report(write_survey_report(store, second_wave, comparison), comparison, io);
  return 0;
}

}  // namespace peiling
