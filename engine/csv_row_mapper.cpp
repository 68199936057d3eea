// Header matching and row conversion for the response import; see csv_row_mapper.h.
#include "engine/csv_row_mapper.h"
#include "base/messages.h"

#include <algorithm>
#include <unordered_set>

#include "engine/csv_columns.h"
#include "engine/fold_case.h"
#include "base/formula_guard.h"
#include "base/utf8.h"
#include "engine/store_text.h"
#include "engine/text.h"

namespace peiling {

CsvImportRefused::CsvImportRefused(std::vector<std::string> problems)
    : std::runtime_error(join(problems, "\n")), problems_(std::move(problems)) {}

namespace {

// What a cell of the question may name instead of the stored value: a scale point's label
// (likert, matrix), an option's label or id (choice, multi). Rank, number and open cells
// are taken as typed.
std::unordered_map<std::string, std::string> option_names(const Question& question) {
  std::unordered_map<std::string, std::string> names;
  if (question.kind().scaled) {
    for (std::size_t i = 0; i < question.scale.size(); ++i) names[fold_case(question.scale[i])] = std::to_string(i + 1);
    return names;
  }
  if (!question.kind().options) return names;
  for (const auto& option : question.items) names.emplace(fold_case(option.label), option.id);
  for (const auto& option : question.items) names[fold_case(option.id)] = option.id;  // ids win over labels
  return names;
}

// A cell's pieces between the separators of a Forms export's ticked options (',' and ';'),
// each a view of the cell; empty pieces (a trailing ';') are left out.
std::vector<std::string_view> pieces_of(std::string_view cell) {
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= cell.size(); ++i) {
    if (i < cell.size() && cell[i] != ',' && cell[i] != ';') continue;
    if (!trim(cell.substr(start, i - start)).empty()) pieces.push_back(cell.substr(start, i - start));
    start = i + 1;
  }
  return pieces;
}

// 'text', as a problem names a value; the sink escapes the whole line (the terminal, HTML).
std::string quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// Every canonical column except the group column and those of optional questions.
bool column_required(const CsvColumn& column) { return !column.question || column.question->required; }

}  // namespace

CsvRowMapper::CsvRowMapper(const Questionnaire& questionnaire, const std::vector<std::string>& header,
                           const std::string& source_name, const ColumnMapping* mapping)
    : questionnaire_(questionnaire), mapping_(mapping), header_(header), bindings_(header.size()) {
  for (const auto& group : questionnaire.groups) group_by_name_.emplace(fold_case(group.label), group.id);
  for (const auto& group : questionnaire.groups) group_by_name_[fold_case(group.id)] = group.id;

  std::vector<std::string> problems;
  for (std::size_t i = 0; i < header.size(); ++i) bind_column(i, header[i], problems);
  for (const auto& column : canonical_columns(questionnaire)) {
    const bool present = std::any_of(bindings_.begin(), bindings_.end(),
                                     [&](const Binding& binding) { return binding.column == column.name; });
    if (!present && column_required(column))
      problems.push_back(text(Msg::csv_missing_column, column.name));
  }
  if (problems.empty()) return;
  for (auto& problem : problems) problem = source_name + ": " + problem;
  std::vector<std::string> names;
  for (const auto& column : canonical_columns(questionnaire)) names.push_back(column.name);
  problems.push_back(text(Msg::csv_columns_are, source_name, join(names, ", ")));
  throw CsvImportRefused(std::move(problems));
}

