// Analysis of one survey per respondent group: every figure is aggregated by SQLite
// (GROUP BY, ORDER BY ... LIMIT), so memory does not grow with the number of responses.
#include "analysis/survey_analysis.h"

#include <algorithm>
#include <map>

#include "analysis/hand_arithmetic.h"
#include "analysis/rank_places.h"
#include "engine/definition_loader.h"

namespace peiling {

namespace {

// Per-group rows of one question come back in one query; "" collects all groups together.
constexpr const char* kAllGroups = "";

// One row of a (group, key, count) aggregation.
struct GroupedCount {
  std::string group;
  std::string key;
  int count = 0;
};

std::vector<GroupedCount> grouped_counts(Store& store, std::int64_t survey_id, const Question& question,
                                         std::string_view key_column) {
  // key_column is one of our own constant column expressions, never user input.
  std::string sql = "SELECT r.group_id, " + std::string(key_column) +
                    ", COUNT(*) FROM responses r JOIN answers a ON a.response_id = r.id"
                    " WHERE r.survey_id = ?1 AND a.question_id = ?2 GROUP BY 1, 2";
  Statement query(store.database(), sql);
  query.bind(1, survey_id).bind(2, question.id);
  std::vector<GroupedCount> rows;
  while (query.step())
    rows.push_back({query.column_text(0), query.column_text(1), static_cast<int>(query.column_int(2))});
  return rows;
}

// How many respondents of a group (or all, with "") answered a question at all.
int respondents_answering(Store& store, std::int64_t survey_id, const Question& question, const std::string& group) {
  Statement query(store.database(),
                  "SELECT COUNT(DISTINCT r.id) FROM responses r JOIN answers a ON a.response_id = r.id"
                  " WHERE r.survey_id = ?1 AND a.question_id = ?2 AND (?3 = '' OR r.group_id = ?3)"
                  " AND a.value <> ''");
  query.bind(1, survey_id).bind(2, question.id).bind(3, group);
  query.step();
  return static_cast<int>(query.column_int(0));
}

bool counts_for(const GroupedCount& row, const std::string& group) { return group.empty() || row.group == group; }

RankSummary summarise_rank(const Question& question, const std::vector<GroupedCount>& rows, const std::string& group) {
  RankSummary summary;
  const int scale_size = static_cast<int>(question.items.size());
  for (const auto& item : question.items) {
    RankItemScore score;
    score.item = &item;
    score.distribution.assign(static_cast<std::size_t>(scale_size), 0);
    for (const auto& row : rows) {
      // Rank rows are keyed "item_id\tnumber"; see rank_key below.
      const auto tab = row.key.find('\t');
      if (!counts_for(row, group) || row.key.substr(0, tab) != item.id) continue;
      const int number = std::stoi(row.key.substr(tab + 1));
      if (number < 1 || number > scale_size) continue;
      score.distribution[static_cast<std::size_t>(number - 1)] += row.count;
      score.answered += row.count;
      score.sum += static_cast<std::int64_t>(number) * row.count;
    }
    summary.items.push_back(score);
  }
  assign_rank_places(summary, question.direction);
  return summary;
}

ChoiceSummary summarise_choice(Store& store, std::int64_t survey_id, const Question& question,
                               const std::vector<GroupedCount>& rows, const std::string& group) {
  ChoiceSummary summary;
  summary.answered = respondents_answering(store, survey_id, question, group);
  for (const auto& option : question.items) {
    OptionCount tally{&option, 0};
    for (const auto& row : rows)
      if (counts_for(row, group) && row.key == option.id) tally.count += row.count;
    summary.options.push_back(tally);
  }
  return summary;
}

// The median of a distribution over positions 1..k: the middle value, or the mean of the
// two middle values when the count is even.
double median_of_distribution(const std::vector<int>& distribution, int total) {
  if (total == 0) return 0;
  auto value_at = [&](int index) {  // 0-based position in the sorted answers
    int seen = 0;
    for (std::size_t v = 0; v < distribution.size(); ++v) {
      seen += distribution[v];
      if (index < seen) return static_cast<double>(v + 1);
    }
    return static_cast<double>(distribution.size());
  };
  return (value_at((total - 1) / 2) + value_at(total / 2)) / 2.0;
}

LikertSummary summarise_likert(const Question& question, const std::vector<GroupedCount>& rows,
                               const std::string& group) {
  LikertSummary summary;
  summary.distribution.assign(question.scale.size(), 0);
  for (const auto& row : rows) {
    if (!counts_for(row, group)) continue;
    const int position = std::stoi(row.key);
    if (position < 1 || position > static_cast<int>(question.scale.size())) continue;
    summary.distribution[static_cast<std::size_t>(position - 1)] += row.count;
    summary.answered += row.count;
  }
  summary.median = median_of_distribution(summary.distribution, summary.answered);
  return summary;
}

NumberSummary summarise_number(Store& store, std::int64_t survey_id, const Question& question,
                               const std::string& group) {
  constexpr const char* kScope =
      " FROM responses r JOIN answers a ON a.response_id = r.id"
      " WHERE r.survey_id = ?1 AND a.question_id = ?2 AND (?3 = '' OR r.group_id = ?3) AND a.number IS NOT NULL";
  NumberSummary summary;
  Statement totals(store.database(), std::string("SELECT COUNT(*), AVG(a.number), MIN(a.number), MAX(a.number)") + kScope);
  totals.bind(1, survey_id).bind(2, question.id).bind(3, group);
  totals.step();
  summary.answered = static_cast<int>(totals.column_int(0));
  if (summary.answered == 0) return summary;
  summary.mean = totals.column_double(1);
  summary.min = totals.column_double(2);
  summary.max = totals.column_double(3);
  // The median from the sorted values, reading only the one or two middle rows.
  Statement middle(store.database(),
                   std::string("SELECT a.number") + kScope + " ORDER BY a.number LIMIT ?5 OFFSET ?4");
  middle.bind(1, survey_id).bind(2, question.id).bind(3, group);
  middle.bind(4, (summary.answered - 1) / 2).bind(5, summary.answered % 2 == 0 ? 2 : 1);
  double middle_sum = 0;
  int middle_count = 0;
  while (middle.step()) {
    middle_sum += middle.column_double(0);
    ++middle_count;
  }
  summary.median = middle_sum / middle_count;
  return summary;
}

OpenSummary summarise_open(Store& store, std::int64_t survey_id, const Question& question, const std::string& group) {
  OpenSummary summary;
  summary.answered = respondents_answering(store, survey_id, question, group);
  Statement coded(store.database(),
                  "SELECT COUNT(DISTINCT r.id) FROM responses r JOIN codings c ON c.response_id = r.id"
                  " WHERE r.survey_id = ?1 AND c.question_id = ?2 AND (?3 = '' OR r.group_id = ?3)");
  coded.bind(1, survey_id).bind(2, question.id).bind(3, group);
  coded.step();
  summary.coded = static_cast<int>(coded.column_int(0));
  return summary;
}

// The column expression that keys the grouped counts of each question type.
std::string_view count_key(QuestionType type) {
  switch (type) {
    case QuestionType::rank: return "a.item_id || char(9) || CAST(a.number AS INTEGER)";
    case QuestionType::choice: return "a.value";
    case QuestionType::multi: return "a.item_id";
    case QuestionType::likert: return "CAST(a.number AS INTEGER)";
    default: return "";
  }
}

QuestionSummary summarise(Store& store, std::int64_t survey_id, const Question& question,
                          const std::vector<GroupedCount>& rows, const std::string& group) {
  QuestionSummary summary;
  summary.question = &question;
  switch (question.type) {
    case QuestionType::rank: summary.result = summarise_rank(question, rows, group); break;
    case QuestionType::number: summary.result = summarise_number(store, survey_id, question, group); break;
    case QuestionType::choice:
    case QuestionType::multi: summary.result = summarise_choice(store, survey_id, question, rows, group); break;
    case QuestionType::likert: summary.result = summarise_likert(question, rows, group); break;
    case QuestionType::text: summary.result = summarise_open(store, survey_id, question, group); break;
  }
  return summary;
}

void set_response(GroupAnalysis& analysis, int invited, int responded) {
  analysis.invited = invited;
  analysis.responded = responded;
  analysis.response_percent = whole_percent(responded, invited);
}

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

