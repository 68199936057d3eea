// write_survey_report: the whole report of an analysed survey, statistics included; see report.h.
#include <future>
#include <memory>

#include "analysis/statistics.h"
#include "reports/report.h"

namespace peiling {

std::vector<std::filesystem::path> write_survey_report(Store& store, SurveyAnalysis& analysis,
                                                       const ReportOptions& options) {
  StatisticsSettings statistics;
  statistics.min_group = options.min_group;  // a withheld group's answers are never tested
  // Only the statistics section (and --error-bars) needs the statistics, so they are
  // computed on a connection of their own while the report draws its charts: on the
  // demo they were a sixth of the time, with one core idle.
  analysis.statistics = PendingStatistics(
      std::async(std::launch::async, [path = store.database().path(), &analysis, statistics] {
        Store own(path);
        return std::shared_ptr<const SurveyStatistics>(
            std::make_shared<SurveyStatistics>(compute_statistics(own, analysis, statistics)));
      }).share());
  return write_report(analysis, open_answer_stream(store, analysis), options);
}

}  // namespace peiling
