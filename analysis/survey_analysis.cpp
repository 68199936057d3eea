// Analysis of one survey per respondent group: summaries computed from the tallies of
// question_tally.h, filled in one pass over the responses and bounded by the definition,
// so memory does not grow with the number of responses.
#include "analysis/survey_analysis.h"

#include <algorithm>
#include <future>
#include <thread>
#include <map>
#include <unordered_map>

#include "analysis/hand_arithmetic.h"
#include "analysis/survey_pass.h"
#include "analysis/rank_places.h"
#include "engine/answer_sql.h"
#include "engine/definition_loader.h"

namespace peiling {

PendingStatistics::PendingStatistics(std::shared_ptr<const SurveyStatistics> ready) {
  std::promise<std::shared_ptr<const SurveyStatistics>> promise;
  promise.set_value(std::move(ready));
  value_ = promise.get_future().share();
}

namespace {

void set_response(GroupAnalysis& analysis, int invited, int responded) {
  analysis.invited = invited;
  analysis.responded = responded;
  analysis.response_percent = whole_percent(responded, invited);
}

// The SQL condition limiting a query to one group (parameter ?3), or nothing for all
// groups. A separate condition rather than "(?3 = '' OR ...)" so SQLite can use the
// (survey_id, group_id) index instead of reading every response of the survey.
std::string in_group(const std::string& group) { return group.empty() ? "" : " AND r.group_id = ?3"; }

}  // namespace

const QuestionSummary* summary_for(const GroupAnalysis& group, const Question& question) {
  for (const QuestionSummary& summary : group.questions)
    if (summary.question == &question || (summary.question && summary.question->id == question.id)) return &summary;
  return nullptr;
}

namespace {

// Whether the pass may read the survey in two halves at once (AnalysisSettings::split_from):
// the database is a file another connection can open, and there is a second core.
bool splittable(Store& store, const SurveyAnalysis& analysis, const AnalysisSettings& settings) {
  const std::string& path = store.database().path();
  const bool own_file = !path.empty() && path != ":memory:" && path.rfind("file:", 0) != 0;
  return own_file && analysis.all_groups.responded >= settings.split_from && std::thread::hardware_concurrency() > 1;
}

void run_pass(Store& store, const SurveyAnalysis& analysis, SurveyPass& pass,
              const std::vector<const GroupAnalysis*>& heard, OpenAnswerListener* listener,
              const AnalysisSettings& settings) {
  const auto tell = [](OpenAnswerListener* to) {
    return [to](const OpenAnswer& answer) {
      if (to) to->hear(answer);
    };
  };
  const ResponseRange all = response_range(store, analysis.survey.id);
  if (!splittable(store, analysis, settings)) return pass.run(store, all, heard, tell(listener));
  std::unique_ptr<OpenAnswerListener> later_listener = listener ? listener->listener_for_later() : nullptr;
  if (listener && !later_listener) return pass.run(store, all, heard, tell(listener));
  const std::int64_t middle = all.first + (all.last - all.first) / 2;
  SurveyPass later(analysis, SurveyPass::Scope::everything);
  auto second_half = std::async(std::launch::async, [&, path = store.database().path()] {
    Store own(path);
    later.run(own, {middle + 1, all.last}, heard, tell(later_listener.get()));
  });
  pass.run(store, {all.first, middle}, heard, tell(listener));
  second_half.get();
  pass.merge(later);
  if (listener) listener->append_later(*later_listener);
}

}  // namespace

std::unique_ptr<SurveyAnalysis> analyse_survey(Store& store, std::int64_t survey_id, OpenAnswerListener* listener,
                                               const AnalysisSettings& settings) {
  const SurveyRecord record = store.load_survey(survey_id);
  auto analysis = std::make_unique<SurveyAnalysis>();
  analysis->survey = record.summary;
  analysis->definition_hash = record.definition_hash;
  analysis->questionnaire = parse_definition(record.definition_text, "survey " + std::to_string(survey_id));
  const Questionnaire& questionnaire = analysis->questionnaire;

  int invited_total = 0;
  int responded_total = 0;
  for (const auto& group : questionnaire.groups) {
    GroupAnalysis group_analysis;
    group_analysis.group = &group;
    auto tally = std::find_if(record.groups.begin(), record.groups.end(),
                              [&](const GroupTally& t) { return t.group == group.id; });
    if (tally != record.groups.end()) set_response(group_analysis, tally->invited, tally->responded);
    invited_total += group_analysis.invited;
    responded_total += group_analysis.responded;
    analysis->groups.push_back(std::move(group_analysis));
  }
  set_response(analysis->all_groups, invited_total, responded_total);

  SurveyPass pass(*analysis, SurveyPass::Scope::everything);
  const auto heard = listener ? listener->groups_to_hear(*analysis) : std::vector<const GroupAnalysis*>{};
  run_pass(store, *analysis, pass, heard, listener, settings);
  const std::vector<QuestionTally>& tallies = pass.tallies();
  for (std::size_t q = 0; q < questionnaire.questions.size(); ++q) {
    const Question& question = questionnaire.questions[q];
    for (std::size_t g = 0; g < analysis->groups.size(); ++g)
      if (question.asked_to(analysis->groups[g].group->id))
        analysis->groups[g].questions.push_back(tallies[q].summarise(g));
    analysis->all_groups.questions.push_back(tallies[q].summarise(std::nullopt));
  }
  analysis->coding_method = std::move(pass.method());
  add_coders(store, survey_id, questionnaire, pass.coders(), analysis->coding_method);
  analysis->triangulations = pass.triangulations();
  add_rank_places(analysis->triangulations, *analysis);
  return analysis;
}

void for_each_open_answer(Store& store, std::int64_t survey_id, const CodingFrame* frame, const Question& question,
                          const std::string& group_id, const std::function<void(const OpenAnswer&)>& visit) {
  // One pass, sorted by the code's row in the schoenendoos (its position in ",f1,f2,...,"),
  // uncoded answers and codes no longer in the frame last, then by response. SQLite's
  // sorter spills to disk past its cache, so memory stays fixed. The agreed codes of
  // `code resolve` win; without them, the codes of the coder who coded the answer last.
  // An answer with several codes is visited once per code.
  std::string frame_order = ",";
  if (frame)
    for (const auto& code : frame->codes) frame_order += code.id + ",";
  Statement query(store.database(),
                  std::string("SELECT r.id, ") + kAnswerValue + ", COALESCE(g.code, c.code, '') AS effective_code,"
                  " CASE WHEN g.code IS NULL THEN COALESCE(c.coder, '') ELSE '' END, COALESCE(g.memo, c.memo, '')"
                  " FROM responses r, json_each(r.answer_data, ?5) a"
                  " LEFT JOIN agreed_codings g ON g.response_id = r.id AND g.question_id = ?2"
                  " LEFT JOIN codings c ON g.code IS NULL AND c.response_id = r.id AND c.question_id = ?2"
                  "   AND c.coder = (SELECT l.coder FROM codings l WHERE l.response_id = r.id AND l.question_id = ?2"
                  "   ORDER BY l.id DESC LIMIT 1)"
                  " WHERE r.survey_id = ?1 AND " + kAnswerValue + " <> ''" + in_group(group_id) +
                  " ORDER BY CASE WHEN effective_code = '' OR instr(?4, ',' || effective_code || ',') = 0"
                  " THEN 1 ELSE 0 END, instr(?4, ',' || effective_code || ','), r.id");
  query.bind(1, survey_id).bind(2, question.id).bind(5, question_json_path(question.id));
  query.bind(4, frame_order);
  if (!group_id.empty()) query.bind(3, group_id);
  while (query.step())
    visit(OpenAnswer{query.column_int(0), query.column_text(1), query.column_text(2), query.column_text(3),
                     query.column_text(4)});
}

OpenAnswerStream open_answer_stream(Store& store, const SurveyAnalysis& analysis) {
  return [&store, &analysis](const std::vector<const GroupAnalysis*>& groups,
                             const std::function<void(const OpenAnswer&)>& visit) {
    SurveyPass(analysis, SurveyPass::Scope::open_answers)
        .run(store, response_range(store, analysis.survey.id), groups, visit);
  };
}

}  // namespace peiling
