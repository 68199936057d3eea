// paper_form_html: the questionnaire as an A4 form; see paper_form.h. Each question type
// has its own block: boxes for rank numbers, ruled lines for open answers, tick boxes for
// choices and scales, a box with its unit for numbers.
#include "reports/paper_form.h"

#include <cmath>
#include <stdexcept>

#include "analysis/hand_arithmetic.h"
#include "base/escape.h"
#include "engine/show_if.h"
#include "reports/html_parts.h"
#include "reports/paper_form_style.h"
#include "reports/paper_form_text.h"

namespace peiling {

namespace {

// html_element (escaped text, one element per line) for the catalogue's string_views too.
std::string element(const std::string& tag, std::string_view text, const std::string& css_class = "") {
  return html_element(tag, std::string(text), css_class);
}

// A number as a person writes it: no decimals when whole, decimal comma in Dutch.
std::string written_number(double value, Language language) {
  if (value == std::floor(value)) return format_decimal(value, 0, language);
  std::string text = format_decimal(value, 3, language);
  while (text.back() == '0') text.pop_back();
  return text;
}

class FormWriter {
 public:
  FormWriter(const PaperFormOptions& options, const Questionnaire& questionnaire)
      : options_(options), questionnaire_(questionnaire), text_(options.language) {}

  std::string question(const Question& question, int number) const;

 private:
  std::string heading(const Question& question, int number) const;
  std::string rank(const Question& question) const;
  std::string open_lines(const Question& question) const;
  std::string ticks(const Question& question) const;
  std::string likert(const Question& question) const;
  std::string matrix(const Question& question) const;
  std::string number_field(const Question& question) const;

