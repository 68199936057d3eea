// The Excel export (libxlsxwriter): a responses sheet in the wide layout and a sheet of rank
// scores per group. Written in constant-memory mode, row after row, so a large survey does
// not fill memory. Answers are written with worksheet_write_string (never as formulas) or,
// for rank, number and Likert answers, as numbers.
#include <xlsxwriter.h>

#include <stdexcept>

#include "analysis/hand_arithmetic.h"
#include "analysis/survey_analysis.h"
#include "base/escape.h"
#include "reports/atomic_file.h"
#include "reports/export.h"

namespace peiling {

namespace {

constexpr lxw_row_t kMaxRows = 1'048'576;  // Excel's limit per sheet

class Workbook {
 public:
  explicit Workbook(const std::filesystem::path& path) : path_(path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    workbook_ = workbook_new_opt(path.c_str(), &options);
    if (!workbook_) throw std::runtime_error(path.string() + ": cannot create the Excel file");
  }
  ~Workbook() {
    if (workbook_) workbook_close(workbook_);
  }
  lxw_worksheet* sheet(const char* name) { return workbook_add_worksheet(workbook_, name); }
  lxw_format* bold() {
    lxw_format* format = workbook_add_format(workbook_);
    format_set_bold(format);
    return format;
  }
  lxw_format* one_decimal() {
    lxw_format* format = workbook_add_format(workbook_);
    format_set_num_format(format, "0.0");
    return format;
  }
  void close() {
    const lxw_error error = workbook_close(workbook_);
    workbook_ = nullptr;
    if (error != LXW_NO_ERROR)
      throw std::runtime_error(path_.string() + ": cannot write the Excel file (" + lxw_strerror(error) + ")");
  }

 private:
  std::filesystem::path path_;
  lxw_workbook* workbook_ = nullptr;
};

bool numeric(const CsvColumn& column) {
  if (!column.question) return false;
  const auto type = column.question->type;
  return type == QuestionType::rank || type == QuestionType::number || type == QuestionType::likert;
}

void write_text_row(lxw_worksheet* sheet, lxw_row_t row, const std::vector<std::string>& cells, lxw_format* format) {
  for (std::size_t i = 0; i < cells.size(); ++i)
    worksheet_write_string(sheet, row, static_cast<lxw_col_t>(i), escape_xlsx(cells[i]).c_str(), format);
}

void write_responses_sheet(Store& store, std::int64_t survey_id, const Questionnaire& questionnaire,
                           Workbook& workbook) {
  lxw_worksheet* sheet = workbook.sheet("antwoorden");
  const WideLayout layout(questionnaire);
  std::vector<std::string> cells;
  for (const auto& column : layout.columns()) cells.push_back(column.name);
  write_text_row(sheet, 0, cells, workbook.bold());
  lxw_row_t row = 1;
  for_each_stored_response(store, survey_id, [&](const StoredResponse& response) {
    if (row >= kMaxRows) throw std::runtime_error("more responses than an Excel sheet holds; export as csv instead");
    layout.fill(response, cells);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (cells[i].empty()) continue;
      const auto column = static_cast<lxw_col_t>(i);
      if (numeric(layout.columns()[i])) worksheet_write_number(sheet, row, column, std::stod(cells[i]), nullptr);
      else worksheet_write_string(sheet, row, column, escape_xlsx(cells[i]).c_str(), nullptr);
    }
    ++row;
  });
}

void write_group_scores(lxw_worksheet* sheet, lxw_row_t& row, const GroupAnalysis& group, lxw_format* mean_format) {
  const std::string group_id = group.group ? group.group->id : "alle";
  for (const QuestionSummary& summary : group.questions) {
    const auto* rank = std::get_if<RankSummary>(&summary.result);
    if (!rank) continue;
    for (const RankItemScore& score : rank->items) {
      if (!score.item) continue;
      write_text_row(sheet, row, {group_id, summary.question->id, score.item->id, score.item->label}, nullptr);
      worksheet_write_number(sheet, row, 4, score.answered, nullptr);
      worksheet_write_number(sheet, row, 5, static_cast<double>(score.sum), nullptr);
      if (score.answered > 0)  // rounded from the exact fraction, as the report prints it
        worksheet_write_number(sheet, row, 6, rounded_fraction(score.sum, score.answered, 1) / 10.0, mean_format);
      ++row;
    }
  }
}

void write_scores_sheet(Store& store, std::int64_t survey_id, Workbook& workbook) {
  const auto analysis = analyse_survey(store, survey_id);
  lxw_worksheet* sheet = workbook.sheet("scores");
  write_text_row(sheet, 0, {"group", "question", "item", "item_label", "n", "sum", "mean"}, workbook.bold());
  lxw_row_t row = 1;
  lxw_format* mean_format = workbook.one_decimal();
  for (const GroupAnalysis& group : analysis->groups) write_group_scores(sheet, row, group, mean_format);
  write_group_scores(sheet, row, analysis->all_groups, mean_format);
}

}  // namespace

void write_xlsx(Store& store, std::int64_t survey_id, const std::filesystem::path& path) {
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  replace_file_atomically(path, [&](const std::filesystem::path& temporary) {
    Workbook workbook(temporary);
    write_responses_sheet(store, survey_id, questionnaire, workbook);
    write_scores_sheet(store, survey_id, workbook);
    workbook.close();
  });
}

}  // namespace peiling
