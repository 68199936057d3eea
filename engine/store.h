// The survey store: one database (an SQLite file, or PostgreSQL) holding questionnaires
// (their definition text and its hash), surveys, responses, answers and codings.
// Respondents are anonymous: a response records a group, a source and a time, never a name.
// The store is written once over connection.h; its SQL stays in engine/store*.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "engine/questionnaire.h"
#include "base/messages.h"
#include "engine/response.h"
#include "engine/connection.h"
#include "engine/sqlite.h"  // RollbackJournalScope

namespace peiling {

// A request the store refuses, in words for the user (unknown survey, bad coding, ...).
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The survey does not exist. The CLI words it in the user's language (messages/cli.def).
class NoSuchSurvey : public StoreError {
 public:
  explicit NoSuchSurvey(std::int64_t survey_id)
      : StoreError(text(Msg::store_no_survey, survey_id)), survey_id_(survey_id) {}
  std::int64_t survey_id() const { return survey_id_; }

 private:
  std::int64_t survey_id_;
};

// The survey is closed and takes no responses until `peiling survey reopen` (the CLI words
// it in the user's language).
class SurveyClosed : public StoreError {
 public:
  explicit SurveyClosed(std::int64_t survey_id)
      : StoreError(text(Msg::survey_closed, survey_id, survey_id)),
        survey_id_(survey_id) {}
  std::int64_t survey_id() const { return survey_id_; }

 private:
  std::int64_t survey_id_;
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
  std::int64_t follows = 0;  // the earlier wave this survey follows (a nameting's nulmeting); 0 when none
};

// A unit of a survey (a school of a board's survey, below) with its invited and responded per group.
struct UnitTally {
  std::string unit;
  std::string label;
  std::vector<GroupTally> groups;  // in the order of the questionnaire's groups
};

struct SurveyRecord {
  SurveySummary summary;
  std::string definition_text;  // exactly as stored; re-parsed to rebuild reports
  std::string definition_hash;  // hex digest of definition_text
  std::vector<GroupTally> groups;  // in the order of the questionnaire's groups
  // A survey with units: each unit's tally as unit_tallies() gives it, counted in the same pass
  // over the responses as the groups. Empty without units.
  std::vector<UnitTally> units;
};

// ---- Units of a survey (bodies in engine/store_units.cpp) ----
// A unit is a school (or another part) of a board's survey: it has its own invited numbers
// per group, its own links, and its own report. A unit is a school, never a person.
struct UnitInvitation {
  std::string unit;   // its name in links, files and --unit: a-z, 0-9, '-' and '_'
  std::string label;  // as reports show it, e.g. "De Klimop"; the name when empty
  std::vector<GroupInvitation> invitations;  // every group of the questionnaire once
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

// What a one-time token is for: a group, and in a survey with units a unit.
struct UnusedToken {
  std::string group;
  std::string unit;  // "" in a survey without units
};

enum class WebOutcome {
  stored,     // committed now
  duplicate,  // this form was stored before: nothing new stored, but the response is in
  refused,    // the token is unknown, of another group or used: nothing stored
};

// One group's linking codes across two waves; see Store::link_tallies.
struct LinkTally {
  std::string group;
  int coded_before = 0, coded_after = 0;    // responses that gave a linking code
  int shared_before = 0, shared_after = 0;  // of those, with a code another respondent of the group gave too
  int pairs = 0;                            // codes given once in each wave: the linked pairs
};

// One coded or uncoded open answer, as `peiling code list` shows it.
struct CodingRecord {
  std::int64_t response_id = 0;
  std::string question;
  std::string code;
  std::string coder;
  std::string memo;
};

// One open answer's text, as the coding tools show it.
struct OpenAnswerText {
  std::int64_t response_id = 0;
  std::string question;
  std::string group;
  std::string text;
};

// One open answer with the code it counts under (agreed, else its last coder's).
struct CodedOpenAnswer {
  std::int64_t response_id = 0;
  std::string text;
  std::string code;   // "" when not coded
  std::string coder;  // "" for agreed codes and uncoded answers
  std::string memo;
};

// One numeric answer to an item (a rank place, a matrix statement's scale point).
struct NumericItemAnswer {
  std::int64_t response_id = 0;
  std::string group;
  std::string item;
  double value = 0;
};

// The mark for an answer a coder read but could not place in the frame. Spaces are not
// allowed in code ids, so it never collides with a frame's code.
inline constexpr const char* kUnplaceable = "niet te plaatsen";

class Store {
 public:
  static constexpr int kSchemaVersion = 16;

