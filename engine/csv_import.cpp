// The response import; see csv_import.h.
#include "engine/csv_import.h"
#include "base/messages.h"

#include <filesystem>
#include <fstream>

#include "engine/content_hash.h"

namespace peiling {

namespace {

std::string rows_word(std::int64_t count, Language language) {
  return text_in(language, count == 1 ? Msg::import_one_row : Msg::import_rows, count);
}

// "rijen 2, 3, 4 en 67 andere" / "rows 2, 3, 4 and 67 more"
std::string row_list(const std::vector<int>& rows, Language language) {
  constexpr std::size_t kShown = 10;
  std::string listed;
  for (std::size_t i = 0; i < rows.size() && i < kShown; ++i) listed += (i ? ", " : "") + std::to_string(rows[i]);
  if (rows.size() > kShown) listed = text_in(language, Msg::import_and_more, listed, rows.size() - kShown);
  return text_in(language, rows.size() == 1 ? Msg::import_row_list_one : Msg::import_row_list, listed);
}

std::string already_stored_message(const std::string& path, std::int64_t survey_id, const std::vector<int>& rows,
                                   Language language) {
  const std::string name = std::filesystem::path(path).filename().string();
  const std::string head = path + ": " + rows_word(static_cast<std::int64_t>(rows.size()), language) + " (" +
                           row_list(rows, language) + ") ";
  return head + text_in(language, rows.size() == 1 ? Msg::import_row_already_stored : Msg::import_rows_already_stored,
                        survey_id, name);
}

// The row's unit: its `eenheid` cell, else --unit. A cell naming another unit than --unit,
// or one the survey does not have, is the row's problem.
void settle_unit(ResponseDraft& draft, const CsvImportOptions& options, const BulkImport& batch,
                 const CsvRowMapper& mapper, int record, std::vector<std::string>& problems) {
  if (draft.unit.empty()) {
    draft.unit = options.unit;
    if (options.unit.empty() && mapper.has_unit_column())  // an empty cell: the survey must be without units
      if (const std::string problem = batch.unit_problem(""); !problem.empty())
        problems.push_back(mapper.located_unit(record, problem, options.language));
  } else if (!options.unit.empty() && draft.unit != options.unit) {
    problems.push_back(mapper.located_unit(
        record, text_in(options.language, Msg::import_unit_cell_differs, draft.unit, options.unit), options.language));
  } else if (const std::string problem = batch.unit_problem(draft.unit); !problem.empty()) {
    problems.push_back(mapper.located_unit(record, problem, options.language));
  }
}

}  // namespace

CsvImportResult import_responses_csv(Store& store, std::int64_t survey_id, const std::string& path,
                                     const CsvImportOptions& options) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw CsvError(text_in(options.language, Msg::csv_cannot_open, path));
  ContentHash hash;
  CsvReader reader(file, path, [&](std::string_view chunk) { hash.add(chunk); });
  BulkImport batch(store, survey_id, ResponseSource::import, path);
  batch.tally_with(options.tallies);
  const AlreadyStored already_stored = options.again ? AlreadyStored::allow : options.already_stored;
  std::vector<int> already_stored_rows;
  const CsvRowMapper mapper(batch.questionnaire(), reader.header(), path, options.mapping);
  // A file with an `eenheid` column names each row's unit; else --unit names them all.
  if (!mapper.has_unit_column() || !options.unit.empty())
    if (const std::string unit = batch.unit_problem(options.unit); !unit.empty())
      throw CsvImportRefused({path + ": " + unit});

  CsvImportResult result;
  result.header = reader.header();
  CsvRow row;
  ResponseDraft draft;
  std::vector<std::string> problems;
  while (reader.next(row)) {
    problems.clear();
    mapper.to_draft(row, draft, problems, options.language);
    settle_unit(draft, options, batch, mapper, row.record, problems);
    if (problems.empty() && already_stored != AlreadyStored::allow && batch.stored_already(draft) &&
        batch.check(draft, options.language).empty()) {
      ++result.already_stored;
      already_stored_rows.push_back(row.record);
    } else {
      if (problems.empty()) {
        // Once nothing will be kept (a bad row without skip_invalid, a row already stored
        // that refuses the import), the rows are only checked.
        const bool storing = (options.skip_invalid || result.rejected == 0) &&
                             (already_stored == AlreadyStored::skip || already_stored_rows.empty());
        auto invalid = storing ? batch.add(draft, options.language) : batch.check(draft, options.language);
        for (const auto& problem : invalid) problems.push_back(mapper.located(row.record, problem, options.language));
      }
      if (problems.empty()) {
        ++result.stored;
        ++result.stored_by_group[draft.group];
      } else {
        ++result.rejected;
        if (options.on_rejected) options.on_rejected(row, problems);
      }
    }
    if (options.on_progress) options.on_progress(reader.bytes_read());
  }

  const std::string content_hash = hash.hex();
  const std::string before = batch.imported_before(content_hash);
  const Language language = options.language;
  if (!before.empty() && !options.again)
    throw CsvImportRefused({text_in(language, Msg::import_same_file_again, path, before, survey_id)});
  if (!already_stored_rows.empty() && already_stored == AlreadyStored::refuse)
    throw CsvImportRefused({already_stored_message(path, survey_id, already_stored_rows, language)});
  if (result.rejected > 0 && !options.skip_invalid)
    throw CsvImportRefused({text_in(language, Msg::import_rows_rejected, path, rows_word(result.rejected, language))});
  if (result.stored > 0 && !options.dry_run) batch.commit(content_hash, path, result.stored);
  return result;
}

}  // namespace peiling
