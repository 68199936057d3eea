// Analysis of one survey per respondent group: summaries computed from the tallies of
// question_tally.h, filled in one pass over the responses and bounded by the definition,
// so memory does not grow with the number of responses.
#include "analysis/survey_analysis.h"

#include <algorithm>
#include <functional>
#include <future>
#include <thread>
#include <map>
#include <unordered_map>

#include "analysis/hand_arithmetic.h"
#include "analysis/kept_board_tallies.h"
#include "analysis/survey_pass.h"
#include "analysis/unit_figures.h"
#include "base/messages.h"
#include "analysis/rank_places.h"
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

}  // namespace

const QuestionSummary* summary_for(const GroupAnalysis& group, const Question& question) {
  for (const QuestionSummary& summary : group.questions)
    if (summary.question == &question || (summary.question && summary.question->id == question.id)) return &summary;
  return nullptr;
}

namespace {

// Whether the pass may read the survey in two halves at once (AnalysisSettings::split_from):
// the database is a file another connection can open, and there is a second core.
// A unit's report reads every unit's responses (the board's figures), so the board's count decides.
bool splittable(Store& store, const SurveyAnalysis& analysis, const AnalysisSettings& settings) {
  const int responded = analysis.units && !analysis.units->focus.empty() ? analysis.units->board_all.responded
                                                                         : analysis.all_groups.responded;
  return store.shareable() && responded >= settings.split_from && std::thread::hardware_concurrency() > 1;
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
  // Both halves read on connections of their own with a small page cache: every page is
  // read once, and the caller's connection keeps no 16 MiB of them while the report draws.
  auto read_half = [location = store.location(), &heard](SurveyPass& half, ResponseRange range,
                                                         std::function<void(const OpenAnswer&)> hear) {
    Store own(location);
    own.read_once();
    half.run(own, range, heard, hear);
  };
  auto second_half = std::async(std::launch::async, read_half, std::ref(later), ResponseRange{middle + 1, all.last},
                                tell(later_listener.get()));
  read_half(pass, {all.first, middle}, tell(listener));
  second_half.get();
  pass.merge(later);
  if (listener) listener->append_later(*later_listener);
}

// A unit's report: with the board's tallies kept by an earlier one (kept_board_tallies.h), its
// own unit's responses and the board's later ones; else the pass over every response, whose
// board tallies are then kept for the next.
void run_unit_pass(Store& store, const SurveyAnalysis& analysis, SurveyPass& pass,
                   const std::vector<const GroupAnalysis*>& heard, OpenAnswerListener* listener,
                   const AnalysisSettings& settings) {
  KeptBoardTallies kept(store, settings.tallies_keeper ? *settings.tallies_keeper : store, analysis);
  const ResponseRange all = response_range(store, analysis.survey.id);
  if (const auto rest = kept.restore_into(pass, all, analysis.units->board_all.responded)) {
    pass.run(store, all, heard, [listener](const OpenAnswer& answer) { if (listener) listener->hear(answer); },
             SurveyPass::Reading::focus_unit);
    if (!rest->empty()) pass.run(store, *rest, {}, {}, SurveyPass::Reading::board_only);
  } else {
    run_pass(store, analysis, pass, heard, listener, settings);
  }
  kept.keep(pass);
}

// The board report: the pass over every response, whose tallies are the board's a unit's
// report needs; kept for the unit reports after it (kept_board_tallies.h).
void run_board_report_pass(Store& store, const SurveyAnalysis& analysis, SurveyPass& pass,
                           const std::vector<const GroupAnalysis*>& heard, OpenAnswerListener* listener,
                           const AnalysisSettings& settings) {
  run_pass(store, analysis, pass, heard, listener, settings);
  KeptBoardTallies(store, settings.tallies_keeper ? *settings.tallies_keeper : store, analysis)
      .keep_from_board_report(pass);
}

// A unit's report: the analysis's groups become the unit's (its invited and responded), and
// the board's counts move to the UnitFigures. The board report: the units and their scored
// questions. Any other analysis of a survey with units keeps the units' counts, so that the
// min-group rule (disclosure.h) sees the cells its groups add up. Null without units.
// `tallies`: the units' tallies, counted with the survey's groups (SurveyRecord::units).
std::shared_ptr<UnitFigures> prepare_units(std::vector<UnitTally> tallies, SurveyAnalysis& analysis,
                                           const AnalysisSettings& settings) {
  auto units = std::make_shared<UnitFigures>();
  units->units = std::move(tallies);
  units->focus = settings.unit;
  if (settings.unit.empty()) {
    if (units->units.empty()) return nullptr;
    if (settings.per_unit) units->scored = scored_questions(analysis.questionnaire);
    return units;
  }
  const UnitTally* unit = units->focus_tally();
  if (!unit) {
    std::vector<std::string> names;
    for (const UnitTally& tally : units->units) names.push_back(tally.unit);
    if (names.empty()) throw StoreError(text(Msg::unit_not_in_survey, analysis.survey.id, settings.unit));
    std::string listed;
    for (const std::string& name : names) listed += (listed.empty() ? "" : ", ") + name;
    throw StoreError(text(Msg::unit_unknown, analysis.survey.id, settings.unit, listed));
  }
  analysis.survey.label += " — " + unit->label;  // every document of the unit's report names it
  units->board_groups = analysis.groups;
  units->board_all = analysis.all_groups;
  int invited_total = 0, responded_total = 0;
  for (std::size_t g = 0; g < analysis.groups.size(); ++g) {
    set_response(analysis.groups[g], unit->groups[g].invited, unit->groups[g].responded);
    invited_total += unit->groups[g].invited;
    responded_total += unit->groups[g].responded;
  }
  set_response(analysis.all_groups, invited_total, responded_total);
  return units;
}

void summarise_units(const SurveyPass& pass, const SurveyAnalysis& analysis, UnitFigures& units) {
  const Questionnaire& questionnaire = analysis.questionnaire;
  const auto& board = pass.board().tallies();
  for (std::size_t q = 0; q < board.size(); ++q) {
    const Question& question = questionnaire.questions[q];
    for (std::size_t g = 0; g < units.board_groups.size(); ++g)
      if (question.asked_to(units.board_groups[g].group->id)) units.board_groups[g].questions.push_back(board[q].summarise(g));
    units.board_all.questions.push_back(board[q].summarise(std::nullopt));
  }
  for (const auto& unit : pass.unit_tallies()) {
    units.unit_scores.emplace_back();
    units.unit_group_scores.emplace_back();
    for (const QuestionTally& tally : unit) {
      units.unit_scores.back().push_back(tally.summarise(std::nullopt));
      units.unit_group_scores.back().emplace_back();
      for (std::size_t g = 0; g < questionnaire.groups.size(); ++g)
        units.unit_group_scores.back().back().push_back(tally.summarise(g));
    }
  }
}

}  // namespace

