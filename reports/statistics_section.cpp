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
#include "reports/statistics_figures.h"
#include "reports/statistics_text.h"

namespace peiling {

namespace {

struct Writer {
  const ReportModel& model;
  StatisticsText text;

  std::string decimal(double value, int decimals) const {
    return format_decimal(value, decimals, model.text.language());
  }

  bool shown(const GroupAnalysis* group) const { return group && model.shows_answers(*group); }

  std::string item_name(const ItemComparison& comparison, const Question& question) const {
    if (comparison.item) return comparison.item->label;
    return text_in(model.text.language(), Msg::statistics_quoted_question, shortened(question.text, 60));
  }

  StatisticsBlock agreement_block(const QuestionStatistics& statistics) const {
    StatisticsBlock block{text.agreement_heading(shortened(statistics.question->text)), {}, {}};
    for (const GroupConcordance& entry : statistics.concordance) {
      if (!shown(entry.group)) continue;
      const Concordance& result = entry.concordance;
      const std::string& label = entry.group->group->label;
      if (result.p.method == PMethod::none) {
        block.findings.push_back(text.no_test(label, result.respondents));
        continue;
      }
      const PrintedW w = printed_w(result.w, model.text.language());
      const PrintedP p = printed_p(result.p, model.text.language());
      block.findings.push_back(text.agreement(label, w.agreement, w.text, result.respondents, p.text, p.rare));
    }
    return block;
  }

  std::string pair_sentence(const PairComparison& pair, const std::string& item) const {
    const std::string& first = pair.first.group->group->label;
    const std::string& second = pair.second.group->group->label;
    const std::string sizes = text.sizes({pair.first.respondents, pair.second.respondents});
    if (pair.permutation.p.method == PMethod::none) return text.pair_without_variation(item, first, second, sizes);
    const double u = pair.mann_whitney.w;
    const PrintedP p = printed_p(pair.permutation.p, model.text.language());
    return text.pair(item, first, second, decimal(pair.first.mean, 1), decimal(pair.second.mean, 1),
                     decimal(pair.difference, 1),
                     text.interval(decimal(pair.difference_interval.low, 1), decimal(pair.difference_interval.high, 1)),
                     decimal(u, u == std::floor(u) ? 0 : 1), p.text, sizes, p.rare,
                     text.small_groups({first, second}, {pair.first.respondents, pair.second.respondents}));
  }

  std::string across_sentence(const KruskalWallis& across, const ItemComparison& comparison,
                              const std::string& item) const {
    std::vector<std::string> labels;
    std::vector<int> sizes;
    for (const GroupMean& mean : comparison.groups) {
      labels.push_back(mean.group->group->label);
      sizes.push_back(mean.respondents);
    }
    if (across.p.method == PMethod::none) return text.across_without_variation(item, text.sizes(sizes));
    const PrintedP p = printed_p(across.p, model.text.language());
    return text.across(item, decimal(across.h, 1), p.text, text.sizes(sizes), p.rare, text.small_groups(labels, sizes));
  }

  void add_comparison(StatisticsBlock& block, const ItemComparison& comparison, const Question& question) const {
    const std::string item = item_name(comparison, question);
    bool all_shown = true;
    for (const GroupMean& mean : comparison.groups) all_shown = all_shown && shown(mean.group);
    if (comparison.across && all_shown) {
      block.findings.push_back(across_sentence(*comparison.across, comparison, item));
      // Everyone gave the same answer: every pair would only say so again.
      if (comparison.across->p.method == PMethod::none) return;
    }
    for (const PairComparison& pair : comparison.pairs)
      if (shown(pair.first.group) && shown(pair.second.group)) block.findings.push_back(pair_sentence(pair, item));
  }

  // The groups the question was asked of that the report withholds: without respondents,
  // with too few, and (with units) with enough but a unit's small group behind them.
  std::string withheld_note(const Question& question) const {
    std::vector<std::string> empty, small, for_units;
    const Disclosure disclosure = model.disclosure();
    for (const GroupAnalysis& group : model.analysis->groups)
      if (!shown(&group) && question.asked_to(group.group->id)) {
        auto& list = group.responded == 0 ? empty : disclosure.withheld_for_units(group) ? for_units : small;
        list.push_back(group.group->label);
      }
    if (empty.empty() && small.empty() && for_units.empty()) return "";
    return text.withheld(empty, small, for_units, model.options.min_group);
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
    if (const std::string withheld = withheld_note(question); !withheld.empty()) block.findings.push_back(withheld);
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
