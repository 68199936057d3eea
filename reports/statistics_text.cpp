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

std::string agreement_strength(Agreement agreement, Language language) {
  switch (agreement) {
    case Agreement::strong: return std::string(pick(language, "sterk eens", "strongly agree"));
    case Agreement::fair: return std::string(pick(language, "redelijk eens", "fairly agree"));
    case Agreement::little: break;
  }
  return std::string(pick(language, "weinig eens", "agree little"));
}

}  // namespace

std::string StatisticsText::agreement_heading(const std::string& question) const {
  return std::string(pick(language_, "Eensgezindheid over de volgorde: ", "Agreement on the order: ")) + question;
}

std::string StatisticsText::differences_heading(const std::string& question) const {
  return std::string(pick(language_, "Verschillen tussen de groepen: ", "Differences between the groups: ")) +
         question;
}

std::string StatisticsText::joined(const std::vector<std::string>& parts) const {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i)
    text += std::string(i == 0 ? "" : i + 1 == parts.size() ? pick(language_, " en ", " and ") : ", ") + parts[i];
  return text;
}

std::string StatisticsText::agreement(const std::string& group, Agreement agreement, const std::string& w_text, int n,
                                      const std::string& p_text, bool rare) const {
  const std::string figures = "(W = " + w_text + ", n = " + std::to_string(n) + ")";
  if (language_ == Language::nl)
    return "In de groep " + group + " is men het " + agreement_strength(agreement, language_) + " over de volgorde " +
           figures + ". " +
           (rare ? "Zo'n eensgezindheid ontstaat zelden bij toeval (" : "Met deze aantallen kan die eensgezindheid ook "
                                                                         "toeval zijn (") +
           p_text + ")." + few_people(n);
  return "Within " + group + ", people " + agreement_strength(agreement, language_) + " on the order " + figures + ". " +
         (rare ? "Such agreement rarely arises by chance (" : "With these numbers that agreement may be chance (") +
         p_text + ")." + few_people(n);
}

std::string StatisticsText::no_test(const std::string& group, int n) const {
  return group + (language_ == Language::nl ? ": te weinig antwoorden of geen verschillen om te toetsen (n = "
                                            : ": too few answers or no differences to test (n = ") +
         std::to_string(n) + ").";
}

std::string StatisticsText::across(const std::string& item, const std::string& h_text, const std::string& p_text,
                                   const std::string& sizes, bool rare, const std::string& note) const {
  const std::string figures = " (Kruskal-Wallis H = " + h_text + ", " + p_text + "; n = " + sizes + ").";
  if (language_ == Language::nl)
    return "Bij " + item + (rare ? " verschillen de groepen meer dan toeval makkelijk verklaart"
                                 : " kunnen de verschillen tussen de groepen toeval zijn") + figures + note;
  return "On " + item + (rare ? " the groups differ more than chance easily explains"
                              : " the differences between the groups may be chance") + figures + note;
}

std::string StatisticsText::across_without_variation(const std::string& item, const std::string& sizes) const {
  if (language_ == Language::nl)
    return "Bij " + item + " gaf iedereen hetzelfde antwoord: er is geen verschil tussen de groepen om te toetsen (n = " +
           sizes + ").";
  return "On " + item + " everyone gave the same answer: there is no difference between the groups to test (n = " +
         sizes + ").";
}

std::string StatisticsText::pair(const std::string& item, const std::string& first, const std::string& second,
                                 const std::string& first_mean, const std::string& second_mean,
                                 const std::string& difference, const std::string& interval,
                                 const std::string& u_text, const std::string& p_text, const std::string& sizes,
                                 bool rare, const std::string& note) const {
  if (language_ == Language::nl) {
    const std::string figures = " (" + first_mean + " tegen " + second_mean + "; verschil " + difference +
                                ", 95%-interval " + interval + ")";
    const std::string test = " (U = " + u_text + ", " + p_text + "; n = " + sizes + ")." + note;
    if (rare) return first + " en " + second + " verschillen bij " + item + figures + "; zo'n verschil ontstaat zelden "
                     "bij toeval" + test;
    return "Het verschil tussen " + first + " en " + second + " bij " + item + figures +
           " kan met deze aantallen toeval zijn" + test;
  }
  const std::string figures = " (" + first_mean + " against " + second_mean + "; difference " + difference +
                              ", 95% interval " + interval + ")";
  const std::string test = " (U = " + u_text + ", " + p_text + "; n = " + sizes + ")." + note;
  if (rare) return first + " and " + second + " differ on " + item + figures + "; such a difference rarely arises "
                   "by chance" + test;
  return "The difference between " + first + " and " + second + " on " + item + figures +
         " may be chance with these numbers" + test;
}

