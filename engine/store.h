// The survey store: one SQLite file holding questionnaires (their definition text and its
// hash), surveys, responses, answers and codings. Respondents are anonymous: a response
// records a group, a source and a time, never a name.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <stdexcept>
#include <string>
#include <vector>

#include "engine/questionnaire.h"
#include "engine/response.h"
#include "engine/sqlite.h"

namespace peiling {

// A request the store refuses, in words for the user (unknown survey, bad coding, ...).
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A response that failed validate_response; holds every problem found, each placed at
// its question, and as lines for a listing.
class ResponseRejected : public StoreError {
 public:
  explicit ResponseRejected(std::vector<ResponseProblem> problems, const std::string& line_prefix = "");
  const std::vector<ResponseProblem>& details() const { return details_; }
  const std::vector<std::string>& problems() const { return lines_; }

 private:
  std::vector<ResponseProblem> details_;
  std::vector<std::string> lines_;
};

struct GroupInvitation {
  std::string group;
  int invited = 0;
};

struct GroupTally {
  std::string group;
  int invited = 0;
  int responded = 0;
};

struct SurveySummary {
  std::int64_t id = 0;
  std::string label;
  std::string questionnaire_id;  // the definition's id, e.g. "greven-fasen"
  std::string questionnaire_version;
  bool open = true;
  std::string created_at;  // ISO 8601, UTC
  int responses = 0;
};

struct SurveyRecord {
  SurveySummary summary;
  std::string definition_text;  // exactly as stored; re-parsed to rebuild reports
  std::string definition_hash;  // hex digest of definition_text
  std::vector<GroupTally> groups;  // in the order of the questionnaire's groups
};

// ---- Web submissions and one-time tokens (bodies in engine/store_web.cpp) ----
// One valid response handed in through the web form. nonce_hash identifies the form it
// came from, so a double click stores it once; token_hash is the hash of a one-time
// token, or empty. Neither is stored with the response: nothing links them to it.
struct WebSubmission {
  ResponseDraft draft;
  std::string nonce_hash;
  std::string token_hash;
};

enum class WebOutcome {
  stored,     // committed now
  duplicate,  // this form was stored before: nothing new stored, but the response is in
  refused,    // the token is unknown, of another group or used: nothing stored
};

// One coded or uncoded open answer, as `peiling code list` shows it.
struct CodingRecord {
  std::int64_t response_id = 0;
  std::string question;
  std::string code;
  std::string coder;
  std::string memo;
};

// The mark for an answer a coder read but could not place in the frame. Spaces are not
// allowed in code ids, so it never collides with a frame's code.
inline constexpr const char* kUnplaceable = "niet te plaatsen";

class Store {
 public:
  static constexpr int kSchemaVersion = 6;

  // Opens or creates the database and migrates it forward to kSchemaVersion.
  // Refuses (StoreError) a database written by a newer peiling.
  explicit Store(const std::string& path);

  // Stores a definition; the same text (same hash) returns the existing row id.
  std::int64_t save_questionnaire(const std::string& definition_text, const Questionnaire& questionnaire);

  // Every group of the questionnaire must be invited exactly once, with a count >= 0;
  // unknown groups are refused. Returns the new survey's id.
  std::int64_t create_survey(std::int64_t questionnaire_row, const std::string& label,
                             const std::vector<GroupInvitation>& invitations);

  std::vector<SurveySummary> list_surveys();
  SurveyRecord load_survey(std::int64_t survey_id);  // StoreError when there is none
  Questionnaire questionnaire_of(std::int64_t survey_id);  // parsed from the stored text
  void set_survey_open(std::int64_t survey_id, bool open);
  // Removes the survey and every row that belongs to it (responses, codings, agreed codes,
  // tokens, imported files, groups), and its questionnaire when no other survey uses it, in
  // one transaction. StoreError when there is no such survey (engine/store_delete.cpp).
  void delete_survey(std::int64_t survey_id);

  // Validates (validate_response) and stores one response with its answers in one
  // transaction. Throws ResponseRejected, storing nothing, when the draft is invalid,
  // and StoreError when the survey is closed or unknown.
  std::int64_t add_response(std::int64_t survey_id, const ResponseDraft& draft, ResponseSource source);

  // Stores many responses all-or-nothing: one invalid draft stores none of them. The
  // ResponseRejected message names the position (1-based) of the first bad draft.
  std::vector<std::int64_t> add_responses(std::int64_t survey_id, const std::vector<ResponseDraft>& drafts,
                                          ResponseSource source);

  // Records that `coder` placed the open answer of (response, question) under `code`.
  // The question must be an open question with a coding frame that holds the code, and the
  // response must have answered it. One code per coder per answer: a second call replaces it.
  void set_coding(const CodingRecord& coding);

  // Records many codings all-or-nothing in one transaction; every response must belong to
  // `survey_id`. `origins[i]` says where coding i came from (e.g. "codes.csv:3") and starts
  // the message of a refusal, so the user can find the bad row.
  void set_codings(std::int64_t survey_id, const std::vector<CodingRecord>& codings,
                   const std::vector<std::string>& origins);