void CsvRowMapper::bind_column(std::size_t index, const std::string& header, std::vector<std::string>& problems) {
  std::string folded = fold_case(header);
  if (mapping_) {
    if (mapping_->ignored.count(folded)) return;
    const auto mapped = mapping_->columns.find(folded);
    if (mapped != mapping_->columns.end()) folded = fold_case(mapped->second);
  }
  if (folded == kUnitColumn) {
    bind_unit_column(index, problems);
    return;
  }
  const auto columns = canonical_columns(questionnaire_);
  const auto found = std::find_if(columns.begin(), columns.end(),
                                  [&](const CsvColumn& column) { return fold_case(column.name) == folded; });
  if (found == columns.end()) {
    problems.push_back(text(Msg::csv_unknown_column, header, index + 1));
    return;
  }
  for (std::size_t other = 0; other < index; ++other)
    if (bindings_[other].column == found->name) {
      problems.push_back(text(Msg::csv_column_twice, found->name, other + 1, index + 1));
      return;
    }
  Binding& binding = bindings_[index];
  binding.column = found->name;
  binding.question = found->question;
  if (!found->question) {
    binding.kind = Binding::Kind::group;
  } else if (found->item) {
    binding.kind = Binding::Kind::item;
    binding.item = found->item->id;
  } else {
    binding.kind = found->question->kind().layout == AnswerLayout::ticked_options ? Binding::Kind::multi
                                                                                   : Binding::Kind::single;
  }
  if (found->question) binding.option_by_name = option_names(*found->question);
  for (const auto& [name, value] : binding.option_by_name)
    binding.most_pieces_in_a_name = std::max(binding.most_pieces_in_a_name, pieces_of(name).size());
}

// The `eenheid` column of an export of a survey with units: each row's unit.
void CsvRowMapper::bind_unit_column(std::size_t index, std::vector<std::string>& problems) {
  for (std::size_t other = 0; other < index; ++other)
    if (bindings_[other].kind == Binding::Kind::unit) {
      problems.push_back(text(Msg::csv_column_twice, kUnitColumn, other + 1, index + 1));
      return;
    }
  bindings_[index].kind = Binding::Kind::unit;
  bindings_[index].column = kUnitColumn;
}

bool CsvRowMapper::has_unit_column() const {
  return std::any_of(bindings_.begin(), bindings_.end(),
                     [](const Binding& binding) { return binding.kind == Binding::Kind::unit; });
}

// The cell as the canonical value: the formula guard undone, a --map label translated. A
// view of the cell or of the mapping, so no cell is copied.
std::string_view CsvRowMapper::cell_value(const Binding& binding, const std::string& cell) const {
  std::string_view value = cell;
  if (has_formula_guard(cell)) value.remove_prefix(1);
  if (mapping_ && !mapping_->values.empty()) {
    const std::string* mapped =
        mapping_->value_for(binding.column, binding.question ? binding.question->id : binding.column, fold_case(value));
    if (mapped) value = *mapped;
  }
  return value;
}

// The answers of the draft are overwritten in place rather than cleared and rebuilt, so
// their strings keep their memory from row to row (a million-row import otherwise spends
// a tenth of its time allocating).
// "rij 7" / "row 7": the row as a spreadsheet numbers it.
static std::string row_name(int record, Language language) {
  return text_in(language, Msg::import_row, record);
}

void CsvRowMapper::to_draft(const CsvRow& row, ResponseDraft& draft, std::vector<std::string>& problems,
                            Language language) const {
  draft.group.clear();
  draft.unit.clear();
  if (row.fields.size() != header_.size()) {
    draft.answers.clear();
    problems.push_back(text_in(language, Msg::import_field_count, row_name(row.record, language), row.fields.size(),
                               header_.size()));
    return;
  }
  std::size_t answers = 0;
  const auto answer = [&](const std::string& question, std::string_view item, std::string_view value) {
    if (answers == draft.answers.size()) draft.answers.emplace_back();
    Answer& slot = draft.answers[answers++];
    slot.question.assign(question);
    slot.item.assign(item);
    slot.value.assign(value);
  };
  for (std::size_t i = 0; i < bindings_.size(); ++i) {
    const Binding& binding = bindings_[i];
    if (binding.kind == Binding::Kind::ignored || trim(row.fields[i]).empty()) continue;
    if (!is_valid_utf8(row.fields[i])) {
      problems.push_back(text_in(language, Msg::import_not_utf8, row_name(row.record, language), binding.column));
      continue;
    }
    const std::string_view value = cell_value(binding, row.fields[i]);
    const auto named = [&](std::string_view text) -> std::string_view {
      const auto found = binding.option_by_name.find(fold_case(text));
      return found == binding.option_by_name.end() ? trim(text) : std::string_view(found->second);
    };
    switch (binding.kind) {
      case Binding::Kind::group: {
        const auto found = group_by_name_.find(fold_case(value));
        draft.group = found == group_by_name_.end() ? trim(value) : std::string_view(found->second);
        break;
      }
      case Binding::Kind::unit: draft.unit.assign(trim(value)); break;
      case Binding::Kind::single:
        answer(binding.question->id, "", binding.option_by_name.empty() ? value : named(value));
        break;
      case Binding::Kind::item:
        answer(binding.question->id, binding.item, binding.option_by_name.empty() ? value : named(value));
        break;
      case Binding::Kind::multi:
        if (value.find(kMultiSeparator) == std::string_view::npos && !binding.option_by_name.count(fold_case(value)) &&
            value.find_first_of(",;") != std::string_view::npos) {
          for (std::string_view option : ticked_options(binding, value, row.record, problems, language))
            answer(binding.question->id, option, "1");
          break;
        }
        for (std::size_t start = 0; start <= value.size();) {
          auto end = value.find(kMultiSeparator, start);
          if (end == std::string_view::npos) end = value.size();
          const std::string_view part = value.substr(start, end - start);
          if (!trim(part).empty()) answer(binding.question->id, named(part), "1");
          start = end + 1;
        }
        break;
      case Binding::Kind::ignored: break;
    }
  }
  draft.answers.resize(answers);
}

