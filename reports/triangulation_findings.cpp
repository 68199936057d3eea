// Findings that hold the ranking against the coded open answers of one group, in plain
// words. Each sentence states its n; differences are described, never explained.
#include <algorithm>

#include "analysis/hand_arithmetic.h"
#include "base/messages.h"
#include "reports/coding_sections.h"

namespace peiling {

namespace {

// "Fase 4: de ib'er als coach" -> "Fase 4": the part before a colon keeps sentences short.
std::string short_label(const Code& code) {
  const auto colon = code.label.find(':');
  return colon == std::string::npos ? code.label : code.label.substr(0, colon);
}

std::string joined(const std::vector<std::string>& parts, Language language) {
  if (parts.empty()) return "";
  std::string head = parts.front();
  for (std::size_t i = 1; i + 1 < parts.size(); ++i) head += ", " + parts[i];
  return parts.size() == 1 ? head : text_in(language, Msg::report_list_last, head, parts.back());
}

// The codes at places 1 and 2 by `place` (more when places are shared), best first.
std::vector<const CodeTriangulation*> top_two(const GroupTriangulation& group, int CodeTriangulation::*place) {
  std::vector<const CodeTriangulation*> top;
  for (const auto& row : group.codes)
    if (row.*place >= 1 && row.*place <= 2) top.push_back(&row);
  std::stable_sort(top.begin(), top.end(), [&](const auto* a, const auto* b) { return a->*place < b->*place; });
  return top;
}

std::string order_finding(const GroupTriangulation& group, Language language) {
  const auto ranked = top_two(group, &CodeTriangulation::rank_place);
  const auto open = top_two(group, &CodeTriangulation::open_place);
  if (ranked.empty() || open.empty()) return "";
  std::vector<std::string> ranked_labels, means, open_labels, counts;
  for (const auto* row : ranked) {
    ranked_labels.push_back(short_label(*row->code));
    means.push_back(format_fraction(row->rank_sum, row->rank_answered, 1, language));
  }
  for (const auto* row : open) {
    open_labels.push_back(short_label(*row->code));
    counts.push_back(std::to_string(row->open_count));
  }
  auto codes_of = [](const auto& rows) {
    std::vector<std::string> ids;
    for (const auto* row : rows) ids.push_back(row->code->id);
    std::sort(ids.begin(), ids.end());
    return ids;
  };
  const bool same = codes_of(ranked) == codes_of(open);
  const std::string coded = std::to_string(group.coded_answers);
  if (group.respondents == 1)  // "n = 1 respondent", not "respondenten"
    return text_in(language, same ? Msg::triangulation_orders_agree_one : Msg::triangulation_orders_differ_one,
                   joined(ranked_labels, language), joined(means, language), joined(open_labels, language),
                   joined(counts, language), coded);
  return text_in(language, same ? Msg::triangulation_orders_agree : Msg::triangulation_orders_differ,
                 joined(ranked_labels, language), joined(means, language), std::to_string(group.respondents),
                 joined(open_labels, language), joined(counts, language), coded);
}

std::string match_finding(const GroupTriangulation& group, Language language) {
  if (group.compared_answers == 0) return "";
  return text_in(language, Msg::triangulation_match, group.compared_answers, group.top_match, group.top_two_match);
}

// The signal word of the group's top-ranked code found in most answers, as the thesis
// noticed "coach" in almost every director's answer; then every signal word found.
std::string signal_finding(const GroupTriangulation& group, Language language) {
  const SignalWordCount* most = nullptr;
  std::string found;
  for (const auto& word : group.signal_words) {
    if (word.answers == 0) continue;
    found += (found.empty() ? "" : ", ") + word.word + " " + std::to_string(word.answers);
    const bool top_ranked = std::any_of(group.codes.begin(), group.codes.end(), [&](const CodeTriangulation& row) {
      return row.code == word.code && row.rank_place == 1;
    });
    if (top_ranked && (!most || word.answers > most->answers)) most = &word;
  }
  if (found.empty() || group.open_answers == 0) return "";
  const std::string total = std::to_string(group.open_answers);
  const std::string top_word =
      most ? text_in(language, Msg::triangulation_top_signal_word, most->word, short_label(*most->code), most->answers,
                     total)
           : "";
  return top_word + text_in(language, Msg::triangulation_signal_words, total, found);
}

}  // namespace

std::vector<std::string> triangulation_findings(const ReportModel& model, const Triangulation&,
                                                const GroupTriangulation& group) {
  const Language language = model.text.language();
  std::vector<std::string> findings;
  for (const std::string& finding :
       {order_finding(group, language), match_finding(group, language), signal_finding(group, language)})
    if (!finding.empty()) findings.push_back(finding);
  if (!findings.empty() && group.coded_answers < 10)
    findings.push_back(text_in(language, Msg::triangulation_small_numbers));
  return findings;
}

}  // namespace peiling
