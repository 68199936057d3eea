// Analysis of one survey per respondent group: summaries computed from the tallies of
// question_counts.h, which are bounded by the definition, so memory does not grow with
// the number of responses.
#include "analysis/survey_analysis.h"

#include <algorithm>
#include <future>
#include <map>

#include "analysis/hand_arithmetic.h"
#include "analysis/question_counts.h"
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

// "" collects all groups together.
constexpr const char* kAllGroups = "";

// The keyed tallies of one group, or of all groups merged when `group` is "".
std::map<std::string, int> keyed_for(const QuestionCounts& counts, const std::string& group) {
  std::map<std::string, int> merged;
  for (const auto& [group_id, tallies] : counts.keyed)
    if (group.empty() || group_id == group)
      for (const auto& [key, count] : tallies) merged[key] += count;
  return merged;
}

RankSummary summarise_rank(const Question& question, const std::map<std::string, int>& tallies) {
  RankSummary summary;
  const int scale_size = static_cast<int>(question.items.size());
  for (const auto& item : question.items) {
    RankItemScore score;
    score.item = &item;
    score.distribution.assign(static_cast<std::size_t>(scale_size), 0);
    for (int number = 1; number <= scale_size; ++number) {
      const auto found = tallies.find(item.id + '\t' + std::to_string(number));
      const int count = found == tallies.end() ? 0 : found->second;
      score.distribution[static_cast<std::size_t>(number - 1)] = count;
      score.answered += count;
      score.sum += static_cast<std::int64_t>(number) * count;
    }
    summary.items.push_back(score);
  }
  assign_rank_places(summary, question.direction);
  return summary;
}

ChoiceSummary summarise_choice(const Question& question, const std::map<std::string, int>& tallies, int answered) {
  ChoiceSummary summary;
  summary.answered = answered;
  for (const auto& option : question.items) {
    const auto found = tallies.find(option.id);
    summary.options.push_back({&option, found == tallies.end() ? 0 : found->second});
  }
  return summary;
}

// The middle value of the answers tallied in `counts` (value -> how often, in value order),
// or the mean of the two middle values when their number is even; 0 when there are none.
double median_of(const std::map<double, int>& counts, int total) {
  const int lower_middle = (total - 1) / 2, upper_middle = total / 2;
  int seen = 0;
  double lower = 0, upper = 0;
  for (const auto& [value, count] : counts) {
    if (seen <= lower_middle && lower_middle < seen + count) lower = value;
    if (seen <= upper_middle && upper_middle < seen + count) upper = value;
    seen += count;
  }
  return (lower + upper) / 2;
}

LikertSummary summarise_likert(const Question& question, const std::map<std::string, int>& tallies) {
  LikertSummary summary;
  summary.distribution.assign(question.scale.size(), 0);
  std::map<double, int> by_position;
  for (std::size_t position = 1; position <= question.scale.size(); ++position) {
    const auto found = tallies.find(std::to_string(position));
    const int count = found == tallies.end() ? 0 : found->second;
    summary.distribution[position - 1] = count;
    summary.answered += count;
    by_position[static_cast<double>(position)] = count;
  }
  summary.median = median_of(by_position, summary.answered);
  return summary;
}

NumberSummary summarise_number(const QuestionCounts& counts, const std::string& group) {
  std::map<double, int> values;
  for (const auto& [group_id, distribution] : counts.values)
    if (group.empty() || group_id == group)
      for (const auto& [value, count] : distribution) values[value] += count;
  NumberSummary summary;
  if (values.empty()) return summary;
  double sum = 0;
  for (const auto& [value, count] : values) {
    summary.answered += count;
    sum += value * count;
  }
  summary.mean = sum / summary.answered;
  summary.min = values.begin()->first;
  summary.max = values.rbegin()->first;
  summary.median = median_of(values, summary.answered);
  return summary;
}

