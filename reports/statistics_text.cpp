// The statistics sentences; see statistics_text.h.
#include "reports/statistics_text.h"

namespace peiling {

namespace {

// 10000 -> "10.000" in Dutch, "10,000" in English.
std::string whole_number(long number, Language language) {
  std::string digits = std::to_string(number);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3)
    digits.insert(static_cast<std::size_t>(at), language == Language::nl ? "." : ",");
  return digits;
}

Msg agreement_strength(Agreement agreement) {
  switch (agreement) {
    case Agreement::strong: return Msg::statistics_strongly_agree;
    case Agreement::fair: return Msg::statistics_fairly_agree;
    case Agreement::little: break;
  }
  return Msg::statistics_agree_little;
}

}  // namespace

std::string StatisticsText::agreement_heading(const std::string& question) const {
  return say(Msg::statistics_agreement_heading, question);
}

std::string StatisticsText::differences_heading(const std::string& question) const {
  return say(Msg::statistics_differences_heading, question);
}

std::string StatisticsText::joined(const std::vector<std::string>& parts) const {
  if (parts.empty()) return "";
  std::string head = parts.front();
  for (std::size_t i = 1; i + 1 < parts.size(); ++i) head += ", " + parts[i];
  return parts.size() == 1 ? head : say(Msg::report_list_last, head, parts.back());
}

std::string StatisticsText::agreement(const std::string& group, Agreement agreement, const std::string& w_text, int n,
                                      const std::string& p_text, bool rare) const {
  const std::string figures = "(W = " + w_text + ", n = " + std::to_string(n) + ")";
  return say(rare ? Msg::statistics_agreement_rare : Msg::statistics_agreement_chance, group,
             say(agreement_strength(agreement)), figures, p_text) +
         few_people(n);
}

std::string StatisticsText::no_test(const std::string& group, int n) const {
  return say(Msg::statistics_no_test, group, n);
}

std::string StatisticsText::across(const std::string& item, const std::string& h_text, const std::string& p_text,
                                   const std::string& sizes, bool rare, const std::string& note) const {
  const std::string figures = " (Kruskal-Wallis H = " + h_text + ", " + p_text + "; n = " + sizes + ").";
  return say(rare ? Msg::statistics_groups_differ : Msg::statistics_groups_may_be_chance, item) + figures + note;
}

std::string StatisticsText::across_without_variation(const std::string& item, const std::string& sizes) const {
  return say(Msg::statistics_across_without_variation, item, sizes);
}

std::string StatisticsText::pair(const std::string& item, const std::string& first, const std::string& second,
                                 const std::string& first_mean, const std::string& second_mean,
                                 const std::string& difference, const std::string& interval,
                                 const std::string& u_text, const std::string& p_text, const std::string& sizes,
                                 bool rare, const std::string& note) const {
  const std::string figures = say(Msg::statistics_pair_figures, first_mean, second_mean, difference, interval);
  const std::string test = " (U = " + u_text + ", " + p_text + "; n = " + sizes + ")." + note;
  return say(rare ? Msg::statistics_pair_differs : Msg::statistics_pair_may_be_chance, first, second, item, figures) +
         test;
}

std::string StatisticsText::pair_without_variation(const std::string& item, const std::string& first,
                                                   const std::string& second, const std::string& sizes) const {
  return say(Msg::statistics_pair_without_variation, item, first, second, sizes);
}

std::string StatisticsText::few_people(int n) const {
  if (n >= kSmallGroup) return "";
  return n == 1 ? say(Msg::statistics_one_person) : say(Msg::statistics_few_people, n);
}

std::string StatisticsText::small_groups(const std::vector<std::string>& groups, const std::vector<int>& sizes) const {
  std::vector<std::string> small;
  std::vector<int> small_sizes;
  for (std::size_t g = 0; g < groups.size() && g < sizes.size(); ++g)
    if (sizes[g] < kSmallGroup) {
      small.push_back(groups[g]);
      small_sizes.push_back(sizes[g]);
    }
  if (small.empty()) return "";
  if (small_sizes == std::vector<int>{1}) return say(Msg::statistics_small_group_one_person, small.front());
  return say(Msg::statistics_small_groups, joined(small), this->sizes(small_sizes));
}

std::string StatisticsText::withheld(const std::vector<std::string>& empty_groups,
                                     const std::vector<std::string>& small_groups,
                                     const std::vector<std::string>& unit_groups, int min_group) const {
  std::vector<std::string> parts;
  if (!empty_groups.empty()) parts.push_back(say(Msg::statistics_no_respondents, joined(empty_groups)));
  if (!small_groups.empty()) parts.push_back(say(Msg::statistics_fewer_respondents, joined(small_groups), min_group));
  if (!unit_groups.empty()) parts.push_back(say(Msg::unit_rule_statistics_withheld, joined(unit_groups)));
  const bool several = empty_groups.size() + small_groups.size() + unit_groups.size() > 1;
  return say(several ? Msg::statistics_withheld_several : Msg::statistics_withheld_one, joined(parts));
}

std::string StatisticsText::interval(const std::string& low, const std::string& high) const {
  return say(Msg::comparison_interval_range, low, high);
}

std::string StatisticsText::sizes(const std::vector<int>& sizes) const {
  std::vector<std::string> numbers;
  for (int size : sizes) numbers.push_back(std::to_string(size));
  return joined(numbers);
}

std::vector<std::string> StatisticsText::explanations(long monte_carlo_samples, int bootstrap_resamples,
                                                      std::uint64_t seed) const {
  const std::string draws = whole_number(monte_carlo_samples, language_),
                    resamples = whole_number(bootstrap_resamples, language_),
                    start = std::to_string(seed);
  return {say(Msg::statistics_explain_n, kSmallGroup), say(Msg::statistics_explain_w), say(Msg::statistics_explain_p),
          say(Msg::statistics_explain_exact, draws, start), say(Msg::statistics_explain_tests),
          say(Msg::statistics_explain_interval, resamples, start), say(Msg::statistics_explain_small_group)};
}

}  // namespace peiling
