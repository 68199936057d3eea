// The analysis's pass over the responses: read in two halves at once (as surveys from
// AnalysisSettings::split_from responses are) it gives exactly what one pass gives, down to
// every report file; and open_answer_stream hears the same answers as the pass.
#include <catch2/catch.hpp>

#include <sstream>

#include "app/synthetic_responses.h"
#include "reports/report_documents.h"
#include "reports/shoebox_collector.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

struct Analysed {
  std::unique_ptr<SurveyAnalysis> analysis;
  std::string csv;
  std::vector<std::string> documents;
};

Analysed analyse(Store& store, std::int64_t survey_id, std::int64_t split_from) {
  ReportOptions options;
  std::ostringstream csv;
  ShoeboxCollector collector(options, csv);
  Analysed result;
  result.analysis = analyse_survey(store, survey_id, &collector, AnalysisSettings{split_from});
  const ReportModel model = build_report_model(*result.analysis, collector.take_shoeboxes(), options);
  result.csv = csv.str();
  result.documents = {render_markdown_report(model), render_scores_csv(model), render_html_report(model)};
  return result;
}

}  // namespace

TEST_CASE("a survey read in two halves at once gives what one pass gives", "[analysis][pass]") {
  ScratchDir dir;
  Store store(dir.file("lbbo.sqlite"));
  SyntheticPlan plan;
  plan.per_group = 40;
  plan.group_counts = {{"leerkrachten", 121}};
  const auto survey_id =
      build_synthetic_survey(store, PEILING_SOURCE_DIR "/questionnaires/lbbo-kernactiviteiten.json", "t", plan);
  const Analysed whole = analyse(store, survey_id, 1'000'000);
  const Analysed halves = analyse(store, survey_id, 1);
  REQUIRE(whole.csv.size() > 1000);
  CHECK(halves.csv == whole.csv);
  CHECK(halves.documents == whole.documents);
  CHECK(halves.analysis->coding_method.open_answers == whole.analysis->coding_method.open_answers);
  REQUIRE(whole.analysis->coding_method.coders.size() == 1);
  CHECK(halves.analysis->coding_method.coders.front().answers == whole.analysis->coding_method.coders.front().answers);
  // No temporary file of open answers stays behind.
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::temp_directory_path()))
    CHECK(entry.path().filename().string().rfind("peiling-open-answers-", 0) != 0);
}

TEST_CASE("open_answer_stream hears the shown groups' answers the pass hears", "[analysis][pass]") {
  ScratchDir dir;
  Store store(dir.file("greven.sqlite"));
  SyntheticPlan plan;
  plan.per_group = 6;
  plan.group_counts = {{"directie", 2}};  // withheld under min_group 3
  const auto survey_id = build_synthetic_survey(store, PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json", "t", plan);
  const Analysed heard = analyse(store, survey_id, 1'000'000);
  std::ostringstream csv;
  ShoeboxCollector collector(ReportOptions{}, csv);
  collect_open_answers(collector, *heard.analysis, open_answer_stream(store, *heard.analysis));
  collector.take_shoeboxes();
  CHECK(csv.str() == heard.csv);
  CHECK(heard.csv.find("\ndirectie,") == std::string::npos);
  CHECK(heard.csv.find("\nleerkrachten,") != std::string::npos);
}
