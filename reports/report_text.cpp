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
  return std::to_string(count) + " (" + std::to_string(whole_percent(count, answered)) + "%)";
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

std::string ReportText::mean_of(std::int64_t sum, int answered) const {
  if (answered <= 0) return std::string(empty_cell());
  return format_fraction(sum, answered, 1, language_);
}

std::string ReportText::decimal(double value) const { return format_decimal(value, 1, language_); }

}  // namespace peiling
