// The report's sentences that hold numbers or names; see report_text.h.
#include "reports/report_text.h"

#include <cmath>

#include "analysis/hand_arithmetic.h"

namespace peiling {

namespace {

std::string quoted(const std::string& text) { return "‘" + text + "’"; }

}  // namespace

std::string shortened(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string_view::npos || cut < max_bytes / 2) {
    cut = max_bytes;  // no space near the end: cut inside the word, on a character boundary
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) --cut;
  }
  return std::string(text.substr(0, cut)) + "…";
}

std::string ReportText::count_of(int part, int whole) const {
  // Without an invited count a percentage would be a made-up 0%.
  if (whole <= 0) return std::to_string(part);
  return say(Msg::report_count_of, part, whole, whole_percent(part, whole));
}

std::string ReportText::response_line(int responded, int invited) const {
  return say(Msg::report_response_line, count_of(responded, invited));
}

std::string ReportText::too_few_respondents(int min_group) const {
  return say(Msg::report_too_few_respondents, min_group);
}

std::string ReportText::more_than_invited(const std::vector<std::string>& group_labels) const {
  return say(Msg::report_more_than_invited, list(group_labels));
}

std::string ReportText::more_answers_in_csv(std::size_t hidden) const {
  return say(Msg::report_more_answers_in_csv, hidden);
}

std::string ReportText::withheld_for_units() const { return say(Msg::unit_rule_withheld); }

// With --min-group 1 only a group without respondents is left out: "fewer than 1
// respondents" would say it clumsily.
std::string ReportText::left_out_of_chart(const std::vector<std::string>& group_labels, int min_group) const {
  if (min_group == 1) return say(Msg::report_left_out_of_chart_none, list(group_labels));
  return say(Msg::report_left_out_of_chart, list(group_labels), min_group);
}

std::string ReportText::left_out_of_chart_for_units(const std::vector<std::string>& group_labels) const {
  return say(Msg::unit_rule_left_out_of_chart, list(group_labels));
}

std::string ReportText::ordinal(int number) const {
  // English's suffix follows the last digits (1st, 2nd, 3rd, 11th); Dutch writes "e" after each.
  const int last_two = number % 100;
  const int last = number % 10;
  if (last_two < 11 || last_two > 13) {
    if (last == 1) return say(Msg::report_ordinal_1, number);
    if (last == 2) return say(Msg::report_ordinal_2, number);
    if (last == 3) return say(Msg::report_ordinal_3, number);
  }
  return say(Msg::report_ordinal, number);
}

std::string ReportText::place_text(int place, bool shared) const {
  if (place <= 0) return std::string(empty_cell());
  return say(shared ? Msg::report_shared_place : Msg::report_place_of, ordinal(place));
}

std::string ReportText::axis_label(const Question& question) const {
  const std::string top = std::to_string(question.items.size());
  if (question.high_label.empty()) return say(Msg::report_axis_range, top);
  return say(Msg::report_axis_high_label, top, question.high_label);
}

std::string ReportText::list(const std::vector<std::string>& names) const {
  if (names.empty()) return "";
  std::string head = names.front();
  for (std::size_t i = 1; i + 1 < names.size(); ++i) head += ", " + names[i];
  return names.size() == 1 ? head : say(Msg::report_list_last, head, names.back());
}

std::string ReportText::open_counts(int answered, int coded) const {
  return say(answered == 1 ? Msg::report_open_count_one : Msg::report_open_counts, answered, coded);
}

std::string ReportText::count_and_percent(int count, int answered) const {
  if (answered <= 0) return std::to_string(count);
  return std::to_string(count) + " (" + percent(count, answered) + ")";
}

std::string ReportText::percent(std::int64_t part, std::int64_t whole) const {
  if (whole <= 0) return std::string(empty_cell());
  return format_fraction(part * 100, whole, 1, language_) + "%";
}

std::string ReportText::median_on_scale(double median, const std::vector<std::string>& scale) const {
  const auto lower = static_cast<std::size_t>(std::floor(median));
  const auto upper = static_cast<std::size_t>(std::ceil(median));
  const std::string number = " (" + decimal(median) + ")";
  if (lower < 1 || upper > scale.size()) return decimal(median);
  if (lower == upper) return quoted(scale[lower - 1]) + number;
  return say(Msg::report_between, quoted(scale[lower - 1]), quoted(scale[upper - 1])) + number;
}

