// Building the report's charts from the summaries; see report_charts.h.
#include "reports/report_charts.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "analysis/hand_arithmetic.h"
#include "analysis/statistics.h"

namespace peiling {

namespace {

std::string response_footnote(const GroupAnalysis& group, const ReportText& text) {
  return text.group_name(group.group) + ": " + text.response_line(group.responded, group.invited);
}

// The shown groups asked `question`, with their summaries.
std::vector<const GroupAnalysis*> charted_groups(const ChartContext& context, const Question& question) {
  std::vector<const GroupAnalysis*> groups;
  for (const GroupAnalysis* group : context.disclosure.shown_groups())
    if (summary_for(*group, question)) groups.push_back(group);
  return groups;
}

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
         text.n_is(answered) + std::string(pick(text.language(), " beantwoordde de vraag", " answered the question"));
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
  return written(from) + std::string(pick(text.language(), " tot ", " to <")) + written(from + bins.width);
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
  return text.group_name(group.group) + ": " + text.n_is(summary.answered) + std::string(pick(text.language(), ", gemiddeld ", ", mean ")) +
         text.decimal(summary.mean) + unit + ", " + text.median_is(text.decimal(summary.median) + unit);
}

// ---- likert and matrix: stacked bars on the scale --------------------------------------

StackedBarRow scale_row(const std::string& label, const LikertSummary& likert, const Question& question,
                        const ReportText& text) {
  StackedBarRow row;
  row.label = label + " (" + text.n_is(likert.answered) + ")";
  row.counts = likert.distribution;
  for (int count : likert.distribution)
    row.percent_labels.push_back(likert.answered > 0 && count > 0 ? text.percent(count, likert.answered) : "");
  if (likert.answered > 0) {
    row.median = likert.median - 1;  // a scale position counted from 0
    row.note = text.median_is(text.median_on_scale(likert.median, question.scale));
  }
  return row;
}

StackedBarChart scale_chart_frame(const Question& question, const std::string& title, const ReportText& text) {
  StackedBarChart chart;
  chart.title = title;
  chart.points = question.scale;
  chart.median_legend = pick(text.language(), "mediaan", "median");
  chart.no_answers = text.no_answers_short();
  return chart;
}

// ---- per type -------------------------------------------------------------------------

class ChartBuilder {
 public:
  ChartBuilder(const ChartContext& context, const Question& question)
      : context_(context), question_(question), text_(context.text), groups_(charted_groups(context, question)) {}

  std::vector<ReportChart> build() {
    if (groups_.empty()) return {};
    switch (question_.type) {
      case QuestionType::rank: rank_charts(); break;
      case QuestionType::choice:
      case QuestionType::multi: share_charts(); break;
      case QuestionType::number: number_charts(); break;
      case QuestionType::likert: likert_chart(); break;
      case QuestionType::matrix: matrix_charts(); break;
      case QuestionType::text: break;
    }
    return std::move(charts_);
  }

 private:
  // A chart of one group, then (with several) the groups side by side, each made by
  // `series_of` (given whether the count may stand beside a share); `describe` says what a
  // chart of these groups shows.
  template <typename MakeFrame, typename MakeSeries, typename Footnote, typename Describe>
  void per_group_and_combined(MakeFrame frame, MakeSeries series_of, Footnote footnote_of, Describe describe) {
    for (const GroupAnalysis* group : groups_) {
      const std::string name = text_.group_name(group->group);
      BarChart chart = frame(name + " — " + shortened(question_.text));
      chart.series.push_back(series_of(*group, true));
      if (!value_labels_stand_level(chart)) chart.series.back() = series_of(*group, false);
      chart.footnotes.push_back(footnote_of(*group));
      chart.description = describe(std::vector<const GroupAnalysis*>{group});
      charts_.push_back({&question_, group, chart_file_stem(question_, group->group), std::move(chart)});
    }
    if (groups_.size() < 2) return;
    BarChart combined = frame(std::string(text_.side_by_side()) + " — " + shortened(question_.text));
    for (const GroupAnalysis* group : groups_) {
      combined.series.push_back(series_of(*group, true));
      combined.footnotes.push_back(footnote_of(*group));
    }
    if (!value_labels_stand_level(combined))
      for (std::size_t s = 0; s < groups_.size(); ++s) combined.series[s] = series_of(*groups_[s], false);
    add_left_out(combined.footnotes);
    combined.description = describe(groups_);
    charts_.push_back({&question_, nullptr, chart_file_stem(question_, nullptr), std::move(combined)});
  }

