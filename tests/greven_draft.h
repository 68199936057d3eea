// A Greven response for the tests that build surveys with units by hand: the ranking gives
// f1 the number `first` and f2..f5 the other numbers in order (so a unit's mean of f1 is
// whatever its respondents' `first` make it), `years` for jaren and `taak` as the open answer,
// stored under `unit`. And the board these tests share: three schools of the Greven survey.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "engine/definition_loader.h"
#include "engine/response.h"
#include "engine/store.h"
#include "test_support.h"

namespace peiling::testing {

inline ResponseDraft greven_draft(const std::string& group, const std::string& unit, int first, int years,
                                  const std::string& taak) {
  std::vector<std::string> rest;
  for (int number = 1; number <= 5; ++number)
    if (number != first) rest.push_back(std::to_string(number));
  ResponseDraft draft{group,
                      {{"jaren", "", std::to_string(years)},
                       {"fasen", "f1", std::to_string(first)},
                       {"fasen", "f2", rest[0]},
                       {"fasen", "f3", rest[1]},
                       {"fasen", "f4", rest[2]},
                       {"fasen", "f5", rest[3]},
                       {"taak", "", taak}}};
  draft.unit = unit;
  return draft;
}

// Three schools: klimop (4 teachers giving f1 a 5, 3 ib'ers a 1), esdoorn (5 teachers giving
// f1 a 1) and eik (2 teachers giving f1 a 3: withheld at min-group 3, and with them any board
// figure they could be worked out from). Returns the survey's id.
inline std::int64_t three_school_board(Store& store) {
  const std::string text = read_file(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  const auto row = store.save_questionnaire(text, parse_definition(text, "greven"));
  const auto survey = store.create_survey(row, "bestuur 2026", {{"directie", 1}, {"ib", 1}, {"leerkrachten", 1}});
  store.add_units(survey, {{"klimop", "De Klimop", {{"directie", 1}, {"ib", 3}, {"leerkrachten", 10}}},
                           {"esdoorn", "Het Esdoorn", {{"directie", 1}, {"ib", 1}, {"leerkrachten", 8}}},
                           {"eik", "De Eik", {{"directie", 1}, {"ib", 1}, {"leerkrachten", 6}}}});
  std::vector<ResponseDraft> drafts;
  for (int i = 0; i < 4; ++i) drafts.push_back(greven_draft("leerkrachten", "klimop", 5, 7, "klimop-taak"));
  for (int i = 0; i < 3; ++i) drafts.push_back(greven_draft("ib", "klimop", 1, 7, "klimop-ib"));
  for (int i = 0; i < 5; ++i) drafts.push_back(greven_draft("leerkrachten", "esdoorn", 1, 7, "esdoorn-taak"));
  for (int i = 0; i < 2; ++i) drafts.push_back(greven_draft("leerkrachten", "eik", 3, 7, "eik-taak"));
  store.add_responses(survey, drafts, ResponseSource::terminal);
  return survey;
}

}  // namespace peiling::testing
