// A unit's figures beside the board's, and the board report; see unit_reports.h. Plain
// tables (HTML, Markdown, CSV): every label from the definition or the store is escaped
// for its sink, every figure that may not be shown is "–".
#include "reports/unit_reports.h"

#include <string_view>

#include "analysis/disclosure.h"
#include "analysis/hand_arithmetic.h"
#include "analysis/unit_disclosure.h"
#include "analysis/unit_figures.h"
#include "base/escape.h"
#include "base/messages.h"
#include "reports/atomic_file.h"
#include "reports/report_page_style.h"

namespace peiling {

namespace {

constexpr std::string_view kWithheld = "–";

const RankSummary* rank_of(const QuestionSummary* summary) {
  return summary ? std::get_if<RankSummary>(&summary->result) : nullptr;
}

// The mean score of item `i`, "" when none answered it, "–" when not `shown`.
std::string mean_of(const QuestionSummary* summary, std::size_t i, bool shown, Language language) {
  if (!shown) return std::string(kWithheld);
  const RankSummary* rank = rank_of(summary);
  if (!rank || i >= rank->items.size() || rank->items[i].answered == 0) return "";
  return format_fraction(rank->items[i].sum, rank->items[i].answered, 1, language);
}

// The report's look (report_page_style.h), with the unit tables' own: numbers right, a
// bold caption above each table, and a table wider than the page (a unit beside the board,
// every group twice) scrolling on its own below the page's width, which is wider than the
// report's for these side-by-side tables; the caption wraps on the page.
std::string page(Language language, const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(language == Language::en ? "en" : "nl") +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>" + escape_html(title) + "</title>\n<style>" + std::string(kReportPageStyle) +
         "td { text-align: right; font-variant-numeric: tabular-nums; }\n"
         "tbody th { font-weight: bold; }\n"
         "body { max-width: 80rem; }\n"
         "table { display: block; overflow-x: auto; width: auto; }\n"
         "caption { display: block; text-align: left; font-weight: bold; margin-bottom: .4rem; }\n"
         "</style>\n</head>\n<body>\n<main>\n<header><h1>" + escape_html(title) + "</h1></header>\n" + body +
         "</main>\n</body>\n</html>\n";
}

// One HTML table: a caption, a header row, and rows whose first cell is a row header.
struct Table {
  std::string caption;
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;

  std::string html() const {
    std::string out = "<table>\n<caption>" + escape_html(caption) + "</caption>\n<thead><tr>";
    for (const std::string& cell : header) out += "<th scope=\"col\">" + escape_html(cell) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
      out += "<tr>";
      for (std::size_t c = 0; c < row.size(); ++c)
        out += c == 0 ? "<th scope=\"row\">" + escape_html(row[c]) + "</th>" : "<td>" + escape_html(row[c]) + "</td>";
      out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
  }

  std::string markdown() const {
    std::string out = "**" + escape_markdown(caption) + "**\n\n|";
    for (const std::string& cell : header) out += " " + escape_markdown(cell, MarkdownPlace::table_cell) + " |";
    out += "\n|";
    for (std::size_t c = 0; c < header.size(); ++c) out += c == 0 ? " --- |" : " ---: |";
    out += "\n";
    for (const auto& row : rows) {
      out += "|";
      for (const std::string& cell : row) out += " " + escape_markdown(cell, MarkdownPlace::table_cell) + " |";
      out += "\n";
    }
    return out + "\n";
  }
};

void write_files(const ReportOptions& options, const std::vector<std::pair<std::string, std::string>>& documents,
                 std::vector<std::filesystem::path>& written) {
  for (const auto& [name, content] : documents) {
    write_file_atomically(options.out_dir / name, content);
    written.push_back(options.out_dir / name);
  }
}

// ---- a unit beside the board ----

class Benchmark {
 public:
  Benchmark(const SurveyAnalysis& analysis, const ReportOptions& options)
      : analysis_(analysis),
        units_(*analysis.units),
        language_(options.language),
        own_(analysis, options.min_group),
        board_(analysis.questionnaire, units_.units, options.min_group),
        unit_label_(units_.focus_tally() ? units_.focus_tally()->label : units_.focus) {}

