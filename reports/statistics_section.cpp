// The statistics section; see statistics_section.h. Every group is checked against the
// report's min-group rule here too, so a withheld group never appears even when the
// statistics were computed with a lower limit.
#include "reports/statistics_section.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "analysis/hand_arithmetic.h"
#include "analysis/statistics.h"
#include "base/escape.h"
#include "reports/html_parts.h"
#include "reports/statistics_text.h"

namespace peiling {

namespace {

struct Writer {
  const ReportModel& model;
  StatisticsText text;

  std::string decimal(double value, int decimals) const {
    return format_decimal(value, decimals, model.text.language());
  }

  // "p = 0,12" when counted exactly, "p ≈ 0,12" when estimated, "p < 0,001" when tiny.
  std::string p_text(const PValue& p) const {
    if (p.method == PMethod::none) return "p = 1";
    if (p.value < 0.001) return "p < " + decimal(0.001, 3);
    return (p.method == PMethod::exact ? "p = " : "p ≈ ") + decimal(p.value, p.value < 0.01 ? 3 : 2);
  }

  static bool rare(const PValue& p) { return p.method != PMethod::none && p.value < 0.05; }

  bool shown(const GroupAnalysis* group) const { return group && model.shows_answers(*group); }

  std::string item_name(const ItemComparison& comparison, const Question& question) const {
    if (comparison.item) return comparison.item->label;
    return std::string(pick(model.text.language(), "„", "“")) + shortened(question.text, 60) + "”";
  }

  StatisticsBlock agreement_block(const QuestionStatistics& statistics) const {
    StatisticsBlock block{text.agreement_heading(shortened(statistics.question->text)), {}, {}};
    for (const GroupConcordance& entry : statistics.concordance) {
      if (!shown(entry.group)) continue;
      const Concordance& result = entry.concordance;
      const std::string& label = entry.group->group->label;
      block.findings.push_back(result.p.method == PMethod::none
                                   ? text.no_test(label, result.respondents)
                                   : text.agreement(label, result.w, decimal(result.w, 2), result.respondents,
                                                    p_text(result.p), rare(result.p)));
    }
    return block;
  }

  std::string pair_sentence(const PairComparison& pair, const std::string& item) const {
    const double u = pair.mann_whitney.w;
    return text.pair(item, pair.first.group->group->label, pair.second.group->group->label,
                     decimal(pair.first.mean, 1), decimal(pair.second.mean, 1), decimal(pair.difference, 1),
                     text.interval(decimal(pair.difference_interval.low, 1), decimal(pair.difference_interval.high, 1)),
                     decimal(u, u == std::floor(u) ? 0 : 1), p_text(pair.permutation.p),
                     text.sizes({pair.first.respondents, pair.second.respondents}), rare(pair.permutation.p));
  }

  void add_comparison(StatisticsBlock& block, const ItemComparison& comparison, const Question& question) const {
    const std::string item = item_name(comparison, question);
    std::vector<int> sizes;
    bool all_shown = true;
    for (const GroupMean& mean : comparison.groups) {
      sizes.push_back(mean.respondents);
      all_shown = all_shown && shown(mean.group);
    }
    if (comparison.across && all_shown)
      block.findings.push_back(text.across(item, decimal(comparison.across->h, 1), p_text(comparison.across->p),
                                           text.sizes(sizes), rare(comparison.across->p)));
    for (const PairComparison& pair : comparison.pairs)
      if (shown(pair.first.group) && shown(pair.second.group)) block.findings.push_back(pair_sentence(pair, item));
  }

