// The analysis of one survey per respondent group and for all groups together: response
// rates, rank scores with places, number, choice, Likert and matrix summaries. Tallied in
// one streaming pass over the survey's responses (question_tally.h: never all responses in
// memory); open answers are streamed with for_each_open_answer.
// Reports read these results and nothing else.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <future>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "analysis/coder_comparison.h"
#include "analysis/triangulation.h"
#include "engine/questionnaire.h"
#include "engine/store.h"

namespace peiling {

struct RankItemScore {
  const Item* item = nullptr;
  int answered = 0;               // how many respondents gave this item a number
  std::int64_t sum = 0;           // sum of the numbers given
  std::vector<int> distribution;  // distribution[v - 1] = how many gave number v
  int place = 0;                  // 1 = most important; equal rounded means share a place
  bool shared_place = false;      // another item has the same place

  // The mean sum/answered is exact; print it with format_fraction(sum, answered, 1, ...).
};

struct RankSummary {
  std::vector<RankItemScore> items;  // in definition order
};

struct NumberSummary {
  int answered = 0;
  double mean = 0;
  double median = 0;
  double min = 0;
  double max = 0;
  std::map<double, int> values;  // value -> how many gave it (the distribution)
};

struct OptionCount {
  const Item* option = nullptr;
  int count = 0;  // percent = whole_percent(count, answered)
};

struct ChoiceSummary {
  int answered = 0;  // respondents who answered (for multi: ticked at least one)
  std::vector<OptionCount> options;  // in definition order
};

struct LikertSummary {
  int answered = 0;
  std::vector<int> distribution;  // distribution[v - 1] = how many chose scale position v
  double median = 0;              // in scale positions 1..k; may be a half
};

// A Likert matrix: each statement summarised as a Likert question on the shared scale.
struct StatementSummary {
  const Item* statement = nullptr;
  LikertSummary likert;
};

struct MatrixSummary {
  int answered = 0;  // respondents who answered at least one statement
  std::vector<StatementSummary> statements;  // in definition order
};

struct OpenSummary {
  int answered = 0;  // non-empty answers
  int coded = 0;     // of those, how many have a code
};

struct QuestionSummary {
  const Question* question = nullptr;
  std::variant<RankSummary, NumberSummary, ChoiceSummary, LikertSummary, MatrixSummary, OpenSummary> result;
};

// One respondent group, or all groups together (group == nullptr).
struct GroupAnalysis {
  const RespondentGroup* group = nullptr;
  int invited = 0;
  int responded = 0;
  int response_percent = 0;  // whole_percent(responded, invited)
  // Questions asked to this group, in definition order. A group not asked a question has
  // no entry for it, so it never counts as missing.
  std::vector<QuestionSummary> questions;
};

// The summary of `question` for `group`, or null when the group was not asked it.
const QuestionSummary* summary_for(const GroupAnalysis& group, const Question& question);

struct SurveyStatistics;  // analysis/statistics.h
struct UnitFigures;       // analysis/unit_figures.h

// The significance tests and intervals of an analysis: none, ready, or still being computed
// on another thread (a report draws its charts meanwhile). get() waits for them and
// rethrows what stopped them; null when none were computed.
class PendingStatistics {
 public:
  PendingStatistics() = default;
  explicit PendingStatistics(std::shared_ptr<const SurveyStatistics> ready);
  explicit PendingStatistics(std::shared_future<std::shared_ptr<const SurveyStatistics>> pending)
      : value_(std::move(pending)) {}
  const SurveyStatistics* get() const { return value_.valid() ? value_.get().get() : nullptr; }

