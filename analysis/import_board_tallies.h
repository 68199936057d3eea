// A board's import keeps the board's tallies (issue 18: a school's report in under a second,
// the first one after an import too). A school's report shows the board's figures beside its
// own, and those need every response of the board; kept between reports (kept_board_tallies.h)
// they are read once, by the first report after an import, which then counted the whole board:
// 2.5 s of a million responses on PostgreSQL. The import has each response in hand as it stores
// it, so it tallies them as a report's board would and adds them to the kept tallies in its own
// transaction: the next school's report reads only its own school.
//
// The kept tallies' rule decides, at the report, whether they still hold; the import need not
// check it (that would count the whole survey at every import of a board's thousand files). It
// adds its tallies to what was kept with the same definition, counting its responses on top of
// theirs, through its last response: kept tallies that held before the import hold after it,
// and kept tallies that no longer held (responses below their id they did not count), or none
// at all before a survey's earlier responses, fail the rule as before, by as many responses.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/board_tally.h"
#include "analysis/question_runs.h"
#include "engine/answer_data_reader.h"
#include "engine/import_tallies.h"

namespace peiling {

class ImportBoardTallies : public ImportTallies {
 public:
  // The board tallies of a survey with units, for an import into it; nullptr for a survey
  // without units, which has no schools' reports to keep them for.
  static std::unique_ptr<ImportBoardTallies> for_survey(Store& store, std::int64_t survey_id);

  void stored(std::string_view group, std::string_view answer_data) override;
  std::optional<Store::KeptTallies> kept_after(const std::optional<Store::KeptTallies>& before,
                                               std::int64_t last_response) override;

 private:
  ImportBoardTallies(Questionnaire questionnaire, std::string definition_hash);

  Questionnaire questionnaire_;  // the tallies refer to its questions: never moved after construction
  std::string definition_hash_;
  std::unordered_map<std::string_view, std::size_t> group_index_;  // views of questionnaire_'s group ids
  BoardTally board_;  // of the responses this import stored
  AnswerDataReader reader_;
  QuestionRuns runs_;
};

}  // namespace peiling
