// The survey store: questionnaires, surveys and responses, and the rules the
// store keeps for them (every group invited once, only valid responses). The schema is in
// store_schema.cpp, the coding of open answers in store_codings.cpp.
#include "engine/store.h"
#include "base/messages.h"

#include <algorithm>
#include <cstdio>

#include "engine/content_hash.h"
#include "engine/definition_loader.h"
#include "engine/response_counts.h"
#include "engine/response_writer.h"
#include "engine/store_schema.h"
#include "engine/store_text.h"
#include "engine/text.h"
#include "engine/unit_cells.h"
#include "engine/unit_gate.h"

namespace peiling {

namespace {

std::string group_ids(const Questionnaire& questionnaire) {
  std::vector<std::string> ids;
  for (const auto& group : questionnaire.groups) ids.push_back(group.id);
  return join(ids, ", ");
}

}  // namespace

// It identifies a definition's content; it is not used for security.
std::string definition_hash(const std::string& definition_text) {
  ContentHash hash;
  hash.add(definition_text);
  return hash.hex();
}

namespace {

std::vector<std::string> prefixed_lines(const std::vector<ResponseProblem>& problems, const std::string& prefix) {
  std::vector<std::string> lines = problem_lines(problems);
  for (std::string& line : lines) line = prefix + line;
  return lines;
}

}  // namespace

ResponseRejected::ResponseRejected(std::vector<ResponseProblem> problems, const std::string& line_prefix)
    : StoreError(join(prefixed_lines(problems, line_prefix), "; ")),
      details_(std::move(problems)),
      lines_(prefixed_lines(details_, line_prefix)) {}

// ---- Store --------------------------------------------------------------------------

Store::Store(const std::string& location) : connection_(open_database(location)), db_(*connection_) { migrate(); }

Store::Store(const std::string& location, ForReading) : connection_(open_database(location)), db_(*connection_) {
  db_.execute(db_.dialect() == Dialect::postgres ? "SET default_transaction_read_only = on" : "PRAGMA query_only = ON");
}

int Store::schema_version() { return db_.schema_version(); }

void Store::migrate() { migrate_to_latest(db_); }

std::int64_t Store::save_questionnaire(const std::string& definition_text, const Questionnaire& questionnaire) {
  const std::string hash = definition_hash(definition_text);
  Transaction transaction(db_);
  Statement existing(db_, "SELECT id FROM questionnaires WHERE definition_hash = ?");
  if (existing.bind(1, hash).step()) return existing.column_int(0);
  Statement insert(db_,
                   "INSERT INTO questionnaires (definition_id, version, title, definition_text, definition_hash, "
                   "stored_at) VALUES (?, ?, ?, ?, ?, ?)");
  insert.bind(1, questionnaire.id).bind(2, questionnaire.version).bind(3, questionnaire.title);
  insert.bind(4, definition_text).bind(5, hash).bind(6, utc_now()).run();
  const std::int64_t row = db_.last_insert_id();
  transaction.commit();
  return row;
}

namespace {

// A later wave follows an earlier administration of the same questionnaire: its definition
// id must match (the version may differ; what stayed comparable is decided per question
// when the waves are compared, analysis/wave_comparability.h).
void check_earlier_wave(Database& db, std::int64_t earlier, const Questionnaire& questionnaire,
                        std::vector<std::string>& problems) {
  Statement query(db, "SELECT q.definition_id FROM surveys s JOIN questionnaires q ON q.id = s.questionnaire_id "
                      "WHERE s.id = ?");
  if (!query.bind(1, earlier).step()) {
    problems.push_back(text(Msg::store_no_wave_to_follow, earlier));
    return;
  }
  if (query.column_text(0) != questionnaire.id)
    problems.push_back(text(Msg::store_wave_other_questionnaire, earlier, query.column_text(0), questionnaire.id));
}

}  // namespace

std::int64_t Store::create_survey(std::int64_t questionnaire_row, const std::string& label,
                                  const std::vector<GroupInvitation>& invitations, std::int64_t follows) {
  if (trim(label).empty()) throw StoreError(text(Msg::store_survey_needs_label));
  Statement definition(db_, "SELECT definition_text FROM questionnaires WHERE id = ?");
  if (!definition.bind(1, questionnaire_row).step())
    throw StoreError(text(Msg::store_no_questionnaire, questionnaire_row));
  const Questionnaire questionnaire =
      parse_definition(definition.column_text(0), "questionnaire " + std::to_string(questionnaire_row));

  std::vector<std::string> problems;
  for (std::size_t i = 0; i < invitations.size(); ++i) {
    const auto& invitation = invitations[i];
    if (!questionnaire.find_group(invitation.group))
      problems.push_back(text(Msg::store_group_not_in_questionnaire, invitation.group, questionnaire.id,
                              group_ids(questionnaire)));
    for (std::size_t k = 0; k < i; ++k)
      if (invitations[k].group == invitation.group) {
        problems.push_back(text(Msg::store_group_invited_twice, invitation.group));
        break;
      }
    if (invitation.invited < 0)
      problems.push_back(text(Msg::store_invited_negative, invitation.group, invitation.invited));
  }
  for (const auto& group : questionnaire.groups) {
    const bool invited = std::any_of(invitations.begin(), invitations.end(),
                                     [&](const GroupInvitation& invitation) { return invitation.group == group.id; });
    if (!invited)
      problems.push_back(text(Msg::store_group_without_count, group.id, questionnaire.id));
  }
  if (follows != 0) check_earlier_wave(db_, follows, questionnaire, problems);
  if (!problems.empty()) throw StoreError(join(problems, "; "));

  Transaction transaction(db_);
  Statement insert(db_, "INSERT INTO surveys (questionnaire_id, label, created_at, follows) VALUES (?, ?, ?, ?)");
  insert.bind(1, questionnaire_row).bind(2, label).bind(3, utc_now());
  if (follows != 0) insert.bind(4, follows);
  else insert.bind_null(4);
  insert.run();
  const std::int64_t survey_id = db_.last_insert_id();
  Statement insert_group(db_, "INSERT INTO survey_groups (survey_id, group_id, position, invited) VALUES (?, ?, ?, ?)");
  for (std::size_t position = 0; position < questionnaire.groups.size(); ++position) {
    const auto& group = questionnaire.groups[position];
    const auto invitation = std::find_if(invitations.begin(), invitations.end(),
                                         [&](const GroupInvitation& i) { return i.group == group.id; });
    insert_group.bind(1, survey_id).bind(2, group.id).bind(3, static_cast<std::int64_t>(position));
    insert_group.bind(4, invitation->invited).run();
  }
  transaction.commit();
  return survey_id;
}

namespace {

// The surveys' columns with `responses` as the SQL of their response count.
std::string summary_select(std::string_view responses) {
  return "SELECT s.id, s.label, q.definition_id, q.version, s.is_open, s.created_at, " + std::string(responses) +
         ", q.definition_text, q.definition_hash, COALESCE(s.follows, 0) "
         "FROM surveys s JOIN questionnaires q ON q.id = s.questionnaire_id ";
}

SurveySummary read_summary(const Statement& row) {
  SurveySummary summary;
  summary.id = row.column_int(0);
  summary.label = row.column_text(1);
  summary.questionnaire_id = row.column_text(2);
  summary.questionnaire_version = row.column_text(3);
  summary.open = row.column_int(4) != 0;
  summary.created_at = row.column_text(5);
  summary.responses = static_cast<int>(row.column_int(6));
  summary.follows = row.column_int(9);
  return summary;
}

}  // namespace

std::vector<SurveySummary> Store::list_surveys() {
  Statement query(db_, summary_select("(SELECT coalesce(sum(c.responses), 0) FROM response_counts c"
                                      " WHERE c.survey_id = s.id)") +
                           "ORDER BY s.id");
  std::vector<SurveySummary> surveys;
  while (query.step()) surveys.push_back(read_summary(query));
  return surveys;
}

SurveyRecord Store::load_survey(std::int64_t survey_id) {
  Statement query(db_, summary_select("0") + "WHERE s.id = ?");
  if (!query.bind(1, survey_id).step()) throw NoSuchSurvey(survey_id);
  SurveyRecord record;
  record.summary = read_summary(query);
  record.definition_text = query.column_text(7);
  record.definition_hash = query.column_text(8);

  Statement groups(db_, "SELECT group_id, invited FROM survey_groups WHERE survey_id = ? ORDER BY position");
  groups.bind(1, survey_id);
  while (groups.step()) record.groups.push_back({groups.column_text(0), static_cast<int>(groups.column_int(1)), 0});
  record.units = units_invited(survey_id, "");
  count_responses(record);
  return record;
}

// The survey's responses per group, and per unit when it has units, and the survey's count as
// their sum: from the counts kept as responses are stored (response_counts.h), not from the
// responses themselves, which on a board's survey of a million was a third of a school's report.
void Store::count_responses(SurveyRecord& record) {
  UnitCells unit_cells(record.units);
  read_response_counts(db_, record.summary.id, "",
                       [&](const std::string& unit, const std::string& group, std::int64_t responses) {
                         const int count = static_cast<int>(responses);
                         for (GroupTally& tally : record.groups)
                           if (tally.group == group) tally.responded += count;
                         record.summary.responses += count;
                         unit_cells.add(unit, group, count);
                       });
}

std::optional<std::string> Store::definition_hash_of(std::int64_t survey_id) {
  Statement query(db_,
                  "SELECT q.definition_hash FROM surveys s JOIN questionnaires q ON q.id = s.questionnaire_id "
                  "WHERE s.id = ?");
  if (!query.bind(1, survey_id).step()) return std::nullopt;
  return query.column_text(0);
}

Questionnaire Store::questionnaire_of(std::int64_t survey_id) {
  Statement query(db_,
                  "SELECT q.definition_text FROM surveys s JOIN questionnaires q ON q.id = s.questionnaire_id "
                  "WHERE s.id = ?");
  if (!query.bind(1, survey_id).step()) throw NoSuchSurvey(survey_id);
  return parse_definition(query.column_text(0), "survey " + std::to_string(survey_id));
}

void Store::set_survey_open(std::int64_t survey_id, bool open) {
  Transaction transaction(db_);
  Statement update(db_, "UPDATE surveys SET is_open = ? WHERE id = ?");
  if (update.bind(1, open ? 1 : 0).bind(2, survey_id).run() == 0) throw NoSuchSurvey(survey_id);
  transaction.commit();
}

namespace {

// The survey must exist and take responses.
void check_open(Database& db, std::int64_t survey_id) {
  Statement query(db, "SELECT is_open FROM surveys WHERE id = ?");
  if (!query.bind(1, survey_id).step()) throw NoSuchSurvey(survey_id);
  if (query.column_int(0) == 0)
    throw SurveyClosed(survey_id);
}

}  // namespace

std::int64_t Store::add_response(std::int64_t survey_id, const ResponseDraft& draft, ResponseSource source) {
  return add_responses(survey_id, {draft}, source).front();
}

std::vector<std::int64_t> Store::add_responses(std::int64_t survey_id, const std::vector<ResponseDraft>& drafts,
                                               ResponseSource source) {
  Transaction transaction(db_);
  check_open(db_, survey_id);
  auto ids = insert_responses(survey_id, drafts, source);
  transaction.commit();
  return ids;
}

std::vector<std::int64_t> Store::insert_responses(std::int64_t survey_id, const std::vector<ResponseDraft>& drafts,
                                                  ResponseSource source) {
  const Questionnaire questionnaire = questionnaire_of(survey_id);
  for (std::size_t i = 0; i < drafts.size(); ++i) {
    auto problems = validate_response(questionnaire, drafts[i], user_language());
    if (problems.empty()) continue;
    throw ResponseRejected(std::move(problems), drafts.size() > 1 ? text(Msg::store_response_of, i + 1, drafts.size()) : "");
  }
  const UnitGate units(db_, survey_id);
  for (std::size_t i = 0; i < drafts.size(); ++i)
    if (const std::string problem = units.problem(drafts[i].unit); !problem.empty())
      throw StoreError((drafts.size() > 1 ? text(Msg::store_response_of, i + 1, drafts.size()) : "") + problem);

  ResponseWriter writer(db_, survey_id, questionnaire, source);
  std::vector<std::int64_t> ids;
  ids.reserve(drafts.size());
  for (const auto& draft : drafts) ids.push_back(writer.write(draft));
  writer.flush();  // their counts
  return ids;
}

}  // namespace peiling