  for (const auto& question : questionnaire.questions) {
    const auto key = count_key(question.type);
    const auto rows = key.empty() ? std::vector<GroupedCount>{} : grouped_counts(store, survey_id, question, key);
    for (auto& group_analysis : analysis->groups)
      if (question.asked_to(group_analysis.group->id))
        group_analysis.questions.push_back(summarise(store, survey_id, question, rows, group_analysis.group->id));
    analysis->all_groups.questions.push_back(summarise(store, survey_id, question, rows, kAllGroups));
  }
  return analysis;
}

void for_each_open_answer(Store& store, std::int64_t survey_id, const CodingFrame* frame, const Question& question,
                          const std::string& group_id, const std::function<void(const OpenAnswer&)>& visit) {
  // One pass per row of the schoenendoos (each code in frame order, then the uncoded ones,
  // code ""), each streamed in response order; the latest coding of an answer wins.
  Statement query(store.database(),
                  "SELECT r.id, a.value, COALESCE(c.code, ''), COALESCE(c.coder, ''), COALESCE(c.memo, '')"
                  " FROM responses r JOIN answers a ON a.response_id = r.id AND a.question_id = ?2"
                  " LEFT JOIN codings c ON c.id = (SELECT MAX(id) FROM codings"
                  "   WHERE response_id = r.id AND question_id = ?2)"
                  " WHERE r.survey_id = ?1 AND (?3 = '' OR r.group_id = ?3) AND a.value <> ''"
                  " AND COALESCE(c.code, '') = ?4 ORDER BY r.id");
  std::vector<std::string> row_codes;
  if (frame)
    for (const auto& code : frame->codes) row_codes.push_back(code.id);
  row_codes.push_back("");
  for (const auto& code : row_codes) {
    query.reset();
    query.bind(1, survey_id).bind(2, question.id).bind(3, group_id).bind(4, code);
    while (query.step())
      visit(OpenAnswer{query.column_int(0), query.column_text(1), query.column_text(2), query.column_text(3),
                       query.column_text(4)});
  }
}

OpenAnswerStream open_answer_stream(Store& store, const SurveyAnalysis& analysis) {
  return [&store, &analysis](const Question& question, const std::string& group_id,
                             const std::function<void(const OpenAnswer&)>& visit) {
    const CodingFrame* frame = analysis.questionnaire.find_frame(question.coding_frame);
    for_each_open_answer(store, analysis.survey.id, frame, question, group_id, visit);
  };
}

}  // namespace peiling
