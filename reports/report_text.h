// The report's words: every fixed text a reader sees, from the catalogue's report area
// (messages/report.def) in the report's language, plus the few sentences built from numbers
// and names ("ingevuld door 3 van de 4 = 75%"). Returns plain text: each writer escapes it
// for its own sink, because names inside the sentences come from the definition.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/messages.h"
#include "engine/questionnaire.h"

namespace peiling {

// A long question text cut at a word boundary to about `max_bytes`, ending in "…", for
// chart titles and findings; the full text stays in the headings.
std::string shortened(std::string_view text, std::size_t max_bytes = 90);

class ReportText {
 public:
  explicit ReportText(Language language) : language_(language) {}

  Language language() const { return language_; }
  std::string_view html_lang() const { return language_code(language_); }

  // Headings and captions.
  std::string_view report_kind() const { return phrase_in(language_, Msg::report_kind); }
  std::string_view response_heading() const { return phrase_in(language_, Msg::report_response_heading); }
  std::string_view all_groups() const { return phrase_in(language_, Msg::report_all_groups); }
  std::string_view all_groups_together() const { return phrase_in(language_, Msg::report_all_groups_together); }
  std::string_view side_by_side() const { return phrase_in(language_, Msg::report_side_by_side); }
  std::string_view shoebox_heading() const {
    return phrase_in(language_, Msg::report_shoebox_heading); }
  std::string_view shoebox_intro() const {
    return phrase_in(language_, Msg::report_shoebox_intro); }
  std::string_view findings_heading() const { return phrase_in(language_, Msg::report_findings_heading); }
  std::string_view chart_word() const { return phrase_in(language_, Msg::report_chart_word); }
  std::string_view slide_hint() const {
    return phrase_in(language_, Msg::report_slide_hint); }

  // Table headers.
  std::string_view group() const { return phrase_in(language_, Msg::report_group); }
  std::string_view invited() const { return phrase_in(language_, Msg::report_invited); }
  std::string_view responded() const { return phrase_in(language_, Msg::report_responded); }
  std::string_view response_rate() const { return phrase_in(language_, Msg::report_response_rate); }
  std::string_view item() const { return phrase_in(language_, Msg::report_item); }
  std::string_view sum() const { return phrase_in(language_, Msg::report_sum); }
  std::string_view mean() const { return phrase_in(language_, Msg::report_mean); }
  std::string_view median() const { return phrase_in(language_, Msg::report_median); }
  std::string_view minimum() const { return phrase_in(language_, Msg::report_minimum); }
  std::string_view maximum() const { return phrase_in(language_, Msg::report_maximum); }
  std::string_view place() const { return phrase_in(language_, Msg::report_place); }
  std::string_view times_given() const {
    return phrase_in(language_, Msg::report_times_given); }
  std::string_view answer() const { return phrase_in(language_, Msg::report_answer); }
  std::string_view code() const { return phrase_in(language_, Msg::report_code); }
  std::string_view answers() const { return phrase_in(language_, Msg::report_answers); }
  std::string_view not_yet_coded() const { return phrase_in(language_, Msg::report_not_yet_coded); }
  std::string_view answered_by() const { return phrase_in(language_, Msg::report_answered_by); }
  std::string_view statement() const { return phrase_in(language_, Msg::report_statement); }
  std::string_view value() const { return phrase_in(language_, Msg::report_value); }
  std::string_view count() const { return phrase_in(language_, Msg::report_count); }
  std::string_view percentage() const { return phrase_in(language_, Msg::report_percentage); }
  std::string_view question() const { return phrase_in(language_, Msg::report_question); }
  std::string_view share_axis() const {
    return phrase_in(language_, Msg::report_share_axis); }
  std::string_view ticked_axis() const {
    return phrase_in(language_, Msg::report_ticked_axis); }
  std::string_view no_answers_short() const { return phrase_in(language_, Msg::report_no_answers_short); }
  std::string_view empty_cell() const { return "—"; }

  // Notes.
  std::string_view no_answers() const { return phrase_in(language_, Msg::report_no_answers); }
  std::string_view several_answers_note() const {
    return phrase_in(language_, Msg::report_several_answers_note); }
  std::string_view all_groups_withheld() const {
    return phrase_in(language_, Msg::report_all_groups_withheld); }