  // ---- Web submissions and one-time tokens (engine/store_web.cpp) ----
  // Stores a batch of web submissions in ONE transaction (one durable commit for all):
  // each gets its own outcome. Throws StoreError, storing nothing, when the survey is
  // closed or unknown, and ResponseRejected when a draft is invalid.
  std::vector<WebOutcome> add_web_responses(std::int64_t survey_id, const std::vector<WebSubmission>& submissions);
  // Records the hashes of new one-time tokens for a group, all or nothing.
  void add_tokens(std::int64_t survey_id, const std::string& group, const std::vector<std::string>& token_hashes);
  bool survey_uses_tokens(std::int64_t survey_id);
  // The group of an unused token, or "" when the token is unknown or used.
  std::string unused_token_group(std::int64_t survey_id, const std::string& token_hash);
  // True when the form with this nonce hash was stored (its response is in).
  bool web_form_stored(const std::string& nonce_hash);
  // The survey's key for signing form nonces; `new_key` becomes it when it has none yet.
  // Kept in the database so that forms stay valid across a restart and between servers.
  std::string web_form_key(std::int64_t survey_id, const std::string& new_key);

  // --- Coding workflow (issue 6): decisions with several codes, undo, agreed codes. ---
  // A decision is every code one coder gives one answer (several only when the frame
  // allows `multiple`; kUnplaceable only alone). It replaces that coder's earlier decision
  // on the answer, in one transaction.
  void record_decision(std::int64_t response_id, const std::string& question, const std::string& coder,
                       const std::vector<std::string>& codes, const std::string& memo);
  // Removes the latest decision `coder` recorded in `survey_id` and returns the answer it
  // was on (response id, question), or nothing when the coder has no decision there.
  std::optional<std::pair<std::int64_t, std::string>> undo_last_decision(std::int64_t survey_id,
                                                                          const std::string& coder);
  // Every coding of the survey, ordered by question, response, coder and code.
  std::vector<CodingRecord> codings_of(std::int64_t survey_id);
  // The code(s) the coders agreed on for one answer (`code resolve`); replaces earlier ones.
  void record_agreed_codes(std::int64_t response_id, const std::string& question, const std::vector<std::string>& codes,
                           const std::string& memo);
  // Agreed codings of the survey (coder left empty), ordered like codings_of.
  std::vector<CodingRecord> agreed_codings_of(std::int64_t survey_id);
  // The answers to `question_id` in the survey that `coder` has not coded, by response id
  // (engine/store_coding_queue.cpp; the workbench's coding page).
  struct UncodedAnswer {
    std::int64_t response_id = 0;
    std::string group;
    std::string text;
  };
  std::vector<UncodedAnswer> uncoded_answers(std::int64_t survey_id, const std::string& question_id,
                                             const std::string& coder);


  Database& database() { return db_; }

 private:
  // Validates and inserts responses inside the caller's transaction.
  std::vector<std::int64_t> insert_responses(std::int64_t survey_id, const std::vector<ResponseDraft>& drafts,
                                             ResponseSource source);
  void migrate();
  Database db_;
};

// ---- Bulk import of responses (bodies in store_imports.cpp) ---------------------------
class ResponseWriter;

// Many responses into one survey all-or-nothing, for imports of any size: one transaction
// for the whole batch, the questionnaire parsed once, the statements prepared once, and no
// draft kept after it is written. Nothing is stored unless commit() is called.
class BulkImport {
 public:
  // StoreError when the survey is unknown or closed.
  BulkImport(Store& store, std::int64_t survey_id, ResponseSource source);
  ~BulkImport();
  BulkImport(const BulkImport&) = delete;
  BulkImport& operator=(const BulkImport&) = delete;

  const Questionnaire& questionnaire() const { return questionnaire_; }

  // validate_response, then (when valid) store; returns the problems, empty when stored.
  std::vector<ResponseProblem> add(const ResponseDraft& draft, Language language = Language::nl);
  // validate_response only, with the same reusable validator as add.
  std::vector<ResponseProblem> check(const ResponseDraft& draft, Language language = Language::nl);

  // When the file with this content hash was imported into the survey before, the time it
  // was (ISO 8601); "" when never.
  std::string imported_before(const std::string& content_hash);

  // Records the imported file (hash, name, responses stored) and commits everything.
  void commit(const std::string& content_hash, const std::string& file_name, std::int64_t responses);

 private:
  Store& store_;
  std::int64_t survey_id_;
  RollbackJournalScope journal_;  // before transaction_: switched back after it ends
  Transaction transaction_;
  Questionnaire questionnaire_;
  ResponseValidator validator_;
  std::unique_ptr<ResponseWriter> writer_;
};

// Hex digest used as the definition hash.
std::string definition_hash(const std::string& definition_text);

}  // namespace peiling