  std::string title() const { return text_in(language_, Msg::benchmark_title, base_label(), unit_label_); }
  std::string intro(int min_group) const {
    if (min_group == 1) return text_in(language_, Msg::benchmark_intro_min_one, unit_label_, units_.units.size());
    return text_in(language_, Msg::benchmark_intro, unit_label_, units_.units.size(), min_group);
  }

  Table response() const {
    Table table{text_in(language_, Msg::benchmark_response_caption),
                {text_in(language_, Msg::benchmark_group), text_in(language_, Msg::benchmark_invited, unit_label_),
                 text_in(language_, Msg::benchmark_responded, unit_label_),
                 text_in(language_, Msg::benchmark_invited, board_word()),
                 text_in(language_, Msg::benchmark_responded, board_word())},
                {}};
    for (std::size_t g = 0; g < analysis_.groups.size(); ++g) {
      const GroupAnalysis& own = analysis_.groups[g];
      const GroupAnalysis& board = units_.board_groups[g];
      table.rows.push_back({own.group->label, std::to_string(own.invited), counted(own), std::to_string(board.invited),
                            counted(board)});
    }
    return table;
  }

  // Per item of a rank question: per group asked, the unit's mean and the board's; then all groups.
  Table scores(const Question& question) const {
    Table table{text_in(language_, Msg::benchmark_scores_heading, question.text), {text_in(language_, Msg::benchmark_item)}, {}};
    std::vector<std::size_t> asked;
    for (std::size_t g = 0; g < analysis_.groups.size(); ++g)
      if (question.asked_to(analysis_.groups[g].group->id)) asked.push_back(g);
    for (std::size_t g : asked) {
      table.header.push_back(column(analysis_.groups[g].group->label, unit_label_));
      table.header.push_back(column(analysis_.groups[g].group->label, board_word()));
    }
    table.header.push_back(column(all_word(), unit_label_));
    table.header.push_back(column(all_word(), board_word()));
    for (std::size_t i = 0; i < question.items.size(); ++i) {
      std::vector<std::string> row{question.items[i].label};
      for (std::size_t g : asked) {
        row.push_back(mean_of(summary_for(analysis_.groups[g], question), i, own_.shows(analysis_.groups[g]), language_));
        row.push_back(mean_of(summary_for(units_.board_groups[g], question), i, board_.shows_board_group(g), language_));
      }
      row.push_back(mean_of(summary_for(analysis_.all_groups, question), i, own_.shows_all_groups(question), language_));
      row.push_back(mean_of(summary_for(units_.board_all, question), i, board_.shows_board(question), language_));
      table.rows.push_back(std::move(row));
    }
    return table;
  }

  // question, item, group ("" = all), unit's mean, board's mean: one row each.
  std::string csv() const {
    std::string out = "vraag,item,groep,eenheid,gemiddelde_eenheid,gemiddelde_bestuur\n";
    for (const Question* question : scored_questions(analysis_.questionnaire)) {
      for (std::size_t i = 0; i < question->items.size(); ++i) {
        for (std::size_t g = 0; g < analysis_.groups.size(); ++g) {
          if (!question->asked_to(analysis_.groups[g].group->id)) continue;
          csv_row(out, *question, i, analysis_.groups[g].group->id,
                  mean_of(summary_for(analysis_.groups[g], *question), i, own_.shows(analysis_.groups[g]), Language::en),
                  mean_of(summary_for(units_.board_groups[g], *question), i, board_.shows_board_group(g), Language::en));
        }
        csv_row(out, *question, i, "",
                mean_of(summary_for(analysis_.all_groups, *question), i, own_.shows_all_groups(*question), Language::en),
                mean_of(summary_for(units_.board_all, *question), i, board_.shows_board(*question), Language::en));
      }
    }
    return out;
  }

 private:
  static std::string column(const std::string& group, const std::string& whose) { return group + " — " + whose; }
  // The same words, capitalised, as the Bestuur column and the "Alle groepen" row of the
  // unit's own report: a header starts with a capital, and one name per thing.
  std::string board_word() const { return text_in(language_, Msg::board_column_board); }
  std::string all_word() const { return text_in(language_, Msg::report_all_groups); }
  // The survey's own label: the analysis's names the unit too (analyse_survey).
  std::string base_label() const { return analysis_.questionnaire.title; }
  static std::string counted(const GroupAnalysis& group) {
    return std::to_string(group.responded) + " (" + std::to_string(group.response_percent) + "%)";
  }
  void csv_row(std::string& out, const Question& question, std::size_t item, const std::string& group,
               const std::string& own, const std::string& board) const {
    for (const std::string_view field : {std::string_view(question.id), std::string_view(question.items[item].id),
                                         std::string_view(group), std::string_view(units_.focus)}) {
      append_csv_field(out, field);
      out += ',';
    }
    out += (own == kWithheld ? "" : own) + "," + (board == kWithheld ? "" : board) + "\n";
  }

