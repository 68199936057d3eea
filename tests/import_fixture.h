// Shared by the import and export tests: running peiling in a scratch folder, creating a
// survey there, and a snapshot of everything an import may write, to show that a refused
// import left the database exactly as it was.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "engine/store.h"
#include "raw_query.h"
#include "test_support.h"

namespace peiling::testing {

inline const std::string kGrevenFile = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";
inline const std::string kTakenFile = PEILING_SOURCE_DIR "/questionnaires/ib-taken-bespreking.json";

inline ProcessResult peiling_in(const ScratchDir& dir, const std::vector<std::string>& args) {
  return run_process(PEILING_BINARY, args, dir.path());
}

// Creates a survey of `questionnaire` (all three groups invited) and returns its id as text.
inline std::string new_survey(const ScratchDir& dir, const std::string& questionnaire) {
  const auto created = peiling_in(dir, {"survey", "create", "--questionnaire", questionnaire, "--name", "test",
                                        "--group", "directie=4", "--group", "ib=5", "--group", "leerkrachten=15"});
  REQUIRE(created.exit_code == 0);
  return created.out.substr(0, created.out.find('\n'));
}

// Every row of the tables an import writes, as text.
inline std::string database_state(const ScratchDir& dir) {
  Store store(dir.file("peiling.sqlite"));
  std::string state;
  for (const char* sql : {"SELECT id, survey_id, group_id, source FROM responses ORDER BY id",
                          "SELECT response_id, question_id, item_id, value FROM answers ORDER BY 1, 2, 3",
                          "SELECT survey_id, content_hash, file, responses FROM imported_files ORDER BY id"}) {
    RawQuery query(store, sql);
    while (query.step())
      for (int column = 0; column < 4; ++column) state += query.column_text(column) + (column == 3 ? "\n" : "|");
    state += "--\n";
  }
  return state;
}

inline int response_count(const ScratchDir& dir, const std::string& survey) {
  Store store(dir.file("peiling.sqlite"));
  RawQuery query(store, "SELECT count(*) FROM responses WHERE survey_id = ?");
  query.bind(1, static_cast<std::int64_t>(std::stoll(survey))).step();
  return static_cast<int>(query.column_int(0));
}

}  // namespace peiling::testing
