// The sentences of the statistics section, from the catalogue's report area
// (messages/report.def, kept apart from report_text.h because they only make sense
// with the statistics). Plain text: each writer escapes it for its own sink. Numbers come
// in already formatted ("0,96"), so every sentence prints exactly what a table shows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analysis/statistics_types.h"
#include "base/messages.h"
#include "reports/statistics_figures.h"

namespace peiling {

// Groups of fewer respondents than this get a warning beside every finding resting on them.
constexpr int kSmallGroup = 5;

class StatisticsText {
 public:
  explicit StatisticsText(Language language) : language_(language) {}

  std::string_view heading() const {
    return phrase_in(language_, Msg::statistics_heading); }
  std::string_view intro() const {
    return phrase_in(language_, Msg::statistics_intro); }
  std::string_view explanation_heading() const {
    return phrase_in(language_, Msg::statistics_explanation_heading); }
  std::string agreement_heading(const std::string& question) const;
  std::string differences_heading(const std::string& question) const;
  std::string_view means_with_interval() const {
    return phrase_in(language_, Msg::statistics_means_with_interval); }
  std::string_view item() const { return phrase_in(language_, Msg::statistics_item); }

  // "Directie is het sterk eens over de volgorde (W = 0,96, n = 3). ..."
  std::string agreement(const std::string& group, Agreement agreement, const std::string& w_text, int n,
                        const std::string& p_text, bool rare) const;
  std::string no_test(const std::string& group, int n) const;
  // "Bij Fase 4 kunnen de verschillen tussen de groepen toeval zijn (H = 1,2, p = 0,55; n = 3, 4 en 8)."
  // `note` follows the sentence: a small_groups note or "".
  std::string across(const std::string& item, const std::string& h_text, const std::string& p_text,
                     const std::string& sizes, bool rare, const std::string& note) const;
  // "Bij Fase 4 gaf iedereen hetzelfde antwoord: ..." (all groups, or the two of a pair).
  std::string across_without_variation(const std::string& item, const std::string& sizes) const;
  // "Het verschil tussen A en B bij Fase 4 (4,3 tegen 2,8) kan met deze aantallen toeval zijn (...)."
  std::string pair(const std::string& item, const std::string& first, const std::string& second,
                   const std::string& first_mean, const std::string& second_mean, const std::string& difference,
                   const std::string& interval, const std::string& u_text, const std::string& p_text,
                   const std::string& sizes, bool rare, const std::string& note) const;
  std::string pair_without_variation(const std::string& item, const std::string& first, const std::string& second,
                                     const std::string& sizes) const;
  // " Let op: dit zijn de antwoorden van maar 3 mensen; ..." when n is under kSmallGroup, else "".
  std::string few_people(int n) const;
  // The same for a comparison: " Let op: van Directie zijn dit de antwoorden van maar 3 mensen; ..."
  // naming each group under kSmallGroup; "" when there is none.
  std::string small_groups(const std::vector<std::string>& groups, const std::vector<int>& sizes) const;
  // "Directie (geen respondenten) en IB'ers (minder dan 3 respondenten) zijn niet getoetst ...";
  // `unit_groups`: groups with enough respondents withheld by the units' rule (disclosure.h).
  std::string withheld(const std::vector<std::string>& empty_groups, const std::vector<std::string>& small_groups,
                       const std::vector<std::string>& unit_groups, int min_group) const;
  std::string interval(const std::string& low, const std::string& high) const;  // "2,7 tot 4,0"
  std::string sizes(const std::vector<int>& sizes) const;                        // "3, 4 en 8"

  // One paragraph per statistic, then what to do with a small group.
  std::vector<std::string> explanations(long monte_carlo_samples, int bootstrap_resamples,
                                        std::uint64_t seed) const;

 private:
  template <typename... Values>
  std::string say(Msg id, const Values&... values) const {
    return text_in(language_, id, values...);
  }
  std::string joined(const std::vector<std::string>& parts) const;  // "a, b en c"

  Language language_;
};

}  // namespace peiling