  // Statistics (issue 7): under a chart with --error-bars.
  std::string_view error_bars_note() const {
    return phrase_in(language_, Msg::report_error_bars_note); }

  // A group's label, or "Alle groepen" for all groups together (null).
  std::string group_name(const RespondentGroup* group) const {
    return group ? group->label : std::string(all_groups());
  }

  // Sentences with numbers and names.
  std::string count_of(int part, int whole) const;          // "3 van de 4 = 75%"
  std::string response_line(int responded, int invited) const;  // "ingevuld door 3 van de 4 = 75%"
  std::string too_few_respondents(int min_group) const;
  // Why a group with enough respondents is withheld in a survey with units (disclosure.h).
  std::string withheld_for_units() const;
  // Over the response table when a group has more responses than people invited.
  std::string more_than_invited(const std::vector<std::string>& group_labels) const;
  // Under a schoenendoos cell that shows only the first answers.
  std::string more_answers_in_csv(std::size_t hidden) const;
  std::string left_out_of_chart(const std::vector<std::string>& group_labels, int min_group) const;
  std::string left_out_of_chart_for_units(const std::vector<std::string>& group_labels) const;
  std::string ordinal(int number) const;                    // "3e" / "3rd"
  std::string place_text(int place, bool shared) const;     // "gedeelde 3e plaats"
  std::string axis_label(const Question& question) const;   // "gemiddelde score (5 = heel belangrijk)"
  std::string list(const std::vector<std::string>& names) const;  // "A, B en C"
  std::string open_counts(int answered, int coded) const;
  std::string count_and_percent(int count, int answered) const;  // "12 (16,7%)"
  // A share with one decimal, rounded half away from zero from the exact fraction:
  // percent(12, 72) == "16,7%", percent(1, 16) == "6,3%". Response rates stay whole.
  std::string percent(std::int64_t part, std::int64_t whole) const;
  std::string median_on_scale(double median, const std::vector<std::string>& scale) const;
  std::string made_with(const std::string& questionnaire_id, const std::string& version,
                        const std::string& definition_hash) const;

  // Findings: where items stand in a group's rank order, the mean as printed.
  std::string holds_place(const std::vector<std::string>& items, int place, bool last, const std::string& mean) const;
  std::string most_open_answers(const std::string& question_text, const std::vector<std::string>& codes,
                                int count, int coded) const;
  // Closed questions: the option most chosen (or ticked), the median of a scale, a number's
  // mean and median, the statements a matrix rates highest and lowest.
  std::string most_chosen(const std::string& question_text, const std::string& group_label,
                          const std::vector<std::string>& options, int count, int answered) const;
  std::string most_ticked(const std::string& question_text, const std::vector<std::string>& options, int count,
                          int answered) const;
  std::string scale_median(const std::string& question_text, const std::string& median_text, int answered) const;
  std::string number_centre(const std::string& question_text, const std::string& mean, const std::string& median,
                            const std::string& unit, int answered) const;
  std::string matrix_extremes(const std::string& question_text, const std::vector<std::string>& highest,
                              const std::string& highest_median, const std::vector<std::string>& lowest,
                              const std::string& lowest_median) const;
  // Chart descriptions (the text alternative of each chart).
  std::string chart_of_means(const std::string& group, const std::string& top_item, const std::string& top_mean) const;
  std::string chart_of_shares(const std::string& question_text, const std::vector<std::string>& groups) const;
  std::string chart_of_scale(const std::string& question_text, const std::vector<std::string>& rows) const;
  std::string chart_of_numbers(const std::string& question_text, const std::vector<std::string>& groups) const;
  std::string n_is(int answered) const;  // "n = 12"
  std::string median_is(const std::string& median_text) const;  // "mediaan: ‘eens’"

  // Numbers as a person writes them: one decimal, decimal comma in Dutch; "—" for none.
  std::string mean_of(std::int64_t sum, int answered) const;
  std::string decimal(double value) const;

 private:
  std::string_view phrase(Msg id) const { return phrase_in(language_, id); }
  template <typename... Values>
  std::string say(Msg id, const Values&... values) const {
    return text_in(language_, id, values...);
  }

  Language language_;
};

}  // namespace peiling
