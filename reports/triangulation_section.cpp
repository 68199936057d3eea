// The triangulation section: per shown group the ranking next to the coded open answers
// over the same codes, with the findings; a group below --min-group shows counts only.
#include <cstdlib>

#include "analysis/hand_arithmetic.h"
#include "base/messages.h"
#include "reports/coding_sections.h"

namespace peiling {

namespace {

std::string place_text(int place) { return place == 0 ? "-" : std::to_string(place); }

// Marks a code whose place in the open answers is two or more from its rank place, or a
// top-two ranked code no open answer mentions.
std::string divergence(const CodeTriangulation& row, Language language) {
  if (row.open_place == 0) return row.rank_place <= 2 ? text_in(language, Msg::triangulation_no_open_answers) : "";
  return std::abs(row.open_place - row.rank_place) >= 2 ? text_in(language, Msg::triangulation_differs) : "";
}

Table group_table(const GroupTriangulation& group, Language language) {
  Table table;
  for (const Msg column : {Msg::report_code, Msg::report_mean, Msg::triangulation_rank_place,
                           Msg::triangulation_open_answers, Msg::triangulation_open_place, Msg::triangulation_difference})
    table.header.push_back(text_in(language, column));
  table.numeric = {false, true, true, true, true, false};
  for (const auto& row : group.codes) {
    TableRow line;
    for (const std::string& text :
         {row.code->label, row.rank_answered ? format_fraction(row.rank_sum, row.rank_answered, 1, language) : "-",
          place_text(row.rank_place), std::to_string(row.open_count), place_text(row.open_place),
          divergence(row, language)})
      line.cells.push_back({{text}, false});
    table.rows.push_back(line);
  }
  return table;
}

std::string counts_only(const ReportModel& model, const GroupAnalysis& analysis, const GroupTriangulation& group,
                        Language language) {
  if (model.disclosure().withheld_for_units(analysis))  // enough respondents, but a unit's small group behind them
    return text_in(language, Msg::unit_rule_triangulation_counts_only, group.group->label, group.open_answers,
                   group.coded_answers);
  return text_in(language, Msg::triangulation_counts_only, group.group->label, group.respondents,
                 model.options.min_group, group.open_answers, group.coded_answers);
}

}  // namespace

ReportSection triangulation_section(const ReportModel& model) {
  const Language language = model.text.language();
  ReportSection section{text_in(language, Msg::triangulation_heading), {}};
  auto add = [&](SectionBlock::Kind kind, std::string text) { section.blocks.push_back({kind, std::move(text), {}, {}}); };
  for (const Triangulation& triangulation : model.analysis->triangulations) {
    std::string questions;
    for (const Question* open : triangulation.open_questions) questions += (questions.empty() ? "" : ", ") + open->id;
    add(SectionBlock::Kind::paragraph,
        text_in(language, Msg::triangulation_intro, triangulation.rank_question->id, questions));
    for (const GroupTriangulation& group : triangulation.groups) {
      const GroupAnalysis* analysis = nullptr;
      for (const GroupAnalysis& candidate : model.analysis->groups)
        if (candidate.group == group.group) analysis = &candidate;
      if (!analysis) continue;
      if (!model.shows_answers(*analysis)) {
        add(SectionBlock::Kind::paragraph, counts_only(model, *analysis, group, language));
        continue;
      }
      add(SectionBlock::Kind::subheading, group.group->label);
      section.blocks.push_back({SectionBlock::Kind::table, "", group_table(group, language), {}});
      section.blocks.push_back({SectionBlock::Kind::bullets, "", {}, triangulation_findings(model, triangulation, group)});
    }
  }
  return section;
}

}  // namespace peiling
