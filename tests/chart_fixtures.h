// Example charts of every kind the report draws, with the figures a caller would supply,
// and a small reader of the SVG they render, shared by the chart tests.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "reports/bar_chart.h"
#include "reports/stacked_bar_chart.h"

namespace peiling::chart_fixtures {

// "16,7%": count / total to one decimal, rounded half away from zero, with a decimal comma.
inline std::string percent_label(int count, int total) {
  if (total <= 0) return {};
  const long long tenths = (2LL * count * 1000 + total) / (2LL * total);
  return std::to_string(tenths / 10) + "," + std::to_string(tenths % 10) + "%";
}

// The median of answers given as counts per scale point, as a scale position (x.5 between
// two points).
inline std::optional<double> median_position(const std::vector<int>& counts) {
  int total = 0;
  for (int count : counts) total += count;
  if (total == 0) return std::nullopt;
  auto kth = [&](int k) {  // the point of the k-th answer, 1-based
    int seen = 0;
    for (std::size_t p = 0; p < counts.size(); ++p)
      if ((seen += counts[p]) >= k) return static_cast<double>(p);
    return 0.0;
  };
  return total % 2 ? kth(total / 2 + 1) : (kth(total / 2) + kth(total / 2 + 1)) / 2;
}

inline StackedBarRow scale_row(const std::string& name, const std::vector<int>& counts,
                               const std::vector<std::string>& points, bool with_note) {
  StackedBarRow row;
  int total = 0;
  for (int count : counts) total += count;
  row.label = name + " (n = " + std::to_string(total) + ")";
  row.counts = counts;
  for (int count : counts) row.percent_labels.push_back(percent_label(count, total));
  row.median = median_position(counts);
  if (with_note && row.median) {
    const auto low = static_cast<std::size_t>(*row.median);
    row.note = *row.median == static_cast<double>(low) ? "mediaan: " + points[low]
                                                       : "mediaan: tussen " + points[low] + " en " + points[low + 1];
  }
  return row;
}

inline const std::vector<std::string>& agree_five() {
  static const std::vector<std::string> points = {"helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"};
  return points;
}

inline const std::vector<std::string>& agree_four() {
  static const std::vector<std::string> points = {"helemaal mee oneens", "mee oneens", "mee eens",
                                                  "helemaal mee eens"};
  return points;
}

inline const std::vector<std::string>& statements() {
  static const std::vector<std::string> texts = {
      "Ik weet wat er van mij verwacht wordt bij het opstellen van een groepsplan",
      "De intern begeleider ondersteunt mij bij het analyseren van toetsgegevens",
      "In ons team bespreken we regelmatig de resultaten van de leerlingen",
      "Ik voel me vrij om een collega om hulp te vragen",
      "De afspraken over de zorgstructuur zijn duidelijk vastgelegd",
  };
  return texts;
}

inline const std::vector<std::string>& group_names() {
  static const std::vector<std::string> names = {"Directie", "IB'ers", "Leerkrachten"};
  return names;
}

inline std::vector<std::string> response_lines() {
  return {"Directie: ingevuld door 3 van de 4 = 75%", "IB'ers: ingevuld door 4 van de 5 = 80%",
          "Leerkrachten: ingevuld door 8 van de 15 = 53%"};
}

// A Likert question: three groups and all groups together. Directie's median is "eens"
// (a whole point), the IB'ers' lies between "neutraal" and "eens".
inline StackedBarChart likert_chart() {
  StackedBarChart chart;
  chart.title = "Ik voel me gesteund door de intern begeleider";
  chart.description = "Gestapelde staven per groep: 'Ik voel me gesteund door de intern begeleider'; mediaan "
                      "Directie eens, IB'ers tussen neutraal en eens, leerkrachten neutraal";
  chart.points = agree_five();
  chart.median_legend = "mediaan";
  chart.rows = {scale_row("Directie", {0, 0, 1, 1, 1}, chart.points, true),
                scale_row("IB'ers", {0, 1, 1, 2, 0}, chart.points, true),
                scale_row("Leerkrachten", {1, 2, 2, 3, 0}, chart.points, true),
                scale_row("Alle groepen", {1, 3, 4, 6, 1}, chart.points, true)};
  chart.rows.back().emphasised = true;
  chart.footnotes = response_lines();
  return chart;
}

// A group's Likert matrix: one row per statement.
inline const std::vector<std::vector<int>>& teacher_matrix_counts() {
  static const std::vector<std::vector<int>> counts = {
      {0, 1, 5, 2}, {1, 3, 3, 1}, {0, 0, 4, 4}, {0, 1, 2, 5}, {2, 4, 2, 0}};
  return counts;
}

inline StackedBarChart matrix_group_chart() {
  StackedBarChart chart;
  chart.title = "Leerkrachten — Zorgstructuur";
  chart.description = "Gestapelde staven per stelling voor Leerkrachten";
  chart.points = agree_four();
  chart.median_legend = "mediaan";
  for (std::size_t s = 0; s < statements().size(); ++s)
    chart.rows.push_back(scale_row(statements()[s], teacher_matrix_counts()[s], chart.points, false));
  chart.footnotes = {"Leerkrachten: ingevuld door 8 van de 15 = 53%"};
  return chart;
}

// All groups per statement: a block per statement, a row per group and one for all groups.
// The IB'ers left the fourth statement open.
inline StackedBarChart matrix_combined_chart() {
  const std::vector<std::vector<std::vector<int>>> counts = {
      {{0, 0, 2, 1}, {0, 1, 2, 0}, {0, 0, 1, 2}, {0, 0, 1, 2}, {0, 1, 2, 0}},
      {{0, 0, 3, 1}, {0, 0, 2, 2}, {0, 1, 2, 1}, {0, 0, 0, 0}, {1, 1, 2, 0}},
      teacher_matrix_counts()};
  StackedBarChart chart;
  chart.title = "Alle groepen naast elkaar — Zorgstructuur";
  chart.description = "Gestapelde staven per stelling, per groep en voor alle groepen";
  chart.points = agree_four();
  chart.median_legend = "mediaan";
  for (std::size_t s = 0; s < statements().size(); ++s) {
    std::vector<int> all(chart.points.size(), 0);
    for (std::size_t g = 0; g < group_names().size(); ++g) {
      StackedBarRow row = scale_row(group_names()[g], counts[g][s], chart.points, false);
      if (g == 0) row.heading = statements()[s];
      chart.rows.push_back(row);
      for (std::size_t p = 0; p < all.size(); ++p) all[p] += counts[g][s][p];
    }
    chart.rows.push_back(scale_row("Alle groepen", all, chart.points, false));
    chart.rows.back().emphasised = true;
  }
  chart.footnotes = response_lines();
  return chart;
}

inline BarSeries percent_series(const std::string& name, const std::vector<int>& counts, bool with_count) {
  BarSeries series;
  series.name = name;
  int total = 0;
  for (int count : counts) total += count;
  for (int count : counts) {
    series.values.push_back(total ? 100.0 * count / total : 0.0);
    series.value_labels.push_back(percent_label(count, total) +
                                  (with_count ? " (" + std::to_string(count) + ")" : std::string()));
  }
  return series;
}

// The LBBO poll of issue 12: 12, 38, 15 and 7 of 72 (16,7% 52,8% 20,8% 9,7%); with
// `groups`, three groups side by side.
inline BarChart choice_chart(bool groups, bool with_count = true) {
  BarChart chart;
  chart.title = "Hoe vaak heeft u dit schooljaar een groepsbespreking gehad?";
  chart.description = "Staafdiagram: percentage respondenten per antwoord";
  chart.categories = {"Nooit", "1-3 keer", "4-6 keer", "meer dan 6 keer"};
  chart.axis_min = 0;
  chart.axis_max = 100;
  chart.axis_step = 25;
  chart.tick_suffix = "%";
  chart.axis_label = "% van de respondenten";
  if (groups) {
    const std::vector<std::vector<int>> counts = {{1, 5, 3, 1}, {2, 8, 4, 2}, {9, 25, 8, 4}};
    for (std::size_t g = 0; g < counts.size(); ++g)
      chart.series.push_back(percent_series(group_names()[g], counts[g], with_count));
    chart.footnotes = response_lines();
  } else {
    chart.series.push_back(percent_series("Alle groepen", {12, 38, 15, 7}, with_count));
    chart.footnotes = {"ingevuld door 72 van de 90 = 80%"};
  }
  return chart;
}

// A number question as a histogram: respondents per bin, per group.
inline BarChart histogram_chart() {
  BarChart chart;
  chart.title = "Hoeveel jaar werkt u in het onderwijs?";
  chart.description = "Histogram: aantal respondenten per klasse van jaren, per groep";
  chart.categories = {"0-4", "5-9", "10-14", "15-19", "20-24", "25 of meer"};
  chart.axis_min = 0;
  chart.axis_max = 4;
  chart.axis_step = 1;
  chart.axis_label = "aantal respondenten";
  const std::vector<std::vector<int>> counts = {{0, 1, 1, 0, 1, 0}, {1, 0, 2, 1, 0, 0}, {3, 2, 1, 1, 0, 1}};
  for (std::size_t g = 0; g < counts.size(); ++g) {
    BarSeries series;
    series.name = group_names()[g];
    for (int count : counts[g]) {
      series.values.push_back(count);
      series.value_labels.push_back(std::to_string(count));
    }
    chart.series.push_back(series);
  }
  chart.footnotes = {"Directie: gemiddelde 12,3 jaar, mediaan 12", "IB'ers: gemiddelde 11,8 jaar, mediaan 12",
                     "Leerkrachten: gemiddelde 9,1 jaar, mediaan 7"};
  return chart;
}

// ---- reading the SVG ------------------------------------------------------------------

struct SvgElement {
  std::map<std::string, std::string> attributes;
  std::string inner;  // between the start and end tags; empty for <x/>
  bool has(const std::string& name) const { return attributes.count(name) > 0; }
  const std::string& operator[](const std::string& name) const {
    static const std::string none;
    const auto it = attributes.find(name);
    return it == attributes.end() ? none : it->second;
  }
  double number(const std::string& name) const { return std::stod((*this)[name]); }
};

// Every <tag ...> element in document order, or only those whose class is `css_class`.
// Plain string search: enough for the SVG the charts write, where attribute values hold no
// '>' (text is escaped).
inline std::vector<SvgElement> svg_elements(const std::string& svg, const std::string& tag,
                                            const std::string& css_class = {}) {
  std::vector<SvgElement> out;
  const std::string open = "<" + tag + " ";
  for (auto at = svg.find(open); at != std::string::npos; at = svg.find(open, at + 1)) {
    const std::size_t end = svg.find('>', at);
    SvgElement element;
    std::size_t i = at + open.size();
    while (i < end) {
      const std::size_t eq = svg.find("=\"", i);
      if (eq == std::string::npos || eq > end) break;
      std::string name = svg.substr(i, eq - i);
      name.erase(0, name.find_first_not_of(' '));
      const std::size_t close = svg.find('"', eq + 2);
      element.attributes[name] = svg.substr(eq + 2, close - eq - 2);
      i = close + 1;
    }
    if (svg[end - 1] != '/') {
      const std::size_t closing = svg.find("</" + tag + ">", end);
      element.inner = svg.substr(end + 1, closing - end - 1);
    }
    if (css_class.empty() || element["class"] == css_class) out.push_back(std::move(element));
  }
  return out;
}

// The lines of a <text>: its <tspan>s, or its own text.
inline std::vector<std::string> text_lines(const SvgElement& text) {
  std::vector<std::string> lines;
  for (const SvgElement& tspan : svg_elements(text.inner, "tspan")) lines.push_back(tspan.inner);
  if (lines.empty()) lines.push_back(text.inner);
  return lines;
}

}  // namespace peiling::chart_fixtures
