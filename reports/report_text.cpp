// The sentences of the phrase catalogue that hold numbers or names; see report_text.h.
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
  return std::to_string(part) + std::string(pick(language_, " van de ", " of ")) + std::to_string(whole) + " = " +
         std::to_string(whole_percent(part, whole)) + "%";
}

std::string ReportText::response_line(int responded, int invited) const {
  return std::string(pick(language_, "ingevuld door ", "completed by ")) + count_of(responded, invited);
}

std::string ReportText::too_few_respondents(int min_group) const {
  return std::string(pick(language_, "te weinig respondenten (minder dan ", "too few respondents (fewer than ")) +
         std::to_string(min_group) + std::string(pick(language_, ") om antwoorden te tonen", ") to show answers"));
}

std::string ReportText::more_than_invited(const std::vector<std::string>& group_labels) const {
  return std::string(pick(language_, "Let op: meer antwoorden dan uitgenodigden bij ",
                          "Note: more responses than people invited for ")) +
         list(group_labels) +
         std::string(pick(language_, ". Zijn er antwoorden dubbel ingevoerd of geïmporteerd, of klopt het aantal "
                                     "uitgenodigden niet?",
                          ". Were responses entered or imported twice, or is the number invited wrong?"));
}

std::string ReportText::more_answers_in_csv(std::size_t hidden) const {
  return std::string(pick(language_, "… en nog ", "… and ")) + std::to_string(hidden) +
         std::string(pick(language_, " antwoorden; alle antwoorden staan in open-antwoorden.csv",
                          " more answers; every answer is in open-antwoorden.csv"));
}

std::string ReportText::left_out_of_chart(const std::vector<std::string>& group_labels, int min_group) const {
  return std::string(pick(language_, "Niet in deze grafiek: ", "Not in this chart: ")) + list(group_labels) + " (" +
         std::string(pick(language_, "minder dan ", "fewer than ")) + std::to_string(min_group) +
         std::string(pick(language_, " respondenten).", " respondents)."));
}

std::string ReportText::ordinal(int number) const {
  if (language_ == Language::nl) return std::to_string(number) + "e";
  const int last_two = number % 100;
  const int last = number % 10;
  const char* suffix = "th";
  if (last_two < 11 || last_two > 13) {
    if (last == 1) suffix = "st";
    if (last == 2) suffix = "nd";
    if (last == 3) suffix = "rd";
  }
  return std::to_string(number) + suffix;
}

std::string ReportText::place_text(int place, bool shared) const {
  if (place <= 0) return std::string(empty_cell());
  if (language_ == Language::nl) return (shared ? "gedeelde " : "") + ordinal(place) + " plaats";
  return (shared ? "shared " : "") + ordinal(place) + " place";
}

std::string ReportText::axis_label(const Question& question) const {
  const std::string top = std::to_string(question.items.size());
  const std::string base(pick(language_, "gemiddelde score", "mean score"));
  if (question.high_label.empty()) return base + " (1" + std::string(pick(language_, " tot ", " to ")) + top + ")";
  return base + " (" + top + " = " + question.high_label + ")";
}

std::string ReportText::list(const std::vector<std::string>& names) const {
  std::string joined;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) joined += i + 1 == names.size() ? std::string(pick(language_, " en ", " and ")) : ", ";
    joined += names[i];
  }
  return joined;
}

std::string ReportText::open_counts(int answered, int coded) const {
  if (language_ == Language::nl)
    return std::to_string(answered) + (answered == 1 ? " antwoord" : " antwoorden") + ", waarvan " +
           std::to_string(coded) + " gecodeerd";
  return std::to_string(answered) + (answered == 1 ? " answer" : " answers") + ", " + std::to_string(coded) +
         " of them coded";
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
  return std::string(pick(language_, "tussen ", "between ")) + quoted(scale[lower - 1]) +
         std::string(pick(language_, " en ", " and ")) + quoted(scale[upper - 1]) + number;
}

std::string ReportText::made_with(const std::string& questionnaire_id, const std::string& version,
                                  const std::string& definition_hash) const {
  // The hash lets a reader (a thesis supervisor) check which definition produced this.
  return std::string(pick(language_, "Gemaakt met peiling · vragenlijst ", "Made with peiling · questionnaire ")) +
         questionnaire_id + std::string(pick(language_, " versie ", " version ")) + version +
         std::string(pick(language_, " · definitie ", " · definition ")) + definition_hash.substr(0, 12);
}

std::string ReportText::holds_place(const std::vector<std::string>& items, int place, bool last,
                                    const std::string& mean) const {
  const bool shared = items.size() > 1;
  const std::string where = last ? std::string(pick(language_, "laatste", "last")) : ordinal(place);
  if (language_ == Language::nl)
    return list(items) + (shared ? " delen de " : " staat op de ") + where + " plaats (" + mean + ").";
  return list(items) + (shared ? " share " : " is in ") + where + " place (" + mean + ").";
}

std::string ReportText::most_open_answers(const std::string& question_text, const std::vector<std::string>& codes,
                                          int count, int coded) const {
  const bool shared = codes.size() > 1;
  if (language_ == Language::nl)
    return "Open vraag " + quoted(question_text) + ": de meeste antwoorden vallen onder " + list(codes) + " (" +
           (shared ? "elk " : "") + std::to_string(count) + " van de " + std::to_string(coded) +
           " gecodeerde antwoorden).";
  return "Open question " + quoted(question_text) + ": most answers fall under " + list(codes) + " (" +
         std::to_string(count) + " of " + std::to_string(coded) + " coded answers" + (shared ? " each" : "") + ").";
}

