// The phrases of the wave comparison; see comparison_text.h.
#include "reports/comparison_text.h"

#include <cmath>

#include "analysis/hand_arithmetic.h"
#include "reports/statistics_figures.h"

namespace peiling {

std::string ComparisonText::intro(const std::string& before_label, const std::string& after_label) const {
  return language_ == Language::nl
             ? "Deze peiling naast de vorige gelegd: ‘" + before_label + "’ (eerst) en ‘" + after_label +
                   "’ (nu). Alleen vragen die in beide peilingen hetzelfde gesteld zijn worden vergeleken. Het zijn "
                   "twee losse steekproeven: niet per se dezelfde mensen."
             : "This survey set beside the previous one: ‘" + before_label + "’ (before) and ‘" + after_label +
                   "’ (now). Only questions asked the same way in both are compared. They are two separate "
                   "samples: not necessarily the same people.";
}

std::string ComparisonText::note(const ComparabilityNote& note) const {
  const bool nl = language_ == Language::nl;
  const std::string subject = note.item.empty() ? (nl ? "vraag " : "question ") + note.question
                                                : note.question + " / " + note.item;
  auto with_detail = [&](std::string_view reason) {
    return subject + ": " + std::string(reason) + (note.detail.empty() ? "" : " (" + note.detail + ")");
  };
  switch (note.reason) {
    case NotComparable::only_before:
      return with_detail(pick(language_, "staat niet meer in de vragenlijst", "no longer in the questionnaire"));
    case NotComparable::only_after:
      return with_detail(pick(language_, "is nieuw in deze peiling", "is new in this survey"));
    case NotComparable::type_changed:
      return with_detail(pick(language_, "het soort vraag is veranderd", "the question type changed"));
    case NotComparable::items_differ:
      return with_detail(pick(language_, "de te ordenen onderdelen zijn veranderd, dus alle scores verschuiven",
                              "the items to rank changed, so every score shifts"));
    case NotComparable::direction_changed:
      return with_detail(pick(language_, "de scorerichting is omgedraaid", "the score direction was reversed"));
    case NotComparable::scale_changed:
      return with_detail(pick(language_, "de schaal heeft een ander aantal punten", "the scale has another length"));
    case NotComparable::unit_changed:
      return with_detail(pick(language_, "de eenheid is veranderd", "the unit changed"));
    case NotComparable::item_only_before:
      return with_detail(pick(language_, "is uit de vragenlijst gehaald", "was removed from the questionnaire"));
    case NotComparable::item_only_after:
      return with_detail(pick(language_, "is nieuw in deze peiling", "is new in this survey"));
    case NotComparable::nothing_in_common:
      return with_detail(pick(language_, "geen antwoordmogelijkheid staat in beide peilingen",
                              "no option is in both surveys"));
  }
  return subject;
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
  return end(low) + (language_ == Language::nl ? " tot " : " to ") + end(high);
}

std::string ComparisonText::points(double change_in_points) const {
  return signed_decimal(change_in_points) + std::string(pick(language_, " procentpunt", " percentage points"));
}

std::string ComparisonText::places(int before, int after, bool shared_before, bool shared_after) const {
  const bool nl = language_ == Language::nl;
  auto ordinal = [&](int place, bool shared) {
    return std::string(shared ? (nl ? "gedeelde " : "shared ") : "") + std::to_string(place) +
           (nl ? "e" : ordinal_suffix(place));
  };
  if (before == after && shared_before == shared_after)
    return nl ? "bleef " + ordinal(after, shared_after) : "stayed " + ordinal(after, shared_after);
  return nl ? "van " + ordinal(before, shared_before) + " naar " + ordinal(after, shared_after) + " plaats"
            : "from " + ordinal(before, shared_before) + " to " + ordinal(after, shared_after) + " place";
}

std::string ComparisonText::ordinal_suffix(int place) {
  if (place % 100 >= 11 && place % 100 <= 13) return "th";
  switch (place % 10) {
    case 1: return "st";
    case 2: return "nd";
    case 3: return "rd";
    default: return "th";
  }
}

std::string ComparisonText::sizes(int before, int after) const {
  return "n = " + std::to_string(before) + (language_ == Language::nl ? " en " : " and ") + std::to_string(after);
}

std::string ComparisonText::p_value(const PValue& p) const {
  if (p.method == PMethod::none) return std::string(pick(language_, "geen toets", "no test"));
  return printed_p(p, language_).text;
}

std::string ComparisonText::verdict(const std::string& subject, double low, double high, const PValue& p,
                                    const std::string& sizes_text) const {
  const bool nl = language_ == Language::nl;
  if (p.method == PMethod::none)
    return nl ? "Bij " + subject + " gaf iedereen in beide peilingen hetzelfde antwoord; er valt niets te toetsen (" +
                    sizes_text + ")."
              : "For " + subject + " everyone gave the same answer in both surveys; there is nothing to test (" +
                    sizes_text + ").";
  const PrintedP printed = printed_p(p, language_);
  const std::string figures =
      " (" + std::string(interval()) + " " + interval_text(low, high) + ", " + printed.text + "; " + sizes_text + ").";
  if (printed.rare)
    return nl ? "De verandering bij " + subject + " is groter dan toeval bij deze aantallen makkelijk geeft" + figures
              : "The change for " + subject + " is larger than chance easily gives with these numbers" + figures;
  return nl ? "De verandering bij " + subject + " kan met deze aantallen ook toeval zijn" + figures
            : "The change for " + subject + " may be chance with these numbers" + figures;
}

std::string ComparisonText::linked(int pairs) const {
  return language_ == Language::nl
             ? std::to_string(pairs) + " mensen konden via hun koppelcode gekoppeld worden. Voor hen staat in de kolom "
                   "‘p (gekoppeld)’ de toets van hun eigen verandering (Wilcoxon voor scores, McNemar voor een "
                   "gekozen antwoord). Een gekoppeld paar is waarschijnlijk dezelfde persoon, maar dat is niet zeker."
             : std::to_string(pairs) + " people could be linked by their linking code. For them the column "
                   "‘p (linked)’ tests their own change (Wilcoxon for scores, McNemar for a chosen answer). A linked "
                   "pair is probably the same person, but that is not certain.";
}

std::string ComparisonText::too_few_linked(int pairs, int min_group) const {
  return language_ == Language::nl
             ? std::to_string(pairs) + " mensen konden via hun koppelcode gekoppeld worden: te weinig (minder dan " +
                   std::to_string(min_group) + ") om cijfers per paar te tonen."
             : std::to_string(pairs) + " people could be linked by their linking code: too few (under " +
                   std::to_string(min_group) + ") to show figures per pair.";
}

std::string ComparisonText::paired_p(const PValue& p, int pairs) const {
  return p_value(p) + " (n = " + std::to_string(pairs) + ")";
}

std::string ComparisonText::too_few(int min_group) const {
  return language_ == Language::nl
             ? "Geen vergelijking: in een van beide peilingen vulden minder dan " + std::to_string(min_group) +
                   " mensen van deze groep de vragenlijst in."
             : "No comparison: fewer than " + std::to_string(min_group) +
                   " people of this group responded in one of the two surveys.";
}

}  // namespace peiling
