// The bar charts of rank, choice, multi and number questions; see question_charts.h.
#include <algorithm>
#include <cmath>

#include "analysis/hand_arithmetic.h"
#include "analysis/statistics.h"
#include "base/messages.h"
#include "reports/board_column.h"
#include "reports/question_charts.h"

namespace peiling {

namespace {

// ---- rank: mean score per item ------------------------------------------------------

// The bar is as high as the printed mean, so a reader never sees a bar disagree with
// its label.
std::optional<double> printed_mean(const RankItemScore& score) {
  if (score.answered <= 0) return std::nullopt;
  return static_cast<double>(rounded_fraction(score.sum, score.answered, 1)) / 10.0;
}

BarSeries rank_series(const std::string& name, const RankSummary& summary, const ReportText& text) {
  BarSeries series;
  series.name = name;
  for (const RankItemScore& score : summary.items) {
    series.values.push_back(printed_mean(score));
    series.value_labels.push_back(score.answered > 0 ? text.mean_of(score.sum, score.answered) : "");
  }
  return series;
}

// The 95% interval of each group's mean per item as whiskers: series s of `chart` shows
// series_groups[s]. Charts stay as they are without statistics or without --error-bars.
void add_error_bars(const ChartContext& context, BarChart& chart, const Question& question,
                    const std::vector<const GroupAnalysis*>& series_groups) {
  if (!context.options.error_bars) return;  // then the statistics may still be on their way
  const SurveyStatistics* statistics = context.analysis.statistics.get();
  const QuestionStatistics* found = statistics ? statistics->for_question(question) : nullptr;
  if (!found) return;
  for (std::size_t s = 0; s < chart.series.size() && s < series_groups.size(); ++s)
    for (const ItemComparison& item : found->items) {
      std::optional<std::pair<double, double>> interval;
      for (const GroupMean& mean : item.groups)
        if (mean.group == series_groups[s]) interval = std::pair{mean.interval.low, mean.interval.high};
      chart.series[s].error_bars.push_back(interval);
    }
  chart.footnotes.push_back(std::string(context.text.error_bars_note()));
}

BarChart rank_chart_frame(const Question& question, const std::string& title, const ReportText& text) {
  BarChart chart;
  chart.language = text.language();
  chart.title = title;
  for (const Item& item : question.items) chart.categories.push_back(item.label);
  chart.axis_min = 1;
  chart.axis_max = static_cast<double>(question.items.size());
  chart.axis_step = 1;
  chart.axis_label = text.axis_label(question);
  return chart;
}

// ---- choice and multi: percentage per option ----------------------------------------

const ChoiceSummary& choice_of(const GroupAnalysis& group, const Question& question) {
  return std::get<ChoiceSummary>(summary_for(group, question)->result);
}

// One group's percentages per option, bars as high as the printed percentage. With few
// series the count stands beside the percentage.
BarSeries share_series(const std::string& name, const ChoiceSummary& summary, bool with_count, const ReportText& text) {
  BarSeries series;
  series.name = name;
  for (const OptionCount& option : summary.options) {
    if (summary.answered <= 0) {
      series.values.push_back(std::nullopt);
      series.value_labels.emplace_back();
      continue;
    }
    series.values.push_back(static_cast<double>(rounded_fraction(option.count * 100LL, summary.answered, 1)) / 10.0);
    std::string label = text.percent(option.count, summary.answered);
    if (with_count) label += " (" + std::to_string(option.count) + ")";
    series.value_labels.push_back(label);
  }
  return series;
}

BarChart share_chart_frame(const Question& question, const std::string& title, const ReportText& text) {
  BarChart chart;
  chart.language = text.language();
  chart.title = title;
  for (const Item& option : question.items) chart.categories.push_back(option.label);
  chart.axis_min = 0;
  chart.axis_max = 100;
  chart.axis_step = 25;
  chart.axis_label = std::string(question.type == QuestionType::multi ? text.ticked_axis() : text.share_axis());
  return chart;
}

std::string answered_footnote(const GroupAnalysis& group, int answered, const ReportText& text) {
  return text.group_name(group.group) + ": " + text.response_line(group.responded, group.invited) + "; " +
         text_in(text.language(), Msg::report_answered_the_question, text.n_is(answered));
}

// ---- number: the distribution ---------------------------------------------------------

// Histogram bins over the values given: one per whole number when there are few, else
// equal bins of a round width.
struct Bins {
  double first = 0;
  double width = 1;
  std::size_t count = 0;
  bool whole = true;  // labels "5–9" rather than "5 tot 10"
};

Bins bins_for(const Question& question, double low, double high) {
  Bins bins;
  bins.whole = question.integer;
  if (question.integer && high - low <= 14) {
    bins.first = low;
    bins.count = static_cast<std::size_t>(high - low) + 1;
    return bins;
  }
  for (double width : {1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0, 100.0, 250.0, 500.0, 1000.0, 10000.0, 100000.0}) {
    bins.width = width;
    bins.first = std::floor(low / width) * width;
    bins.count = static_cast<std::size_t>(std::floor((high - bins.first) / width)) + 1;
    if (bins.count <= 10) break;
  }
  return bins;
}

std::string bin_label(const Bins& bins, std::size_t bin, const ReportText& text) {
  const double from = bins.first + static_cast<double>(bin) * bins.width;
  const auto written = [&](double value) { return format_decimal(value, value == std::floor(value) ? 0 : 2, text.language()); };
  if (bins.whole && bins.width == 1) return written(from);
  if (bins.whole) return written(from) + "–" + written(from + bins.width - 1);
  return text_in(text.language(), Msg::report_bin_range, written(from), written(from + bins.width));
}

std::size_t bin_of(const Bins& bins, double value) {
  const double index = std::floor((value - bins.first) / bins.width);
  return static_cast<std::size_t>(std::clamp(index, 0.0, static_cast<double>(bins.count - 1)));
}

BarSeries histogram_series(const std::string& name, const NumberSummary& summary, const Bins& bins,
                           const ReportText& text) {
  std::vector<int> counts(bins.count, 0);
  for (const auto& [value, count] : summary.values) counts[bin_of(bins, value)] += count;
  BarSeries series;
  series.name = name;
  for (int count : counts) {
    series.values.push_back(summary.answered > 0 ? std::optional<double>(static_cast<double>(rounded_fraction(
                                                                             count * 100LL, summary.answered, 1)) /
                                                                         10.0)
                                                 : std::nullopt);
    series.value_labels.push_back(summary.answered > 0 && count > 0 ? text.percent(count, summary.answered) : "");
  }
  return series;
}

std::string centre_footnote(const GroupAnalysis& group, const NumberSummary& summary, const Question& question,
                            const ReportText& text) {
  const std::string unit = question.unit.empty() ? "" : " " + question.unit;
  if (summary.answered == 0) return text.group_name(group.group) + ": " + std::string(text.no_answers_short());
  return text_in(text.language(), Msg::report_number_summary, text.group_name(group.group), text.n_is(summary.answered),
                 text.decimal(summary.mean) + unit, text.median_is(text.decimal(summary.median) + unit));
}

// "Staafdiagram ... voor Directie; het hoogst: Fase 4 (5,0)", from the group's rank summary.
std::string rank_description(const QuestionCharts& charts, const std::vector<const GroupAnalysis*>& groups) {
  const ReportText& text = charts.text;
  if (groups.size() != 1) return text.chart_of_shares(charts.question.text, charts.names(groups));
  const auto& rank = std::get<RankSummary>(summary_for(*groups.front(), charts.question)->result);
  const RankItemScore* top = nullptr;
  for (const RankItemScore& score : rank.items)
    if (score.place == 1 && (!top || score.sum * top->answered > top->sum * score.answered)) top = &score;
  if (!top) return text.chart_of_shares(charts.question.text, charts.names(groups));
  return text.chart_of_means(text.group_name(groups.front()->group), top->item->label,
                             text.mean_of(top->sum, top->answered));
}

// A unit's report (board_column.h): the board's means beside the chart's as its last series,
// in a colour and texture of its own (the same in every chart) with a legend entry, named in the chart's text alternative
// and under it; where unit_disclosure.h withholds them, a line under the chart says so.
void add_board_series(QuestionCharts& charts) {
  const BoardColumn board(charts.context.analysis, charts.context.options.min_group);
  if (!board.active()) return;
  const ReportText& text = charts.text;
  const Language language = text.language();
  for (ReportChart& chart : charts.charts) {
    BarChart& bars = std::get<BarChart>(chart.chart);
    const GroupAnalysis& own = chart.group ? *chart.group : charts.context.analysis.all_groups;
    const QuestionSummary* beside = board.summary_beside(own, charts.question);
    if (!beside) {
      bars.footnotes.push_back(text_in(language, Msg::board_chart_withheld));  // a chart has no "–"
      continue;
    }
    std::string name = board.name(language);
    if (!chart.group) name += " — " + text.group_name(nullptr);
    bars.series.push_back(rank_series(name, std::get<RankSummary>(beside->result), text));
    bars.comparison_series = bars.series.size() - 1;
    bars.description += " " + board.chart_sentence(language, name);
    bars.footnotes.push_back(board.note(language));
  }
}

}  // namespace

void add_rank_charts(QuestionCharts& charts) {
  const Question& question = charts.question;
  const ReportText& text = charts.text;
  charts.per_group_and_combined(
      [&](const std::string& title) { return rank_chart_frame(question, title, text); },
      [&](const GroupAnalysis& group, bool) {
        return rank_series(text.group_name(group.group), std::get<RankSummary>(summary_for(group, question)->result),
                           text);
      },
      [&](const GroupAnalysis& group) { return charts.response_footnote(group); },
      [&](const std::vector<const GroupAnalysis*>& groups) { return rank_description(charts, groups); });
  for (ReportChart& chart : charts.charts)
    add_error_bars(charts.context, std::get<BarChart>(chart.chart), question,
                   chart.group ? std::vector<const GroupAnalysis*>{chart.group} : charts.groups);
  add_board_series(charts);
}

void add_share_charts(QuestionCharts& charts) {
  const Question& question = charts.question;
  const ReportText& text = charts.text;
  charts.per_group_and_combined(
      [&](const std::string& title) { return share_chart_frame(question, title, text); },
      [&](const GroupAnalysis& group, bool with_count) {
        return share_series(text.group_name(group.group), choice_of(group, question), with_count, text);
      },
      [&](const GroupAnalysis& group) { return answered_footnote(group, choice_of(group, question).answered, text); },
      [&](const std::vector<const GroupAnalysis*>& groups) { return text.chart_of_shares(question.text, charts.names(groups)); });
}

void add_number_charts(QuestionCharts& charts) {
  const Question& question = charts.question;
  const ReportText& text = charts.text;
  const auto number_of = [&](const GroupAnalysis& group) -> const NumberSummary& {
    return std::get<NumberSummary>(summary_for(group, question)->result);
  };
  double low = 0, high = 0;
  bool any = false;
  for (const GroupAnalysis* group : charts.groups)
    for (const auto& [value, count] : number_of(*group).values) {
      low = any ? std::min(low, value) : value;
      high = any ? std::max(high, value) : value;
      any = true;
    }
  if (!any) return;
  const Bins bins = bins_for(question, low, high);
  charts.per_group_and_combined(
      [&](const std::string& title) {
        BarChart chart;
        chart.language = text.language();
        chart.title = title;
        for (std::size_t bin = 0; bin < bins.count; ++bin) chart.categories.push_back(bin_label(bins, bin, text));
        chart.axis_min = 0;
        chart.axis_max = 100;
        chart.axis_step = 25;
        chart.axis_label = std::string(text.share_axis());
        return chart;
      },
      [&](const GroupAnalysis& group, bool) { return histogram_series(text.group_name(group.group), number_of(group), bins, text); },
      [&](const GroupAnalysis& group) { return centre_footnote(group, number_of(group), question, text); },
      [&](const std::vector<const GroupAnalysis*>& groups) { return text.chart_of_numbers(question.text, charts.names(groups)); });
}

}  // namespace peiling
