// The method section: who coded the open answers, how many, and how far the coders agreed,
// as a supervisor asks for it. Counts only, so it respects the min-group rule.
#include "analysis/hand_arithmetic.h"
#include "base/messages.h"
#include "reports/coding_sections.h"

namespace peiling {

namespace {

std::string statistic(const std::optional<double>& value, Language language) {
  return value ? format_decimal(*value, 2, language) : text_in(language, Msg::method_not_computable);
}

std::string coders_line(const CodingMethod& method, Language language) {
  std::string coders;
  for (std::size_t i = 0; i < method.coders.size(); ++i) {
    const std::string name =
        method.coders[i].coder.empty() ? text_in(language, Msg::method_no_name) : method.coders[i].coder;
    const auto answers = method.coders[i].answers;
    coders += (i ? ", " : "") + (answers == 1 ? text_in(language, Msg::method_coder_one, name)
                                              : text_in(language, Msg::method_coder, name, answers));
  }
  return text_in(language, Msg::method_coders, coders);
}

std::string agreement_line(const CodingMethod& method, Language language) {
  const AgreementStats& stats = method.agreement;
  const std::string percent = std::to_string(whole_percent(stats.agreeing_pairs, stats.pairs)) + "%";
  const std::string counts = text_in(language, Msg::method_pairs_agreeing, stats.agreeing_pairs, stats.pairs);
  const std::string kappa =
      method.coders.size() == 2 ? text_in(language, Msg::method_kappa, statistic(stats.cohen_kappa, language)) : "";
  return text_in(language, Msg::method_agreement, stats.units, percent, counts, kappa,
                 statistic(stats.krippendorff_alpha, language), method.disagreements, method.agreed_answers);
}

// "42 open antwoorden, waarvan er 39 letterlijk in het codeerschema zijn geplaatst (...).
// 3 kon een codeur niet plaatsen ...": the counts of the ordered shoebox, by the codes the
// report uses, so an answer marked as not placeable is never counted as placed.
std::string answers_line(const CodingMethod& method, Language language) {
  const int uncoded = method.open_answers - method.placed_answers - method.unplaceable_answers;
  std::string line = text_in(language, method.placed_answers == 1 ? Msg::method_placed_one : Msg::method_placed,
                             method.open_answers, method.placed_answers);
  if (method.unplaceable_answers > 0)
    line += text_in(language, method.unplaceable_answers == 1 ? Msg::method_unplaceable_one : Msg::method_unplaceable,
                    method.unplaceable_answers);
  if (uncoded > 0) line += text_in(language, uncoded == 1 ? Msg::method_uncoded_one : Msg::method_uncoded, uncoded);
  return line;
}

}  // namespace

ReportSection method_section(const ReportModel& model) {
  const CodingMethod& method = model.analysis->coding_method;
  const Language language = model.text.language();
  ReportSection section{text_in(language, Msg::method_heading), {}};
  if (method.open_answers == 0) return section;
  auto paragraph = [&](std::string text) { section.blocks.push_back({SectionBlock::Kind::paragraph, std::move(text), {}, {}}); };
  paragraph(answers_line(method, language));
  if (!method.coders.empty()) paragraph(coders_line(method, language));
  if (method.compared) paragraph(agreement_line(method, language));
  else if (!method.coders.empty())
    paragraph(text_in(language, Msg::method_one_coder));
  return section;
}

}  // namespace peiling