  void add_left_out(std::vector<std::string>& footnotes) const {
    const auto left_out = context_.disclosure.withheld_labels(question_);
    if (!left_out.empty()) footnotes.push_back(text_.left_out_of_chart(left_out, context_.disclosure.min_group()));
  }

  std::vector<std::string> names(const std::vector<const GroupAnalysis*>& groups) const {
    std::vector<std::string> labels;
    for (const GroupAnalysis* group : groups) labels.push_back(text_.group_name(group->group));
    return labels;
  }

  // "Staafdiagram ... voor Directie; het hoogst: Fase 4 (5,0)", from the group's rank summary.
  std::string rank_description(const std::vector<const GroupAnalysis*>& groups) const {
    if (groups.size() != 1) return text_.chart_of_shares(question_.text, names(groups));
    const auto& rank = std::get<RankSummary>(summary_for(*groups.front(), question_)->result);
    const RankItemScore* top = nullptr;
    for (const RankItemScore& score : rank.items)
      if (score.place == 1 && (!top || score.sum * top->answered > top->sum * score.answered)) top = &score;
    if (!top) return text_.chart_of_shares(question_.text, names(groups));
    return text_.chart_of_means(text_.group_name(groups.front()->group), top->item->label,
                                text_.mean_of(top->sum, top->answered));
  }

  void rank_charts() {
    per_group_and_combined(
        [&](const std::string& title) { return rank_chart_frame(question_, title, text_); },
        [&](const GroupAnalysis& group, bool) {
          return rank_series(text_.group_name(group.group), std::get<RankSummary>(summary_for(group, question_)->result),
                             text_);
        },
        [&](const GroupAnalysis& group) { return response_footnote(group, text_); },
        [&](const std::vector<const GroupAnalysis*>& groups) { return rank_description(groups); });
    for (ReportChart& chart : charts_)
      add_error_bars(context_, std::get<BarChart>(chart.chart), question_,
                     chart.group ? std::vector<const GroupAnalysis*>{chart.group} : groups_);
  }

  void share_charts() {
    per_group_and_combined(
        [&](const std::string& title) { return share_chart_frame(question_, title, text_); },
        [&](const GroupAnalysis& group, bool with_count) {
          return share_series(text_.group_name(group.group), choice_of(group, question_), with_count, text_);
        },
        [&](const GroupAnalysis& group) { return answered_footnote(group, choice_of(group, question_).answered, text_); },
        [&](const std::vector<const GroupAnalysis*>& groups) { return text_.chart_of_shares(question_.text, names(groups)); });
  }

  void number_charts() {
    double low = 0, high = 0;
    bool any = false;
    for (const GroupAnalysis* group : groups_)
      for (const auto& [value, count] : std::get<NumberSummary>(summary_for(*group, question_)->result).values) {
        low = any ? std::min(low, value) : value;
        high = any ? std::max(high, value) : value;
        any = true;
      }
    if (!any) return;
    const Bins bins = bins_for(question_, low, high);
    const auto number_of = [&](const GroupAnalysis& group) -> const NumberSummary& {
      return std::get<NumberSummary>(summary_for(group, question_)->result);
    };
    per_group_and_combined(
        [&](const std::string& title) {
          BarChart chart;
          chart.title = title;
          for (std::size_t bin = 0; bin < bins.count; ++bin) chart.categories.push_back(bin_label(bins, bin, text_));
          chart.axis_min = 0;
          chart.axis_max = 100;
          chart.axis_step = 25;
          chart.axis_label = std::string(text_.share_axis());
          return chart;
        },
        [&](const GroupAnalysis& group, bool) {
          return histogram_series(text_.group_name(group.group), number_of(group), bins, text_);
        },
        [&](const GroupAnalysis& group) { return centre_footnote(group, number_of(group), question_, text_); },
        [&](const std::vector<const GroupAnalysis*>& groups) { return text_.chart_of_numbers(question_.text, names(groups)); });
  }

