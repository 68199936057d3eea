// Coding open answers: a coder places a text answer under a code of its question's coding
// frame. The store checks each coding against the questionnaire before it writes it.
#include <string>
#include <vector>

#include "engine/store.h"
#include "engine/store_text.h"

namespace peiling {

namespace {

std::int64_t survey_of_response(Database& db, std::int64_t response_id) {
  Statement owner(db, "SELECT survey_id FROM responses WHERE id = ?");
  if (!owner.bind(1, response_id).step()) throw StoreError("there is no response " + std::to_string(response_id));
  return owner.column_int(0);
}

// Checks one coding against the questionnaire of its response and writes it; the caller
// holds the transaction.
void write_coding(Database& db, const Questionnaire& questionnaire, const CodingRecord& coding) {
  const std::string response = "response " + std::to_string(coding.response_id);
  const Question* question = questionnaire.find_question(coding.question);
  if (!question)
    throw StoreError("question '" + coding.question + "' is not in questionnaire " + questionnaire.id +
                     ", the questionnaire of " + response);
  if (question->type != QuestionType::text)
    throw StoreError("question '" + coding.question + "' is a " + std::string(to_string(question->type)) +
                     " question; only open (text) questions are coded");
  const CodingFrame* frame = questionnaire.find_frame(question->coding_frame);
  if (!frame) throw StoreError("open question '" + coding.question + "' has no coding frame to code in");
  if (!frame->find_code(coding.code)) {
    std::vector<std::string> codes;
    for (const auto& code : frame->codes) codes.push_back(code.id);
    throw StoreError("code '" + coding.code + "' is not in coding frame '" + frame->id + "' of question '" +
                     coding.question + "' (codes: " + join(codes, ", ") + ")");
  }
  Statement answer(db, "SELECT 1 FROM answers WHERE response_id = ? AND question_id = ?");
  if (!answer.bind(1, coding.response_id).bind(2, coding.question).step())
    throw StoreError(response + " has no answer to question '" + coding.question + "', so there is nothing to code");
  Statement insert(db,
                   "INSERT OR REPLACE INTO codings (response_id, question_id, coder, code, memo, coded_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, coding.response_id).bind(2, coding.question).bind(3, coding.coder);
  insert.bind(4, coding.code).bind(5, coding.memo).bind(6, utc_now()).run();
}

}  // namespace

void Store::set_coding(const CodingRecord& coding) {
  const Questionnaire questionnaire = questionnaire_of(survey_of_response(db_, coding.response_id));
  Transaction transaction(db_);
  write_coding(db_, questionnaire, coding);
  transaction.commit();
}

void Store::set_codings(std::int64_t survey_id, const std::vector<CodingRecord>& codings,
                        const std::vector<std::string>& origins) {
  const Questionnaire questionnaire = questionnaire_of(survey_id);
  Transaction transaction(db_);
  for (std::size_t i = 0; i < codings.size(); ++i) {
    const std::string origin = i < origins.size() ? origins[i] : "coding " + std::to_string(i + 1);
    try {
      const auto owner = survey_of_response(db_, codings[i].response_id);
      if (owner != survey_id)
        throw StoreError("response " + std::to_string(codings[i].response_id) + " belongs to survey " +
                         std::to_string(owner) + ", not to survey " + std::to_string(survey_id));
      write_coding(db_, questionnaire, codings[i]);
    } catch (const StoreError& problem) {
      throw StoreError(origin + ": " + problem.what() + "; nothing was imported");
    }
  }
  transaction.commit();
}

}  // namespace peiling
