// --read-db: reading from a standby, writing to the primary; see read_db_option.h.
#include "app/read_db_option.h"

#include <filesystem>

#include "app/verbs.h"
#include "engine/postgres.h"

namespace peiling {

void add_read_db_option(VerbOptions& options, Msg description) {
  options.add()("read-db", po::value<std::string>(), text(description).c_str());
}

namespace {

// Both databases hold the same survey set: the same schema, and the survey in both, of the
// same questionnaire. A standby that lags behind may miss a survey just made: said so.
void check_same_survey_set(Store& primary, Store& reader, std::int64_t survey_id) {
  const std::string primary_name = primary.display_name(), reader_name = reader.display_name();
  if (reader.schema_version() != primary.schema_version())
    throw StoreError(text(Msg::read_db_schema_differs, reader_name, reader.schema_version(), primary_name,
                          primary.schema_version()));
  // The questionnaire's hash only: load_survey would count the survey's responses on both.
  const auto in_primary = primary.definition_hash_of(survey_id);
  const auto in_reader = reader.definition_hash_of(survey_id);
  if (!in_primary && !in_reader) throw NoSuchSurvey(survey_id);
  if (!in_reader) throw StoreError(text(Msg::read_db_survey_missing, survey_id, primary_name, reader_name));
  if (!in_primary) throw StoreError(text(Msg::read_db_survey_not_in_db, survey_id, primary_name, reader_name));
  if (in_primary != in_reader) throw StoreError(text(Msg::read_db_other_survey, survey_id, primary_name, reader_name));
}

}  // namespace

ReadingStores open_reading_stores(const VerbOptions& options, const std::vector<std::int64_t>& survey_ids) {
  if (!options.has("read-db")) return {open_existing_store(options), std::nullopt};
  const std::string& read_db = options.get<std::string>("read-db");
  // The writes would go to ./peiling.sqlite unasked: the primary is named, always.
  if (!options.given("db")) throw UsageError(text(Msg::read_db_needs_db, redact_uri(read_db)));
  ReadingStores stores{open_existing_store(options), std::nullopt};
  if (!is_postgres_uri(read_db) && !std::filesystem::exists(read_db))
    throw StoreError(text(Msg::no_such_database, read_db));
  stores.reader.emplace(read_db, Store::ForReading{});
  for (const std::int64_t survey_id : survey_ids) check_same_survey_set(stores.primary, *stores.reader, survey_id);
  return stores;
}

}  // namespace peiling
