// The board's tallies kept between unit reports (analysis/kept_board_tallies.h), on SQLite
// and PostgreSQL alike: a unit's report that restores them (kept by an earlier unit report or
// by the board report) and reads only its own unit's responses and the board's later ones
// shows exactly the figures of a pass over every response; kept tallies that no longer hold
// (a response committed late below the kept id, garbled text, another definition) are not used
// but counted again and replaced.
#include <catch2/catch.hpp>

#include <map>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "analysis/import_board_tallies.h"
#include "analysis/kept_board_tallies.h"
#include "analysis/question_tally.h"
#include "analysis/survey_analysis.h"
#include "analysis/unit_figures.h"
#include "engine/csv_import.h"
#include "engine/definition_loader.h"
#include "engine/store.h"
#include "reports/report.h"
#include "database_fixture.h"
#include "greven_draft.h"
#include "raw_query.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

const std::string kGrevenFile = PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json";

std::int64_t board_survey(Store& store) {
  const std::string text = read_file(kGrevenFile);
  const auto row = store.save_questionnaire(text, parse_definition(text, "greven"));
  const auto survey = store.create_survey(row, "bestuur", {{"directie", 1}, {"ib", 1}, {"leerkrachten", 1}});
  store.add_units(survey, {{"klimop", "De Klimop", {{"directie", 2}, {"ib", 4}, {"leerkrachten", 10}}},
                           {"esdoorn", "Het Esdoorn", {{"directie", 2}, {"ib", 4}, {"leerkrachten", 10}}},
                           {"eik", "De Eik", {{"directie", 2}, {"ib", 4}, {"leerkrachten", 10}}}});
  return survey;
}

// Eight responses over the units; `round` varies the answers.
std::vector<ResponseDraft> round_of_drafts(int round) {
  std::vector<ResponseDraft> drafts;
  const char* units[] = {"klimop", "esdoorn", "eik"};
  const char* groups[] = {"leerkrachten", "ib", "leerkrachten", "directie"};
  for (int i = 0; i < 8; ++i) {
    const std::string unit = units[(i + round) % 3];
    drafts.push_back(greven_draft(groups[i % 4], unit, 1 + (i * 3 + round) % 5, 2 + i * round % 30, unit + " taak"));
  }
  return drafts;
}

// A few responses to every unit, as the terminal or the web form stores them (no tallies kept).
void add_round(Store& store, std::int64_t survey, int round) {
  store.add_responses(survey, round_of_drafts(round), ResponseSource::terminal);
}

// The same responses through a bulk import that keeps the board's tallies, as `peiling import` does.
void import_round(Store& store, std::int64_t survey, int round) {
  const auto tallies = ImportBoardTallies::for_survey(store, survey);
  REQUIRE(tallies);
  BulkImport import(store, survey, ResponseSource::import, "ronde.csv");
  import.tally_with(tallies.get());
  for (const ResponseDraft& draft : round_of_drafts(round)) REQUIRE(import.add(draft).empty());
  import.commit("ronde " + std::to_string(round), "ronde.csv", 8);
}

std::string summary_text(const QuestionSummary& summary) {
  std::ostringstream out;
  out << summary.question->id << ": ";
  if (const auto* rank = std::get_if<RankSummary>(&summary.result)) {
    for (const RankItemScore& item : rank->items) {
      out << item.item->id << " " << item.answered << " " << item.sum << " " << item.place << (item.shared_place ? "=" : "") << " [";
      for (int count : item.distribution) out << count << " ";
      out << "] ";
    }
  } else if (const auto* number = std::get_if<NumberSummary>(&summary.result)) {
    out << number->answered << " " << number->mean << " " << number->median << " " << number->min << " " << number->max;
    for (const auto& [value, count] : number->values) out << " " << value << "x" << count;
  } else if (const auto* open = std::get_if<OpenSummary>(&summary.result)) {
    out << open->answered << " " << open->coded;
  } else {
    out << "(a type greven does not have)";
  }
  return out.str();
}