  // The shown groups (and all groups together, where that adds something) as rows of one
  // chart: where each group leans on the scale.
  void likert_chart() {
    StackedBarChart chart = scale_chart_frame(question_, shortened(question_.text), text_);
    std::vector<std::string> rows;
    for (const GroupAnalysis* group : groups_) {
      const auto& likert = std::get<LikertSummary>(summary_for(*group, question_)->result);
      chart.rows.push_back(scale_row(text_.group_name(group->group), likert, question_, text_));
      chart.footnotes.push_back(response_footnote(*group, text_));
      rows.push_back(text_.group_name(group->group));
    }
    if (context_.disclosure.adds_all_groups(question_)) {
      const auto& all = std::get<LikertSummary>(summary_for(context_.analysis.all_groups, question_)->result);
      chart.rows.push_back(scale_row(std::string(text_.all_groups()), all, question_, text_));
      chart.rows.back().emphasised = true;
      rows.push_back(std::string(text_.all_groups()));
    }
    add_left_out(chart.footnotes);
    chart.description = text_.chart_of_scale(question_.text, rows);
    charts_.push_back({&question_, nullptr, chart_file_stem(question_, nullptr), std::move(chart)});
  }

  // Per group a bar per statement; then, with several groups, the statements with each
  // group's bar under them.
  void matrix_charts() {
    const auto statements_of = [&](const GroupAnalysis& group) -> const std::vector<StatementSummary>& {
      return std::get<MatrixSummary>(summary_for(group, question_)->result).statements;
    };
    std::vector<std::string> labels;
    for (const Item& statement : question_.items) labels.push_back(statement.label);
    for (const GroupAnalysis* group : groups_) {
      const std::string name = text_.group_name(group->group);
      StackedBarChart chart = scale_chart_frame(question_, name + " — " + shortened(question_.text), text_);
      for (const StatementSummary& statement : statements_of(*group))
        chart.rows.push_back(scale_row(statement.statement->label, statement.likert, question_, text_));
      chart.footnotes.push_back(response_footnote(*group, text_));
      chart.description = text_.chart_of_scale(question_.text + " — " + name, labels);
      charts_.push_back({&question_, group, chart_file_stem(question_, group->group), std::move(chart)});
    }
    if (groups_.size() < 2) return;
    StackedBarChart combined =
        scale_chart_frame(question_, std::string(text_.side_by_side()) + " — " + shortened(question_.text), text_);
    for (std::size_t s = 0; s < question_.items.size(); ++s)
      for (std::size_t g = 0; g < groups_.size(); ++g) {
        combined.rows.push_back(
            scale_row(text_.group_name(groups_[g]->group), statements_of(*groups_[g])[s].likert, question_, text_));
        if (g == 0) combined.rows.back().heading = question_.items[s].label;
      }
    for (const GroupAnalysis* group : groups_) combined.footnotes.push_back(response_footnote(*group, text_));
    add_left_out(combined.footnotes);
    combined.description = text_.chart_of_scale(question_.text, labels);
    charts_.push_back({&question_, nullptr, chart_file_stem(question_, nullptr), std::move(combined)});
  }

  const ChartContext& context_;
  const Question& question_;
  const ReportText& text_;
  std::vector<const GroupAnalysis*> groups_;
  std::vector<ReportChart> charts_;
};

}  // namespace

std::vector<ReportChart> question_charts(const ChartContext& context, const Question& question) {
  return ChartBuilder(context, question).build();
}

std::string chart_file_stem(const Question& question, const RespondentGroup* group) {
  return "grafiek-" + question.id + "-" + (group ? group->id : std::string("alle-groepen"));
}

const std::string& chart_title(const Chart& chart) {
  return std::visit([](const auto& kind) -> const std::string& { return kind.title; }, chart);
}

const std::vector<std::string>& chart_footnotes(const Chart& chart) {
  return std::visit([](const auto& kind) -> const std::vector<std::string>& { return kind.footnotes; }, chart);
}

std::string render_svg(const Chart& chart, const ChartStyle& style) {
  return std::visit([&](const auto& kind) { return render_svg(kind, style); }, chart);
}

void write_png(const Chart& chart, const std::filesystem::path& png_path, int width_px) {
  std::visit([&](const auto& kind) { write_png(kind, png_path, width_px); }, chart);
}

ChartScene lay_out_chart(const Chart& chart, const ChartStyle& style) {
  return std::visit([&](const auto& kind) { return lay_out_chart(kind, style); }, chart);
}

std::vector<Chart> split_for_slides(const Chart& chart) {
  return std::visit(
      [](const auto& kind) {
        std::vector<Chart> parts;
        for (auto& part : split_for_slides(kind)) parts.emplace_back(std::move(part));
        return parts;
      },
      chart);
}

}  // namespace peiling
