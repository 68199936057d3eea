// The method section: who coded the open answers, how many, and how far the coders agreed,
// as a supervisor asks for it. Counts only, so it respects the min-group rule.
#include "analysis/hand_arithmetic.h"
#include "reports/coding_sections.h"

namespace peiling {

namespace {

std::string statistic(const std::optional<double>& value, Language language) {
  return value ? format_decimal(*value, 2, language)
               : std::string(pick(language, "niet te berekenen", "not computable"));
}

std::string coders_line(const CodingMethod& method, Language language) {
  std::string line = std::string(pick(language, "Codeurs: ", "Coders: "));
  for (std::size_t i = 0; i < method.coders.size(); ++i)
    line += (i ? ", " : "") + (method.coders[i].coder.empty() ? std::string(pick(language, "(zonder naam)", "(no name)"))
                                                     : method.coders[i].coder) +
            " (" + std::to_string(method.coders[i].answers) + std::string(pick(language, " antwoorden)", " answers)"));
  return line + ".";
}

std::string agreement_line(const CodingMethod& method, Language language) {
  const AgreementStats& stats = method.agreement;
  const std::string percent = std::to_string(whole_percent(stats.agreeing_pairs, stats.pairs)) + "%";
  const std::string counts = std::to_string(stats.agreeing_pairs) + pick(language, " van ", " of ").data() +
                             std::to_string(stats.pairs);
  const std::string kappa = method.coders.size() == 2
                                ? std::string(pick(language, ", Cohens kappa ", ", Cohen's kappa ")) +
                                      statistic(stats.cohen_kappa, language)
                                : "";
  if (language == Language::en)
    return "Agreement over the " + std::to_string(stats.units) + " answers coded by at least two coders: " + percent +
           " (" + counts + ")" + kappa + ", Krippendorff's alpha (nominal) " +
           statistic(stats.krippendorff_alpha, language) + ". The coders differed on " +
           std::to_string(method.disagreements) + " answers; " + std::to_string(method.agreed_answers) +
           " answers have an agreed code, which this report uses. Elsewhere the code of the coder who coded last counts.";
  return "Overeenstemming over de " + std::to_string(stats.units) +
         " antwoorden die door minstens twee codeurs zijn gecodeerd: " + percent + " (" + counts + ")" + kappa +
         ", Krippendorffs alfa (nominaal) " + statistic(stats.krippendorff_alpha, language) +
         ". De codeurs verschilden bij " + std::to_string(method.disagreements) + " antwoorden; voor " +
         std::to_string(method.agreed_answers) +
         " antwoorden is samen een code vastgesteld, die dit rapport gebruikt. Verder telt de code van wie het "
         "laatst codeerde.";
}

// "42 open antwoorden, waarvan er 39 letterlijk in het codeerschema zijn geplaatst (...).
// 3 kon een codeur niet plaatsen ...": the counts of the ordered shoebox, by the codes the
// report uses, so an answer marked as not placeable is never counted as placed.
std::string answers_line(const CodingMethod& method, Language language) {
  const int uncoded = method.open_answers - method.placed_answers - method.unplaceable_answers;
  const std::string open = std::to_string(method.open_answers), placed = std::to_string(method.placed_answers),
                    unplaceable = std::to_string(method.unplaceable_answers), rest = std::to_string(uncoded);
  if (language == Language::en)
    return open + " open answers, of which " + placed + (method.placed_answers == 1 ? " was" : " were") +
           " placed in the coding frame (verbatim, see the ordered shoebox)." +
           (method.unplaceable_answers > 0 ? " A coder could not place " + unplaceable +
                                                 (method.unplaceable_answers == 1 ? "; it is" : "; they are") +
                                                 " listed under 'could not be placed'."
                                           : "") +
           (uncoded > 0 ? " " + rest + (uncoded == 1 ? " is" : " are") + " not (yet) coded." : "");
  return open + " open antwoorden, waarvan er " + placed + " letterlijk in het codeerschema " +
         (method.placed_answers == 1 ? "is" : "zijn") + " geplaatst (zie de geordende schoenendoos)." +
         (method.unplaceable_answers > 0
              ? " " + unplaceable + " kon een codeur niet plaatsen; die staan onder 'niet te plaatsen'."
              : "") +
         (uncoded > 0 ? " " + rest + (uncoded == 1 ? " is" : " zijn") + " (nog) niet gecodeerd." : "");
}

}  // namespace

ReportSection method_section(const ReportModel& model) {
  const CodingMethod& method = model.analysis->coding_method;
  const Language language = model.text.language();
  ReportSection section{std::string(pick(language, "Werkwijze bij het coderen", "How the open answers were coded")), {}};
  if (method.open_answers == 0) return section;
  auto paragraph = [&](std::string text) { section.blocks.push_back({SectionBlock::Kind::paragraph, std::move(text), {}, {}}); };
  paragraph(answers_line(method, language));
  if (!method.coders.empty()) paragraph(coders_line(method, language));
  if (method.compared) paragraph(agreement_line(method, language));
  else if (!method.coders.empty())
    paragraph(std::string(pick(language,
                               "Eén codeur: de overeenstemming tussen codeurs is niet bepaald. Een tweede codeur kan "
                               "coderen met 'peiling code export'; 'peiling code compare' berekent dan de overeenstemming.",
                               "One coder: agreement between coders was not measured. A second coder can code with "
                               "'peiling code export'; 'peiling code compare' then measures the agreement.")));
  return section;
}

}  // namespace peiling