  // Opens or creates the database and migrates it forward to kSchemaVersion: an SQLite
  // file, or a PostgreSQL database for a postgresql:// URI. Refuses (StoreError) a
  // database written by a newer peiling.
  explicit Store(const std::string& location);
  // Opens a database only to read from it (`--read-db`, a standby of the primary): never
  // migrated, and the connection refuses writes, so nothing of peiling's is ever written
  // there. Its schema_version() may differ from this peiling's: the caller refuses it then.
  struct ForReading {};
  Store(const std::string& location, ForReading);
  int schema_version();

  // Stores a definition; the same text (same hash) returns the existing row id.
  std::int64_t save_questionnaire(const std::string& definition_text, const Questionnaire& questionnaire);

  // Every group of the questionnaire must be invited exactly once, with a count >= 0;
  // unknown groups are refused. `follows`, when not 0, is the earlier wave this survey
  // follows: a survey of the same questionnaire (the same definition id; its version may be
  // later). Returns the new survey's id.
  std::int64_t create_survey(std::int64_t questionnaire_row, const std::string& label,
                             const std::vector<GroupInvitation>& invitations, std::int64_t follows = 0);

  std::vector<SurveySummary> list_surveys();
  SurveyRecord load_survey(std::int64_t survey_id);  // StoreError when there is none
  Questionnaire questionnaire_of(std::int64_t survey_id);  // parsed from the stored text
  // The hash of the survey's questionnaire (definition_hash()), or nothing when there is no such
  // survey: which survey an id names, without counting its responses as load_survey does.
  std::optional<std::string> definition_hash_of(std::int64_t survey_id);
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

  // ---- Units (engine/store_units.cpp) ----
  // Adds units to a survey, all or nothing: new, well-formed names, each inviting every
  // group once. The survey's own invited numbers become the sum of its units'. Refused
  // (StoreError) once the survey has responses without a unit: a survey's responses either
  // all name a unit or none does, so the board's figures are the sum of its units'.
  void add_units(std::int64_t survey_id, const std::vector<UnitInvitation>& units);
  // The survey's units in the order they were added, with invited and responded per group
  // (two queries, whatever the number of units); empty for a survey without units.
  std::vector<UnitTally> unit_tallies(std::int64_t survey_id);
  // One unit's tally, counting only its responses; nullopt when the survey has no such unit.
  std::optional<UnitTally> unit_tally(std::int64_t survey_id, const std::string& unit);
  // The names of the survey's units, in order.
  std::vector<std::string> unit_names(std::int64_t survey_id);

  // ---- Web submissions and one-time tokens (engine/store_web.cpp) ----
  // Stores a batch of web submissions in ONE transaction (one durable commit for all):
  // each gets its own outcome. Throws StoreError, storing nothing, when the survey is
  // closed or unknown, and ResponseRejected when a draft is invalid.
  std::vector<WebOutcome> add_web_responses(std::int64_t survey_id, const std::vector<WebSubmission>& submissions);
  // Records the hashes of new one-time tokens for a group, all or nothing; in a survey with
  // units, for one of its units (its responses are stored with that unit). The token row
  // names the unit and the group, never a response. StoreError when the unit does not fit.
  void add_tokens(std::int64_t survey_id, const std::string& group, const std::vector<std::string>& token_hashes,
                  const std::string& unit = "");
  bool survey_uses_tokens(std::int64_t survey_id);
  // The group of an unused token, or "" when the token is unknown or used.
  std::string unused_token_group(std::int64_t survey_id, const std::string& token_hash);
  // The group and unit ("" = none) of an unused token; nothing when it is unknown or used.
  std::optional<UnusedToken> unused_token(std::int64_t survey_id, const std::string& token_hash);
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

