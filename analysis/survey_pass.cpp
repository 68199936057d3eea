// The one pass over a survey's responses; see survey_pass.h.
#include "analysis/survey_pass.h"

#include <algorithm>
#include <span>

#include "analysis/unit_figures.h"
#include "engine/response_stream.h"

namespace peiling {

SurveyPass::SurveyPass(const SurveyAnalysis& analysis, Scope scope)
    : analysis_(analysis), scope_(scope), runs_(analysis.questionnaire) {
  if (scope == Scope::everything) triangulation_.emplace(analysis.questionnaire);
  const Questionnaire& questionnaire = analysis.questionnaire;
  for (std::size_t g = 0; g < questionnaire.groups.size(); ++g) group_index_[questionnaire.groups[g].id] = g;
  if (scope == Scope::everything)
    for (const Question& question : questionnaire.questions) tallies_.emplace_back(question, questionnaire.groups.size());
  for (const Question& question : questionnaire.questions)
    if (question.kind().open) open_.push_back(&question);
  if (analysis.units) prepare_units(*analysis.units);
}

// A unit's report tallies the board beside the unit; the board report tallies the scored
// questions per unit. Both bounded by units x definition, never by responses.
void SurveyPass::prepare_units(const UnitFigures& units) {
  focus_ = units.focus;
  if (scope_ != Scope::everything) return;
  const Questionnaire& questionnaire = analysis_.questionnaire;
  if (!focus_.empty()) {
    board_ = BoardTally(questionnaire);
    return;
  }
  if (units.scored.empty()) return;
  scored_of_.assign(questionnaire.questions.size(), kUnknown);
  for (std::size_t k = 0; k < units.scored.size(); ++k)
    scored_of_[static_cast<std::size_t>(units.scored[k] - questionnaire.questions.data())] = k;
  for (std::size_t u = 0; u < units.units.size(); ++u) {
    unit_index_[units.units[u].unit] = u;
    unit_tallies_.emplace_back();
    for (const Question* question : units.scored) unit_tallies_.back().emplace_back(*question, questionnaire.groups.size());
  }
}

void SurveyPass::run(Store& store, const ResponseRange& range, const std::vector<const GroupAnalysis*>& heard,
                     const std::function<void(const OpenAnswer&)>& visit, Reading reading) {
  if (reading == Reading::board_only) return run_board(store, range);
  std::vector<const GroupAnalysis*> hearing(analysis_.questionnaire.groups.size(), nullptr);
  for (const GroupAnalysis* group : heard) hearing[group_index_.at(group->group->id)] = group;
  const bool everything = scope_ == Scope::everything;
  const bool reads_codes = !open_.empty() && (everything || !heard.empty());
  const bool tallies_board = board_.tallies_answers() && reading == Reading::every_response;
  // The board report's (and any whole survey's) own tallies are the board's: their responses
  // are counted as a unit report's board tallies' are, so they can be kept for the unit reports.
  const bool counts_board = tallies_board || (everything && focus_.empty());
  if (!everything && heard.empty()) return;
  EffectiveCodings codings(store, range);
  const std::vector<EffectiveCode> none;
  for_each_response(store, analysis_.survey.id, ResponseFields::answers, [&](const ResponseView& response) {
    if (counts_board) board_.count(response.id);
    const auto found = group_index_.find(response.group);
    if (found == group_index_.end()) return;
    const std::size_t group = found->second;
    const bool in_focus = focus_.empty() || response.unit == focus_;  // a unit's report: its own responses
    if (!everything && (!in_focus || !hearing[group])) return;  // a withheld group's answers are never read further
    const std::vector<StoredAnswerView>& answers = *response.answers;
    runs_.find(answers);
    if (tallies_board) board_.add(group, runs_, answers);
    if (!unit_tallies_.empty()) tally_scores(response.unit, group, answers);
    if (!in_focus) return;
    if (everything) tally(tallies_, group, answers);
    const std::vector<EffectiveCode>& codes = reads_codes ? codings.of_response(response.id) : none;
    if (everything) {
      count_codes(group, answers, codes);
      triangulation_->add(group, answers, codes);
    }
    if (hearing[group]) tell(*hearing[group], response.id, answers, codes, visit);
  }, range, std::string(reading == Reading::focus_unit ? focus_ : std::string_view()));
  if (reads_codes) coders_ = codings.coders();
}

// Only the board's tallies: no codes, no open answers, nothing of the unit's own.
void SurveyPass::run_board(Store& store, const ResponseRange& range) {
  if (!board_.tallies_answers()) return;
  for_each_response(store, analysis_.survey.id, ResponseFields::answers, [&](const ResponseView& response) {
    board_.count(response.id);
    const auto found = group_index_.find(response.group);
    if (found == group_index_.end()) return;
    runs_.find(*response.answers);
    board_.add(found->second, runs_, *response.answers);
  }, range);
}

void SurveyPass::merge(SurveyPass& later) {
  for (std::size_t q = 0; q < tallies_.size(); ++q) tallies_[q].merge(later.tallies_[q]);
  board_.merge(later.board_);
  for (std::size_t u = 0; u < unit_tallies_.size(); ++u)
    for (std::size_t k = 0; k < unit_tallies_[u].size(); ++k) unit_tallies_[u][k].merge(later.unit_tallies_[u][k]);
  if (triangulation_ && later.triangulation_) triangulation_->merge(*later.triangulation_);
  method_.open_answers += later.method_.open_answers;
  method_.coded_answers += later.method_.coded_answers;
  method_.placed_answers += later.method_.placed_answers;
  method_.unplaceable_answers += later.method_.unplaceable_answers;
  method_.agreed_answers += later.method_.agreed_answers;
  coders_ = EffectiveCodings::merged(std::move(coders_), later.coders_);
}

void SurveyPass::tally(std::vector<QuestionTally>& into, std::size_t group, const std::vector<StoredAnswerView>& answers) {
  runs_.for_each(answers, [&](std::size_t question, std::span<const StoredAnswerView> run) { into[question].add(group, run); });
}

// The answers to scored questions into the tallies of the response's unit.
void SurveyPass::tally_scores(std::string_view unit, std::size_t group, const std::vector<StoredAnswerView>& answers) {
  const auto found = unit_index_.find(unit);
  if (found == unit_index_.end()) return;
  std::vector<QuestionTally>& tallies = unit_tallies_[found->second];
  runs_.for_each(answers, [&](std::size_t question, std::span<const StoredAnswerView> run) {
    if (scored_of_[question] != kUnknown) tallies[scored_of_[question]].add(group, run);
  });
}

// Per open answer: whether it is coded (the tally's coded respondents); for questions with
// a frame, the coding method's counts: answers, coded, agreed, placed under a frame code
// and marked as not placeable.
void SurveyPass::count_codes(std::size_t group, const std::vector<StoredAnswerView>& answers,
                             const std::vector<EffectiveCode>& codes) {
  for (std::size_t i = 0; i < answers.size(); ++i) {
    if (runs_.question_of(i) == kUnknown || answers[i].text.empty()) continue;
    const Question& question = analysis_.questionnaire.questions[runs_.question_of(i)];
    if (!question.kind().open) continue;
    const auto own = codes_of(codes, question.id);
    if (!own.empty()) tallies_[runs_.question_of(i)].add_coded(group);
    const CodingFrame* frame = analysis_.questionnaire.find_frame(question.coding_frame);
    if (!frame) continue;
    ++method_.open_answers;
    method_.coded_answers += own.empty() ? 0 : 1;
    method_.agreed_answers += !own.empty() && own.front().agreed ? 1 : 0;
    // By the codes the report shows, as in the schoenendoos.
    method_.placed_answers +=
        std::any_of(own.begin(), own.end(), [&](const EffectiveCode& code) { return frame->find_code(code.code); }) ? 1 : 0;
    method_.unplaceable_answers +=
        std::any_of(own.begin(), own.end(), [](const EffectiveCode& code) { return code.code == kUnplaceable; }) ? 1 : 0;
  }
}

// The response's open answers to `visit`: once per code, an uncoded one once with code "".
void SurveyPass::tell(const GroupAnalysis& group, std::int64_t response_id, const std::vector<StoredAnswerView>& answers,
                      const std::vector<EffectiveCode>& codes, const std::function<void(const OpenAnswer&)>& visit) {
  OpenAnswer& open = open_answer_;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    if (runs_.question_of(i) == kUnknown || answers[i].text.empty()) continue;
    const Question& question = analysis_.questionnaire.questions[runs_.question_of(i)];
    if (!question.kind().open) continue;
    open.question = &question;
    open.group = &group;
    open.response_id = response_id;
    open.text.assign(answers[i].text);
    const auto own = codes_of(codes, question.id);
    if (own.empty()) {
      open.code.clear();
      open.coder.clear();
      open.memo.clear();
      visit(open);
    }
    for (const EffectiveCode& code : own) {
      open.code = code.code;
      open.coder = code.coder;
      open.memo = code.memo;
      visit(open);
    }
  }
}

}  // namespace peiling
