// Coding open answers: a coder places a text answer under one code (or several, when the
// frame allows it) of its question's coding frame, or marks it as not placeable; coders'
// disagreements end in agreed codes. The store checks each decision before it writes it.
#include <algorithm>
#include <map>
#include <tuple>
#include <string>
#include <vector>

#include "engine/store.h"
#include "base/messages.h"
#include "engine/store_text.h"

namespace peiling {

namespace {

std::int64_t survey_of_response(Database& db, std::int64_t response_id) {
  Statement owner(db, "SELECT survey_id FROM responses WHERE id = ?");
  if (!owner.bind(1, response_id).step()) throw StoreError(text(Msg::codings_no_response, response_id));
  return owner.column_int(0);
}

// Refuses codes that do not fit the question's frame; the caller names where they came from.
void check_codes(const Questionnaire& questionnaire, std::int64_t response_id, const std::string& question_id,
                 const std::vector<std::string>& codes) {
  const Question* question = questionnaire.find_question(question_id);
  if (!question)
    throw StoreError(text(Msg::codings_question_not_in_questionnaire, question_id, questionnaire.id, response_id));
  if (!question->kind().open)
    throw StoreError(text(Msg::codings_not_open, question_id, to_string(question->type)));
  const CodingFrame* frame = questionnaire.find_frame(question->coding_frame);
  if (!frame) throw StoreError(text(Msg::codings_no_frame, question_id));
  if (codes.empty()) throw StoreError(text(Msg::codings_no_code, question_id));
  for (const auto& code : codes) {
    if (code == kUnplaceable) {
      if (codes.size() > 1) throw StoreError(text(Msg::codings_unplaceable_alone, kUnplaceable));
      continue;
    }
    if (!frame->find_code(code)) {
      std::vector<std::string> known;
      for (const auto& c : frame->codes) known.push_back(c.id);
      throw StoreError(text(Msg::codings_unknown_code, code, frame->id, question_id, join(known, ", ")));
    }
  }
  if (codes.size() > 1 && !frame->multiple)
    throw StoreError(text(Msg::codings_one_code, frame->id, join(codes, ", ")));
  auto sorted = codes;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
    throw StoreError(text(Msg::codings_code_twice, join(codes, ", ")));
}

void require_answer(Database& db, std::int64_t response_id, const std::string& question) {
  Statement answer(db, "SELECT 1 FROM answers WHERE response_id = ? AND question_id = ?");
  if (!answer.bind(1, response_id).bind(2, question).step())
    throw StoreError(text(Msg::codings_no_answer, response_id, question));
}

// Replaces `coder`'s decision on one answer; the caller holds the transaction.
void write_decision(Database& db, const Questionnaire& questionnaire, std::int64_t response_id,
                    const std::string& question, const std::string& coder, const std::vector<std::string>& codes,
                    const std::string& memo) {
  check_codes(questionnaire, response_id, question, codes);
  require_answer(db, response_id, question);
  // Ids are taken before the old decision goes, so a new decision always has a higher id
  // than the one it replaces: "the latest coding" is the one with the highest id.
  Statement last_id(db, "SELECT COALESCE(MAX(id), 0) FROM codings");
  last_id.step();
  std::int64_t next_id = last_id.column_int(0) + 1;
  Statement remove(db, "DELETE FROM codings WHERE response_id = ? AND question_id = ? AND coder = ?");
  remove.bind(1, response_id).bind(2, question).bind(3, coder).run();
  Statement insert(db,
                   "INSERT INTO codings (id, response_id, question_id, coder, code, memo, coded_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)");
  const std::string now = utc_now();
  for (const auto& code : codes) {
    insert.reset();
    insert.bind(1, next_id++).bind(2, response_id).bind(3, question).bind(4, coder).bind(5, code).bind(6, memo);
    insert.bind(7, now).run();
  }
}

std::vector<CodingRecord> read_codings(Database& db, const std::string& sql, std::int64_t survey_id) {
  Statement query(db, sql);
  query.bind(1, survey_id);
  std::vector<CodingRecord> codings;
  while (query.step())
    codings.push_back({query.column_int(0), query.column_text(1), query.column_text(2), query.column_text(3),
                       query.column_text(4)});
  return codings;
}

}  // namespace

void Store::record_decision(std::int64_t response_id, const std::string& question, const std::string& coder,
                            const std::vector<std::string>& codes, const std::string& memo) {
  const Questionnaire questionnaire = questionnaire_of(survey_of_response(db_, response_id));
  Transaction transaction(db_);
  write_decision(db_, questionnaire, response_id, question, coder, codes, memo);
  transaction.commit();
}

void Store::set_coding(const CodingRecord& coding) {
  record_decision(coding.response_id, coding.question, coding.coder, {coding.code}, coding.memo);
}

void Store::set_codings(std::int64_t survey_id, const std::vector<CodingRecord>& codings,
                        const std::vector<std::string>& origins) {
  // Rows for the same answer and coder form one decision (several codes of a `multiple`
  // frame). A refusal names the row: each row's code is checked on its own first, and a
  // decision that is wrong as a whole is named by its last row.
  const Questionnaire questionnaire = questionnaire_of(survey_id);
  auto origin_of = [&](std::size_t i) { return i < origins.size() ? origins[i] : "coding " + std::to_string(i + 1); };
  struct Decision {
    const CodingRecord* first;
    std::string origin;
    std::vector<std::string> codes;
  };
  std::vector<Decision> decisions;
  std::map<std::tuple<std::int64_t, std::string, std::string>, std::size_t> index;
  for (std::size_t i = 0; i < codings.size(); ++i) {
    try {
      check_codes(questionnaire, codings[i].response_id, codings[i].question, {codings[i].code});
    } catch (const StoreError& problem) {
      throw StoreError(text(Msg::codings_nothing_imported, origin_of(i), problem.what()));
    }
    const auto key = std::make_tuple(codings[i].response_id, codings[i].question, codings[i].coder);
    const auto [found, added] = index.emplace(key, decisions.size());
    if (added) decisions.push_back({&codings[i], "", {}});
    decisions[found->second].codes.push_back(codings[i].code);
    decisions[found->second].origin = origin_of(i);
  }
  Transaction transaction(db_);
  for (const Decision& decision : decisions) {
    const CodingRecord& coding = *decision.first;
    try {
      const auto owner = survey_of_response(db_, coding.response_id);
      if (owner != survey_id)
        throw StoreError(text(Msg::codings_other_survey, coding.response_id, owner, survey_id));
      write_decision(db_, questionnaire, coding.response_id, coding.question, coding.coder, decision.codes,
                     coding.memo);
    } catch (const StoreError& problem) {
      throw StoreError(text(Msg::codings_nothing_imported, decision.origin, problem.what()));
    }
  }
  transaction.commit();
}

std::optional<std::pair<std::int64_t, std::string>> Store::undo_last_decision(std::int64_t survey_id,
                                                                               const std::string& coder) {
  Transaction transaction(db_);
  Statement latest(db_,
                   "SELECT c.response_id, c.question_id FROM codings c JOIN responses r ON r.id = c.response_id"
                   " WHERE c.coder = ?1 AND r.survey_id = ?2 ORDER BY c.id DESC LIMIT 1");
  if (!latest.bind(1, coder).bind(2, survey_id).step()) return std::nullopt;
  std::pair<std::int64_t, std::string> answer{latest.column_int(0), latest.column_text(1)};
  Statement remove(db_, "DELETE FROM codings WHERE response_id = ? AND question_id = ? AND coder = ?");
  remove.bind(1, answer.first).bind(2, answer.second).bind(3, coder).run();
  transaction.commit();
  return answer;
}

std::vector<CodingRecord> Store::codings_of(std::int64_t survey_id) {
  return read_codings(db_,
                      "SELECT c.response_id, c.question_id, c.code, c.coder, c.memo FROM codings c"
                      " JOIN responses r ON r.id = c.response_id WHERE r.survey_id = ?"
                      " ORDER BY c.question_id, c.response_id, c.coder, c.code",
                      survey_id);
}

void Store::record_agreed_codes(std::int64_t response_id, const std::string& question,
                                const std::vector<std::string>& codes, const std::string& memo) {
  const Questionnaire questionnaire = questionnaire_of(survey_of_response(db_, response_id));
  Transaction transaction(db_);
  check_codes(questionnaire, response_id, question, codes);
  require_answer(db_, response_id, question);
  Statement remove(db_, "DELETE FROM agreed_codings WHERE response_id = ? AND question_id = ?");
  remove.bind(1, response_id).bind(2, question).run();
  Statement insert(db_,
                   "INSERT INTO agreed_codings (response_id, question_id, code, memo, agreed_at) VALUES (?, ?, ?, ?, ?)");
  const std::string now = utc_now();
  for (const auto& code : codes) {
    insert.reset();
    insert.bind(1, response_id).bind(2, question).bind(3, code).bind(4, memo).bind(5, now).run();
  }
  transaction.commit();
}

std::vector<CodingRecord> Store::agreed_codings_of(std::int64_t survey_id) {
  return read_codings(db_,
                      "SELECT g.response_id, g.question_id, g.code, '', g.memo FROM agreed_codings g"
                      " JOIN responses r ON r.id = g.response_id WHERE r.survey_id = ?"
                      " ORDER BY g.question_id, g.response_id, g.code",
                      survey_id);
}

}  // namespace peiling
