// The response import; see csv_import.h.
#include "engine/csv_import.h"

#include <fstream>

#include "engine/content_hash.h"

namespace peiling {

namespace {

std::string rows_word(std::int64_t count) { return std::to_string(count) + (count == 1 ? " rij" : " rijen"); }

}  // namespace

CsvImportResult import_responses_csv(Store& store, std::int64_t survey_id, const std::string& path,
                                     const CsvImportOptions& options) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw CsvError(path + ": het bestand kan niet worden geopend");
  ContentHash hash;
  CsvReader reader(file, path, [&](std::string_view chunk) { hash.add(chunk); });
  BulkImport batch(store, survey_id, ResponseSource::import);
  const CsvRowMapper mapper(batch.questionnaire(), reader.header(), path, options.mapping);

  CsvImportResult result;
  result.header = reader.header();
  CsvRow row;
  ResponseDraft draft;
  std::vector<std::string> problems;
  while (reader.next(row)) {
    problems.clear();
    mapper.to_draft(row, draft, problems);
    if (problems.empty()) {
      // After the first bad row (without skip_invalid) nothing will be kept: only check.
      const bool storing = options.skip_invalid || result.rejected == 0;
      auto invalid = storing ? batch.add(draft) : batch.check(draft);
      for (const auto& problem : invalid) problems.push_back(mapper.located(row.line, problem));
    }
    if (problems.empty()) {
      ++result.stored;
    } else {
      ++result.rejected;
      if (options.on_rejected) options.on_rejected(row, problems);
    }
    if (options.on_progress) options.on_progress(reader.bytes_read());
  }

  const std::string content_hash = hash.hex();
  const std::string before = batch.imported_before(content_hash);
  if (!before.empty() && !options.again)
    throw CsvImportRefused({path + ": dit bestand (dezelfde inhoud) is al op " + before + " in peiling " +
                            std::to_string(survey_id) + " geïmporteerd; er is niets opgeslagen. Wil je het "
                            "echt nog een keer importeren, geef dan --again"});
  if (result.rejected > 0 && !options.skip_invalid)
    throw CsvImportRefused({path + ": " + rows_word(result.rejected) + " afgekeurd (zie hierboven); er is niets "
                            "opgeslagen. Verbeter het bestand, of importeer alleen de goede rijen met "
                            "--skip-invalid AFGEKEURD.csv"});
  if (result.stored > 0 && !options.dry_run) batch.commit(content_hash, path, result.stored);
  return result;
}

}  // namespace peiling
