// Inputs per question type. Numbers are typed in text inputs with a numeric keyboard, so
// a decimal comma is accepted; rank numbers are plain inputs that the script can order.
#include "web/question_inputs.h"

#include <cmath>

#include "analysis/hand_arithmetic.h"
#include "base/escape.h"
#include "base/messages.h"

namespace peiling::web {

namespace {

std::string attribute(const std::string& name, const std::string& value) {
  return " " + name + "=\"" + escape_html(value) + "\"";
}

std::string described_by(const QuestionContext& context) {
  return context.error_id.empty() ? "" : attribute("aria-describedby", context.error_id) + " aria-invalid=\"true\"";
}

std::string input_id(const std::string& name) { return "in-" + name; }

std::string number_text(double value) {
  return format_decimal(value, value == std::floor(value) ? 0 : 2, user_language());
}

std::string number_input(const QuestionContext& context) {
  const Question& q = context.question;
  const std::string name = answer_field(q);
  const std::string unit = q.unit.empty() ? "" : " " + q.unit;
  return "<label" + attribute("for", input_id(name)) + ">" + text(Msg::web_your_answer_between, escape_html(number_text(q.min)), escape_html(number_text(q.max) + unit)) +
         "</label><input type=\"text\"" +
         attribute("inputmode", q.integer ? "numeric" : "decimal") + attribute("id", input_id(name)) +
         attribute("name", name) + attribute("value", field_value(context.values, name)) +
         " maxlength=\"20\" autocomplete=\"off\"" + described_by(context) + ">";
}

std::string text_input(const QuestionContext& context) {
  const Question& q = context.question;
  const std::string name = answer_field(q);
  return "<label" + attribute("for", input_id(name)) + ">" + text(Msg::web_your_answer) + "</label><textarea rows=\"4\"" +
         attribute("id", input_id(name)) + attribute("name", name) +
         attribute("maxlength", std::to_string(q.max_length)) + described_by(context) + ">" +
         escape_html(field_value(context.values, name)) + "</textarea>";
}

// One radio or checkbox with its label.
std::string option(const QuestionContext& context, const std::string& type, const std::string& name,
                   const std::string& value, const std::string& label, const std::string& description) {
  const std::string id = input_id(name + "-" + value);
  std::string html = "<div class=\"option\"><input type=\"" + type + "\"" + attribute("id", id) +
                     attribute("name", name) + attribute("value", value) +
                     (field_has_value(context.values, name, value) ? " checked" : "") + described_by(context) +
                     "><label" + attribute("for", id) + ">" + escape_html(label);
  if (!description.empty()) html += "<span class=\"description\">" + escape_html(description) + "</span>";
  return html + "</label></div>";
}

std::string options(const QuestionContext& context, const std::string& type, const std::string& name) {
  std::string html;
  for (const auto& item : context.question.items)
    html += option(context, type, name, item.id, item.label, item.description);
  return html;
}

// The scale's points as radios named `name`, one under the other on a phone.
std::string scale_radios(const QuestionContext& context, const std::string& name) {
  std::string html = "<div class=\"scale\">";
  for (std::size_t point = 0; point < context.question.scale.size(); ++point)
    html += option(context, "radio", name, std::to_string(point + 1), context.question.scale[point], "");
  return html + "</div>";
}

std::string likert_inputs(const QuestionContext& context) {
  return scale_radios(context, answer_field(context.question));
}

// One group of scale radios per statement, each with the statement as its legend, so a
// screen reader announces which statement a point belongs to.
std::string matrix_inputs(const QuestionContext& context) {
  std::string html = "<div class=\"matrix\">";
  for (const auto& item : context.question.items) {
    html += "<fieldset class=\"statement\"><legend>" + escape_html(item.label) + "</legend>";
    if (!item.description.empty()) html += "<p class=\"description\">" + escape_html(item.description) + "</p>";
    html += scale_radios(context, item_field(context.question, item)) + "</fieldset>";
  }
  return html + "</div>";
}

// The script's words for the rank list, in the form's language ({} marks the value).
std::string rank_script_texts() {
  return attribute("data-repeated-one", text(Msg::web_rank_repeated_one, "{}")) +
         attribute("data-repeated-many", text(Msg::web_rank_repeated_many, "{}")) +
         attribute("data-use-once", text(Msg::web_rank_use_once)) + attribute("data-move", text(Msg::web_rank_move, "{}"));
}

std::string rank_inputs(const QuestionContext& context) {
  const Question& q = context.question;
  const std::size_t count = q.items.size();
  const bool high = q.direction == RankDirection::high_is_most;
  std::string html = "<p class=\"rank-scale\">" + std::string(high ? std::to_string(count) : "1") + " = " +
                     escape_html(high ? q.high_label : q.low_label) + ", " +
                     std::string(high ? "1" : std::to_string(count)) + " = " +
                     escape_html(high ? q.low_label : q.high_label) + "</p>";
  html += "<ol class=\"rank\"" + attribute("data-count", std::to_string(count)) +
          attribute("data-high-first", high ? "1" : "0") + rank_script_texts() + ">";
  for (const auto& item : q.items) {
    const std::string name = item_field(q, item);
    html += "<li class=\"rank-item\"><label" + attribute("for", input_id(name)) + "><strong>" +
            escape_html(item.label) + "</strong>";
    if (!item.description.empty()) html += "<span class=\"description\">" + escape_html(item.description) + "</span>";
    html += "</label><input type=\"text\" inputmode=\"numeric\" maxlength=\"3\" size=\"3\" autocomplete=\"off\"" +
            attribute("id", input_id(name)) + attribute("name", name) +
            attribute("value", field_value(context.values, name)) + described_by(context) + "></li>";
  }
  return html + "</ol><p class=\"rank-note\" aria-live=\"polite\"></p>";
}

}  // namespace

std::string question_inputs(const QuestionContext& context) {
  switch (context.question.type) {
    case QuestionType::number: return number_input(context);
    case QuestionType::text: return text_input(context);
    case QuestionType::choice: return options(context, "radio", answer_field(context.question));
    case QuestionType::multi: return options(context, "checkbox", multi_field(context.question));
    case QuestionType::likert: return likert_inputs(context);
    case QuestionType::rank: return rank_inputs(context);
    case QuestionType::matrix: return matrix_inputs(context);
  }
  return "";
}

}  // namespace peiling::web