std::string group_text(const GroupAnalysis& group) {
  std::string text = (group.group ? group.group->id : std::string("alle")) + " " + std::to_string(group.invited) + " " +
                     std::to_string(group.responded) + "\n";
  for (const QuestionSummary& summary : group.questions) text += "  " + summary_text(summary) + "\n";
  return text;
}

// Every figure of a unit's analysis: the unit's own, then the board's.
std::string figures(const SurveyAnalysis& analysis) {
  std::string text = "unit\n";
  for (const GroupAnalysis& group : analysis.groups) text += group_text(group);
  text += group_text(analysis.all_groups) + "board\n";
  for (const GroupAnalysis& group : analysis.units->board_groups) text += group_text(group);
  return text + group_text(analysis.units->board_all);
}

std::string unit_figures(Store& store, std::int64_t survey, const std::string& unit, std::int64_t split_from = 50'000) {
  AnalysisSettings settings;
  settings.unit = unit;
  settings.split_from = split_from;
  const auto analysis = analyse_survey(store, survey, nullptr, settings);
  REQUIRE(analysis->units);
  return figures(*analysis);
}

struct KeptRow {
  std::int64_t through = 0, responses = 0;
};

std::optional<KeptRow> kept_row(const Store& store, std::int64_t survey) {
  RawQuery query(store, "SELECT through_response, responses FROM kept_board_tallies WHERE survey_id = ?");
  query.bind(1, survey);
  if (!query.step()) return std::nullopt;
  return KeptRow{query.column_int(0), query.column_int(1)};
}

std::int64_t last_response(const Store& store) {
  RawQuery query(store, "SELECT max(id) FROM responses");
  REQUIRE(query.step());
  return query.column_int(0);
}

void forget_kept(const Store& store) { RawQuery(store, "DELETE FROM kept_board_tallies").run(); }

std::string kept_text(const Store& store, std::int64_t survey) {
  RawQuery query(store, "SELECT tallies FROM kept_board_tallies WHERE survey_id = ?");
  query.bind(1, survey);
  REQUIRE(query.step());
  return query.column_text(0);
}

// The board's teachers' f1 answers, as a unit's analysis counts them.
int board_teachers_f1(Store& store, std::int64_t survey) {
  AnalysisSettings settings;
  settings.unit = "eik";
  const auto analysis = analyse_survey(store, survey, nullptr, settings);
  const QuestionSummary* summary = summary_for(analysis->units->board_groups[2], *analysis->questionnaire.find_question("fasen"));
  REQUIRE(summary);
  return std::get<RankSummary>(summary->result).items[0].answered;
}

}  // namespace

TEST_CASE("either database: a unit's report from the kept board tallies has every figure of a pass over every response",
          "[postgres][units][report]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = board_survey(store);
  add_round(store, survey, 1);
  REQUIRE_FALSE(kept_row(store, survey));

  // The first unit's report counts every response and keeps the board's tallies.
  const std::string klimop_first = unit_figures(store, survey, "klimop");
  REQUIRE(kept_row(store, survey));
  CHECK(kept_row(store, survey)->responses == 8);
  CHECK(kept_row(store, survey)->through == last_response(store));

  // Responses come in after it; the next reports restore the kept tallies and count only these.
  add_round(store, survey, 2);
  add_round(store, survey, 3);
  const std::string esdoorn_kept = unit_figures(store, survey, "esdoorn");
  CHECK(kept_row(store, survey)->responses == 24);
  CHECK(kept_row(store, survey)->through == last_response(store));
  const std::string klimop_kept = unit_figures(store, survey, "klimop");
  CHECK(klimop_kept != klimop_first);  // the later responses are in

  // Without kept tallies (a pass over every response, in two halves too) every figure is the same.
  forget_kept(store);
  CHECK(unit_figures(store, survey, "esdoorn") == esdoorn_kept);
  forget_kept(store);
  CHECK(unit_figures(store, survey, "klimop", 1) == klimop_kept);
  CHECK(kept_row(store, survey)->responses == 24);  // kept by the two halves together
  CHECK(unit_figures(store, survey, "esdoorn") == esdoorn_kept);

  // They are the survey's: deleted with it.
  store.delete_survey(survey);
  CHECK_FALSE(kept_row(store, survey));
}

