// The bulk import path of the store: many validated responses in one transaction, and the
// record of which files (by content hash) were imported into which survey.
#include <filesystem>

#include "engine/import_tallies.h"
#include "engine/response_writer.h"
#include "engine/store.h"
#include "engine/store_text.h"
#include "engine/unit_gate.h"

namespace peiling {

namespace {

// The transaction must be open before the survey is read, so the check and the writes see
// the same database.
Questionnaire open_survey_questionnaire(Database& db, Store& store, std::int64_t survey_id) {
  Statement query(db, "SELECT is_open FROM surveys WHERE id = ?");
  if (!query.bind(1, survey_id).step()) throw NoSuchSurvey(survey_id);
  if (query.column_int(0) == 0)
    throw SurveyClosed(survey_id);
  return store.questionnaire_of(survey_id);
}

// The responses an earlier import of a file with this name stored, as group + '\n' +
// answer_data: one query per import, and nothing at all for a file name not seen before.
std::unordered_set<std::string> responses_from_file(Database& db, std::int64_t survey_id, const std::string& name) {
  std::unordered_set<std::string> stored;
  if (name.empty()) return stored;
  // Only imports store a file name, and each import records it in imported_files: a name not
  // there spares a scan of the survey's responses (a board importing a file per school
  // would otherwise read every earlier school's rows again).
  Statement seen(db, "SELECT 1 FROM imported_files WHERE survey_id = ? AND file = ? LIMIT 1");
  if (!seen.bind(1, survey_id).bind(2, name).step()) return stored;
  // A response names its import (since version 16) or its file (before it, and on SQLite both).
  Statement query(db,
                  "SELECT group_id, answer_data FROM responses WHERE survey_id = ?1 AND (import_file = ?2 OR import_id IN"
                  " (SELECT id FROM imported_files WHERE survey_id = ?1 AND file = ?2))");
  query.bind(1, survey_id).bind(2, name);
  while (query.step()) stored.insert(query.column_text(0) + "\n" + query.column_text(1));
  return stored;
}

std::string base_name(const std::string& file_name) {
  return file_name.empty() ? "" : std::filesystem::path(file_name).filename().string();
}

// The import's record, made before its first response so that every response can name it;
// its content hash and count are filled in by commit(). Only the file's own name: a folder
// path could name a school or a person.
ImportRecord record_import(Database& db, std::int64_t survey_id, const std::string& file_name) {
  ImportRecord record{0, base_name(file_name), utc_now()};
  Statement insert(db, "INSERT INTO imported_files (survey_id, content_hash, file, responses, imported_at) "
                       "VALUES (?, '', ?, 0, ?)");
  insert.bind(1, survey_id).bind(2, record.file).bind(3, record.imported_at).run();
  record.id = db.last_insert_id();
  return record;
}

}  // namespace

BulkImport::BulkImport(Store& store, std::int64_t survey_id, ResponseSource source, const std::string& file_name)
    : store_(store),
      survey_id_(survey_id),
      journal_(store.db_),
      transaction_(store.db_),
      questionnaire_(open_survey_questionnaire(store.db_, store, survey_id)),
      validator_(questionnaire_),
      stored_from_same_file_(responses_from_file(store.db_, survey_id, base_name(file_name))) {
  const ImportRecord record = record_import(store.db_, survey_id, file_name);
  import_id_ = record.id;
  writer_ = std::make_unique<ResponseWriter>(store.db_, survey_id, questionnaire_, source, record);
  units_ = std::make_unique<UnitGate>(store.db_, survey_id);
}

bool BulkImport::stored_already(const ResponseDraft& draft) {
  if (stored_from_same_file_.empty()) return false;
  return stored_from_same_file_.count(draft.group + "\n" + writer_->packed(draft)) > 0;
}

BulkImport::~BulkImport() = default;

std::string BulkImport::unit_problem(const std::string& unit) const { return units_->problem(unit); }

std::vector<ResponseProblem> BulkImport::check(const ResponseDraft& draft, Language language) {
  auto problems = validator_.check(draft, language);
  if (std::string unit = units_->problem(draft.unit); !unit.empty()) problems.push_back({"", "", "", std::move(unit)});
  return problems;
}

std::vector<ResponseProblem> BulkImport::add(const ResponseDraft& draft, Language language) {
  auto problems = check(draft, language);
  if (!problems.empty()) return problems;
  const std::string_view answer_data = writer_->append(draft);
  if (tallies_) tallies_->stored(draft.group, answer_data);
  return problems;
}

std::string BulkImport::imported_before(const std::string& content_hash) {
  Statement query(store_.db_,
                  "SELECT imported_at FROM imported_files WHERE survey_id = ? AND content_hash = ? ORDER BY id LIMIT 1");
  if (!query.bind(1, survey_id_).bind(2, content_hash).step()) return "";
  return query.column_text(0);
}

// Inside the import's transaction, so they are kept exactly when its responses are. Its
// responses end the survey's ids (on SQLite no one else writes meanwhile; on PostgreSQL a web
// response written meanwhile makes the kept tallies fail their check, and the next report
// counts the board again: analysis/kept_board_tallies.h).
void BulkImport::keep_tallies() {
  // From the survey's end: on SQLite its rows before this import's may be far from the table's start.
  const auto last = store_.response_id_at_end(survey_id_, true);
  if (!last) return;
  if (auto kept = tallies_->kept_after(store_.kept_tallies(survey_id_), *last))
    store_.write_kept_tallies(survey_id_, *kept);
}

void BulkImport::commit(const std::string& content_hash, const std::string& file_name, std::int64_t responses) {
  writer_->flush();
  if (tallies_ && responses > 0) keep_tallies();
  Statement record(store_.db_, "UPDATE imported_files SET content_hash = ?, file = ?, responses = ? WHERE id = ?");
  record.bind(1, content_hash).bind(2, base_name(file_name)).bind(3, responses).bind(4, import_id_).run();
  transaction_.commit();
}

}  // namespace peiling