  // ---- Answers for the coding tools and the statistics (engine/store_answers.cpp) ----
  // The non-blank answers to an open question ("" = every open question) by question and
  // response; with `not_coded_by` set, only those that coder has not coded yet.
  void for_each_open_answer_text(std::int64_t survey_id, const std::string& question_id,
                                 const std::string& not_coded_by,
                                 const std::function<void(const OpenAnswerText&)>& visit);
  std::optional<OpenAnswerText> open_answer_text(std::int64_t response_id, const std::string& question_id);
  // The coders who coded in the survey, in the order of their first coding.
  std::vector<std::string> coders_of(std::int64_t survey_id);
  // The numeric item answers of one question from respondents in `groups` (in no order).
  void for_each_numeric_item(std::int64_t survey_id, const std::string& question_id,
                             const std::vector<std::string>& groups,
                             const std::function<void(const NumericItemAnswer&)>& visit);
  // The non-blank answers to an open question from `group_id` ("" = all groups): first per
  // code in `code_order`, then those with another code or none, each by response. An answer
  // with several codes is visited once per code.
  void for_each_open_answer_by_code(std::int64_t survey_id, const std::string& question_id,
                                    const std::string& group_id, const std::vector<std::string>& code_order,
                                    const std::function<void(const CodedOpenAnswer&)>& visit);

  // ---- Waves: pairing responses by their linking code (engine/store_waves.cpp) ----
  // Per group of the later wave: how many responses of each wave carry a linking code, how
  // many of those share their code with another respondent of the group in that wave (left
  // out of the pairing: they cannot be told apart), and how many codes were given once in
  // each wave (the pairs). The codes themselves never leave the database.
  std::vector<LinkTally> link_tallies(std::int64_t before, std::int64_t after);
  // Calls `visit` with the group and both stored answer_data of every pair of `groups`: a
  // code given by exactly one respondent of the group in each wave. The code is not handed
  // over. Streamed by an index join (one look-up per coded response, constant memory).
  void for_each_linked_pair(std::int64_t before, std::int64_t after, const std::vector<std::string>& groups,
                            const std::function<void(std::string_view group, std::string_view answers_before,
                                                     std::string_view answers_after)>& visit);

  // ---- Rows for the engine's readers that walk beside a pass (engine/store_reads.cpp) ----
  // The smallest and largest id of the survey's responses; nothing when it has none.
  std::optional<std::pair<std::int64_t, std::int64_t>> response_id_bounds(std::int64_t survey_id);
  // The survey's responses in id order (with a range, only those with ids in it; with a
  // unit, only that unit's, through the index by unit), as rows of id, group_id,
  // answer_data, unit_id (NULL when none) and, `with_origin`, source, submitted_at and
  // import_id (an imported response's source and time may be NULL: import_times has them).
  Statement responses_in_id_order(std::int64_t survey_id, bool with_origin,
                                  std::optional<std::pair<std::int64_t, std::int64_t>> range,
                                  const std::string& unit = "");
  // When each of the survey's imports was made, by the id of its record (imported_files).
  std::unordered_map<std::int64_t, std::string> import_times(std::int64_t survey_id);
  // How many of the survey's responses have an id after `last` (reads only those).
  std::int64_t responses_after(std::int64_t survey_id, std::int64_t last);

  // ---- The board's tallies kept between unit reports (engine/store_kept_tallies.cpp) ----
  // What the analysis counted of every response of a survey up to one response id, kept so
  // that the next unit's report reads only the responses after it (analysis/kept_board_tallies.h).
  // Responses are only ever added to a survey (or deleted with it), so a prefix of its ids
  // with the same count holds the same responses.
  struct KeptTallies {
    std::string definition_hash;        // the definition they were counted by
    std::int64_t through_response = 0;  // every response of the survey up to this id is in them
    std::int64_t responses = 0;         // how many responses that was
    std::string tallies;                // as the analysis wrote them; opaque to the store
  };
  std::optional<KeptTallies> kept_tallies(std::int64_t survey_id);
  // How many of the survey's responses have an id up to `last` (whether kept tallies hold
  // in a database other than the one the report read: --read-db).
  std::int64_t responses_through(std::int64_t survey_id, std::int64_t last);
  // Replaces what was kept for the survey, in a transaction of its own.
  void keep_tallies(std::int64_t survey_id, const KeptTallies& kept);
  // Codings of responses first..last: rows of response_id, question_id, id, coder, code,
  // memo, by response and question.
  Statement codings_in_response_order(std::int64_t first, std::int64_t last);
  // Agreed codes of responses first..last: rows of response_id, question_id, code, memo,
  // by response, question and code.
  Statement agreed_codes_in_response_order(std::int64_t first, std::int64_t last);