std::string StatisticsText::pair_without_variation(const std::string& item, const std::string& first,
                                                   const std::string& second, const std::string& sizes) const {
  if (language_ == Language::nl)
    return "Bij " + item + " gaven " + first + " en " + second +
           " allemaal hetzelfde antwoord: er is geen verschil om te toetsen (n = " + sizes + ").";
  return "On " + item + " everyone in " + first + " and " + second +
         " gave the same answer: there is no difference to test (n = " + sizes + ").";
}

std::string StatisticsText::few_people(int n) const {
  if (n >= kSmallGroup) return "";
  return language_ == Language::nl ? " Let op: dit zijn de antwoorden van maar " + std::to_string(n) +
                                         " mensen; één ander antwoord kan het beeld veranderen."
                                   : " Note: these are the answers of only " + std::to_string(n) +
                                         " people; one different answer can change the picture.";
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
  return language_ == Language::nl ? " Let op: van " + joined(small) + " zijn dit de antwoorden van maar " +
                                         this->sizes(small_sizes) + " mensen; één ander antwoord kan het beeld veranderen."
                                   : " Note: for " + joined(small) + " these are the answers of only " +
                                         this->sizes(small_sizes) + " people; one different answer can change the picture.";
}

std::string StatisticsText::withheld(const std::vector<std::string>& empty_groups,
                                     const std::vector<std::string>& small_groups, int min_group) const {
  std::vector<std::string> parts;
  if (!empty_groups.empty())
    parts.push_back(joined(empty_groups) + std::string(pick(language_, " (geen respondenten)", " (no respondents)")));
  if (!small_groups.empty())
    parts.push_back(joined(small_groups) +
                    (language_ == Language::nl ? " (minder dan " + std::to_string(min_group) + " respondenten)"
                                               : " (fewer than " + std::to_string(min_group) + " respondents)"));
  const bool several = empty_groups.size() + small_groups.size() > 1;
  if (language_ == Language::nl)
    return joined(parts) + (several ? " zijn" : " is") + " niet getoetst en niet vergeleken.";
  return joined(parts) + (several ? " are" : " is") + " neither tested nor compared.";
}

