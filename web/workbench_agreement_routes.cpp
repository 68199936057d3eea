// The agreement of two coders in the workbench: what `peiling code compare` prints, as a
// page. Per open question and for all questions together the answers both coded, the
// percent agreement, Cohen's kappa and Krippendorff's alpha, the disagreements and how many
// are still open; per question the agreement per code and the confusion matrix; a link to
// resolving the disagreements side by side (workbench_resolve_routes.cpp).
#include "analysis/coder_comparison.h"
#include "base/escape.h"
#include "base/messages.h"
#include "web/workbench_coders.h"
#include "web/workbench_pages.h"
#include "web/workbench_state.h"

namespace peiling::web {

namespace {

std::string agreement_path(std::int64_t id) { return "/peilingen/" + std::to_string(id) + "/overeenstemming"; }

std::string escaped(Msg name) { return escape_html(text(name)); }

struct Disagreements {
  int all = 0;
  int open = 0;  // without an agreed code
};

Disagreements disagreements_of(const std::vector<ComparedAnswer>& answers) {
  Disagreements counted;
  for (const ComparedAnswer& answer : answers)
    if (answer.disagreement()) {
      ++counted.all;
      counted.open += answer.agreed.empty();
    }
  return counted;
}

std::string figures_row(const std::string& heading, const AgreementStats& stats, const Disagreements& disagreements) {
  std::string html = "<tr><th scope=\"row\">" + heading + "</th><td>" + std::to_string(stats.units) + "</td>";
  if (stats.units == 0) return html + "<td colspan=\"5\">" + escaped(Msg::wbc_nothing_to_compare) + "</td></tr>";
  return html + "<td>" + escape_html(share_text(stats.agreeing_pairs, stats.pairs)) + "</td><td>" +
         escape_html(statistic_text(stats.cohen_kappa)) + "</td><td>" +
         escape_html(statistic_text(stats.krippendorff_alpha)) + "</td><td>" + std::to_string(disagreements.all) +
         "</td><td>" + std::to_string(disagreements.open) + "</td></tr>";
}

std::string figures_table(const CoderComparison& comparison) {
  std::string html = "<table class=\"surveys figures\"><caption>" + escaped(Msg::wbc_figures_caption) +
                     "</caption><thead><tr><th scope=\"col\">" + escaped(Msg::wbc_column_question) +
                     "</th><th scope=\"col\">" + escaped(Msg::wbc_column_units) + "</th><th scope=\"col\">" +
                     escaped(Msg::wbc_column_percent) + "</th><th scope=\"col\">" + escaped(Msg::wbc_column_kappa) +
                     "</th><th scope=\"col\">" + escaped(Msg::wbc_column_alpha) + "</th><th scope=\"col\">" +
                     escaped(Msg::wbc_column_disagreements) + "</th><th scope=\"col\">" + escaped(Msg::wbc_column_open) +
                     "</th></tr></thead><tbody>";
  std::vector<ComparedAnswer> pooled;
  for (const QuestionAgreement& question : comparison.questions) {
    html += figures_row(escape_html(question.question->text), question.stats, disagreements_of(question.answers));
    pooled.insert(pooled.end(), question.answers.begin(), question.answers.end());
  }
  return html + figures_row(escaped(Msg::wbc_all_questions), comparison.overall, disagreements_of(pooled)) +
         "</tbody></table>";
}

// A category of the matrix ("f3+f4") as its codes' ids and labels.
std::string category_html(const std::string& category, const CodingFrame& frame) { return codes_html(category, frame); }

std::string per_code_table(const ConfusionMatrix& matrix, const CodingFrame& frame,
                           const CoderPair& pair) {
  std::string html = "<table class=\"surveys\"><caption>" + escaped(Msg::wbc_per_code_caption) +
                     "</caption><thead><tr><th scope=\"col\">" + escaped(Msg::wbc_column_code) +
                     "</th><th scope=\"col\">" + escape_html(pair.first) + "</th><th scope=\"col\">" +
                     escape_html(pair.second) + "</th><th scope=\"col\">" + escaped(Msg::wbc_column_both) +
                     "</th><th scope=\"col\">" + escaped(Msg::wbc_column_specific) + "</th></tr></thead><tbody>";
  for (const CategoryAgreement& category : category_agreement(matrix))
    html += "<tr><th scope=\"row\">" + category_html(category.category, frame) + "</th><td>" +
            std::to_string(category.first) + "</td><td>" + std::to_string(category.second) + "</td><td>" +
            std::to_string(category.both) + "</td><td>" + escape_html(statistic_text(category.specific)) + "</td></tr>";
  return html + "</tbody></table>";
}

std::string confusion_table(const ConfusionMatrix& matrix, const CodingFrame& frame, const CoderPair& pair) {
  std::string html = "<table class=\"surveys confusion\"><caption>" +
                     escape_html(text(Msg::wbc_confusion_caption, pair.first, pair.second)) +
                     "</caption><thead><tr><td></td>";
  for (const std::string& category : matrix.categories)
    html += "<th scope=\"col\">" + category_html(category, frame) + "</th>";
  html += "</tr></thead><tbody>";
  for (std::size_t row = 0; row < matrix.categories.size(); ++row) {
    html += "<tr><th scope=\"row\">" + category_html(matrix.categories[row], frame) + "</th>";
    for (std::size_t column = 0; column < matrix.categories.size(); ++column)
      html += std::string(row == column ? "<td class=\"agree\">" : "<td>") + std::to_string(matrix.counts[row][column]) +
              "</td>";
    html += "</tr>";
  }
  return html + "</tbody></table>";
}

std::string question_section(const Questionnaire& questionnaire, const QuestionAgreement& question,
                             const CoderPair& pair) {
  const CodingFrame& frame = *questionnaire.find_frame(question.question->coding_frame);
  std::vector<CodedUnit> units;
  for (const ComparedAnswer& answer : question.answers) units.push_back(answer.unit);
  const ConfusionMatrix matrix = confusion_matrix(units, 0, 1);
  std::string html = "<section class=\"question-agreement\"><h2>" + escape_html(question.question->text) + "</h2>";
  if (matrix.categories.empty()) return html + "<p>" + escaped(Msg::wbc_nothing_to_compare) + "</p></section>";
  return html + per_code_table(matrix, frame, pair) + confusion_table(matrix, frame, pair) + "</section>";
}

void get_agreement(WorkbenchServer::State& state, const httplib::Request& request, httplib::Response& response) {
  const auto id = survey_in_path(request);
  const std::string coding = "/peilingen/" + std::to_string(id) + "/coderen";
  std::lock_guard lock(state.store_mutex);
  const std::string title = text(Msg::wbc_agreement_title, state.store.load_survey(id).summary.label);
  const auto pair = chosen_coders(state.store, id, request);
  if (!pair) {
    const auto coders = state.store.coders_of(id);
    return send_html(response, 200,
                     workbench_page(title, "<p>" + escape_html(text(Msg::wbc_needs_two, coders.size())) + "</p><p><a href=\"" +
                                               coding + "\">" + escaped(Msg::wbc_to_coding) + "</a></p>"));
  }
  const Questionnaire questionnaire = state.store.questionnaire_of(id);
  const CoderComparison comparison = compare_coders(state.store, id, questionnaire, {pair->first, pair->second});
  int open = 0;
  for (const ComparedAnswer* answer : comparison.disagreements()) open += answer->agreed.empty();
  std::string body = coder_pair_form(agreement_path(id), state.store.coders_of(id), *pair) + "<p>" +
                     escape_html(text(Msg::wbc_agreement_intro, pair->first, pair->second)) + "</p>" +
                     figures_table(comparison) + "<p><a class=\"button\" href=\"" + agreement_path(id) + "/oplossen" +
                     escape_html(coder_pair_query(*pair)) + "\">" + escape_html(text(Msg::wbc_to_resolve, open)) +
                     "</a></p>";
  for (const QuestionAgreement& question : comparison.questions) body += question_section(questionnaire, question, *pair);
  body += "<p><a href=\"" + coding + "\">" + escaped(Msg::wbc_to_coding) + "</a></p>";
  send_html(response, 200, workbench_page(title, body));
}

}  // namespace

void add_workbench_agreement_routes(WorkbenchServer::State& state) {
  state.http.Get(R"(/peilingen/(\d{1,18})/overeenstemming)", page_route(state, get_agreement));
}

}  // namespace peiling::web