TEST_CASE("either database: a board's import keeps exactly the board's tallies a report counting every response keeps",
          "[postgres][units][report][import]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = board_survey(store);

  // The first import into the board: its responses are all there is.
  import_round(store, survey, 1);
  REQUIRE(kept_row(store, survey));
  CHECK(kept_row(store, survey)->responses == 8);
  CHECK(kept_row(store, survey)->through == last_response(store));
  const std::string first_import = kept_text(store, survey);
  forget_kept(store);
  const std::string counted_first = unit_figures(store, survey, "klimop");
  CHECK(kept_text(store, survey) == first_import);

  // Responses from the web form in between (kept by no one), counted by a unit's report; the
  // next import adds to what that report kept.
  add_round(store, survey, 2);
  unit_figures(store, survey, "eik");
  import_round(store, survey, 3);
  REQUIRE(kept_row(store, survey));
  CHECK(kept_row(store, survey)->responses == 24);
  CHECK(kept_row(store, survey)->through == last_response(store));
  const std::string after_imports = kept_text(store, survey);
  const std::string esdoorn_kept = unit_figures(store, survey, "esdoorn");
  CHECK(kept_text(store, survey) == after_imports);  // restored, nothing counted: nothing written
  forget_kept(store);
  CHECK(unit_figures(store, survey, "esdoorn") == esdoorn_kept);
  CHECK(kept_text(store, survey) == after_imports);
  CHECK(esdoorn_kept != counted_first);  // the later responses are in
}

TEST_CASE("either database: an import's tallies on top of tallies that no longer hold are counted again, and a refused "
          "or dry-run import keeps none",
          "[postgres][units][report][import]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = board_survey(store);

  // Responses before the import that nothing kept: the import's tallies are only its own, the
  // rule finds the earlier responses missing, and the report counts the board.
  add_round(store, survey, 1);
  import_round(store, survey, 2);
  REQUIRE(kept_row(store, survey));
  CHECK(kept_row(store, survey)->responses == 8);
  const std::string from_kept = unit_figures(store, survey, "klimop");
  CHECK(kept_row(store, survey)->responses == 16);
  forget_kept(store);
  CHECK(unit_figures(store, survey, "klimop") == from_kept);
  const std::string kept_before = kept_text(store, survey);

  // A file with a bad row stores nothing and keeps nothing; a dry run neither.
  write_file(db.dir().path() / "school.csv",
             "groep,eenheid,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n"
             "directie,klimop,12,1,2,3,4,5,Zorg,,\n"
             "ib,eik,9,1,1,3,4,5,Overleg,,\n");
  const auto tallies = ImportBoardTallies::for_survey(store, survey);
  CsvImportOptions options;
  options.tallies = tallies.get();
  CHECK_THROWS_AS(import_responses_csv(store, survey, (db.dir().path() / "school.csv").string(), options), CsvImportRefused);
  write_file(db.dir().path() / "school.csv",
             "groep,eenheid,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n"
             "directie,klimop,12,1,2,3,4,5,Zorg,,\n");
  const auto dry_tallies = ImportBoardTallies::for_survey(store, survey);
  options.tallies = dry_tallies.get();
  options.dry_run = true;
  CHECK(import_responses_csv(store, survey, (db.dir().path() / "school.csv").string(), options).stored == 1);
  CHECK(kept_row(store, survey)->responses == 16);
  CHECK(kept_text(store, survey) == kept_before);

  // The same file for real: kept with it.
  const auto real_tallies = ImportBoardTallies::for_survey(store, survey);
  options.tallies = real_tallies.get();
  options.dry_run = false;
  CHECK(import_responses_csv(store, survey, (db.dir().path() / "school.csv").string(), options).stored == 1);
  CHECK(kept_row(store, survey)->responses == 17);
  CHECK(kept_row(store, survey)->through == last_response(store));

  // A survey without units has no schools' reports to keep them for.
  const std::string text = read_file(kGrevenFile);
  const auto plain = store.create_survey(store.save_questionnaire(text, parse_definition(text, "greven")), "school",
                                         {{"directie", 1}, {"ib", 1}, {"leerkrachten", 1}});
  CHECK_FALSE(ImportBoardTallies::for_survey(store, plain));
}