 private:
  std::shared_future<std::shared_ptr<const SurveyStatistics>> value_;
};

struct SurveyAnalysis {
  SurveySummary survey;
  std::string definition_hash;
  Questionnaire questionnaire;
  std::vector<GroupAnalysis> groups;  // in questionnaire order
  GroupAnalysis all_groups;
  // Coding (issue 6): who coded and their agreement; ranking held against open answers.
  CodingMethod coding_method;
  std::vector<Triangulation> triangulations;
  // A survey that spans units (issue 18), for a unit's report or the board report
  // (AnalysisSettings::unit, per_unit): the units' counts, the board's figures beside a
  // unit's own, the scores per unit. Null otherwise.
  std::shared_ptr<const UnitFigures> units;
  // The significance tests and intervals (compute_statistics), when the caller computes
  // them. They point into this analysis. Keep it the last member: destroyed first, it waits
  // for a computation still running while the analysis that computation reads is whole.
  PendingStatistics statistics;
};

struct OpenAnswer {
  std::int64_t response_id = 0;
  std::string text;   // verbatim
  std::string code;   // "" when not yet coded
  std::string coder;
  std::string memo;
  const Question* question = nullptr;    // set in the analysis's pass and open_answer_stream
  const GroupAnalysis* group = nullptr;  // likewise
};

// Hears every open answer of the groups it wants during the analysis's one pass over the
// responses, so the report's schoenendoos and open-antwoorden.csv need no pass of their own.
class OpenAnswerListener {
 public:
  virtual ~OpenAnswerListener() = default;
  // Called once the analysis's groups and their response counts are in place, before any
  // answer: the groups whose open answers to hear (a withheld group's are never read).
  virtual std::vector<const GroupAnalysis*> groups_to_hear(const SurveyAnalysis& analysis) = 0;
  // One open answer, in response order; once per code, an uncoded one once with code "".
  virtual void hear(const OpenAnswer& answer) = 0;

  // For a pass split in two halves read at once: a listener for the later half (given the
  // same groups), whose answers append_later then takes in after this one's, as if this one
  // had heard them in order. Null when the listener cannot be split: the pass then reads
  // the survey in one go.
  virtual std::unique_ptr<OpenAnswerListener> listener_for_later() { return nullptr; }
  virtual void append_later(OpenAnswerListener& /*later*/) {}
};

struct AnalysisSettings {
  // From this many responses the pass reads the survey in two halves at once, one per core,
  // each on a connection of its own (WAL lets readers share the file), and merges their
  // counts: one core did all of a 1,000,000-response report while the other idled.
  std::int64_t split_from = 50'000;
  // A unit's report (issue 18): the analysis's groups are this unit's, and the board's
  // figures go into SurveyAnalysis::units. StoreError when the survey has no such unit.
  std::string unit = {};
  // The board report: the rank questions' scores of every unit, in the same pass.
  bool per_unit = false;
  // Where the board's tallies are kept between reports (kept_board_tallies.h) when not in the
  // store analysed: the primary of a standby the report reads (--read-db).
  Store* tallies_keeper = nullptr;
};

// Analyses one survey in one pass over its responses (survey_pass.h), telling `listener`
// (when given) the open answers it wants on the way. Throws StoreError when the survey does
// not exist. The result owns its questionnaire; keep it at a stable address (it is not
// copyable in a useful way because summaries point into the questionnaire).
std::unique_ptr<SurveyAnalysis> analyse_survey(Store& store, std::int64_t survey_id,
                                               OpenAnswerListener* listener = nullptr,
                                               const AnalysisSettings& settings = {});

// Streams the open answers to `question` from respondents in `group_id` ("" = all groups):
// first per code of `frame` in frame order, then the uncoded ones, each by response id.
// `frame` may be null (an open question without a coding frame): all answers are uncoded.
// An answer's codes are the agreed codes (`code resolve`) when there are any, else those of
// the coder who coded it last; an answer with several codes is visited once per code, and
// kUnplaceable counts as a code outside the frame (listed with the uncoded ones).
void for_each_open_answer(Store& store, std::int64_t survey_id, const CodingFrame* frame, const Question& question,
                          const std::string& group_id, const std::function<void(const OpenAnswer&)>& visit);

// The open answers of `groups` as a value the reports can read again after the analysis
// (as OpenAnswerListener hears them, in a pass of their own), so reports and tests can
// build from an analysis without knowing the store; groups not asked for are never read.
using OpenAnswerStream = std::function<void(const std::vector<const GroupAnalysis*>& groups,
                                            const std::function<void(const OpenAnswer&)>& visit)>;
// The stream of an analysed survey; `store` and `analysis` must outlive it.
OpenAnswerStream open_answer_stream(Store& store, const SurveyAnalysis& analysis);

}  // namespace peiling