std::string ReportText::made_with(const std::string& questionnaire_id, const std::string& version,
                                  const std::string& definition_hash) const {
  // The hash lets a reader (a thesis supervisor) check which definition produced this.
  return say(Msg::report_made_with, questionnaire_id, version, definition_hash.substr(0, 12));
}

std::string ReportText::holds_place(const std::vector<std::string>& items, int place, bool last,
                                    const std::string& mean) const {
  const std::string where = last ? std::string(phrase(Msg::report_last)) : ordinal(place);
  return say(items.size() > 1 ? Msg::report_share_the_place : Msg::report_holds_place, list(items), where, mean);
}

std::string ReportText::most_open_answers(const std::string& question_text, const std::vector<std::string>& codes,
                                          int count, int coded) const {
  return say(codes.size() > 1 ? Msg::report_most_open_answers_each : Msg::report_most_open_answers,
             quoted(question_text), list(codes), count, coded);
}

std::string ReportText::most_chosen(const std::string& question_text, const std::string& group_label,
                                    const std::vector<std::string>& options, int count, int answered) const {
  std::vector<std::string> quoted_options;
  for (const std::string& option : options) quoted_options.push_back(quoted(option));
  const std::string share = percent(count, answered);
  // The group's label stands inside the Dutch sentence ("de meeste leerkrachten").
  std::string who = group_label;
  if (!who.empty() && who.front() >= 'A' && who.front() <= 'Z') who.front() += 'a' - 'A';
  if (options.size() > 1) return say(Msg::report_as_many_chose, quoted(question_text), who, list(quoted_options), share);
  return say(Msg::report_most_chosen, quoted(question_text), who, share, quoted_options.front());
}

std::string ReportText::most_ticked(const std::string& question_text, const std::vector<std::string>& options,
                                    int count, int answered) const {
  std::vector<std::string> quoted_options;
  for (const std::string& option : options) quoted_options.push_back(quoted(option));
  return say(options.size() > 1 ? Msg::report_most_ticked_each : Msg::report_most_ticked, quoted(question_text),
             list(quoted_options), percent(count, answered), answered);
}

std::string ReportText::scale_median(const std::string& question_text, const std::string& median_text,
                                     int answered) const {
  return say(Msg::report_scale_median, quoted(question_text), median_text, n_is(answered));
}

std::string ReportText::number_centre(const std::string& question_text, const std::string& mean,
                                      const std::string& median, const std::string& unit, int answered) const {
  const std::string with_unit = unit.empty() ? "" : " " + unit;
  return say(Msg::report_number_centre, quoted(question_text), mean + with_unit, median + with_unit, n_is(answered));
}

std::string ReportText::matrix_extremes(const std::string& question_text, const std::vector<std::string>& highest,
                                        const std::string& highest_median, const std::vector<std::string>& lowest,
                                        const std::string& lowest_median) const {
  if (lowest.empty())
    return say(Msg::report_matrix_highest, quoted(question_text), list(highest), median_is(highest_median));
  return say(Msg::report_matrix_highest_lowest, quoted(question_text), list(highest), median_is(highest_median),
             list(lowest), median_is(lowest_median));
}

std::string ReportText::chart_of_means(const std::string& group, const std::string& top_item,
                                       const std::string& top_mean) const {
  return say(Msg::report_chart_of_means, group, top_item, top_mean);
}

std::string ReportText::chart_of_shares(const std::string& question_text, const std::vector<std::string>& groups) const {
  return say(Msg::report_chart_of_shares, list(groups), quoted(question_text));
}

std::string ReportText::chart_of_scale(const std::string& question_text, const std::vector<std::string>& rows) const {
  return say(Msg::report_chart_of_scale, list(rows), quoted(question_text));
}

std::string ReportText::chart_of_numbers(const std::string& question_text, const std::vector<std::string>& groups) const {
  return say(Msg::report_chart_of_numbers, list(groups), quoted(question_text));
}

std::string ReportText::n_is(int answered) const { return "n = " + std::to_string(answered); }

std::string ReportText::median_is(const std::string& median_text) const {
  return say(Msg::report_median_is, median_text);
}

std::string ReportText::mean_of(std::int64_t sum, int answered) const {
  if (answered <= 0) return std::string(empty_cell());
  return format_fraction(sum, answered, 1, language_);
}

std::string ReportText::decimal(double value) const { return format_decimal(value, 1, language_); }

}  // namespace peiling
