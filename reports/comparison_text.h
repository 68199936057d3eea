// The phrases of the wave comparison ("Wat is er veranderd?"), from the catalogue: the
// reasons a question does not compare, the change figures as a person writes them ("+12,5
// procentpunt", "van 2e naar 1e plaats") and the plain-language sentence about whether the
// data can carry a change. Plain text: each writer escapes it for its own sink.
#pragma once

#include <string>
#include <string_view>

#include "analysis/wave_comparability.h"
#include "analysis/statistics_types.h"
#include "base/messages.h"

namespace peiling {

class ComparisonText {
 public:
  explicit ComparisonText(Language language) : language_(language) {}

  std::string_view heading() const { return phrase_in(language_, Msg::comparison_heading); }
  std::string_view before() const { return phrase_in(language_, Msg::comparison_before); }
  std::string_view after() const { return phrase_in(language_, Msg::comparison_after); }
  std::string_view change() const { return phrase_in(language_, Msg::comparison_change); }
  std::string_view interval() const { return phrase_in(language_, Msg::comparison_interval); }
  std::string_view p_column() const { return "p"; }
  std::string_view not_comparable_heading() const {
    return phrase_in(language_, Msg::comparison_not_comparable_heading); }

  // "Vergeleken met survey 3: nulmeting sept 2026 (eerst) en nameting juni 2027 (nu)."
  std::string intro(const std::string& before_label, const std::string& after_label) const;
  // Why a question (or an option of it) does not compare, e.g. "vraag fasen: het type is
  // veranderd (rank -> choice)".
  std::string note(const ComparabilityNote& note) const;

  // "+0,4" / "−1,2" / "0,0": a signed difference with one decimal.
  std::string signed_decimal(double value) const;
  // "−1,0 tot 0,5": an interval with one decimal and a real minus sign, as the changes.
  std::string interval_text(double low, double high) const;
  // "+12,5 procentpunt"
  std::string points(double change_in_points) const;
  // "van 2e naar 1e plaats" / "van 4e naar gedeelde 1e plaats" / "bleef 1e"
  std::string places(int before, int after, bool shared_before = false, bool shared_after = false) const;
  // "n = 12 en 14"
  std::string sizes(int before, int after) const;
  // "0,031" / "< 0,001" (as the statistics section prints p)
  std::string p_value(const PValue& p) const;
  // The sentence under a tested change of `subject`: whether the data can carry it, with
  // the interval of the change (as printed), p and the sizes.
  std::string verdict(const std::string& subject, double low, double high, const PValue& p,
                      const std::string& sizes_text) const;
  // Linked respondents (a linking code given in both waves).
  std::string_view paired_column() const { return phrase_in(language_, Msg::comparison_paired_column); }
  // "5 mensen konden via hun koppelcode gekoppeld worden; ..." with what the paired p is.
  std::string linked(int pairs) const;
  // "Maar 2 mensen konden gekoppeld worden: te weinig (minder dan 3) voor cijfers per paar."
  std::string too_few_linked(int pairs, int min_group) const;
  // The paired p of a row: "p = 0,031 (n = 5)".
  std::string paired_p(const PValue& p, int pairs) const;

  // Under a group's table when it is too small in either wave: no figures shown.
  std::string too_few(int min_group) const;
  // ... or when, in a survey with units, a small group of a unit could be worked out from it.
  std::string withheld_for_units() const;

 private:
  std::string ordinal(int place, bool shared) const;
  template <typename... Values>
  std::string say(Msg id, const Values&... values) const {
    return text_in(language_, id, values...);
  }

  Language language_;
};

}  // namespace peiling
