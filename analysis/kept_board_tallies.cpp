// The board's tallies kept between a board's unit reports; see kept_board_tallies.h.
#include "analysis/kept_board_tallies.h"

#include <algorithm>

#include "engine/connection.h"

namespace peiling {

KeptBoardTallies::KeptBoardTallies(Store& store, const SurveyAnalysis& analysis)
    : KeptBoardTallies(store, store, analysis) {}

KeptBoardTallies::KeptBoardTallies(Store& reader, Store& keeper, const SurveyAnalysis& analysis)
    : store_(reader), keeper_(keeper), analysis_(analysis) {
  kept_ = keeper.kept_tallies(analysis.survey.id);
}

std::optional<ResponseRange> KeptBoardTallies::restore_into(SurveyPass& pass, const ResponseRange& all,
                                                           std::int64_t survey_responses) {
  // The survey's count and the count after the kept id come from two statements: a response
  // committed between them makes the difference smaller (counted again), or, committed late
  // below the kept id, is seen by neither and missed by this report's board as a response
  // committed after its counts is by any report; the next report's count finds it.
  const bool holds = kept_ && kept_->definition_hash == analysis_.definition_hash &&
                     survey_responses - store_.responses_after(analysis_.survey.id, kept_->through_response) ==
                         kept_->responses &&
                     pass.board().add_saved(analysis_.questionnaire, kept_->tallies);
  if (!holds) {
    kept_.reset();
    return std::nullopt;
  }
  restored_ = true;
  return ResponseRange{std::max(all.first, kept_->through_response + 1), all.last};
}

void KeptBoardTallies::keep(const SurveyPass& pass) {
  const BoardTally& board = pass.board();
  if (!board.tallies_answers() || board.responses() == 0) return;  // nothing new to keep
  Store::KeptTallies kept{analysis_.definition_hash, board.last_response(), board.responses(),
                          board.saved(analysis_.questionnaire)};
  if (restored_) {
    kept.through_response = std::max(kept.through_response, kept_->through_response);
    kept.responses += kept_->responses;
  }
  write(kept);
}

void KeptBoardTallies::keep_from_board_report(const SurveyPass& pass) {
  if (pass.board().responses() == 0) return;
  std::vector<QuestionTally> board;  // as a unit report's board tallies: no codes read
  for (const QuestionTally& tally : pass.tallies()) board.push_back(tally.without_codes());
  write({analysis_.definition_hash, pass.board().last_response(), pass.board().responses(),
         saved_board_tallies(board, analysis_.questionnaire)});
}

void KeptBoardTallies::write(const Store::KeptTallies& kept) {
  // A board report run again over the same responses would write the same row.
  if (kept_ && kept_->definition_hash == kept.definition_hash && kept_->through_response == kept.through_response &&
      kept_->responses == kept.responses && kept_->tallies == kept.tallies)
    return;
  if (&keeper_ != &store_ && !keeper_agrees(kept)) return;
  // A cache: the report stands without it (a file this peiling may not write, a writer that
  // held the lock past the busy timeout), and the next one counts the board again.
  try {
    keeper_.keep_tallies(analysis_.survey.id, kept);
  } catch (const StoreError&) {
  } catch (const DatabaseError&) {
  }
}

bool KeptBoardTallies::keeper_agrees(const Store::KeptTallies& kept) {
  const std::int64_t survey = analysis_.survey.id;
  const auto holds_on_keeper = [&](const Store::KeptTallies& row) {
    return keeper_.responses_through(survey, row.through_response) == row.responses;
  };
  try {
    if (!holds_on_keeper(kept)) return false;  // the primary has responses up to it the reader has not seen
    const auto there = keeper_.kept_tallies(survey);
    return !(there && there->definition_hash == kept.definition_hash &&
             there->through_response >= kept.through_response && holds_on_keeper(*there));
  } catch (const StoreError&) {
  } catch (const DatabaseError&) {
  }
  return false;
}

}  // namespace peiling
