// The store's side of the web form: batches of submissions committed together (group
// commit), forms that were already stored (double clicks), one-time tokens, and the key
// that form nonces are signed with. Tokens and form nonces are kept as hashes only, and
// never next to a response.
#include <algorithm>
#include <numeric>
#include <set>

#include "engine/store.h"
#include "engine/unit_gate.h"
#include "base/messages.h"

namespace peiling {

namespace {

// On PostgreSQL the survey's row stays locked against closing until the batch commits, so
// no response is stored after the close that another server committed meanwhile.
void require_open_survey(Database& db, std::int64_t survey_id) {
  Statement query(db, db.dialect() == Dialect::postgres ? "SELECT is_open FROM surveys WHERE id = ? FOR SHARE"
                                                        : "SELECT is_open FROM surveys WHERE id = ?");
  if (!query.bind(1, survey_id).step()) throw NoSuchSurvey(survey_id);
  if (query.column_int(0) == 0)
    throw SurveyClosed(survey_id);
}

// Decides one submission against what is stored and what this batch took already.
class BatchGate {
 public:
  BatchGate(Database& db, std::int64_t survey_id)
      : survey_id_(survey_id),
        find_form_(db, "SELECT 1 FROM web_forms_stored WHERE nonce_hash = ?"),
        record_form_(db, "INSERT INTO web_forms_stored (nonce_hash, survey_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
        use_token_(db,
                   "UPDATE web_tokens SET used = 1"
                   " WHERE token_hash = ? AND survey_id = ? AND group_id = ? AND COALESCE(unit_id, '') = ? AND used = 0") {}

  WebOutcome admit(const WebSubmission& submission) {
    if (taken_nonces_.count(submission.nonce_hash) || form_stored(submission.nonce_hash)) return WebOutcome::duplicate;
    if (!submission.token_hash.empty() && !use_token(submission)) return WebOutcome::refused;
    taken_nonces_.insert(submission.nonce_hash);
    // Its primary key decides: a form is stored once. A second server storing the same form
    // (no token: one with a token was refused above) after form_stored looked is a duplicate.
    record_form_.reset();
    if (record_form_.bind(1, submission.nonce_hash).bind(2, survey_id_).run() == 0) return WebOutcome::duplicate;
    return WebOutcome::stored;
  }

 private:
  bool form_stored(const std::string& nonce_hash) {
    find_form_.reset();
    return find_form_.bind(1, nonce_hash).step();
  }

  // Marks the token used if it is this survey's, of the draft's group and unit and unused; false
  // when not. One UPDATE that the database decides, so a token is used once however many
  // servers share the database.
  bool use_token(const WebSubmission& submission) {
    use_token_.reset();
    use_token_.bind(1, submission.token_hash).bind(2, survey_id_).bind(3, submission.draft.group).bind(4, submission.draft.unit);
    return use_token_.run() == 1;
  }

  std::int64_t survey_id_;
  Statement find_form_;
  Statement record_form_;
  Statement use_token_;
  std::set<std::string> taken_nonces_;
};

}  // namespace

std::vector<WebOutcome> Store::add_web_responses(std::int64_t survey_id,
                                                 const std::vector<WebSubmission>& submissions) {
  // Two servers' batches holding the same forms would wait for each other's nonce rows if
  // each took them in its own order; in nonce order, one simply waits for the other.
  std::vector<std::size_t> order(submissions.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return submissions[a].nonce_hash < submissions[b].nonce_hash; });
  // Row locks, not one writer at a time: several web servers on PostgreSQL commit side by
  // side, every check above being a statement the database decides.
  auto store_batch = [&] {
    Transaction transaction(db_, WriteLock::row_locks);
    require_open_survey(db_, survey_id);
    std::vector<WebOutcome> outcomes(submissions.size());
    std::vector<ResponseDraft> drafts;
    {
      BatchGate gate(db_, survey_id);
      for (std::size_t index : order) {
        outcomes[index] = gate.admit(submissions[index]);
        if (outcomes[index] == WebOutcome::stored) drafts.push_back(submissions[index].draft);
      }
    }
    if (!drafts.empty()) insert_responses(survey_id, drafts, ResponseSource::web);
    transaction.commit();
    return outcomes;
  };
  // What is left (two tokens crossing in two batches) PostgreSQL breaks by undoing one
  // batch: it runs again, as a whole, a few times.
  for (int attempt = 1;; ++attempt) {
    try {
      return store_batch();
    } catch (const DatabaseConflict&) {
      if (attempt == 3) throw;
    }
  }
}

void Store::add_tokens(std::int64_t survey_id, const std::string& group, const std::vector<std::string>& token_hashes,
                       const std::string& unit) {
  const Questionnaire questionnaire = questionnaire_of(survey_id);
  if (!questionnaire.find_group(group))
    throw StoreError(text(Msg::store_survey_has_no_group, survey_id, group));
  Transaction transaction(db_);
  if (const std::string problem = UnitGate(db_, survey_id).problem(unit); !problem.empty()) throw StoreError(problem);
  Statement insert(db_, "INSERT INTO web_tokens (token_hash, survey_id, group_id, unit_id) VALUES (?, ?, ?, ?)");
  insert.bind(2, survey_id).bind(3, group);
  if (unit.empty()) insert.bind_null(4);
  else insert.bind(4, unit);
  for (const auto& hash : token_hashes) {
    insert.reset();
    insert.bind(1, hash).run();
  }
  transaction.commit();
}

bool Store::survey_uses_tokens(std::int64_t survey_id) {
  Statement query(db_, "SELECT 1 FROM web_tokens WHERE survey_id = ? LIMIT 1");
  return query.bind(1, survey_id).step();
}

std::string Store::unused_token_group(std::int64_t survey_id, const std::string& token_hash) {
  const auto token = unused_token(survey_id, token_hash);
  return token ? token->group : "";
}

std::optional<UnusedToken> Store::unused_token(std::int64_t survey_id, const std::string& token_hash) {
  Statement query(db_,
                  "SELECT group_id, COALESCE(unit_id, '') FROM web_tokens WHERE token_hash = ? AND survey_id = ? AND used = 0");
  if (!query.bind(1, token_hash).bind(2, survey_id).step()) return std::nullopt;
  return UnusedToken{query.column_text(0), query.column_text(1)};
}

bool Store::web_form_stored(const std::string& nonce_hash) {
  Statement query(db_, "SELECT 1 FROM web_forms_stored WHERE nonce_hash = ?");
  return query.bind(1, nonce_hash).step();
}

std::string Store::web_form_key(std::int64_t survey_id, const std::string& new_key) {
  Transaction transaction(db_);
  Statement(db_, "UPDATE surveys SET web_form_key = ? WHERE id = ? AND web_form_key IS NULL")
      .bind(1, new_key)
      .bind(2, survey_id)
      .run();
  std::string key;
  {
    Statement query(db_, "SELECT web_form_key FROM surveys WHERE id = ?");
    if (!query.bind(1, survey_id).step()) throw NoSuchSurvey(survey_id);
    key = query.column_text(0);
  }
  transaction.commit();
  return key;
}

}  // namespace peiling
