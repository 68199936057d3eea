// Building the report's tables from the model; see report_tables.h.
#include "reports/report_tables.h"

#include <algorithm>

#include "base/messages.h"
#include "reports/board_column.h"

namespace peiling {

namespace {

TableCell cell(std::string text) { return {{std::move(text)}, false}; }
TableCell cell(std::string_view text) { return cell(std::string(text)); }
TableCell cell(int number) { return cell(std::to_string(number)); }

bool is_all_groups(const ReportModel& model, const GroupAnalysis* group) {
  return group == &model.analysis->all_groups;
}

std::string with_unit(std::string_view header, const std::string& unit) {
  return unit.empty() ? std::string(header) : std::string(header) + " (" + unit + ")";
}

// Why a withheld group shows no answers: too few respondents, or (with units) a unit's small group behind it.
std::string withheld_reason(const ReportModel& model, const GroupAnalysis& group) {
  return model.disclosure().withheld_for_units(group) ? model.text.withheld_for_units()
                                                      : model.text.too_few_respondents(model.options.min_group);
}

TableRow response_row(const ReportModel& model, const GroupAnalysis& group, bool total) {
  TableCell name = cell(model.text.group_name(group.group));
  if (!total && !model.shows_answers(group)) name.lines.push_back(withheld_reason(model, group));
  return {{name, cell(group.invited), cell(group.responded), cell(model.text.count_of(group.responded, group.invited))},
          total};
}

// The numbers a rank item can get, the most important first: 5..1, or 1..5 when 1 is best.
std::vector<int> numbers_most_important_first(const Question& question) {
  const int count = static_cast<int>(question.items.size());
  std::vector<int> numbers;
  for (int i = 0; i < count; ++i)
    numbers.push_back(question.direction == RankDirection::high_is_most ? count - i : i + 1);
  return numbers;
}

int times_given(const RankItemScore& score, int number) {
  const auto index = static_cast<std::size_t>(number - 1);
  return index < score.distribution.size() ? score.distribution[index] : 0;
}

int option_count(const ChoiceSummary& summary, const Item& option) {
  for (const OptionCount& counted : summary.options)
    if (counted.option == &option || (counted.option && counted.option->id == option.id)) return counted.count;
  return 0;
}

// A matrix's rows for one group: a statement per row.
Table matrix_table(const ReportModel& model, const Question& question, const GroupAnalysis& group) {
  const ReportText& text = model.text;
  const auto& matrix = std::get<MatrixSummary>(summary_for(group, question)->result);
  Table table;
  table.caption = text.group_name(group.group);
  table.header = {std::string(text.statement()), "n"};
  for (const std::string& label : question.scale) table.header.push_back(label);
  table.header.push_back(std::string(text.median()));
  table.numeric.assign(table.header.size(), true);
  table.numeric.front() = false;
  table.numeric.back() = false;
  for (const StatementSummary& statement : matrix.statements) {
    const LikertSummary& likert = statement.likert;
    TableRow row{{cell(statement.statement->label), cell(likert.answered)}};
    for (std::size_t position = 0; position < question.scale.size(); ++position)
      row.cells.push_back(cell(text.count_and_percent(likert.distribution[position], likert.answered)));
    row.cells.push_back(cell(likert.answered > 0 ? text.median_on_scale(likert.median, question.scale)
                                                 : std::string(text.empty_cell())));
    table.rows.push_back(std::move(row));
  }
  return table;
}

// A unit's report: the board's invited and responded beside each group's (counts are always
// shown), and what the board is in the caption.
void add_board_response(Table& table, const ReportModel& model) {
  const BoardColumn board(*model.analysis, model.options.min_group);
  if (!board.active()) return;
  const Language language = model.text.language();
  table.header.push_back(board.name(language));
  table.numeric.push_back(true);
  for (std::size_t g = 0; g <= model.analysis->groups.size() && g < table.rows.size(); ++g) {
    const GroupAnalysis& own = g < model.analysis->groups.size() ? model.analysis->groups[g] : model.analysis->all_groups;
    const GroupAnalysis& beside = board.counts_beside(own);
    table.rows[g].cells.push_back(cell(model.text.count_of(beside.responded, beside.invited)));
  }
  table.caption += (table.caption.empty() ? "" : " ") + board.response_note(language);
}

}  // namespace

std::vector<const GroupAnalysis*> result_columns(const ReportModel& model, const Question& question) {
  std::vector<const GroupAnalysis*> columns;
  for (const GroupAnalysis* group : model.shown_groups())
    if (summary_for(*group, question)) columns.push_back(group);
  if (model.adds_all_groups(question) && summary_for(model.analysis->all_groups, question))
    columns.push_back(&model.analysis->all_groups);
  return columns;
}

std::vector<ResolvedSpan> resolved_spans(const Table& table) {
  std::vector<ResolvedSpan> spans;
  std::size_t first = 0;
  for (const HeaderSpan& span : table.header_spans) {
    if (span.columns <= 0 || first >= table.header.size()) continue;
    const std::size_t last = std::min(first + static_cast<std::size_t>(span.columns), table.header.size()) - 1;
    spans.push_back({&span, first, last});
    first = last + 1;
  }
  return spans;
}

Table response_table(const ReportModel& model) {
  const ReportText& text = model.text;
  Table table;
  table.header = {std::string(text.group()), std::string(text.invited()), std::string(text.responded()),
                  std::string(text.response_rate())};
  table.numeric = {false, true, true, true};
  std::vector<std::string> over_invited;  // 82 of 80: said above the table, not left to a 103% to notice
  for (const GroupAnalysis& group : model.analysis->groups) {
    table.rows.push_back(response_row(model, group, false));
    if (group.invited > 0 && group.responded > group.invited) over_invited.push_back(model.text.group_name(group.group));
  }
  table.rows.push_back(response_row(model, model.analysis->all_groups, true));
  if (!over_invited.empty()) table.caption = model.text.more_than_invited(over_invited);
  add_board_response(table, model);
  return table;
}

Table rank_table(const ReportModel& model, const Question& question, const RankSummary& summary) {
  const ReportText& text = model.text;
  const std::vector<int> numbers = numbers_most_important_first(question);
  Table table;
  table.header = {std::string(text.item()), "n", std::string(text.sum()), std::string(text.mean())};
  for (int number : numbers) table.header.push_back(std::to_string(number));
  table.header.push_back(std::string(text.place()));
  table.header_spans = {{"", 4}, {std::string(text.times_given()), static_cast<int>(numbers.size())}, {"", 1}};
  table.numeric.assign(table.header.size(), true);
  table.numeric.front() = false;
  table.numeric.back() = false;
  for (const RankItemScore& score : summary.items) {
    TableRow row{{cell(score.item ? score.item->label : ""), cell(score.answered),
                  cell(std::to_string(score.sum)), cell(text.mean_of(score.sum, score.answered))}};
    for (int number : numbers) row.cells.push_back(cell(times_given(score, number)));
    row.cells.push_back(cell(text.place_text(score.place, score.shared_place)));
    table.rows.push_back(std::move(row));
  }
  add_board_columns(table, BoardColumn(*model.analysis, model.options.min_group), text, question, summary);
  return table;
}

Table number_table(const ReportModel& model, const Question& question) {
  const ReportText& text = model.text;
  Table table;
  table.header = {std::string(text.group()), "n", with_unit(text.mean(), question.unit),
                  with_unit(text.median(), question.unit), with_unit(text.minimum(), question.unit),
                  with_unit(text.maximum(), question.unit)};
  table.numeric = {false, true, true, true, true, true};
  for (const GroupAnalysis* group : result_columns(model, question)) {
    const auto& number = std::get<NumberSummary>(summary_for(*group, question)->result);
    const auto shown = [&](double value) {
      return number.answered > 0 ? text.decimal(value) : std::string(text.empty_cell());
    };
    table.rows.push_back({{cell(text.group_name(group->group)), cell(number.answered), cell(shown(number.mean)),
                           cell(shown(number.median)), cell(shown(number.min)), cell(shown(number.max))},
                          is_all_groups(model, group)});
  }
  return table;
}

Table choice_table(const ReportModel& model, const Question& question) {
  const ReportText& text = model.text;
  const auto columns = result_columns(model, question);
  Table table;
  table.header = {std::string(text.answer())};
  for (const GroupAnalysis* group : columns) table.header.push_back(text.group_name(group->group));
  table.numeric.assign(table.header.size(), true);
  table.numeric.front() = false;
  for (const Item& option : question.items) {
    TableRow row{{cell(option.label)}};
    for (const GroupAnalysis* group : columns) {
      const auto& choice = std::get<ChoiceSummary>(summary_for(*group, question)->result);
      row.cells.push_back(cell(text.count_and_percent(option_count(choice, option), choice.answered)));
    }
    table.rows.push_back(std::move(row));
  }
  TableRow answered{{cell(text.answered_by())}, true};
  for (const GroupAnalysis* group : columns)
    answered.cells.push_back(cell(std::get<ChoiceSummary>(summary_for(*group, question)->result).answered));
  table.rows.push_back(std::move(answered));
  return table;
}

Table likert_table(const ReportModel& model, const Question& question) {
  const ReportText& text = model.text;
  Table table;
  table.header = {std::string(text.group()), "n"};
  for (const std::string& label : question.scale) table.header.push_back(label);
  table.header.push_back(std::string(text.median()));
  table.numeric.assign(table.header.size(), true);
  table.numeric.front() = false;
  table.numeric.back() = false;
  for (const GroupAnalysis* group : result_columns(model, question)) {
    const auto& likert = std::get<LikertSummary>(summary_for(*group, question)->result);
    TableRow row{{cell(text.group_name(group->group)), cell(likert.answered)}, is_all_groups(model, group)};
    for (std::size_t position = 0; position < question.scale.size(); ++position) {
      const int count = position < likert.distribution.size() ? likert.distribution[position] : 0;
      row.cells.push_back(cell(text.count_and_percent(count, likert.answered)));
    }
    row.cells.push_back(cell(likert.answered > 0 ? text.median_on_scale(likert.median, question.scale)
                                                 : std::string(text.empty_cell())));
    table.rows.push_back(std::move(row));
  }
  return table;
}

std::vector<Table> matrix_tables(const ReportModel& model, const Question& question) {
  std::vector<Table> tables;
  for (const GroupAnalysis* group : result_columns(model, question)) tables.push_back(matrix_table(model, question, *group));
  return tables;
}

std::vector<Table> closed_question_tables(const ReportModel& model, const Question& question) {
  switch (question.type) {
    case QuestionType::number: return {number_table(model, question)};
    case QuestionType::choice:
    case QuestionType::multi: return {choice_table(model, question)};
    case QuestionType::likert: return {likert_table(model, question)};
    case QuestionType::matrix: return matrix_tables(model, question);
    case QuestionType::rank:
    case QuestionType::text: return {};
  }
  return {};
}

Table shoebox_table(const ReportModel& model, const Shoebox& shoebox, std::size_t most_answers) {
  const ReportText& text = model.text;
  Table table;
  table.header = {std::string(text.code()), std::string(text.answers())};
  table.numeric = {false, false};
  std::size_t characters = 0;
  std::size_t answer_count = 0;
  for (const ShoeboxRow& row : shoebox.rows) {
    const std::size_t shown = std::min(most_answers, row.answers.size());
    TableCell answers{{row.answers.begin(), row.answers.begin() + static_cast<std::ptrdiff_t>(shown)}, true};
    if (shown == 0) answers = cell(text.empty_cell());
    if (row.answer_count > shown) answers.lines.push_back(text.more_answers_in_csv(row.answer_count - shown));
    for (std::size_t i = 0; i < shown; ++i) characters += row.answers[i].size();
    answer_count += shown;
    table.rows.push_back({{cell(row.label), answers}, !row.coded});
  }
  // What still fits a 16:9 slide in full-size type next to the six rows of a frame; the
  // demo's eight teacher answers did not.
  table.dense = characters > 400 || answer_count > 6;
  return table;
}

std::vector<std::string> withheld_notes(const ReportModel& model, const Question& question) {
  std::vector<std::string> notes;
  for (const GroupAnalysis& group : model.analysis->groups)
    if (!model.shows_answers(group) && summary_for(group, question))
      notes.push_back(group.group->label + ": " + withheld_reason(model, group) + ".");
  return notes;
}

std::vector<std::string> board_notes(const ReportModel& model, const Question& question) {
  const BoardColumn board(*model.analysis, model.options.min_group);
  if (!board.active() || question.type != QuestionType::rank) return {};
  const Language language = model.text.language();
  std::vector<const GroupAnalysis*> shown = model.shown_groups();
  if (model.adds_all_groups(question)) shown.push_back(&model.analysis->all_groups);
  std::vector<std::string> notes{board.note(language)};
  if (board.withholds_any(question, shown)) notes.push_back(text_in(language, Msg::board_column_withheld));
  return notes;
}

}  // namespace peiling
