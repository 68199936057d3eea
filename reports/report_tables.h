// The report's tables as plain data (plain-text cells, unescaped), built once from the
// model and then rendered as HTML (report and slides) or Markdown, so every document
// shows the same rows and numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "reports/report_model.h"

namespace peiling {

struct TableCell {
  std::vector<std::string> lines;  // usually one; answers in a schoenendoos cell are a list
  bool list = false;
};

struct TableRow {
  std::vector<TableCell> cells;
  bool emphasised = false;  // the all-groups total, the "not yet coded" row
};

// A caption over several columns of the header ("how often the item got this number").
struct HeaderSpan {
  std::string label;
  int columns = 1;
};

struct Table {
  std::string caption;                   // optional: what the table shows, e.g. a group's name
  std::vector<HeaderSpan> header_spans;  // empty: one header row; see resolved_spans
  std::vector<std::string> header;
  std::vector<bool> numeric;             // per column: right-aligned figures
  std::vector<TableRow> rows;
  bool dense = false;                    // long content; slides may use smaller type
};

// A header span placed on the columns it covers, first..last (inclusive).
struct ResolvedSpan {
  const HeaderSpan* span;
  std::size_t first;
  std::size_t last;
};

// The table's spans placed on its header: a span of no columns is dropped and one that
// reaches past the header is cut at its end, so a table whose group columns are all
// empty or withheld renders as a table, never as a read past its header.
std::vector<ResolvedSpan> resolved_spans(const Table& table);

// Invited, responded and response rate per group, with the all-groups total.
Table response_table(const ReportModel& model);

// Per item: n, sum, mean, how often each number was given (most important first), place.
Table rank_table(const ReportModel& model, const Question& question, const RankSummary& summary);

// Per shown group (and all groups together when allowed): n, mean, median, min, max.
Table number_table(const ReportModel& model, const Question& question);

// Per option, per shown group (and all groups): count and percentage (one decimal).
Table choice_table(const ReportModel& model, const Question& question);

// Per shown group (and all groups): count per scale position and the median.
Table likert_table(const ReportModel& model, const Question& question);

// Per shown group (and all groups), a table with a row per statement: n, count per scale
// position and the median.
std::vector<Table> matrix_tables(const ReportModel& model, const Question& question);

// The tables of a number, choice, multi, Likert or matrix question; none for rank and open
// questions, which have sections of their own.
std::vector<Table> closed_question_tables(const ReportModel& model, const Question& question);

// The groups (and all groups together, last, when that may be shown and is not one group
// again) whose results a closed question's tables and charts show.
std::vector<const GroupAnalysis*> result_columns(const ReportModel& model, const Question& question);

// The frame's codes with the answers placed in them, then the uncoded answers: at most
// `most_answers` per row, the rest counted in a line that points to open-antwoorden.csv.
Table shoebox_table(const ReportModel& model, const Shoebox& shoebox, std::size_t most_answers = kShownAnswersPerRow);

// The groups whose answers a question's section leaves out, as sentences
// ("Directie: te weinig respondenten (minder dan 3) om antwoorden te tonen.").
std::vector<std::string> withheld_notes(const ReportModel& model, const Question& question);

// A unit's report (reports/board_column.h): what the Bestuur columns of a rank question's
// tables and charts are (every unit, this one included), and whether some are left out.
// Empty for any other report and question.
std::vector<std::string> board_notes(const ReportModel& model, const Question& question);

}  // namespace peiling
