// The phrases of the wave comparison; see comparison_text.h.
#include "reports/comparison_text.h"

#include <cmath>

#include "analysis/hand_arithmetic.h"
#include "reports/statistics_figures.h"

namespace peiling {

std::string ComparisonText::intro(const std::string& before_label, const std::string& after_label) const {
  return say(Msg::comparison_intro, before_label, after_label);
}

namespace {

Msg reason_message(NotComparable reason) {
  switch (reason) {
    case NotComparable::only_before: return Msg::comparison_only_before;
    case NotComparable::only_after: return Msg::comparison_only_after;
    case NotComparable::type_changed: return Msg::comparison_type_changed;
    case NotComparable::items_differ: return Msg::comparison_items_differ;
    case NotComparable::direction_changed: return Msg::comparison_direction_changed;
    case NotComparable::scale_changed: return Msg::comparison_scale_changed;
    case NotComparable::unit_changed: return Msg::comparison_unit_changed;
    case NotComparable::item_only_before: return Msg::comparison_item_only_before;
    case NotComparable::item_only_after: return Msg::comparison_item_only_after;
    case NotComparable::nothing_in_common: return Msg::comparison_nothing_in_common;
  }
  return Msg::comparison_only_after;
}

}  // namespace

std::string ComparisonText::note(const ComparabilityNote& note) const {
  const std::string subject =
      note.item.empty() ? say(Msg::comparison_question_subject, note.question) : note.question + " / " + note.item;
  return subject + ": " + say(reason_message(note.reason)) + (note.detail.empty() ? "" : " (" + note.detail + ")");
}

std::string ComparisonText::signed_decimal(double value) const {
  const std::int64_t units = rounded_decimal(value, 1);
  if (units == 0) return format_units(0, 1, language_);
  return std::string(units > 0 ? "+" : "−") + format_units(units > 0 ? units : -units, 1, language_);
}

std::string ComparisonText::interval_text(double low, double high) const {
  auto end = [&](double value) {
    const std::int64_t units = rounded_decimal(value, 1);
    return (units < 0 ? "−" : "") + format_units(units < 0 ? -units : units, 1, language_);
  };
  return say(Msg::comparison_interval_range, end(low), end(high));
}

std::string ComparisonText::points(double change_in_points) const {
  return say(Msg::comparison_points, signed_decimal(change_in_points));
}

std::string ComparisonText::ordinal(int place, bool shared) const {
  // English's suffix follows the last digits (1st, 2nd, 3rd, 11th); Dutch writes "e" after each.
  Msg id = Msg::report_ordinal;
  if (place % 100 < 11 || place % 100 > 13) {
    if (place % 10 == 1) id = Msg::report_ordinal_1;
    if (place % 10 == 2) id = Msg::report_ordinal_2;
    if (place % 10 == 3) id = Msg::report_ordinal_3;
  }
  const std::string number = say(id, place);
  return shared ? say(Msg::comparison_shared, number) : number;
}

std::string ComparisonText::places(int before, int after, bool shared_before, bool shared_after) const {
  if (before == after && shared_before == shared_after) return say(Msg::comparison_stayed, ordinal(after, shared_after));
  return say(Msg::comparison_from_to_place, ordinal(before, shared_before), ordinal(after, shared_after));
}

std::string ComparisonText::sizes(int before, int after) const {
  return say(Msg::comparison_sizes, before, after);
}

std::string ComparisonText::p_value(const PValue& p) const {
  if (p.method == PMethod::none) return say(Msg::comparison_no_test);
  return printed_p(p, language_).text;
}

std::string ComparisonText::verdict(const std::string& subject, double low, double high, const PValue& p,
                                    const std::string& sizes_text) const {
  if (p.method == PMethod::none) return say(Msg::comparison_nothing_to_test, subject, sizes_text);
  const PrintedP printed = printed_p(p, language_);
  const std::string figures =
      " (" + std::string(interval()) + " " + interval_text(low, high) + ", " + printed.text + "; " + sizes_text + ").";
  return say(printed.rare ? Msg::comparison_larger_than_chance : Msg::comparison_may_be_chance, subject) + figures;
}

std::string ComparisonText::linked(int pairs) const {
  return pairs == 1 ? say(Msg::comparison_linked_one) : say(Msg::comparison_linked, pairs);
}

std::string ComparisonText::too_few_linked(int pairs, int min_group) const {
  return pairs == 1 ? say(Msg::comparison_too_few_linked_one, min_group)
                    : say(Msg::comparison_too_few_linked, pairs, min_group);
}

std::string ComparisonText::paired_p(const PValue& p, int pairs) const {
  return p_value(p) + " (n = " + std::to_string(pairs) + ")";
}

// With --min-group 1 a group is too small only without respondents.
std::string ComparisonText::too_few(int min_group) const {
  return min_group == 1 ? say(Msg::comparison_too_few_min_one) : say(Msg::comparison_too_few, min_group);
}

std::string ComparisonText::withheld_for_units() const { return say(Msg::unit_rule_comparison_withheld); }

}  // namespace peiling
