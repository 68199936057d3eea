// Storing a validated response as one row; see response_writer.h.
#include "engine/response_writer.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "engine/answer_json.h"
#include "engine/linking_code.h"
#include "engine/store_text.h"
#include "engine/text.h"

namespace peiling {

namespace {

// What a validated answer stores: the number for numeric types (rank, number, likert,
// matrix), open answers verbatim (for the schoenendoos), option ids trimmed.
StoredAnswerEntry stored_entry(const Question& question, const Answer& answer, std::string_view trimmed) {
  StoredAnswerEntry entry{answer.question, answer.item, {}, std::nullopt};
  if (question.kind().numeric) {
    double number = 0;
    parse_typed_number(answer.value, number);  // validated already
    entry.number = number;
  } else {
    entry.text = question.kind().open ? std::string_view(answer.value) : trimmed;
  }
  return entry;
}

// Each question's place among the questions sorted by id: the stored order (answer_json.h).
std::vector<int> places_in_id_order(const Questionnaire& questionnaire) {
  std::vector<std::size_t> by_id(questionnaire.questions.size());
  for (std::size_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) {
    return questionnaire.questions[a].id < questionnaire.questions[b].id;
  });
  std::vector<int> place(by_id.size());
  for (std::size_t at = 0; at < by_id.size(); ++at) place[by_id[at]] = static_cast<int>(at);
  return place;
}

// Rows per INSERT when appending on SQLite: a statement's fixed cost (its statement journal,
// setting up the constraint checks) is paid once per batch instead of once per row, which
// took a fifth of an import's time; 64 rows stay far below SQLite's parameter limit.
constexpr std::size_t kBatchRows = 64;

// The columns a writer fills: first the five every row of the writer shares (shared_), then
// the four of each response.
constexpr std::string_view kColumns =
    "survey_id, source, submitted_at, import_file, import_id, group_id, answer_data, link_code, unit_id";
constexpr int kSharedColumns = 5;
constexpr int kRowColumns = 4;

// "(?1, ?2, ?3, ?4, ?5, ?a, ?b, ?c, ?d)": the shared fields, then the `row`th row's own.
std::string row_values(std::size_t row) {
  std::string values = "(?1, ?2, ?3, ?4, ?5";
  const std::size_t first = kSharedColumns + 1 + kRowColumns * row;
  for (std::size_t column = 0; column < kRowColumns; ++column) values += ", ?" + std::to_string(first + column);
  return values + ")";
}

// "INSERT ... VALUES (...), (...), ...": `rows` rows sharing parameters 1-5.
std::string insert_sql(std::size_t rows) {
  std::string sql = "INSERT INTO responses (" + std::string(kColumns) + ") VALUES ";
  for (std::size_t row = 0; row < rows; ++row) sql += (row ? ", " : "") + row_values(row);
  return sql;
}

void bind_or_null(Statement& statement, int index, const std::optional<std::string>& value) {
  if (value) statement.bind_unowned(index, *value);
  else statement.bind_null(index);
}

// What every row of a writer shares, as kColumns names them. An import's rows name its record
// and, where the columns allow it (PostgreSQL), leave its source, time and file to it.
std::vector<std::optional<std::string>> shared_fields(Database& db, std::int64_t survey_id, ResponseSource source,
                                                      const std::optional<ImportRecord>& import) {
  if (!import) return {std::to_string(survey_id), std::string(to_string(source)), utc_now(), std::nullopt, std::nullopt};
  const bool in_record_only = db.dialect() == Dialect::postgres && source == ResponseSource::import;
  const auto unless_in_record = [&](const std::string& value) {
    return in_record_only ? std::nullopt : std::optional(value);
  };
  return {std::to_string(survey_id), unless_in_record(std::string(to_string(source))),
          unless_in_record(import->imported_at), unless_in_record(import->file), std::to_string(import->id)};
}

}  // namespace

ResponseWriter::ResponseWriter(Database& db, std::int64_t survey_id, const Questionnaire& questionnaire,
                               ResponseSource source, std::optional<ImportRecord> import)
    : db_(db),
      questionnaire_(questionnaire),
      place_in_id_order_(places_in_id_order(questionnaire)),
      insert_response_(db, insert_sql(1)),
      counter_(db, survey_id),
      survey_id_(survey_id),
      shared_(shared_fields(db, survey_id, source, import)) {
  for (int column = 0; column < kSharedColumns; ++column) bind_or_null(insert_response_, column + 1, shared_[column]);
  if (db.copies()) {
    copy_fields_ = shared_;
    copy_fields_.resize(kSharedColumns + kRowColumns);
  }
}

std::int64_t ResponseWriter::write(const ResponseDraft& draft) {
  insert_held_back();  // rows appended before this one are stored before it
  // The linking code in its own column (linking_code.h), NULL when none was given.
  insert_one(draft.group, packed(draft), normalised_linking_code(draft.linking_code), draft.unit);
  counter_.count(draft.unit, draft.group);
  return db_.last_insert_id();
}

// One row through the single-row INSERT. `answer_data` is bound without a copy: it must
// outlive the run (answer_data_ or a held-back row's, both rebound before they change).
void ResponseWriter::insert_one(const std::string& group, const std::string& answer_data,
                                const std::optional<std::string>& link_code, const std::string& unit) {
  if (link_code) insert_response_.bind(8, *link_code);
  else insert_response_.bind_null(8);
  if (unit.empty()) insert_response_.bind_null(9);
  else insert_response_.bind(9, unit);
  insert_response_.bind(6, group).bind_unowned(7, answer_data).run();
}

