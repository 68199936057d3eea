// Streaming tallies per question; see question_counts.h. Counting happens here rather than
// in SQL GROUP BY because SQLite would sort every answer to group them (0.8 s for 500,000
// rank answers), while a tally only needs one pass.
#include "analysis/question_counts.h"

#include "engine/answer_sql.h"

namespace peiling {

namespace {

// The column that keys the tallies of each question type; our own constants, never input.
const char* key_column(QuestionType type) {
  switch (type) {
    case QuestionType::rank: return "a.key || char(9) || CAST(a.atom AS INTEGER)";
    case QuestionType::choice: return kAnswerValue;
    case QuestionType::multi: return "a.key";
    case QuestionType::likert: return "CAST(a.atom AS INTEGER)";
    default: return nullptr;
  }
}

void count_keys(Store& store, std::int64_t survey_id, const Question& question, QuestionCounts& counts) {
  Statement query(store.database(), std::string("SELECT r.group_id, ") + key_column(question.type) + kGivenAnswersOfQuestion);
  query.bind(1, survey_id).bind(2, question_json_path(question.id));
  while (query.step()) ++counts.keyed[query.column_text(0)][query.column_text(1)];
}

void count_values(Store& store, std::int64_t survey_id, const Question& question, QuestionCounts& counts) {
  Statement query(store.database(), std::string("SELECT r.group_id, ") + kAnswerNumber + kGivenAnswersOfQuestion +
                                        " AND a.type IN ('integer', 'real')");
  query.bind(1, survey_id).bind(2, question_json_path(question.id));
  while (query.step()) ++counts.values[query.column_text(0)][query.column_double(1)];
}

// Respondents per group who answered the question. json_each depends on r, so the answers
// of one response come one after another: counting changes of r.id counts respondents
// without SQLite's COUNT(DISTINCT), which builds a temporary b-tree (a sixth of a
// 100,000-response report).
std::map<std::string, int> answering_per_group(Store& store, std::int64_t survey_id, const Question& question) {
  Statement query(store.database(), "SELECT r.group_id, r.id" + kGivenAnswersOfQuestion);
  query.bind(1, survey_id).bind(2, question_json_path(question.id));
  std::map<std::string, int> per_group;
  std::int64_t last_response = 0;  // response ids start at 1
  while (query.step()) {
    const std::int64_t response = query.column_int(1);
    if (response == last_response) continue;
    last_response = response;
    ++per_group[query.column_text(0)];
  }
  return per_group;
}

// Respondents per group whose answer to the question has been coded; responses come in
// index order of (survey, group), so SQLite groups without sorting.
std::map<std::string, int> coded_per_group(Store& store, std::int64_t survey_id, const Question& question) {
  Statement query(store.database(), "SELECT r.group_id, COUNT(DISTINCT r.id) FROM responses r"
                                    " JOIN codings c ON c.response_id = r.id"
                                    " WHERE r.survey_id = ?1 AND c.question_id = ?2 GROUP BY r.group_id");
  query.bind(1, survey_id).bind(2, question.id);
  std::map<std::string, int> per_group;
  while (query.step()) per_group[query.column_text(0)] = static_cast<int>(query.column_int(1));
  return per_group;
}

}  // namespace

QuestionCounts count_question(Store& store, std::int64_t survey_id, const Question& question) {
  QuestionCounts counts;
  if (key_column(question.type)) count_keys(store, survey_id, question, counts);
  if (question.type == QuestionType::number) count_values(store, survey_id, question, counts);
  if (question.type == QuestionType::choice || question.type == QuestionType::multi ||
      question.type == QuestionType::text)
    counts.answering = answering_per_group(store, survey_id, question);
  if (question.type == QuestionType::text)
    counts.coded = coded_per_group(store, survey_id, question);
  return counts;
}

int tally_for(const std::map<std::string, int>& per_group, const std::string& group) {
  if (!group.empty()) {
    const auto found = per_group.find(group);
    return found == per_group.end() ? 0 : found->second;
  }
  int total = 0;
  for (const auto& [_, count] : per_group) total += count;
  return total;
}

}  // namespace peiling