std::string CsvRowMapper::located_unit(int record, const std::string& message, Language language) const {
  return row_name(record, language) + ", " + kUnitColumn + ": " + message;
}

// A Forms export's cell of ticked options, "Het team, bijvoorbeeld in een teamvergadering,
// De directie" (Google) or "De directie;Het schoolbestuur;" (Microsoft): from each piece
// on, the longest run of pieces that names an option is that option, so a label that holds
// ", " itself is taken whole rather than cut at its comma. The pieces that start no option
// are one problem of the row, naming each of them once and the question's labels once (a
// problem per piece, each with every label, flooded the output for one broken cell). A run
// is never longer than the option name of the most pieces: trying every run to the cell's
// end made a cell of many commas take cubic time (16 KiB of ",a" ran past the fuzzer's 10 s;
// a CSV may hold a far longer cell).
std::vector<std::string_view> CsvRowMapper::ticked_options(const Binding& binding, std::string_view cell, int record,
                                                           std::vector<std::string>& problems, Language language) const {
  std::vector<std::string_view> ticked;
  std::vector<std::string_view> unknown;
  std::unordered_set<std::string_view> unknown_seen;
  const std::vector<std::string_view> pieces = pieces_of(cell);
  for (std::size_t first = 0; first < pieces.size();) {
    std::size_t last = std::min(pieces.size(), first + binding.most_pieces_in_a_name);
    const std::string* option = nullptr;
    while (!option && last > first) {
      const char* begin = pieces[first].data();
      const std::string_view run(begin, static_cast<std::size_t>(pieces[last - 1].data() + pieces[last - 1].size() - begin));
      const auto found = binding.option_by_name.find(fold_case(run));
      if (found != binding.option_by_name.end()) option = &found->second;
      else --last;
    }
    if (option) {
      ticked.push_back(*option);
      first = last;
      continue;
    }
    if (unknown_seen.insert(trim(pieces[first])).second) unknown.push_back(trim(pieces[first]));
    ++first;
  }
  if (!unknown.empty()) {
    std::vector<std::string> labels;
    for (const Item& item : binding.question->items) labels.push_back(quoted(item.label));
    std::vector<std::string> named;
    for (std::string_view piece : unknown) named.push_back(quoted(piece));
    problems.push_back(text_in(language, Msg::import_ticked_unknown, row_name(record, language), binding.column,
                               join(named, ", "), join(labels, ", ")));
  }
  return ticked;
}

std::string CsvRowMapper::located(int record, const ResponseProblem& problem, Language language) const {
  const std::string where = row_name(record, language) + ", ";
  return where + (problem.question.empty() ? std::string(kGroupColumn) + ": " + problem.message : problem_line(problem));
}

}  // namespace peiling