std::string ReportText::most_chosen(const std::string& question_text, const std::string& group_label,
                                    const std::vector<std::string>& options, int count, int answered) const {
  std::vector<std::string> quoted_options;
  for (const std::string& option : options) quoted_options.push_back(quoted(option));
  const std::string share = percent(count, answered);
  std::string who = group_label;
  if (!who.empty() && who.front() >= 'A' && who.front() <= 'Z' && language_ == Language::nl) who.front() += 'a' - 'A';
  if (options.size() > 1) {
    if (language_ == Language::nl)
      return quoted(question_text) + ": evenveel " + who + " kozen " + list(quoted_options) + " (elk " + share + ").";
    return quoted(question_text) + ": as many chose " + list(quoted_options) + " (" + share + " each).";
  }
  if (language_ == Language::nl)
    return quoted(question_text) + ": de meeste " + who + " (" + share + ") kozen " + quoted_options.front() + ".";
  return quoted(question_text) + ": most (" + share + ") chose " + quoted_options.front() + ".";
}

std::string ReportText::most_ticked(const std::string& question_text, const std::vector<std::string>& options,
                                    int count, int answered) const {
  std::vector<std::string> quoted_options;
  for (const std::string& option : options) quoted_options.push_back(quoted(option));
  const std::string share = percent(count, answered) + std::string(pick(language_, " van de ", " of the ")) +
                            std::to_string(answered);
  if (language_ == Language::nl)
    return quoted(question_text) + ": het vaakst aangekruist " + (options.size() > 1 ? "werden " : "werd ") +
           list(quoted_options) + " (" + (options.size() > 1 ? "elk " : "") + share + ").";
  return quoted(question_text) + ": ticked most often: " + list(quoted_options) + " (" + share +
         (options.size() > 1 ? " each" : "") + ").";
}

std::string ReportText::scale_median(const std::string& question_text, const std::string& median_text,
                                     int answered) const {
  return quoted(question_text) + std::string(pick(language_, ": de mediaan is ", ": the median is ")) + median_text +
         " (" + n_is(answered) + ").";
}

std::string ReportText::number_centre(const std::string& question_text, const std::string& mean,
                                      const std::string& median, const std::string& unit, int answered) const {
  const std::string with_unit = unit.empty() ? "" : " " + unit;
  return quoted(question_text) + std::string(pick(language_, ": gemiddeld ", ": on average ")) + mean + with_unit +
         std::string(pick(language_, ", mediaan ", ", median ")) + median + with_unit + " (" + n_is(answered) + ").";
}

std::string ReportText::matrix_extremes(const std::string& question_text, const std::vector<std::string>& highest,
                                        const std::string& highest_median, const std::vector<std::string>& lowest,
                                        const std::string& lowest_median) const {
  std::string sentence = quoted(question_text) + std::string(pick(language_, ": het hoogst scoort ", ": highest: ")) +
                         list(highest) + " (" + median_is(highest_median) + ")";
  if (!lowest.empty())
    sentence += std::string(pick(language_, ", het laagst ", ", lowest: ")) + list(lowest) + " (" +
                median_is(lowest_median) + ")";
  return sentence + ".";
}

std::string ReportText::chart_of_means(const std::string& group, const std::string& top_item,
                                       const std::string& top_mean) const {
  if (language_ == Language::nl)
    return "Staafdiagram van de gemiddelde score per onderdeel voor " + group + "; het hoogst: " + top_item + " (" +
           top_mean + ").";
  return "Bar chart of the mean score per item for " + group + "; highest: " + top_item + " (" + top_mean + ").";
}

std::string ReportText::chart_of_shares(const std::string& question_text, const std::vector<std::string>& groups) const {
  return std::string(pick(language_, "Staafdiagram van het percentage per antwoord voor ",
                          "Bar chart of the percentage per answer for ")) +
         list(groups) + ": " + quoted(question_text) + ".";
}

std::string ReportText::chart_of_scale(const std::string& question_text, const std::vector<std::string>& rows) const {
  return std::string(pick(language_, "Gestapeld staafdiagram (100%) van de antwoorden op de schaal, per regel: ",
                          "Stacked bar chart (100%) of the answers on the scale, per row: ")) +
         list(rows) + ": " + quoted(question_text) + ".";
}

std::string ReportText::chart_of_numbers(const std::string& question_text, const std::vector<std::string>& groups) const {
  return std::string(pick(language_, "Staafdiagram van de verdeling van de antwoorden voor ",
                          "Bar chart of the distribution of the answers for ")) +
         list(groups) + ": " + quoted(question_text) + ".";
}

std::string ReportText::n_is(int answered) const { return "n = " + std::to_string(answered); }

std::string ReportText::median_is(const std::string& median_text) const {
  return std::string(pick(language_, "mediaan ", "median ")) + median_text;
}

std::string ReportText::mean_of(std::int64_t sum, int answered) const {
  if (answered <= 0) return std::string(empty_cell());
  return format_fraction(sum, answered, 1, language_);
}

std::string ReportText::decimal(double value) const { return format_decimal(value, 1, language_); }

}  // namespace peiling
