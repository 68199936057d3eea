// The Excel export (libxlsxwriter): a responses sheet in the wide layout and a sheet of the
// report's scores (score_rows.h). Written in constant-memory mode, row after row, so a large survey does
// not fill memory. Answers are written with worksheet_write_string (never as formulas) or,
// for numeric answers (rank, number, Likert, matrix), as numbers.
#include <xlsxwriter.h>

#include <stdexcept>

#include "analysis/hand_arithmetic.h"
#include "analysis/survey_analysis.h"
#include "base/escape.h"
#include "base/messages.h"
#include "reports/atomic_file.h"
#include "reports/export.h"
#include "reports/report_text.h"
#include "reports/score_rows.h"

namespace peiling {

namespace {

constexpr lxw_row_t kMaxRows = 1'048'576;  // Excel's limit per sheet

class Workbook {
 public:
  explicit Workbook(const std::filesystem::path& path) : path_(path) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    workbook_ = workbook_new_opt(path.c_str(), &options);
    if (!workbook_) throw std::runtime_error(text(Msg::xlsx_cannot_create, path.string()));
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
      throw std::runtime_error(text(Msg::xlsx_cannot_write, path_.string(), lxw_strerror(error)));
  }

 private:
  std::filesystem::path path_;
  lxw_workbook* workbook_ = nullptr;
};

bool numeric(const CsvColumn& column) { return column.question && column.question->kind().numeric; }

void write_text_row(lxw_worksheet* sheet, lxw_row_t row, const std::vector<std::string>& cells, lxw_format* format) {
  for (std::size_t i = 0; i < cells.size(); ++i)
    worksheet_write_string(sheet, row, static_cast<lxw_col_t>(i), escape_xlsx(cells[i]).c_str(), format);
}

// The sheet's name is in the export's language ("antwoorden", "answers"); its column names
// are the import's, the same in both.
void write_responses_sheet(Store& store, std::int64_t survey_id, const Questionnaire& questionnaire,
                           Workbook& workbook, Language language) {
  lxw_worksheet* sheet = workbook.sheet(std::string(phrase_in(language, Msg::xlsx_sheet_answers)).c_str());
  const WideLayout layout(questionnaire, exports_units(store, survey_id));
  std::vector<std::string> cells;
  for (const auto& column : layout.columns()) cells.push_back(column.name);
  write_text_row(sheet, 0, cells, workbook.bold());
  lxw_row_t row = 1;
  for_each_stored_response(store, survey_id, [&](const StoredResponse& response) {
    if (row >= kMaxRows) throw std::runtime_error(text(Msg::xlsx_too_many_rows));
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

// The report's score rows, for a person reading them in Excel: the question's text and the
// labels of items, options and scale points, the figures as numbers.
void write_scores_sheet(Store& store, std::int64_t survey_id, Workbook& workbook, const XlsxOptions& options) {
  const auto analysis = analyse_survey(store, survey_id);
  const ReportText text(options.language);
  lxw_worksheet* sheet = workbook.sheet("scores");
  write_text_row(sheet, 0,
                 {std::string(text.group()), std::string(text.question()), std::string(text.item()),
                  std::string(text.value()), "n", std::string(text.count()), std::string(text.percentage()),
                  std::string(text.sum()), std::string(text.mean()), std::string(text.median())},
                 workbook.bold());
  lxw_format* tenths = workbook.one_decimal();
  const auto write_tenths = [&](lxw_row_t row, lxw_col_t column, const std::optional<std::int64_t>& value) {
    if (value) worksheet_write_number(sheet, row, column, static_cast<double>(*value) / 10.0, tenths);
  };
  lxw_row_t row = 1;
  for (const ScoreRow& score : score_rows(*analysis, Disclosure(*analysis, options.min_group))) {
    const std::string value = score.value_label.empty() ? score.value : score.value + " " + score.value_label;
    write_text_row(sheet, row,
                   {text.group_name(score.group->group), score.question->text, score.item ? score.item->label : "", value},
                   nullptr);
    worksheet_write_number(sheet, row, 4, score.n, nullptr);
    if (score.count) worksheet_write_number(sheet, row, 5, *score.count, nullptr);
    write_tenths(row, 6, score.percent_tenths);
    if (score.sum) worksheet_write_number(sheet, row, 7, static_cast<double>(*score.sum), nullptr);
    write_tenths(row, 8, score.mean_tenths);
    write_tenths(row, 9, score.median_tenths);
    ++row;
  }
}

}  // namespace

void write_xlsx(Store& store, std::int64_t survey_id, const std::filesystem::path& path, const XlsxOptions& options) {
  const Questionnaire questionnaire = store.questionnaire_of(survey_id);
  replace_file_atomically(path, [&](const std::filesystem::path& temporary) {
    Workbook workbook(temporary);
    write_responses_sheet(store, survey_id, questionnaire, workbook, options.language);
    write_scores_sheet(store, survey_id, workbook, options);
    workbook.close();
  });
}

}  // namespace peiling
