// The guess of column_guess.h: each header compared, folded down to its letters and digits,
// with what each canonical column can be called.
#include "engine/column_guess.h"

#include <algorithm>
#include <cctype>

#include "engine/csv_columns.h"
#include "engine/fold_case.h"

namespace peiling {

namespace {

// Folded, with only letters and digits (bytes of non-ASCII letters kept): "Hoe vaak?  " and
// "hoe vaak" are the same.
std::string comparable(const std::string& text) {
  std::string kept;
  for (char c : fold_case(text))
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) kept += c;
  return kept;
}

// Every name a header holding `column` may carry, comparable.
std::vector<std::string> names_of(const CsvColumn& column) {
  std::vector<std::string> names{comparable(column.name)};
  if (!column.question) {
    for (const char* name : {"groep", "group"}) names.push_back(name);
    return names;
  }
  const std::string question = comparable(column.question->text);
  if (!column.item) {
    names.push_back(question);
    return names;
  }
  names.push_back(question + comparable(column.item->label));  // "Rangorde [Coach]"
  names.push_back(comparable(column.question->id) + comparable(column.item->label));
  return names;
}

}  // namespace

std::vector<std::string> guess_columns(const Questionnaire& questionnaire, const std::vector<std::string>& headers) {
  std::vector<std::string> guesses(headers.size());
  std::vector<bool> taken;
  const std::vector<CsvColumn> columns = canonical_columns(questionnaire);
  taken.assign(columns.size(), false);
  for (std::size_t index = 0; index < headers.size(); ++index) {
    const std::string header = comparable(headers[index]);
    if (header.empty()) continue;
    for (std::size_t column = 0; column < columns.size() && guesses[index].empty(); ++column) {
      if (taken[column]) continue;
      const auto names = names_of(columns[column]);
      if (std::find(names.begin(), names.end(), header) == names.end()) continue;
      guesses[index] = columns[column].name;
      taken[column] = true;
    }
  }
  return guesses;
}

ColumnMapping mapping_from_choices(const std::vector<std::string>& headers, const std::vector<std::string>& chosen) {
  ColumnMapping mapping;
  for (std::size_t index = 0; index < headers.size(); ++index) {
    const std::string header = fold_case(headers[index]);
    if (index >= chosen.size() || chosen[index].empty()) mapping.ignored.insert(header);
    else mapping.columns[header] = chosen[index];
  }
  return mapping;
}

}  // namespace peiling