QuestionSummary summarise(const Question& question, const QuestionCounts& counts, const std::string& group) {
  QuestionSummary summary;
  summary.question = &question;
  switch (question.type) {
    case QuestionType::rank: summary.result = summarise_rank(question, keyed_for(counts, group)); break;
    case QuestionType::number: summary.result = summarise_number(counts, group); break;
    case QuestionType::choice:
    case QuestionType::multi:
      summary.result = summarise_choice(question, keyed_for(counts, group), tally_for(counts.answering, group));
      break;
    case QuestionType::likert: summary.result = summarise_likert(question, keyed_for(counts, group)); break;
    case QuestionType::text:
      summary.result = OpenSummary{tally_for(counts.answering, group), tally_for(counts.coded, group)};
      break;
  }
  return summary;
}

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

namespace {

// What the coding sections of the report need from the store.
struct CodingReads {
  CodingMethod method;
  std::vector<Triangulation> triangulations;  // without rank places yet
};

// Runs `read(store)` on a connection of its own beside the caller's work when the store is
// a database file (WAL lets readers share it); else later, on `store`, when get() is called.
template <typename Result>
class ReadBeside {
 public:
  ReadBeside(Store& store, std::function<Result(Store&)> read) : store_(store), read_(std::move(read)) {
    const std::string& path = store.database().path();
    if (path.empty() || path == ":memory:" || path.rfind("file:", 0) == 0) return;
    result_ = std::async(std::launch::async, [path, this] {
      Store reader(path);
      return read_(reader);
    });
  }
  Result get() { return result_.valid() ? result_.get() : read_(store_); }

 private:
  Store& store_;
  std::function<Result(Store&)> read_;
  std::future<Result> result_;  // last: waited for before read_ goes
};

}  // namespace

std::unique_ptr<SurveyAnalysis> analyse_survey(Store& store, std::int64_t survey_id) {
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

  // The coding method and the triangulation tallies read the codings and open answers,
  // the counts the closed questions: for a large survey they take about as long as the
  // counts, so they run beside them (a third thread, one per read, was slower on 2 cores).
  ReadBeside<CodingReads> coding(store, [&](Store& reader) {
    return CodingReads{describe_coding(reader, survey_id, questionnaire),
                       tally_triangulations(reader, survey_id, questionnaire)};
  });
  for (const auto& question : questionnaire.questions) {
    const QuestionCounts counts = count_question(store, survey_id, question);
    for (auto& group_analysis : analysis->groups)
      if (question.asked_to(group_analysis.group->id))
        group_analysis.questions.push_back(summarise(question, counts, group_analysis.group->id));
    analysis->all_groups.questions.push_back(summarise(question, counts, kAllGroups));
  }
  CodingReads reads = coding.get();
  analysis->coding_method = std::move(reads.method);
  analysis->triangulations = std::move(reads.triangulations);
  add_rank_places(analysis->triangulations, *analysis);
  return analysis;
}

void for_each_open_answer(Store& store, std::int64_t survey_id, const CodingFrame* frame, const Question& question,
                          const std::string& group_id, const std::function<void(const OpenAnswer&)>& visit,
                          AnswerOrder order) {
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
                  (order == AnswerOrder::any ? ""
                                             : " ORDER BY CASE WHEN effective_code = '' OR instr(?4, ',' || "
                                               "effective_code || ',') = 0 THEN 1 ELSE 0 END,"
                                               " instr(?4, ',' || effective_code || ','), r.id"));
  query.bind(1, survey_id).bind(2, question.id).bind(5, question_json_path(question.id));
  if (order == AnswerOrder::frame) query.bind(4, frame_order);
  if (!group_id.empty()) query.bind(3, group_id);
  while (query.step())
    visit(OpenAnswer{query.column_int(0), query.column_text(1), query.column_text(2), query.column_text(3),
                     query.column_text(4)});
}

OpenAnswerStream open_answer_stream(Store& store, const SurveyAnalysis& analysis) {
  return [&store, &analysis](const Question& question, const std::string& group_id,
                             const std::function<void(const OpenAnswer&)>& visit) {
    const CodingFrame* frame = analysis.questionnaire.find_frame(question.coding_frame);
    for_each_open_answer(store, analysis.survey.id, frame, question, group_id, visit);
  };
}

}  // namespace peiling
