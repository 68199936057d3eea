// A board's import keeping the board's tallies; see import_board_tallies.h.
#include "analysis/import_board_tallies.h"

#include <algorithm>

namespace peiling {

std::unique_ptr<ImportBoardTallies> ImportBoardTallies::for_survey(Store& store, std::int64_t survey_id) {
  const std::optional<std::string> hash = store.definition_hash_of(survey_id);
  if (!hash || store.unit_names(survey_id).empty()) return nullptr;
  return std::unique_ptr<ImportBoardTallies>(new ImportBoardTallies(store.questionnaire_of(survey_id), *hash));
}

ImportBoardTallies::ImportBoardTallies(Questionnaire questionnaire, std::string definition_hash)
    : questionnaire_(std::move(questionnaire)),
      definition_hash_(std::move(definition_hash)),
      board_(questionnaire_),
      runs_(questionnaire_) {
  for (std::size_t g = 0; g < questionnaire_.groups.size(); ++g) group_index_[questionnaire_.groups[g].id] = g;
}

// As a unit report's pass tallies the board (SurveyPass::run_board): every response counted,
// the answers of those of a known group tallied.
void ImportBoardTallies::stored(std::string_view group, std::string_view answer_data) {
  board_.count();
  const auto found = group_index_.find(group);
  if (found == group_index_.end()) return;
  const std::vector<StoredAnswerView>& answers = reader_.read(answer_data);
  runs_.find(answers);
  board_.add(found->second, runs_, answers);
}

std::optional<Store::KeptTallies> ImportBoardTallies::kept_after(const std::optional<Store::KeptTallies>& before,
                                                                 std::int64_t last_response) {
  if (board_.responses() == 0) return std::nullopt;
  Store::KeptTallies kept{definition_hash_, last_response, board_.responses(), {}};
  if (before) kept.through_response = std::max(last_response, before->through_response);
  BoardTally board = board_;
  // Kept tallies of another definition, or text that does not fit, are left out: the rule
  // then finds the survey's earlier responses missing from these, and the report counts them.
  if (before && before->definition_hash == definition_hash_ && board.add_saved(questionnaire_, before->tallies))
    kept.responses += before->responses;
  kept.tallies = board.saved(questionnaire_);
  return kept;
}

}  // namespace peiling