TEST_CASE("peiling import keeps a board's tallies, and a school's report after it reads them", "[cli][units][import]") {
  FreshDatabase db(Dialect::sqlite);
  write_file(db.dir().path() / "in.csv",
             "groep,jaren,fasen.f1,fasen.f2,fasen.f3,fasen.f4,fasen.f5,taak,rol,hulp\n"
             "directie,12,1,2,3,4,5,Zorg,,\n"
             "leerkrachten,3,5,4,3,2,1,Plannen,,\n");
  peiling_ok(db, {"survey", "create", "--questionnaire", "greven-fasen", "--name", "bestuur", "--group", "directie=0",
                  "--group", "ib=0", "--group", "leerkrachten=0"});
  peiling_ok(db, {"unit", "add", "--survey", "1", "--unit", "klimop", "--group", "directie=2", "--group", "ib=1",
                  "--group", "leerkrachten=6"});
  peiling_ok(db, {"import", "--survey", "1", "--unit", "klimop", "in.csv"});
  Store store(db.location());
  REQUIRE(kept_row(store, 1));
  CHECK(kept_row(store, 1)->responses == 2);
  const std::string imported = kept_text(store, 1);
  forget_kept(store);
  peiling_ok(db, {"report", "--survey", "1", "--unit", "klimop", "--min-group", "1", "--out", "rapport"});
  CHECK(kept_text(store, 1) == imported);
}

TEST_CASE("either database: a unit's report files are the same from kept board tallies as from every response",
          "[postgres][units][report]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = board_survey(store);
  add_round(store, survey, 1);
  const auto report = [&](const std::string& folder) {
    ReportOptions options;
    options.out_dir = db.dir().file(folder);
    options.unit = "klimop";
    options.min_group = 2;
    write_survey_report(store, survey, options);
  };
  report("eerst");
  add_round(store, survey, 2);
  report("bewaard");  // the kept tallies and the later responses
  forget_kept(store);
  report("alles");  // every response
  for (const char* file : {"rapport.md", "vergelijking-bestuur.csv", "vergelijking-bestuur.md", "scores.csv"}) {
    INFO(file);
    CHECK(read_file(db.dir().file("bewaard") + "/" + file) == read_file(db.dir().file("alles") + "/" + file));
  }
  CHECK(read_file(db.dir().file("eerst/vergelijking-bestuur.csv")) !=
        read_file(db.dir().file("alles/vergelijking-bestuur.csv")));
}

TEST_CASE("either database: kept board tallies are not used once a response came in below the kept id",
          "[postgres][units][report]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = board_survey(store);
  add_round(store, survey, 1);
  // Another survey's responses between this one's, then gone: a gap in this survey's ids.
  const auto other = board_survey(store);
  add_round(store, other, 1);
  const std::int64_t gap = last_response(store);
  add_round(store, survey, 2);
  const int teachers = board_teachers_f1(store, survey);
  REQUIRE(kept_row(store, survey)->through > gap);
  store.delete_survey(other);

  // A response committed late with an id below the kept one (PostgreSQL hands out ids when a
  // transaction inserts, not when it commits): the kept tallies do not have it.
  RawQuery(store,
           "INSERT INTO responses (id, survey_id, group_id, source, submitted_at, answer_data, unit_id)"
           " SELECT CAST(? AS BIGINT), survey_id, group_id, source, submitted_at, answer_data, unit_id FROM responses"
           " WHERE survey_id = ? AND group_id = 'leerkrachten' ORDER BY id LIMIT 1")
      .bind(1, gap)
      .bind(2, survey)
      .run();
  // Its transaction counts it too, as every writer's does (engine/response_counts.h).
  RawQuery(store, "INSERT INTO response_counts (survey_id, unit_id, group_id, responses)"
                  " SELECT survey_id, unit_id, group_id, 1 FROM responses WHERE id = ?")
      .bind(1, gap)
      .run();
  CHECK(board_teachers_f1(store, survey) == teachers + 1);
  CHECK(kept_row(store, survey)->responses == 17);
  forget_kept(store);
  CHECK(board_teachers_f1(store, survey) == teachers + 1);
}