  const PaperFormOptions& options_;
  const Questionnaire& questionnaire_;
  PaperText text_;
};

std::string FormWriter::question(const Question& question, int number) const {
  std::string body;
  switch (question.type) {
    case QuestionType::rank: body = rank(question); break;
    case QuestionType::text: body = open_lines(question); break;
    case QuestionType::choice:
    case QuestionType::multi: body = ticks(question); break;
    case QuestionType::likert: body = likert(question); break;
    case QuestionType::number: body = number_field(question); break;
    case QuestionType::matrix: body = matrix(question); break;
  }
  return "<section class=\"question q-" + std::string(to_string(question.type)) + "\">\n" +
         heading(question, number) + body + "</section>\n";
}

std::string FormWriter::heading(const Question& question, int number) const {
  std::string required;
  if (question.required) required = " " + element("span", "(" + std::string(text_.required()) + ")", "required");
  std::string html = "<h2><span class=\"number\">" + std::to_string(number) + ".</span> " +
                     escape_html(question.text) + required + "</h2>\n";
  if (question.show_if) html += element("p", show_if_note(questionnaire_, question, options_.language), "condition");
  if (!question.help.empty()) html += element("p", question.help, "help");
  return html;
}

std::string FormWriter::rank(const Question& question) const {
  const auto count = question.items.size();
  std::string html = element("p", text_.rank_rule(count), "rule");
  const std::string scale = PaperText::rank_scale(count, question.high_label, question.low_label);
  if (!scale.empty()) html += element("p", scale, "scale");
  html += "<ol class=\"rank-items\">\n";
  for (const auto& item : question.items) {
    html += "<li><span class=\"box rank-box\"></span><div>" + element("strong", item.label);
    if (!item.description.empty()) html += element("p", item.description, "description");
    html += "</div></li>\n";
  }
  return html + "</ol>\n";
}

// Room to write in: more lines for questions that allow longer answers.
std::string FormWriter::open_lines(const Question& question) const {
  const std::size_t lines = question.max_length <= 200 ? 2 : question.max_length <= 1000 ? 4 : 6;
  std::string html = "<div class=\"lines\">";
  for (std::size_t i = 0; i < lines; ++i) html += "<div class=\"line\"></div>";
  return html + "</div>\n";
}

std::string FormWriter::ticks(const Question& question) const {
  std::string instruction(question.type == QuestionType::choice ? text_.tick_one() : text_.tick_any());
  if (question.type == QuestionType::multi) {
    if (question.min_choices > 0)
      instruction += " (" + std::string(text_.at_least()) + std::to_string(question.min_choices) + ")";
    if (question.max_choices > 0)
      instruction += " (" + std::string(text_.at_most()) + std::to_string(question.max_choices) + ")";
  }
  // A multi question's own help usually says "tick all that apply" already.
  const bool said_by_help = question.type == QuestionType::multi && !question.help.empty() &&
                            question.min_choices == 0 && question.max_choices == 0;
  std::string html = said_by_help ? "" : element("p", instruction, "rule");
  html += "<ul class=\"options\">\n";
  for (const auto& option : question.items) {
    html += "<li><span class=\"box tick\"></span>" + element("span", option.label);
    if (!option.description.empty()) html += element("span", option.description, "description");
    html += "</li>\n";
  }
  return html + "</ul>\n";
}

std::string FormWriter::likert(const Question& question) const {
  std::string labels, boxes;
  for (std::size_t i = 0; i < question.scale.size(); ++i) {
    labels += "<th>" + escape_html(question.scale[i]) + "</th>";
    boxes += "<td><span class=\"box tick\"></span><span class=\"point\">" + std::to_string(i + 1) + "</span></td>";
  }
  return element("p", text_.tick_one(), "rule") + "<table class=\"likert\"><tr>" + labels + "</tr><tr>" + boxes +
         "</tr></table>\n";
}

// A grid: a statement per row, the scale's points as columns, one tick per row.
std::string FormWriter::matrix(const Question& question) const {
  std::string header = "<th></th>";
  for (const std::string& point : question.scale) header += "<th scope=\"col\">" + escape_html(point) + "</th>";
  std::string rows;
  for (const auto& statement : question.items) {
    rows += "<tr><th scope=\"row\">" + escape_html(statement.label);
    if (!statement.description.empty()) rows += element("span", statement.description, "description");
    rows += "</th>";
    for (std::size_t i = 0; i < question.scale.size(); ++i)
      rows += "<td><span class=\"box tick\"></span><span class=\"point\">" + std::to_string(i + 1) + "</span></td>";
    rows += "</tr>\n";
  }
  return element("p", text_.tick_one_per_row(), "rule") + "<table class=\"matrix\"><thead><tr>" + header +
         "</tr></thead><tbody>\n" + rows + "</tbody></table>\n";
}

std::string FormWriter::number_field(const Question& question) const {
  std::string range = number_range(question, options_.language);
  if (question.integer) range += "; " + std::string(text_.whole_number());
  return "<p class=\"number-field\"><span class=\"box number-box\"></span> " + escape_html(question.unit) +
         " <span class=\"range\">(" + escape_html(range) + ")</span></p>\n";
}

std::string page_header(const Questionnaire& questionnaire, const RespondentGroup& group, const PaperText& text) {
  return "<header>\n<div class=\"form-number\">" + element("span", text.number_box(), "label") +
         "<span class=\"box number-slot\"></span>" + element("span", text.number_box_note(), "note") +
         "</div>\n" + element("p", text.kicker(), "kicker") + element("h1", questionnaire.title) +
         element("p", std::string(text.for_group()) + group.label, "group") + "</header>\n";
}

std::string page_footer(const Questionnaire& questionnaire, const PaperFormOptions& options, const PaperText& text) {
  std::string origin = questionnaire.id + " " + std::string(text.version_word()) + " " + questionnaire.version;
  if (options.survey_id > 0) origin += " · " + std::string(text.survey_word()) + " " + std::to_string(options.survey_id);
  if (!options.survey_label.empty()) origin += " (" + options.survey_label + ")";
  return "<footer>" + element("p", text.thanks(), "thanks") + element("p", origin, "origin") + "</footer>\n";
}

}  // namespace

std::string number_range(const Question& question, Language language) {
  std::string range =
      text_in(language, Msg::paper_number_range, written_number(question.min, language), written_number(question.max, language));
  if (!question.unit.empty()) range += " " + question.unit;
  return range;
}

std::string paper_form_html(const Questionnaire& questionnaire, const std::string& group_id,
                            const PaperFormOptions& options) {
  const RespondentGroup* group = questionnaire.find_group(group_id);
  if (!group) throw std::invalid_argument("paper_form_html: unknown group " + group_id);
  const PaperText text(options.language);
  const FormWriter writer(options, questionnaire);

  std::string body = page_header(questionnaire, *group, text);
  if (!questionnaire.intro.empty()) body += element("p", questionnaire.intro, "intro");
  body += element("p", text.how_to(), "how-to");
  int number = 0;
  for (const Question* question : questionnaire.questions_for(group->id)) body += writer.question(*question, ++number);
  body += page_footer(questionnaire, options, text);

  return "<!DOCTYPE html>\n<html lang=\"" + std::string(text.html_lang()) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape_html(questionnaire.title) + " · " +
         escape_html(group->label) + "</title>\n<style>" + paper_form_style() + "</style>\n</head>\n<body>\n" + body +
         "</body>\n</html>\n";
}

}  // namespace peiling