namespace {
const std::string& copy_responses_sql() {
  static const std::string sql = "COPY responses (" + std::string(kColumns) + ") FROM STDIN";
  return sql;
}
}  // namespace

std::string_view ResponseWriter::append(const ResponseDraft& draft) {
  counter_.count(draft.unit, draft.group);
  if (copy_fields_.empty()) {
    const std::string_view answer_data = hold_back(draft);
    if (held_back_ == kBatchRows) insert_batch();  // the held-back rows' strings stay for the next batch
    return answer_data;
  }
  copy_fields_[kSharedColumns] = draft.group;
  copy_fields_[kSharedColumns + 1] = packed(draft);
  copy_fields_[kSharedColumns + 2] = normalised_linking_code(draft.linking_code);
  copy_fields_[kSharedColumns + 3] = draft.unit.empty() ? std::nullopt : std::optional(draft.unit);
  db_.copy_row(copy_responses_sql(), copy_fields_);
  return *copy_fields_[kSharedColumns + 1];
}

std::string_view ResponseWriter::hold_back(const ResponseDraft& draft) {
  if (pending_.size() < kBatchRows) pending_.resize(kBatchRows);
  PendingRow& row = pending_[held_back_++];
  row.group = draft.group;
  row.answer_data = packed(draft);
  row.link_code = normalised_linking_code(draft.linking_code);
  row.unit = draft.unit;
  return row.answer_data;
}

void ResponseWriter::insert_batch() {
  if (!insert_batch_) {
    insert_batch_.emplace(db_, insert_sql(kBatchRows));
    for (int column = 0; column < kSharedColumns; ++column) bind_or_null(*insert_batch_, column + 1, shared_[column]);
  }
  for (std::size_t row = 0; row < kBatchRows; ++row) {
    const PendingRow& pending = pending_[row];
    const int first = kSharedColumns + 1 + kRowColumns * static_cast<int>(row);
    insert_batch_->bind_unowned(first, pending.group).bind_unowned(first + 1, pending.answer_data);
    if (pending.link_code) insert_batch_->bind_unowned(first + 2, *pending.link_code);
    else insert_batch_->bind_null(first + 2);
    if (pending.unit.empty()) insert_batch_->bind_null(first + 3);
    else insert_batch_->bind_unowned(first + 3, pending.unit);
  }
  insert_batch_->run();
  held_back_ = 0;
}

void ResponseWriter::flush() {
  insert_held_back();
  counter_.write();
}

void ResponseWriter::insert_held_back() {
  if (!copy_fields_.empty()) return;  // COPY sends its rows as they come (the database ends it)
  const std::size_t waiting = std::exchange(held_back_, 0);
  for (std::size_t row = 0; row < waiting; ++row) {
    const PendingRow& pending = pending_[row];
    insert_one(pending.group, pending.answer_data, pending.link_code, pending.unit);
  }
}

// Drafts of one import list their answers in the same order (the file's columns), so the
// question of the answer at each position is remembered and checked before it is searched.
std::size_t ResponseWriter::question_index(std::size_t position, std::string_view question_id) {
  const auto& questions = questionnaire_.questions;
  if (position < question_at_position_.size()) {
    const std::size_t remembered = question_at_position_[position];
    if (remembered < questions.size() && questions[remembered].id == question_id) return remembered;
  } else {
    question_at_position_.resize(position + 1, questions.size());
  }
  const Question* question = questionnaire_.find_question(question_id);
  const std::size_t index = question ? static_cast<std::size_t>(question - questions.data()) : questions.size();
  question_at_position_[position] = index;
  return index;
}

// The answers in stored order, sorted by (the question's place in id order, item): a handful
// of entries, nearly in order already, so an insertion sort on whole-number keys.
void ResponseWriter::sort_entries() {
  for (std::size_t i = 1; i < entries_.size(); ++i) {
    for (std::size_t j = i; j > 0; --j) {
      const auto& before = entries_[j - 1];
      const auto& after = entries_[j];
      const bool in_order = before.place != after.place ? before.place < after.place
                                                        : before.entry.item <= after.entry.item;
      if (in_order) break;
      std::swap(entries_[j - 1], entries_[j]);
    }
  }
  sorted_.clear();
  for (const auto& keyed : entries_) sorted_.push_back(keyed.entry);
}

const std::string& ResponseWriter::packed(const ResponseDraft& draft) {
  entries_.clear();
  for (std::size_t position = 0; position < draft.answers.size(); ++position) {
    const Answer& answer = draft.answers[position];
    const std::string_view trimmed = trim(answer.value);
    if (trimmed.empty()) continue;  // blank answers are not stored at all
    const std::size_t index = question_index(position, answer.question);
    if (index >= questionnaire_.questions.size()) continue;  // validation rules this out
    const Question& question = questionnaire_.questions[index];
    if (!question.asked_to(draft.group)) continue;            // and this
    entries_.push_back({place_in_id_order_[index], stored_entry(question, answer, trimmed)});
  }
  sort_entries();
  answer_data_.clear();
  append_sorted_answer_json(sorted_, answer_data_);
  return answer_data_;
}

}  // namespace peiling