TEST_CASE("either database: kept board tallies that do not fit are counted again and replaced", "[postgres][units][report]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = board_survey(store);
  add_round(store, survey, 1);
  const std::string counted = unit_figures(store, survey, "klimop");
  for (const char* spoil : {"UPDATE kept_board_tallies SET tallies = 'question jaren 3\n1 2'",
                            "UPDATE kept_board_tallies SET tallies = replace(tallies, 'question fasen', 'question taak')",
                            "UPDATE kept_board_tallies SET definition_hash = 'another definition'"}) {
    INFO(spoil);
    RawQuery(store, spoil).run();
    CHECK(unit_figures(store, survey, "klimop") == counted);
    // Replaced: the next report restores them and still counts the same.
    CHECK(unit_figures(store, survey, "klimop") == counted);
  }
  RawQuery spoiled(store, "SELECT count(*) FROM kept_board_tallies WHERE definition_hash = 'another definition'");
  REQUIRE(spoiled.step());
  CHECK(spoiled.column_int(0) == 0);
}

TEST_CASE("a question's tally read back from its text summarises the same, and text that does not fit is refused",
          "[units][report]") {
  const std::string text = read_file(kGrevenFile);
  const Questionnaire questionnaire = parse_definition(text, "greven");
  const Question& years = *questionnaire.find_question("jaren");
  QuestionTally tally(years, 3);
  // Values a decimal text with few digits would not give back exactly.
  for (const double value : {0.1, 1.0 / 3, 12.5, 1e-7, 7.0, 0.1}) {
    const std::string stored = std::to_string(value);
    tally.add(static_cast<std::size_t>(value < 1 ? 0 : 2), std::vector<StoredAnswerView>{{"jaren", "", stored, value}});
  }
  QuestionTally restored(years, 3);
  REQUIRE(restored.restore(tally.saved()));
  for (const std::optional<std::size_t> group : {std::optional<std::size_t>(0), std::optional<std::size_t>(2),
                                                 std::optional<std::size_t>()}) {
    const QuestionSummary saved = tally.summarise(group), read_back = restored.summarise(group);
    const auto& before = std::get<NumberSummary>(saved.result);
    const auto& after = std::get<NumberSummary>(read_back.result);
    CHECK(after.values == before.values);
    CHECK(after.mean == before.mean);
    CHECK(after.median == before.median);
  }
  // Restoring adds: twice the counts.
  REQUIRE(restored.restore(tally.saved()));
  CHECK(std::get<NumberSummary>(restored.summarise(std::nullopt).result).answered == 12);

  QuestionTally untouched(years, 3);
  const std::string saved = tally.saved();
  for (const std::string& bad : {saved.substr(0, saved.size() - 1), saved + "\n", std::string("x") + saved,
                                 saved.substr(0, saved.find('\n') + 1), std::string("1 0 1 5 0\n0 0 0 0\n0 0 0 0\n")}) {
    INFO(bad);
    CHECK_FALSE(untouched.restore(bad));
  }
  CHECK(std::get<NumberSummary>(untouched.summarise(std::nullopt).result).answered == 0);
}

// Waits out SQLite's busy timeout (5 s) once: the other writer holds the lock throughout.
TEST_CASE("a unit's report stands when the database will not take its kept board tallies", "[units][report]") {
  ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const auto survey = board_survey(store);
  add_round(store, survey, 1);
  const std::string counted = unit_figures(store, survey, "klimop");
  forget_kept(store);
  {
    RawQuery writer(store, "BEGIN IMMEDIATE");  // another peiling writing meanwhile
    writer.run();
    CHECK(unit_figures(store, survey, "klimop") == counted);
  }
  CHECK_FALSE(kept_row(store, survey));
}

namespace {

// The board report (`report --by-unit`) as `peiling` writes it, into `folder`.
SurveyReport board_report(Store& store, std::int64_t survey, const std::string& folder) {
  ReportOptions options;
  options.out_dir = folder;
  options.by_unit = true;
  return write_survey_report(store, survey, options);
}

// A coded open answer: the whole survey's tallies count it, a unit report's board tallies do not.
void code_first_answer(Store& store, std::int64_t survey) {
  RawQuery first(store, "SELECT min(id) FROM responses WHERE survey_id = ?");
  first.bind(1, survey);
  REQUIRE(first.step());
  store.set_coding({first.column_int(0), "taak", "f1", "", ""});
}

}  // namespace

