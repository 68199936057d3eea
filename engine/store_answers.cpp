// Reads of stored answers for the tools around the analysis: the coding session and its
// export, the coder comparison, the rankings the concordance test needs and the open answers
// in schoenendoos order. The analysis's one pass reads responses through response_stream.h;
// these reads serve the places that need one question, one answer or one coder at a time.
// Also the connection's settings for serving the web form and sharing reads between threads.
// Declared in store.h ("Answers for the coding tools and the statistics").
#include "engine/answer_sql.h"
#include "engine/store.h"

namespace peiling {

namespace {

// The SQL condition limiting a query to one group (parameter ?3), or nothing for all
// groups. A separate condition rather than "(?3 = '' OR ...)" so SQLite can use the
// (survey_id, group_id) index instead of reading every response of the survey. PostgreSQL
// wants every parameter up to the highest used, so there ?3 is compared with ''.
std::string in_group(Dialect dialect, const std::string& group) {
  if (!group.empty()) return " AND r.group_id = ?3";
  return dialect == Dialect::postgres ? " AND ?3 = ''" : "";
}

OpenAnswerText open_answer_row(Statement& query) {
  return {query.column_int(0), query.column_text(1), query.column_text(2), query.column_text(3)};
}

}  // namespace

void Store::for_each_open_answer_text(std::int64_t survey_id, const std::string& question_id,
                                      const std::string& not_coded_by,
                                      const std::function<void(const OpenAnswerText&)>& visit) {
  Statement query(db_,
                  "SELECT r.id, a.question_id, r.group_id, a.value FROM responses r"
                  " JOIN answers a ON a.response_id = r.id AND a.item_id = ''"
                  " WHERE r.survey_id = ?1 AND (?2 = '' OR a.question_id = ?2) AND a.value <> ''"
                  " AND (?3 = '' OR NOT EXISTS (SELECT 1 FROM codings c"
                  "   WHERE c.response_id = r.id AND c.question_id = a.question_id AND c.coder = ?3))"
                  " ORDER BY a.question_id, r.id",
                  RowCount::many);
  query.bind(1, survey_id).bind(2, question_id).bind(3, not_coded_by);
  while (query.step()) visit(open_answer_row(query));
}

std::optional<OpenAnswerText> Store::open_answer_text(std::int64_t response_id, const std::string& question_id) {
  Statement query(db_,
                  "SELECT r.id, a.question_id, r.group_id, a.value FROM responses r JOIN answers a"
                  " ON a.response_id = r.id WHERE r.id = ? AND a.question_id = ? AND a.item_id = ''");
  query.bind(1, response_id).bind(2, question_id);
  if (!query.step()) return std::nullopt;
  return open_answer_row(query);
}

std::vector<std::string> Store::coders_of(std::int64_t survey_id) {
  Statement query(db_,
                  "SELECT c.coder FROM codings c JOIN responses r ON r.id = c.response_id WHERE r.survey_id = ?"
                  " GROUP BY c.coder ORDER BY MIN(c.id)");
  query.bind(1, survey_id);
  std::vector<std::string> coders;
  while (query.step()) coders.push_back(query.column_text(0));
  return coders;
}

void Store::for_each_numeric_item(std::int64_t survey_id, const std::string& question_id,
                                  const std::vector<std::string>& groups,
                                  const std::function<void(const NumericItemAnswer&)>& visit) {
  if (groups.empty()) return;
  std::string placeholders;  // through the (survey, group) index, so other groups are never read
  for (std::size_t g = 0; g < groups.size(); ++g) placeholders += (g == 0 ? "?" : ", ?") + std::to_string(g + 3);
  const Dialect dialect = db_.dialect();
  Statement query(db_, "SELECT r.id, r.group_id, a.key, " + answer_number(dialect) + " FROM responses r" +
                           answers_of_question(dialect, "?2") + " WHERE r.survey_id = ?1 AND " +
                           answer_is_number(dialect) + " AND r.group_id IN (" + placeholders + ")",
                  RowCount::many);
  query.bind(1, survey_id).bind(2, question_json_key(dialect, question_id));
  for (std::size_t g = 0; g < groups.size(); ++g) query.bind(static_cast<int>(g + 3), groups[g]);
  while (query.step())
    visit({query.column_int(0), query.column_text(1), query.column_text(2), query.column_double(3)});
}

void Store::for_each_open_answer_by_code(std::int64_t survey_id, const std::string& question_id,
                                         const std::string& group_id, const std::vector<std::string>& code_order,
                                         const std::function<void(const CodedOpenAnswer&)>& visit) {
  // Sorted by the code's row in the schoenendoos (its position in ",f1,f2,...,"), unknown
  // codes and uncoded answers last, then by response. SQLite's sorter spills to disk past
  // its cache, so memory stays fixed. The agreed codes of `code resolve` win; without them,
  // the codes of the coder who coded the answer last.
  std::string order = ",";
  for (const std::string& code : code_order) order += code + ",";
  const Dialect dialect = db_.dialect();
  const std::string effective_code = "COALESCE(g.code, c.code, '')";
  const std::string place = position_in(dialect, "?4", "',' || " + effective_code + " || ','");
  Statement query(db_,
                  std::string("SELECT r.id, ") + answer_value(dialect) + ", " + effective_code + ","
                  " CASE WHEN g.code IS NULL THEN COALESCE(c.coder, '') ELSE '' END, COALESCE(g.memo, c.memo, '')"
                  " FROM responses r" + answers_of_question(dialect, "?5") +
                  " LEFT JOIN agreed_codings g ON g.response_id = r.id AND g.question_id = ?2"
                  " LEFT JOIN codings c ON g.code IS NULL AND c.response_id = r.id AND c.question_id = ?2"
                  "   AND c.coder = (SELECT l.coder FROM codings l WHERE l.response_id = r.id AND l.question_id = ?2"
                  "   ORDER BY l.id DESC LIMIT 1)"
                  " WHERE r.survey_id = ?1 AND " + answer_value(dialect) + " <> ''" + in_group(dialect, group_id) +
                  " ORDER BY CASE WHEN " + effective_code + " = '' OR " + place + " = 0 THEN 1 ELSE 0 END, " + place +
                  ", r.id",
                  RowCount::many);
  query.bind(1, survey_id).bind(2, question_id).bind(4, order);
  if (!group_id.empty() || dialect == Dialect::postgres) query.bind(3, group_id);
  query.bind(5, question_json_key(dialect, question_id));
  while (query.step())
    visit({query.column_int(0), query.column_text(1), query.column_text(2), query.column_text(3),
           query.column_text(4)});
}

bool Store::shareable() const {
  if (db_.dialect() == Dialect::postgres) return true;
  const std::string& path = db_.location();
  return !path.empty() && path != ":memory:" && path.rfind("file:", 0) != 0;
}

// PostgreSQL: synchronous_commit is on for every connection (PgDatabase), and the server
// checkpoints on its own.
void Store::make_commits_durable() {
  if (db_.dialect() == Dialect::sqlite) db_.execute("PRAGMA synchronous=FULL");  // WAL: flushed per commit
}

// 2 MiB instead of the 16 a connection keeps (sqlite.cpp): a page read once is not read again.
// PostgreSQL reads a pass through a cursor and keeps no pages in the client.
void Store::read_once() {
  if (db_.dialect() == Dialect::sqlite) db_.execute("PRAGMA cache_size=-2048");
}

void Store::leave_checkpoints_to_caller() {
  if (db_.dialect() == Dialect::sqlite) db_.execute("PRAGMA wal_autocheckpoint=0");
}

void Store::checkpoint() {
  if (db_.dialect() == Dialect::sqlite) db_.execute("PRAGMA wal_checkpoint(PASSIVE)");
}

}  // namespace peiling
