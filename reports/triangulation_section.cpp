// The triangulation section: per shown group the ranking next to the coded open answers
// over the same codes, with the findings; a group below --min-group shows counts only.
#include <cstdlib>

#include "analysis/hand_arithmetic.h"
#include "reports/coding_sections.h"

namespace peiling {

namespace {

std::string place_text(int place) { return place == 0 ? "-" : std::to_string(place); }

// Marks a code whose place in the open answers is two or more from its rank place, or a
// top-two ranked code no open answer mentions.
std::string divergence(const CodeTriangulation& row, Language language) {
  if (row.open_place == 0) return row.rank_place <= 2 ? std::string(pick(language, "geen open antwoorden", "no open answers")) : "";
  return std::abs(row.open_place - row.rank_place) >= 2 ? std::string(pick(language, "wijkt af", "differs")) : "";
}

Table group_table(const GroupTriangulation& group, Language language) {
  Table table;
  table.header = {std::string(pick(language, "Code", "Code")), std::string(pick(language, "Gemiddelde", "Mean")),
                  std::string(pick(language, "Plaats rangorde", "Rank place")),
                  std::string(pick(language, "Open antwoorden", "Open answers")),
                  std::string(pick(language, "Plaats open", "Open place")), std::string(pick(language, "Verschil", "Difference"))};
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

std::string counts_only(const ReportModel& model, const GroupTriangulation& group, Language language) {
  const std::string min = std::to_string(model.options.min_group);
  if (language == Language::en)
    return group.group->label + ": " + std::to_string(group.respondents) + " respondents (fewer than " + min +
           "), so counts only: " + std::to_string(group.open_answers) + " open answers, " +
           std::to_string(group.coded_answers) + " coded.";
  return group.group->label + ": " + std::to_string(group.respondents) + " respondenten (minder dan " + min +
         "), daarom alleen aantallen: " + std::to_string(group.open_answers) + " open antwoorden, waarvan " +
         std::to_string(group.coded_answers) + " gecodeerd.";
}

}  // namespace

ReportSection triangulation_section(const ReportModel& model) {
  const Language language = model.text.language();
  ReportSection section{std::string(pick(language, "Triangulatie: rangorde en open antwoorden naast elkaar",
                                         "Triangulation: ranking and open answers side by side")), {}};
  auto add = [&](SectionBlock::Kind kind, std::string text) { section.blocks.push_back({kind, std::move(text), {}, {}}); };
  for (const Triangulation& triangulation : model.analysis->triangulations) {
    std::string questions;
    for (const Question* open : triangulation.open_questions) questions += (questions.empty() ? "" : ", ") + open->id;
    add(SectionBlock::Kind::paragraph,
        language == Language::en
            ? "Per group, each code's place in the ranking (question '" + triangulation.rank_question->id +
                  "') next to the number of coded open answers under the same code (questions " + questions +
                  "). Agreed codes count where the coders differed; unplaced and uncoded answers are not counted."
            : "Per groep de plaats van elke code in de rangorde (vraag '" + triangulation.rank_question->id +
                  "') naast het aantal gecodeerde open antwoorden onder dezelfde code (vragen " + questions +
                  "). Waar codeurs verschilden telt de samen vastgestelde code; niet te plaatsen en niet gecodeerde "
                  "antwoorden tellen niet mee.");
    for (const GroupTriangulation& group : triangulation.groups) {
      const GroupAnalysis* analysis = nullptr;
      for (const GroupAnalysis& candidate : model.analysis->groups)
        if (candidate.group == group.group) analysis = &candidate;
      if (!analysis) continue;
      if (!model.shows_answers(*analysis)) {
        add(SectionBlock::Kind::paragraph, counts_only(model, group, language));
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