TEST_CASE("either database: the board report keeps the board's tallies, and the unit report after it reads them",
          "[postgres][units][report]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = board_survey(store);
  add_round(store, survey, 1);
  add_round(store, survey, 2);
  code_first_answer(store, survey);
  const SurveyReport board = board_report(store, survey, db.dir().file("bestuur"));
  REQUIRE(kept_row(store, survey));
  CHECK(kept_row(store, survey)->responses == 16);
  CHECK(kept_row(store, survey)->through == last_response(store));
  const QuestionSummary* counted = summary_for(board.analysis->groups[2], *board.analysis->questionnaire.find_question("fasen"));
  REQUIRE(counted);
  const int teachers = std::get<RankSummary>(counted->result).items[0].answered;

  // A teacher's response moved to another group beneath the kept id (a change no report makes):
  // the unit's report does not read the board's responses again, so its board has the kept count.
  RawQuery(store,
           "UPDATE responses SET group_id = 'ib' WHERE id = (SELECT min(id) FROM responses WHERE survey_id = ?"
           " AND group_id = 'leerkrachten')")
      .bind(1, survey)
      .run();
  CHECK(board_teachers_f1(store, survey) == teachers);
  forget_kept(store);
  CHECK(board_teachers_f1(store, survey) == teachers - 1);  // counted from every response
}

TEST_CASE("either database: a unit's report after the board report is the same, figure and file, as from every response",
          "[postgres][units][report]") {
  const Dialect dialect = GENERATE(Dialect::sqlite, Dialect::postgres);
  FreshDatabase db(dialect);
  if (!db.available()) return;
  INFO(db.name());
  Store store(db.location());
  const auto survey = board_survey(store);
  add_round(store, survey, 1);
  add_round(store, survey, 2);
  code_first_answer(store, survey);
  const auto report = [&](const std::string& folder) {
    ReportOptions options;
    options.out_dir = db.dir().file(folder);
    options.unit = "klimop";
    options.min_group = 2;
    write_survey_report(store, survey, options);
  };
  board_report(store, survey, db.dir().file("bestuur"));
  REQUIRE(kept_row(store, survey));
  const std::string after_board = unit_figures(store, survey, "klimop");
  report("na-bestuur");
  forget_kept(store);
  CHECK(unit_figures(store, survey, "klimop") == after_board);
  forget_kept(store);
  report("alles");
  for (const char* file : {"rapport.md", "rapport.html", "slides.html", "vergelijking-bestuur.csv",
                           "vergelijking-bestuur.md", "vergelijking-bestuur.html", "scores.csv"}) {
    INFO(file);
    CHECK(read_file(db.dir().file("na-bestuur") + "/" + file) == read_file(db.dir().file("alles") + "/" + file));
  }

  // A board report run again over the same responses leaves the row as it was.
  board_report(store, survey, db.dir().file("bestuur-weer"));
  CHECK(kept_row(store, survey)->responses == 16);
  CHECK(unit_figures(store, survey, "klimop") == after_board);
}

// Waits out SQLite's busy timeout (5 s) once, as the unit report's test above does.
TEST_CASE("the board report stands when the database will not take the board's tallies", "[units][report]") {
  ScratchDir dir;
  Store store(dir.file("peiling.sqlite"));
  const auto survey = board_survey(store);
  add_round(store, survey, 1);
  board_report(store, survey, dir.file("eerst"));
  forget_kept(store);
  {
    RawQuery writer(store, "BEGIN IMMEDIATE");  // another peiling writing meanwhile
    writer.run();
    board_report(store, survey, dir.file("bestuur"));
  }
  CHECK_FALSE(kept_row(store, survey));
  CHECK(read_file(dir.file("bestuur/bestuur-scores.csv")) == read_file(dir.file("eerst/bestuur-scores.csv")));
}