  // Items down, shown groups across: "3,3 (2,7 tot 4,0)", the group's n in the header.
  // None when no shown group answered: a table of item names alone says nothing.
  std::optional<Table> means_table(const QuestionStatistics& statistics) const {
    std::vector<const GroupAnalysis*> columns;
    Table table;
    table.header.push_back(std::string(text.item()));
    table.numeric.push_back(false);
    for (const GroupAnalysis* group : model.shown_groups())
      for (const ItemComparison& comparison : statistics.items)
        if (std::any_of(comparison.groups.begin(), comparison.groups.end(),
                        [&](const GroupMean& mean) { return mean.group == group; })) {
          columns.push_back(group);
          table.header.push_back(group->group->label);
          table.numeric.push_back(true);
          break;
        }
    if (columns.empty()) return std::nullopt;
    table.header_spans = {{"", 1}, {std::string(text.means_with_interval()), static_cast<int>(columns.size())}};
    for (const ItemComparison& comparison : statistics.items) {
      TableRow row;
      row.cells.push_back({{item_name(comparison, *statistics.question)}, false});
      for (const GroupAnalysis* group : columns) {
        std::string cell(model.text.empty_cell());
        for (const GroupMean& mean : comparison.groups)
          if (mean.group == group)
            cell = decimal(mean.mean, 1) + " (" + text.interval(decimal(mean.interval.low, 1),
                                                                decimal(mean.interval.high, 1)) +
                   "; n = " + std::to_string(mean.respondents) + ")";
        row.cells.push_back({{cell}, false});
      }
      table.rows.push_back(row);
    }
    return table;
  }

  StatisticsBlock differences_block(const QuestionStatistics& statistics) const {
    const Question& question = *statistics.question;
    StatisticsBlock block{text.differences_heading(shortened(question.text)), {}, {}};
    for (const ItemComparison& comparison : statistics.items) add_comparison(block, comparison, question);
    const auto withheld = model.withheld_group_labels(question);
    if (!withheld.empty()) block.findings.push_back(text.withheld(withheld, model.options.min_group));
    if (auto table = means_table(statistics)) block.tables.push_back(std::move(*table));
    return block;
  }
};

}  // namespace

StatisticsSection build_statistics_section(const ReportModel& model) {
  StatisticsSection section;
  const SurveyStatistics* statistics = model.analysis->statistics.get();
  if (!statistics) return section;
  const Writer writer{model, StatisticsText(model.text.language())};
  section.heading = writer.text.heading();
  section.intro = writer.text.intro();
  for (const QuestionStatistics& question : statistics->questions) {
    if (!question.concordance.empty()) section.blocks.push_back(writer.agreement_block(question));
    section.blocks.push_back(writer.differences_block(question));
  }
  std::erase_if(section.blocks, [](const StatisticsBlock& block) { return block.findings.empty(); });
  section.explanation_heading = writer.text.explanation_heading();
  section.explanations = writer.text.explanations(statistics->settings.budget.monte_carlo_samples,
                                                  statistics->settings.bootstrap_resamples,
                                                  statistics->settings.budget.seed);
  return section;
}

std::string statistics_section_html(const ReportModel& model) {
  const StatisticsSection section = build_statistics_section(model);
  if (section.blocks.empty()) return "";
  std::string html = html_element("h2", section.heading) + html_element("p", section.intro);
  for (const StatisticsBlock& block : section.blocks) {
    html += html_element("h3", block.heading) + "<ul class=\"findings\">";
    for (const std::string& finding : block.findings) html += html_element("li", finding);
    html += "</ul>\n";
    for (const Table& table : block.tables) html += html_table(table);
  }
  html += html_element("h3", section.explanation_heading);
  for (const std::string& paragraph : section.explanations) html += html_element("p", paragraph, "note");
  return "<section class=\"statistics\">" + html + "</section>\n";
}

std::string statistics_section_markdown(const ReportModel& model,
                                         const std::function<std::string(const Table&)>& markdown_table) {
  const StatisticsSection section = build_statistics_section(model);
  if (section.blocks.empty()) return "";
  std::string markdown = "## " + escape_markdown(section.heading) + "\n\n" + escape_markdown(section.intro) + "\n\n";
  for (const StatisticsBlock& block : section.blocks) {
    markdown += "### " + escape_markdown(block.heading) + "\n\n";
    for (const std::string& finding : block.findings) markdown += "- " + escape_markdown(finding) + "\n";
    markdown += "\n";
    for (const Table& table : block.tables) markdown += markdown_table(table);
  }
  markdown += "### " + escape_markdown(section.explanation_heading) + "\n\n";
  for (const std::string& paragraph : section.explanations) markdown += escape_markdown(paragraph) + "\n\n";
  return markdown;
}

}  // namespace peiling
