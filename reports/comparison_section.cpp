// The "Wat is er veranderd?" section and its charts; see comparison_section.h.
#include "reports/comparison_section.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include "analysis/hand_arithmetic.h"
#include "base/escape.h"
#include "reports/comparison_text.h"
#include "reports/html_parts.h"
#include "reports/markdown_table.h"
#include "reports/slide_chart.h"
#include "reports/slide_metrics.h"
#include "reports/slide_pagination.h"

namespace peiling {

namespace {

const GroupAnalysis* later_group(const ReportModel& model, const RespondentGroup* group) {
  for (const GroupAnalysis& candidate : model.analysis->groups)
    if (candidate.group == group) return &candidate;
  return nullptr;
}

// What a row is about: the item, option or statement, the scale position, or the figure.
std::string row_label(const ReportModel& model, const Question& question, const ChangeRow& row) {
  if (row.item) return row.item->label;
  if (row.scale_position > 0) return question.scale[static_cast<std::size_t>(row.scale_position - 1)];
  if (row.kind == FigureKind::median) return std::string(model.text.median());
  if (question.kind().scaled)
    return text_in(model.text.language(), Msg::comparison_mean_scale_position);
  return std::string(model.text.mean());
}

std::string figure_text(const ReportModel& model, const ChangeRow& row, double value) {
  const std::string number = format_decimal(value, 1, model.text.language());
  return row.kind == FigureKind::share ? number + "%" : number;
}

std::string change_text(const ReportModel& model, const ChangeRow& row, double change) {
  const ComparisonText text(model.text.language());
  return row.kind == FigureKind::share ? text.points(change) : text.signed_decimal(change);
}

// The rows a chart draws: a question's shares, or its means (a Likert question's position
// shares, a matrix's statements' mean positions, a ranking's mean scores).
bool charted(const ChangeRow& row, const Question& question) {
  if (question.type == QuestionType::likert) return row.kind == FigureKind::share;
  return row.kind != FigureKind::median;
}

BarChart change_chart(const ReportModel& model, const GroupAnalysis& group, const QuestionChange& change) {
  const Question& question = *change.question->after;
  const ComparisonText text(model.text.language());
  const bool shares = question.type != QuestionType::rank && question.type != QuestionType::matrix;
  BarChart chart;
  chart.language = model.text.language();
  chart.title = group.group->label + " — " + shortened(question.text);
  BarSeries before{model.comparison->before->survey.label, {}, {}, {}};
  BarSeries after{model.analysis->survey.label, {}, {}, {}};
  const ChangeRow* largest = nullptr;
  for (const ChangeRow& row : change.rows) {
    if (!charted(row, question)) continue;
    chart.categories.push_back(row_label(model, question, row));
    before.values.push_back(row.before);
    after.values.push_back(row.after);
    before.value_labels.push_back(figure_text(model, row, row.before));
    after.value_labels.push_back(figure_text(model, row, row.after));
    if (!largest || std::abs(row.change()) > std::abs(largest->change())) largest = &row;
  }
  before.name = std::string(text.before()) + ": " + before.name;
  after.name = std::string(text.after()) + ": " + after.name;
  chart.series = {std::move(before), std::move(after)};
  if (shares) {
    chart.axis_min = 0, chart.axis_max = 100, chart.axis_step = 25, chart.tick_suffix = "%";
    chart.axis_label = std::string(model.text.share_axis());
  } else {
    const std::size_t top = question.type == QuestionType::rank ? question.items.size() : question.scale.size();
    chart.axis_min = 1, chart.axis_max = static_cast<double>(top), chart.axis_step = 1;
    chart.axis_label = question.type == QuestionType::rank ? model.text.axis_label(question)
                                                           : text_in(model.text.language(),
                                                                     Msg::comparison_mean_scale_position);
  }
  const GroupChange* figures = nullptr;
  for (const GroupChange& candidate : model.comparison->groups)
    if (candidate.group == group.group) figures = &candidate;
  if (figures) chart.footnotes.push_back(text.sizes(figures->responded_before, figures->responded_after));
  chart.description =
      largest ? text_in(model.text.language(), Msg::comparison_chart_largest_change, group.group->label,
                        row_label(model, question, *largest), change_text(model, *largest, largest->change()))
              : text_in(model.text.language(), Msg::comparison_chart, group.group->label);
  return chart;
}

std::string paired_cell(const ReportModel& model, const ChangeRow& row) {
  const ComparisonText text(model.text.language());
  if (!row.paired) return std::string(model.text.empty_cell());
  const PairedTest& paired = *row.paired;
  const PValue p = paired.mcnemar ? paired.mcnemar->p : paired.signed_rank ? paired.signed_rank->p : PValue{};
  return text.paired_p(p, paired.pairs);
}

Table change_table(const ReportModel& model, const QuestionChange& change, const GroupChange& group) {
  const Question& question = *change.question->after;
  const ComparisonText text(model.text.language());
  const bool rank = question.type == QuestionType::rank;
  Table table;
  table.caption = text.sizes(group.responded_before, group.responded_after);
  table.header = {std::string(question.kind().options ? model.text.answer() : model.text.item()),
                  std::string(text.before()), std::string(text.after()), std::string(text.change())};
  if (rank) table.header.push_back(std::string(model.text.place()));
  table.header.insert(table.header.end(), {std::string(text.interval()), std::string(text.p_column())});
  table.numeric = {false, true, true, true};
  if (rank) table.numeric.push_back(false);
  table.numeric.insert(table.numeric.end(), {true, true});
  if (group.pairs_shown) {
    table.header.push_back(std::string(text.paired_column()));
    table.numeric.push_back(true);
  }
  for (const ChangeRow& row : change.rows) {
    TableRow cells;
    auto cell = [&](std::string line) { cells.cells.push_back({{std::move(line)}}); };
    cell(row_label(model, question, row));
    cell(figure_text(model, row, row.before));
    cell(figure_text(model, row, row.after));
    cell(change_text(model, row, row.change()));
    if (rank) cell(text.places(row.place_before, row.place_after, row.shared_before, row.shared_after));
    if (row.test && row.test->p.method != PMethod::none) {
      cell(text.interval_text(row.test->interval.low, row.test->interval.high));
      cell(text.p_value(row.test->p));
    } else {
      cell(std::string(model.text.empty_cell()));
      cell(std::string(model.text.empty_cell()));
    }
    if (group.pairs_shown) cell(paired_cell(model, row));
    cells.emphasised = row.test.has_value() && question.kind().scaled;
    table.rows.push_back(std::move(cells));
  }
  return table;
}

std::vector<std::string> verdicts(const ReportModel& model, const QuestionChange& change) {
  const Question& question = *change.question->after;
  const ComparisonText text(model.text.language());
  std::vector<std::string> sentences;
  for (const ChangeRow& row : change.rows) {
    if (!row.test) continue;
    std::string subject = row_label(model, question, row);
    if (!row.item) subject = question.text.size() > 60 ? shortened(question.text, 60) : question.text;
    std::string figures = figure_text(model, row, row.before) + " → " + figure_text(model, row, row.after);
    if (question.type == QuestionType::rank && (row.place_before != row.place_after || row.shared_before != row.shared_after))
      figures += ", " + text.places(row.place_before, row.place_after, row.shared_before, row.shared_after);
    sentences.push_back(text.verdict(subject + " (" + figures + ")", row.test->interval.low, row.test->interval.high,
                                     row.test->p, text.sizes(row.n_before, row.n_after)));
  }
  return sentences;
}

SlideBlock paragraph(std::string text, std::string css_class = "") {
  SlideBlock block;
  block.text = std::move(text);
  block.css_class = std::move(css_class);
  return block;
}

const ReportChart* chart_of(const ReportModel& model, const QuestionChange& change, const GroupAnalysis* group) {
  for (const ReportChart& chart : model.comparison_charts)
    if (chart.question == change.question->after && chart.group == group) return &chart;
  return nullptr;
}

}  // namespace

std::vector<ReportChart> comparison_charts(const ReportModel& model) {
  std::vector<ReportChart> charts;
  if (!model.comparison) return charts;
  for (const GroupChange& group : model.comparison->groups) {
    const GroupAnalysis* later = later_group(model, group.group);
    if (!group.shown || !later) continue;
    for (const QuestionChange& change : group.questions) {
      if (change.question->after->type == QuestionType::number) continue;
      const Question& question = *change.question->after;
      charts.push_back({&question, later, "grafiek-verandering-" + question.id + "-" + group.group->id,
                        change_chart(model, *later, change)});
    }
  }
  return charts;
}

ComparisonSection comparison_section(const ReportModel& model) {
  ComparisonSection section;
  if (!model.comparison) return section;
  const ComparisonText text(model.text.language());
  section.heading = std::string(text.heading());
  section.intro = text.intro(model.comparison->before->survey.label, model.analysis->survey.label);
  for (const ComparabilityNote& note : model.comparison->comparability.notes)
    section.not_comparable.push_back(text.note(note));
  for (const GroupChange& group : model.comparison->groups) {
    ComparisonGroup part{group.group->label, {}, {}};
    if (!group.shown)
      part.notes.push_back(group.withheld_for_units ? text.withheld_for_units() : text.too_few(model.comparison->min_group));
    else if (model.comparison->linked)
      part.notes.push_back(group.pairs_shown ? text.linked(group.linked_pairs)
                                             : text.too_few_linked(group.linked_pairs, model.comparison->min_group));
    const GroupAnalysis* later = later_group(model, group.group);
    for (const QuestionChange& change : group.questions)
      part.parts.push_back({change.question->after->text, chart_of(model, change, later),
                            change_table(model, change, group), verdicts(model, change)});
    section.groups.push_back(std::move(part));
  }
  return section;
}

std::string comparison_html(const ReportModel& model) {
  const ComparisonSection section = comparison_section(model);
  if (section.heading.empty()) return "";
  const ComparisonText text(model.text.language());
  std::string html = html_element("h2", section.heading) + html_element("p", section.intro);
  if (!section.not_comparable.empty()) {
    html += html_element("h3", std::string(text.not_comparable_heading())) + "<ul>";
    for (const std::string& note : section.not_comparable) html += html_element("li", note);
    html += "</ul>\n";
  }
  for (const ComparisonGroup& group : section.groups) {
    html += html_element("h3", group.label) + html_notes(group.notes);
    for (const ComparisonPart& part : group.parts) {
      html += html_element("h4", part.heading);
      if (part.chart) html += html_page_figure(*part.chart);
      html += html_table(part.table) + "<ul class=\"findings\">";
      for (const std::string& verdict : part.verdicts) html += html_element("li", verdict);
      html += "</ul>\n";
    }
  }
  return "<section>" + html + "</section>\n";
}

std::string comparison_markdown(const ReportModel& model) {
  const ComparisonSection section = comparison_section(model);
  if (section.heading.empty()) return "";
  const ComparisonText text(model.text.language());
  std::string markdown = "## " + escape_markdown(section.heading) + "\n\n" + escape_markdown(section.intro) + "\n\n";
  if (!section.not_comparable.empty()) {
    markdown += "### " + escape_markdown(std::string(text.not_comparable_heading())) + "\n\n";
    for (const std::string& note : section.not_comparable) markdown += "- " + escape_markdown(note) + "\n";
    markdown += "\n";
  }
  for (const ComparisonGroup& group : section.groups) {
    markdown += "### " + escape_markdown(group.label) + "\n\n";
    for (const std::string& note : group.notes) markdown += "*" + escape_markdown(note) + "*\n\n";
    for (const ComparisonPart& part : group.parts) {
      markdown += "#### " + escape_markdown(part.heading) + "\n\n";
      if (part.chart)
        markdown += "![" + escape_markdown(std::string(model.text.chart_word()) + ": " + chart_title(part.chart->chart)) +
                    "](" + part.chart->file_stem + ".png)\n\n";
      markdown += markdown_table(part.table);
      for (const std::string& verdict : part.verdicts) markdown += "- " + escape_markdown(verdict) + "\n";
      markdown += "\n";
    }
  }
  return markdown;
}

namespace {

using SlideAdder = std::function<void(const SlideContent&)>;

// The chart on a slide of its own (or, with many items, on several).
void add_chart_slides(std::vector<std::string>& slides, const std::string& heading, const ComparisonPart& part) {
  if (!part.chart) return;
  for (const Chart& piece : split_for_slides(part.chart->chart)) {
    ReportChart shown = *part.chart;
    shown.chart = piece;
    SlideContent content{heading, part.heading};
    content.subtitle_lines = 1;
    slides.push_back(slide_header_html(content) +
                     slide_figure(shown, slide::kUsableHeight - slide_header_height(content)).html);
  }
}

// The table, the verdicts and the group's notes (on its first question), paginated.
void add_table_slides(const SlideAdder& add, const std::string& heading, const ComparisonPart& part,
                      const std::vector<std::string>& notes) {
  SlideContent content{heading, part.heading};
  SlideBlock table;
  table.kind = SlideBlock::Kind::table;
  table.table = part.table;
  content.blocks.push_back(std::move(table));
  SlideBlock findings;
  findings.kind = SlideBlock::Kind::bullets;
  findings.items = part.verdicts;
  if (!findings.items.empty()) content.blocks.push_back(std::move(findings));
  for (const std::string& note : notes) content.blocks.push_back(paragraph(note, "note"));
  add(content);
}

SlideContent opening_slide(const ReportModel& model, const ComparisonSection& section) {
  SlideContent opening{section.heading, ""};
  opening.blocks.push_back(paragraph(section.intro));
  if (section.not_comparable.empty()) return opening;
  opening.blocks.push_back(
      paragraph(std::string(ComparisonText(model.text.language()).not_comparable_heading()) + ":"));
  SlideBlock list;
  list.kind = SlideBlock::Kind::bullets;
  list.items = section.not_comparable;
  opening.blocks.push_back(std::move(list));
  return opening;
}

}  // namespace

std::vector<std::string> comparison_slides(const ReportModel& model) {
  const ComparisonSection section = comparison_section(model);
  std::vector<std::string> slides;
  if (section.heading.empty()) return slides;
  const std::string continued = text_in(model.text.language(), Msg::report_continued);
  const SlideAdder add = [&](const SlideContent& content) {
    for (std::string& body : paginate_slide(content, continued)) slides.push_back(std::move(body));
  };
  add(opening_slide(model, section));
  for (const ComparisonGroup& group : section.groups) {
    const std::string heading = section.heading + " — " + group.label;
    if (group.parts.empty()) {
      SlideContent content{heading, ""};
      for (const std::string& note : group.notes) content.blocks.push_back(paragraph(note, "note"));
      add(content);
    }
    for (std::size_t i = 0; i < group.parts.size(); ++i) {
      add_chart_slides(slides, heading, group.parts[i]);
      add_table_slides(add, heading, group.parts[i], i == 0 ? group.notes : std::vector<std::string>{});
    }
  }
  return slides;
}

}  // namespace peiling
