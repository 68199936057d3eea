// codebook.html beside every labelled export: for each variable its name, label, question
// text, type and measurement level, its values with their labels and how often each
// occurs, its missing codes (as the format writes them) with their counts, and n. One
// self-contained page (its style inline, no script), laid out to print; every text from
// the definition or the survey passes through escape_html.
#include <charconv>
#include <string>

#include "base/escape.h"
#include "base/messages.h"
#include "reports/labelled_writer.h"

namespace peiling {

namespace {

constexpr const char* kStyle = R"CSS(
body { font: 11pt/1.4 "DejaVu Sans", sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; color: #111; }
h1 { font-size: 1.6em; } h2 { font-size: 1.1em; margin: 0 0 .3em; }
code { font: .95em "DejaVu Sans Mono", monospace; }
section.variable { border-top: 1px solid #999; padding: .6em 0; break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; margin: .2em 0; }
th, td { text-align: left; vertical-align: top; padding: .1em .8em .1em 0; }
td.count { text-align: right; }
tr.missing td { color: #555; font-style: italic; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
)CSS";

class CodebookText {
 public:
  explicit CodebookText(Language language) : language_(language) {}
  std::string operator()(Msg id) const { return text_in(language_, id); }

 private:
  Language language_;
};

// A limit of a number question as a person writes it: 0, 7.5 (7,5 in Dutch).
std::string plain_number(double number, Language language) {
  char buffer[32];
  std::string text(buffer, std::to_chars(buffer, buffer + sizeof buffer, number).ptr);
  if (language == Language::nl)
    for (char& c : text)
      if (c == '.') c = ',';
  return text;
}

std::string measure_name(MeasureLevel level, const CodebookText& say) {
  switch (level) {
    case MeasureLevel::nominal: return say(Msg::codebook_nominal);
    case MeasureLevel::ordinal: return say(Msg::codebook_ordinal);
    case MeasureLevel::scale: return say(Msg::codebook_scale);
  }
  return "";
}

std::string kind_of(const ExportVariable& variable, const CodebookText& say) {
  switch (variable.content) {
    case VariableContent::response_id: return say(Msg::codebook_response_number);
    case VariableContent::group: return say(Msg::codebook_respondent_group);
    case VariableContent::source: return say(Msg::codebook_source);
    case VariableContent::time: return say(Msg::codebook_time);
    case VariableContent::unit: return say(Msg::codebook_unit);
    case VariableContent::answer:
    case VariableContent::ticked:
    case VariableContent::open_text: return variable.kind;
    case VariableContent::code: return say(Msg::codebook_code);
    case VariableContent::code_ticked: return say(Msg::codebook_code_ticked);
  }
  return "";
}

std::string missing_code(const ExportVariable& variable, MissingReason reason, LabelledFormat format) {
  if (format == LabelledFormat::dta) return std::string(".") + static_cast<char>('a' + static_cast<int>(reason));
  return std::to_string(*variable.missing[static_cast<std::size_t>(reason)]);
}

std::string row(const std::string& value, const std::string& label, int count, const char* css_class = "") {
  return std::string("<tr") + (*css_class ? std::string(" class=\"") + css_class + "\"" : "") + "><td><code>" +
         escape_html(value) + "</code></td><td>" + escape_html(label) + "</td><td class=\"count\">" + std::to_string(count) +
         "</td></tr>\n";
}

std::string variable_section(const ExportVariable& variable, const VariableCounts& counts, const CodebookFacts& facts,
                             Language language) {
  const CodebookText say(language);
  std::string html = "<section class=\"variable\" id=\"" + escape_html(variable.name) + "\">\n<h2><code>" +
                     escape_html(variable.name) + "</code> " + escape_html(variable.label) + "</h2>\n<table class=\"facts\">\n";
  if (variable.question)
    html += "<tr><th>" + say(Msg::codebook_question) + "</th><td>" + escape_html(variable.question->id) + ": " +
            escape_html(variable.question->text) + "</td></tr>\n";
  if (variable.item) html += "<tr><th>" + say(Msg::codebook_item) + "</th><td>" + escape_html(variable.item->label) + "</td></tr>\n";
  html += "<tr><th>" + say(Msg::codebook_kind) + "</th><td>" + escape_html(kind_of(variable, say)) + "; " +
          (variable.text ? say(Msg::codebook_text) : say(Msg::codebook_number)) + "; " + measure_name(variable.measure, say) +
          "</td></tr>\n";
  if (variable.question && variable.question->type == QuestionType::number)
    html += "<tr><th>" + say(Msg::codebook_range) + "</th><td>" + plain_number(variable.question->min, language) + " – " +
            plain_number(variable.question->max, language) + " " + escape_html(variable.question->unit) + "</td></tr>\n";
  html += "<tr><th>n</th><td>" + std::to_string(counts.valid) + " " + say(Msg::codebook_valid) + "</td></tr>\n</table>\n";
  bool any_missing = false;
  for (const auto& code : variable.missing) any_missing = any_missing || code.has_value();
  if (variable.values.empty() && !any_missing) return html + "</section>\n";
  html += "<table class=\"values\">\n<thead><tr><th>" + say(Msg::codebook_value) + "</th><th>Label</th><th>n</th></tr></thead>\n<tbody>\n";
  for (const ValueLabel& value : variable.values) {
    const auto found = counts.by_value.find(value.value);
    html += row(std::to_string(value.value), value.label, found == counts.by_value.end() ? 0 : found->second);
  }
  for (std::size_t r = 0; r < kMissingReasons; ++r) {
    if (!variable.missing[r]) continue;
    const auto reason = static_cast<MissingReason>(r);
    html += row(missing_code(variable, reason, facts.format),
                std::string(missing_label(reason, language)) + say(Msg::codebook_missing), counts.missing[r], "missing");
  }
  return html + "</tbody>\n</table>\n</section>\n";
}

std::string format_name(LabelledFormat format) {
  switch (format) {
    case LabelledFormat::sav: return "SPSS (.sav)";
    case LabelledFormat::dta: return "Stata (.dta)";
    case LabelledFormat::r: return "R (CSV + script)";
  }
  return "";
}

}  // namespace

std::string codebook_html(const ExportVariables& variables, const CodebookFacts& facts) {
  const Language language = variables.language();
  const CodebookText say(language);
  const Questionnaire& questionnaire = variables.questionnaire();
  std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_code(language)) + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                     say(Msg::codebook_title) + ": " + escape_html(questionnaire.title) + "</title>\n<style>" + kStyle +
                     "</style>\n</head>\n<body>\n<h1>" + say(Msg::codebook_title) + ": " + escape_html(questionnaire.title) +
                     "</h1>\n<table class=\"facts\">\n";
  html += "<tr><th>" + say(Msg::codebook_survey) + "</th><td>" + escape_html(facts.survey_label) + "</td></tr>\n";
  html += "<tr><th>" + say(Msg::codebook_questionnaire) + "</th><td>" + escape_html(questionnaire.id) + " " +
          say(Msg::codebook_version) + " " + escape_html(questionnaire.version) + "</td></tr>\n";
  html += "<tr><th>" + say(Msg::codebook_file) + "</th><td><code>" + escape_html(facts.data_file) + "</code>, " +
          format_name(facts.format) + "</td></tr>\n";
  html += "<tr><th>" + say(Msg::codebook_rows) + "</th><td>" + std::to_string(facts.rows) + " " +
          say(Msg::codebook_one_per_response) + "</td></tr>\n</table>\n";
  for (const std::string& note : facts.notes) html += "<p class=\"note\">" + escape_html(note) + "</p>\n";
  html += "<p>" + say(Msg::codebook_missing_values_note) +
          "</p>\n";
  for (std::size_t v = 0; v < variables.variables().size(); ++v)
    html += variable_section(variables.variables()[v], variables.counts()[v], facts, language);
  return html + "</body>\n</html>\n";
}

}  // namespace peiling