std::string StatisticsText::interval(const std::string& low, const std::string& high) const {
  return low + std::string(pick(language_, " tot ", " to ")) + high;
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
  if (language_ == Language::nl)
    return {
        "n is het aantal mensen waarop een getal berust. Hoe kleiner n, hoe meer één antwoord het getal verschuift. "
        "Berust een uitkomst op een groep van minder dan " + std::to_string(kSmallGroup) +
            " mensen, dan staat er 'Let op' bij.",
        "W (Kendalls W, van 0 tot 1) zegt hoe eensgezind een groep de onderdelen ordent: 1 betekent dat iedereen "
        "precies dezelfde volgorde gaf, 0 dat er geen enkele lijn in zit. Vanaf 0,70 noemen we dat hier 'sterk eens', "
        "vanaf 0,40 'redelijk eens', daaronder 'weinig eens'. Getoetst met de Friedmantoets.",
        "p zegt hoe vaak je zo'n uitkomst, of een nog sterkere, zou zien als alleen toeval speelde: als iedereen "
        "willekeurig had gerangschikt, of als de groepen niet echt verschillen. Is p kleiner dan 0,05, dan noemen we "
        "dat hier 'zelden toeval'. Ligt een getal dicht bij zo'n grens, dan staat het met meer decimalen (p = 0,047), "
        "zodat te zien is aan welke kant het valt. Een grote p bewijst niet dat er geen verschil is: met kleine groepen "
        "is een echt verschil vaak niet aan te tonen. En wie veel vergelijkt, vindt altijd wel eens een kleine p.",
        "p = betekent exact geteld: alle mogelijke uitkomsten zijn nagelopen. p ≈ betekent geschat: met " + draws +
            " of meer willekeurige herverdelingen (Monte Carlo; startgetal " + start +
            ", waaruit elke toets een eigen reeks trekt, dus herhaalbaar), of met de chi-kwadraatbenadering waar de "
            "groepen groot genoeg zijn en weinig gelijke antwoorden geven. Zo'n geschatte p ligt in 19 van de 20 "
            "gevallen hooguit 0,01 van de exacte af. Staat er ± achter, dan is dat de standaardfout van de schatting: "
            "de p ligt zo dicht bij 0,05 dat het oordeel bij een andere trekking kan omslaan, of de groepen waren te "
            "groot om vaker te trekken.",
        "Verschillen tussen groepen zijn getoetst met de Kruskal-Wallistoets (H); bij twee groepen is dat de "
        "Mann-Whitneytoets (U). Beide kijken naar de volgorde van de antwoorden, niet naar de gemiddelden zelf.",
        "Het 95%-interval geeft aan tussen welke waarden het gemiddelde waarschijnlijk ligt als je de peiling "
        "herhaalt met andere, vergelijkbare mensen (bootstrap: " + resamples + " trekkingen, startgetal " + start +
            "; vanaf 1.000 mensen per groep de normale benadering). Bij heel kleine groepen is het interval eerder "
            "te smal dan te breed.",
        "Wat doe je met een kleine groep? Trek geen harde conclusies uit één peiling. Bespreek de uitkomst in het "
        "team: herkennen de mensen het beeld, en wat bedoelden ze? Herhaal de peiling later, of op meer scholen, en "
        "kijk of het verschil blijft. Een uitkomst die ook in de open antwoorden terugkomt, staat sterker.",
    };
  return {
      "n is the number of people a figure rests on. The smaller n, the more a single answer shifts the figure. A "
      "result resting on a group of fewer than " + std::to_string(kSmallGroup) + " people carries a 'Note'.",
      "W (Kendall's W, from 0 to 1) says how much a group agrees on the order of the items: 1 means everyone gave "
      "exactly the same order, 0 that there is no common line at all. From 0.70 on we call that 'strongly agree' "
      "here, from 0.40 'fairly agree', below that 'agree little'. Tested with the Friedman test.",
      "p says how often you would see such a result, or a stronger one, if only chance were at work: if everyone "
      "had ranked at random, or if the groups did not really differ. When p is below 0.05 we call it 'rarely "
      "chance' here. A figure close to such a limit is printed with more decimals (p = 0.047), so you can see which "
      "side it falls on. A large p does not prove there is no difference: with small groups a real difference often "
      "cannot be shown. And whoever compares a lot will always find a small p somewhere.",
      "p = means counted exactly: every possible outcome was checked. p ≈ means estimated: with " + draws +
          " or more random rearrangements (Monte Carlo; seed " + start +
          ", from which each test draws a stream of its own, so repeatable), or with the chi-square approximation "
          "where the groups are large enough and give few equal answers. Such an estimated p is within 0.01 of the "
          "exact one in 19 cases out of 20. A ± after it gives the estimate's standard error: the p is so close to "
          "0.05 that the verdict could turn with other draws, or the groups were too large to draw more often.",
      "Differences between groups are tested with the Kruskal-Wallis test (H); for two groups that is the "
      "Mann-Whitney test (U). Both look at the order of the answers, not at the means themselves.",
      "The 95% interval shows between which values the mean probably lies if the survey were repeated with other, "
      "similar people (bootstrap: " + resamples + " resamples, seed " + start +
          "; from 1,000 people per group on, the normal approximation). For very small groups the interval is more "
          "likely too narrow than too wide.",
      "What to do with a small group? Draw no firm conclusions from one survey. Talk about the result in the team: "
      "do people recognise the picture, and what did they mean? Repeat the survey later, or at more schools, and see "
      "whether the difference stays. A result that also shows in the open answers stands stronger.",
  };
}

}  // namespace peiling