  // ---- The connection ----
  // Where the data is (the SQLite file or the PostgreSQL URI), to open another connection
  // to the same data. A URI may hold a password: print display_name() instead.
  const std::string& location() const { return db_.location(); }
  std::string display_name() const { return db_.display_name(); }
  Dialect dialect() const { return db_.dialect(); }
  // Whether another connection (another thread's Store(location())) sees the same data:
  // not for an in-memory or URI-named database.
  bool shareable() const;
  // Web serving: every commit flushed to disk before it returns, and WAL checkpoints left
  // to checkpoint(), on a connection of their own, so no submission waits for one.
  void make_commits_durable();
  // This connection reads the survey once from start to end (a half of the analysis pass,
  // the statistics): a small page cache serves that as well and keeps a report's memory down.
  void read_once();
  void leave_checkpoints_to_caller();
  void checkpoint();

 private:
  friend class BulkImport;
  // Validates and inserts responses inside the caller's transaction.
  std::vector<std::int64_t> insert_responses(std::int64_t survey_id, const std::vector<ResponseDraft>& drafts,
                                             ResponseSource source);
  void migrate();
  std::vector<UnitTally> tallies_of_units(std::int64_t survey_id, const std::string& unit);
  std::vector<UnitTally> units_invited(std::int64_t survey_id, const std::string& unit);
  void count_unit_responses(std::vector<UnitTally>& units, std::int64_t survey_id, const std::string& unit);
  void count_responses(SurveyRecord& record);
  std::optional<std::int64_t> response_id_at_end(std::int64_t survey_id, bool last);
  // keep_tallies inside the caller's transaction (a bulk import's).
  void write_kept_tallies(std::int64_t survey_id, const KeptTallies& kept);
  std::unique_ptr<Database> connection_;
  Database& db_;
};

// ---- Bulk import of responses (bodies in store_imports.cpp) ---------------------------
class ImportTallies;
class ResponseWriter;
class UnitGate;

// Many responses into one survey all-or-nothing, for imports of any size: one transaction
// for the whole batch, the questionnaire parsed once, the statements prepared once, and no
// draft kept after it is written. Nothing is stored unless commit() is called.
class BulkImport {
 public:
  // StoreError when the survey is unknown or closed. `file_name`: the file the responses
  // come from (only its base name is kept, in the import's record), or "" when none.
  BulkImport(Store& store, std::int64_t survey_id, ResponseSource source, const std::string& file_name = "");
  ~BulkImport();
  BulkImport(const BulkImport&) = delete;
  BulkImport& operator=(const BulkImport&) = delete;

  const Questionnaire& questionnaire() const { return questionnaire_; }

  // validate_response, then (when valid) store; returns the problems, empty when stored.
  std::vector<ResponseProblem> add(const ResponseDraft& draft, Language language = Language::nl);
  // Whether the responses may come from `unit` ("" = none): a survey with units takes only
  // responses of one of them, a survey without none. "" when they may, else why not.
  std::string unit_problem(const std::string& unit) const;
  // validate_response only, with the same reusable validator as add.
  std::vector<ResponseProblem> check(const ResponseDraft& draft, Language language = Language::nl);

  // True when a response of the same group with the same stored answers came into the
  // survey from a file of the same name before this import (the draft must be valid).
  bool stored_already(const ResponseDraft& draft);

  // When the file with this content hash was imported into the survey before, the time it
  // was (ISO 8601); "" when never.
  std::string imported_before(const std::string& content_hash);

  // Hands every response stored from now on to `tallies` and keeps what it made of them in
  // the same transaction (import_tallies.h); nullptr: none. It must outlive the import.
  void tally_with(ImportTallies* tallies) { tallies_ = tallies; }

  // Records the imported file (hash, name, responses stored) and commits everything.
  void commit(const std::string& content_hash, const std::string& file_name, std::int64_t responses);

 private:
  void keep_tallies();

  Store& store_;
  std::int64_t survey_id_;
  RollbackJournalScope journal_;  // before transaction_: switched back after it ends
  Transaction transaction_;
  Questionnaire questionnaire_;
  ResponseValidator validator_;
  std::unordered_set<std::string> stored_from_same_file_;  // group + '\n' + answer_data; before import_id_
  std::int64_t import_id_ = 0;                             // its record in imported_files, made first
  std::unique_ptr<ResponseWriter> writer_;
  std::unique_ptr<UnitGate> units_;
  ImportTallies* tallies_ = nullptr;
};

// Hex digest used as the definition hash.
std::string definition_hash(const std::string& definition_text);

}  // namespace peiling
