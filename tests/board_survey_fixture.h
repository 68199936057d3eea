// The board survey of two schools that the --read-db tests share (read_db_test.cpp,
// real_standby_test.cpp): made through the command line as a board would make it, and the
// helpers that read its kept board tallies and its reports back.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "database_fixture.h"
#include "engine/store.h"
#include "raw_query.h"
#include "test_support.h"

namespace peiling::testing {

inline const std::string kHeader = "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n";
inline const std::string kCsv = kHeader +
                                "directie,12,1,2,3,4,5,Zorg,De spin in het web,\n"
                                "ib,9,2,1,3,4,5,Overleg,,\n"
                                "leerkrachten,7,1,3,2,4,5,Toetsen,,\n"
                                "leerkrachten,3,5,4,3,2,1,Plannen,,\n";
inline const std::string kLaterCsv = kHeader +
                                     "leerkrachten,20,5,4,3,2,1,Zorg,,\n"
                                     "leerkrachten,1,4,5,3,1,2,Overleg,,\n"
                                     "directie,30,5,1,2,3,4,Plannen,,\n";

// The board survey of two schools, as a board would make it.
inline void board_survey(const FreshDatabase& db) {
  write_file(db.dir().path() / "in.csv", kCsv);
  write_file(db.dir().path() / "later.csv", kLaterCsv);
  peiling_ok(db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "bestuur", "--group", "directie=0",
                  "--group", "ib=0", "--group", "leerkrachten=0"});
  for (const char* unit : {"klimop", "esdoorn"}) {
    peiling_ok(db, {"unit", "add", "--survey", "1", "--unit", unit, "--group", "directie=2", "--group", "ib=1",
                    "--group", "leerkrachten=6"});
    peiling_ok(db, {"import", "--survey", "1", "--unit", unit, "--again", "in.csv"});
  }
}

struct KeptRow {
  std::int64_t through = 0, responses = 0;
};

inline std::optional<KeptRow> kept_row(const std::string& location) {
  Store store(location);
  RawQuery query(store, "SELECT through_response, responses FROM kept_board_tallies WHERE survey_id = 1");
  if (!query.step()) return std::nullopt;
  return KeptRow{query.column_int(0), query.column_int(1)};
}

inline void forget_kept(const std::string& location) {
  Store store(location);
  RawQuery(store, "DELETE FROM kept_board_tallies").run();
}

inline std::vector<std::string> unit_report(const std::string& folder) {
  return {"report", "--survey", "1", "--unit", "klimop", "--min-group", "1", "--out", folder};
}

inline std::vector<std::string> with_read_db(std::vector<std::string> args, const std::string& reader) {
  args.push_back("--read-db");
  args.push_back(reader);
  return args;
}

inline std::string file_of(const FreshDatabase& db, const std::string& folder, const char* file) {
  return read_file(db.dir().path() / folder / file);
}

}  // namespace peiling::testing