  const SurveyAnalysis& analysis_;
  const UnitFigures& units_;
  Language language_;
  Disclosure own_;
  UnitDisclosure board_;
  std::string unit_label_;
};

std::string benchmark_body(const Benchmark& benchmark, const SurveyAnalysis& analysis, const ReportOptions& options,
                           bool html) {
  const auto paragraph = [&](const std::string& text) {
    return html ? "<p>" + escape_html(text) + "</p>\n" : escape_markdown(text) + "\n\n";
  };
  const auto table = [&](const Table& t) { return html ? t.html() : t.markdown(); };
  std::string body = paragraph(benchmark.intro(options.min_group)) + table(benchmark.response());
  const auto scored = scored_questions(analysis.questionnaire);
  if (scored.empty()) body += paragraph(text_in(options.language, Msg::benchmark_no_scores));
  for (const Question* question : scored) body += table(benchmark.scores(*question));
  return body;
}

// ---- the board: units side by side ----

class Board {
 public:
  Board(const SurveyAnalysis& analysis, const ReportOptions& options)
      : analysis_(analysis),
        units_(*analysis.units),
        language_(options.language),
        rule_(analysis.questionnaire, units_.units, options.min_group) {}

  std::string title() const { return text_in(language_, Msg::board_title, analysis_.survey.label); }
  std::string intro(int min_group) const {
    if (min_group == 1) return text_in(language_, Msg::board_intro_min_one, units_.units.size());
    return text_in(language_, Msg::board_intro, units_.units.size(), min_group);
  }

  // Counts are always shown (as for a withheld group in any report).
  Table response() const {
    Table table{text_in(language_, Msg::benchmark_response_caption), {text_in(language_, Msg::board_unit)}, {}};
    for (const GroupAnalysis& group : analysis_.groups) table.header.push_back(group.group->label);
    for (const UnitTally& unit : units_.units) {
      std::vector<std::string> row{unit.label};
      for (const GroupTally& group : unit.groups)
        row.push_back(text_in(language_, Msg::board_response_cell, group.responded, group.invited,
                              whole_percent(group.responded, group.invited)));
      table.rows.push_back(std::move(row));
    }
    std::vector<std::string> whole{text_in(language_, Msg::board_whole)};
    for (const GroupAnalysis& group : analysis_.groups)
      whole.push_back(text_in(language_, Msg::board_response_cell, group.responded, group.invited, group.response_percent));
    table.rows.push_back(std::move(whole));
    return table;
  }

  // Per unit (a row), the mean score of each item over the unit's groups together.
  Table scores(std::size_t k) const {
    const Question& question = *units_.scored[k];
    Table table{text_in(language_, Msg::benchmark_scores_heading, question.text), {text_in(language_, Msg::board_unit)}, {}};
    for (const Item& item : question.items) table.header.push_back(item.label);
    for (std::size_t u = 0; u < units_.units.size(); ++u) {
      std::vector<std::string> row{units_.units[u].label};
      for (std::size_t i = 0; i < question.items.size(); ++i)
        row.push_back(mean_of(&units_.unit_scores[u][k], i, rule_.shows_unit(u, question), language_));
      table.rows.push_back(std::move(row));
    }
    std::vector<std::string> whole{text_in(language_, Msg::board_whole)};
    for (std::size_t i = 0; i < question.items.size(); ++i)
      whole.push_back(mean_of(summary_for(analysis_.all_groups, question), i, rule_.shows_board(question), language_));
    table.rows.push_back(std::move(whole));
    return table;
  }