std::unique_ptr<SurveyAnalysis> analyse_survey(Store& store, std::int64_t survey_id, OpenAnswerListener* listener,
                                               const AnalysisSettings& settings) {
  SurveyRecord record = store.load_survey(survey_id);
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
  auto units = prepare_units(std::move(record.units), *analysis, settings);
  analysis->units = units;

  SurveyPass pass(*analysis, SurveyPass::Scope::everything);
  const auto heard = listener ? listener->groups_to_hear(*analysis) : std::vector<const GroupAnalysis*>{};
  if (units && !units->focus.empty()) run_unit_pass(store, *analysis, pass, heard, listener, settings);
  else if (units && settings.per_unit) run_board_report_pass(store, *analysis, pass, heard, listener, settings);
  else run_pass(store, *analysis, pass, heard, listener, settings);
  const std::vector<QuestionTally>& tallies = pass.tallies();
  for (std::size_t q = 0; q < questionnaire.questions.size(); ++q) {
    const Question& question = questionnaire.questions[q];
    for (std::size_t g = 0; g < analysis->groups.size(); ++g)
      if (question.asked_to(analysis->groups[g].group->id))
        analysis->groups[g].questions.push_back(tallies[q].summarise(g));
    analysis->all_groups.questions.push_back(tallies[q].summarise(std::nullopt));
  }
  if (units) summarise_units(pass, *analysis, *units);
  analysis->coding_method = std::move(pass.method());
  add_coders(store, survey_id, questionnaire, pass.coders(), analysis->coding_method);
  analysis->triangulations = pass.triangulations();
  add_rank_places(analysis->triangulations, *analysis);
  return analysis;
}

void for_each_open_answer(Store& store, std::int64_t survey_id, const CodingFrame* frame, const Question& question,
                          const std::string& group_id, const std::function<void(const OpenAnswer&)>& visit) {
  std::vector<std::string> code_order;
  if (frame)
    for (const auto& code : frame->codes) code_order.push_back(code.id);
  store.for_each_open_answer_by_code(survey_id, question.id, group_id, code_order, [&](const CodedOpenAnswer& answer) {
    visit(OpenAnswer{answer.response_id, answer.text, answer.code, answer.coder, answer.memo});
  });
}

OpenAnswerStream open_answer_stream(Store& store, const SurveyAnalysis& analysis) {
  return [&store, &analysis](const std::vector<const GroupAnalysis*>& groups,
                             const std::function<void(const OpenAnswer&)>& visit) {
    SurveyPass(analysis, SurveyPass::Scope::open_answers)
        .run(store, response_range(store, analysis.survey.id), groups, visit);
  };
}

}  // namespace peiling
