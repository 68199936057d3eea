// The board's tallies of a unit's report, kept in the store between reports (issue 18: one
// school's report of a board's million responses in under a second). The board's figures
// beside a unit need every unit's responses; read each time, they were most of a unit's
// report (1.4 s of 1.9 at a million). A unit's report keeps what its pass counted for the
// board, up to the last response it read, and the next one restores that and reads only the
// responses after it, beside its own unit's. A board's import adds the responses it stores to
// them as it stores them (import_board_tallies.h), so the first report after it reads no more.
//
// Kept tallies are used only while they still hold: the same definition, and as many of the
// survey's responses up to the kept id as were counted. Responses are only ever added to a
// survey (or deleted with it), so that count changes exactly when a response with a smaller
// id came in after the count (a PostgreSQL transaction committing late); then the board is
// counted from every response again. The figures are the same either way. The count up to
// the kept id is the survey's responses (the store's counts, kept as responses are stored:
// engine/response_counts.h) minus those after it, which reads only the responses after it,
// not the million before.
//
// Reading from a standby (`report --read-db`): the report reads every response from the
// reader and keeps the tallies in the primary (the keeper), which a standby cannot be written.
// The reader may lag behind the primary: it is a past state of the primary, and since
// responses are only added, the responses up to any id in one state are a subset of those in
// any later state. Hence the rule, with the counts made where the rows are:
//  - use: kept tallies (found on the keeper, the freshest) only when the READER holds as
//    many responses up to the kept id as were counted: the same rows, none it cannot see.
//    A lagging reader (tallies counted on the primary after more responses than it holds,
//    or past a response committed late that it has not received) counts the board again.
//  - keep: tallies the reader counted only when the KEEPER holds as many responses up to
//    their id as the reader counted (else the primary has rows there the reader has not seen
//    yet, and the tallies are contradicted before they are kept), and not over tallies the
//    keeper holds that still hold there and reach at least as far (a lagging reader does not
//    set the primary's back). Responses committed between the counts and the write are
//    found by the use rule of the next report, as with one database.
#pragma once

#include <optional>

#include "analysis/board_tally.h"
#include "analysis/survey_pass.h"
#include "engine/response_stream.h"
#include "engine/store.h"

namespace peiling {

class KeptBoardTallies {
 public:
  // What the store kept for `analysis`'s survey, if anything (a unit's report or the board report).
  KeptBoardTallies(Store& store, const SurveyAnalysis& analysis);
  // The report reads `reader` and keeps the tallies in `keeper` (--read-db: a standby and its
  // primary); the rule above.
  KeptBoardTallies(Store& reader, Store& keeper, const SurveyAnalysis& analysis);

  // Adds the kept tallies to `pass`'s board tallies when they still hold, and returns the
  // responses of `all` the board has still to count; nullopt (the pass untouched) otherwise.
  // `survey_responses`: how many responses the survey has (SurveyRecord's groups together).
  std::optional<ResponseRange> restore_into(SurveyPass& pass, const ResponseRange& all, std::int64_t survey_responses);

  // Keeps `pass`'s board tallies for the next report when they counted responses not kept
  // yet (after restore_into, they include the kept ones). A database this peiling may not
  // write (a read-only file) keeps nothing: the report does not depend on it.
  void keep(const SurveyPass& pass);

  // The board report reads every response anyway, and its own tallies are the board's (every
  // unit's responses together): it keeps them, so that the first unit report after it reads
  // only its own unit. The same cache as keep(): the board report stands without it.
  void keep_from_board_report(const SurveyPass& pass);

 private:
  void write(const Store::KeptTallies& kept);
  // Whether the keeper, another database than the reader, agrees with `kept` (the rule above).
  bool keeper_agrees(const Store::KeptTallies& kept);

  Store& store_;   // the reader
  Store& keeper_;  // where the tallies are found and kept: the reader itself, or its primary
  const SurveyAnalysis& analysis_;
  std::optional<Store::KeptTallies> kept_;  // what was found, while it still holds
  bool restored_ = false;
};

}  // namespace peiling