  std::string response_csv() const {
    std::string out = "eenheid,groep,uitgenodigd,respons,procent\n";
    for (const UnitTally& unit : units_.units)
      for (const GroupTally& group : unit.groups) {
        append_csv_field(out, unit.unit);
        out += ',';
        append_csv_field(out, group.group);
        out += "," + std::to_string(group.invited) + "," + std::to_string(group.responded) + "," +
               std::to_string(whole_percent(group.responded, group.invited)) + "\n";
      }
    return out;
  }

  // unit ("" = the board), question, item, answered, mean (empty when withheld).
  std::string scores_csv() const {
    std::string out = "eenheid,vraag,item,beantwoord,gemiddelde\n";
    for (std::size_t k = 0; k < units_.scored.size(); ++k) {
      const Question& question = *units_.scored[k];
      for (std::size_t u = 0; u <= units_.units.size(); ++u) {
        const bool board = u == units_.units.size();
        const QuestionSummary* summary = board ? summary_for(analysis_.all_groups, question) : &units_.unit_scores[u][k];
        const bool shown = board ? rule_.shows_board(question) : rule_.shows_unit(u, question);
        for (std::size_t i = 0; i < question.items.size(); ++i) {
          append_csv_field(out, board ? "" : units_.units[u].unit);
          out += ',';
          append_csv_field(out, question.id);
          out += ',';
          append_csv_field(out, question.items[i].id);
          const RankSummary* rank = rank_of(summary);
          const int answered = rank && i < rank->items.size() ? rank->items[i].answered : 0;
          const std::string mean = mean_of(summary, i, shown, Language::en);
          out += "," + std::to_string(answered) + "," + (mean == kWithheld ? "" : mean) + "\n";
        }
      }
    }
    return out;
  }

  std::size_t scored_count() const { return units_.scored.size(); }

 private:
  const SurveyAnalysis& analysis_;
  const UnitFigures& units_;
  Language language_;
  UnitDisclosure rule_;
};

std::string board_body(const Board& board, const ReportOptions& options, bool html) {
  const auto paragraph = [&](const std::string& text) {
    return html ? "<p>" + escape_html(text) + "</p>\n" : escape_markdown(text) + "\n\n";
  };
  const auto table = [&](const Table& t) { return html ? t.html() : t.markdown(); };
  std::string body = paragraph(board.intro(options.min_group)) + table(board.response());
  if (board.scored_count() == 0) body += paragraph(text_in(options.language, Msg::benchmark_no_scores));
  for (std::size_t k = 0; k < board.scored_count(); ++k) body += table(board.scores(k));
  return body;
}

}  // namespace

std::string render_unit_benchmark_html(const SurveyAnalysis& analysis, const ReportOptions& options) {
  const Benchmark benchmark(analysis, options);
  return page(options.language, benchmark.title(), benchmark_body(benchmark, analysis, options, true));
}

std::string render_unit_benchmark_csv(const SurveyAnalysis& analysis, const ReportOptions& options) {
  return Benchmark(analysis, options).csv();
}

std::vector<std::filesystem::path> write_unit_benchmark(const SurveyAnalysis& analysis, const ReportOptions& options) {
  const Benchmark benchmark(analysis, options);
  std::vector<std::filesystem::path> written;
  write_files(options,
              {{"vergelijking-bestuur.html", render_unit_benchmark_html(analysis, options)},
               {"vergelijking-bestuur.md",
                "# " + escape_markdown(benchmark.title()) + "\n\n" + benchmark_body(benchmark, analysis, options, false)},
               {"vergelijking-bestuur.csv", benchmark.csv()}},
              written);
  return written;
}

std::string render_board_html(const SurveyAnalysis& analysis, const ReportOptions& options) {
  const Board board(analysis, options);
  return page(options.language, board.title(), board_body(board, options, true));
}

std::string render_board_scores_csv(const SurveyAnalysis& analysis, const ReportOptions& options) {
  return Board(analysis, options).scores_csv();
}

std::vector<std::filesystem::path> write_board_documents(const SurveyAnalysis& analysis, const ReportOptions& options) {
  const Board board(analysis, options);
  std::vector<std::filesystem::path> written;
  write_files(options,
              {{"bestuur.html", render_board_html(analysis, options)},
               {"bestuur.md", "# " + escape_markdown(board.title()) + "\n\n" + board_body(board, options, false)},
               {"bestuur-respons.csv", board.response_csv()},
               {"bestuur-scores.csv", board.scores_csv()}},
              written);
  return written;
}

}  // namespace peiling
