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

std::string agreement_strength(double w, Language language) {
  if (w >= 0.7) return std::string(pick(language, "sterk eens", "strongly agree"));
  if (w >= 0.4) return std::string(pick(language, "redelijk eens", "fairly agree"));
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

std::string StatisticsText::agreement(const std::string& group, double w, const std::string& w_text, int n,
                                      const std::string& p_text, bool rare) const {
  const std::string figures = "(W = " + w_text + ", n = " + std::to_string(n) + ")";
  if (language_ == Language::nl)
    return "In de groep " + group + " is men het " + agreement_strength(w, language_) + " over de volgorde " +
           figures + ". " +
           (rare ? "Zo'n eensgezindheid ontstaat zelden bij toeval (" : "Met deze aantallen kan die eensgezindheid ook "
                                                                         "toeval zijn (") +
           p_text + ")." + few_people(n);
  return "Within " + group + ", people " + agreement_strength(w, language_) + " on the order " + figures + ". " +
         (rare ? "Such agreement rarely arises by chance (" : "With these numbers that agreement may be chance (") +
         p_text + ")." + few_people(n);
}

std::string StatisticsText::no_test(const std::string& group, int n) const {
  return group + (language_ == Language::nl ? ": te weinig antwoorden of geen verschillen om te toetsen (n = "
                                            : ": too few answers or no differences to test (n = ") +
         std::to_string(n) + ").";
}

std::string StatisticsText::across(const std::string& item, const std::string& h_text, const std::string& p_text,
                                   const std::string& sizes, bool rare) const {
  const std::string figures = " (Kruskal-Wallis H = " + h_text + ", " + p_text + "; n = " + sizes + ").";
  if (language_ == Language::nl)
    return "Bij " + item + (rare ? " verschillen de groepen meer dan toeval makkelijk verklaart"
                                 : " kunnen de verschillen tussen de groepen toeval zijn") + figures;
  return "On " + item + (rare ? " the groups differ more than chance easily explains"
                              : " the differences between the groups may be chance") + figures;
}

std::string StatisticsText::pair(const std::string& item, const std::string& first, const std::string& second,
                                 const std::string& first_mean, const std::string& second_mean,
                                 const std::string& difference, const std::string& interval,
                                 const std::string& u_text, const std::string& p_text, const std::string& sizes,
                                 bool rare) const {
  if (language_ == Language::nl) {
    const std::string figures = " (" + first_mean + " tegen " + second_mean + "; verschil " + difference +
                                ", 95%-interval " + interval + ")";
    const std::string test = " (U = " + u_text + ", " + p_text + "; n = " + sizes + ").";
    if (rare) return first + " en " + second + " verschillen bij " + item + figures + "; zo'n verschil ontstaat zelden "
                     "bij toeval" + test;
    return "Het verschil tussen " + first + " en " + second + " bij " + item + figures +
           " kan met deze aantallen toeval zijn" + test;
  }
  const std::string figures = " (" + first_mean + " against " + second_mean + "; difference " + difference +
                              ", 95% interval " + interval + ")";
  const std::string test = " (U = " + u_text + ", " + p_text + "; n = " + sizes + ").";
  if (rare) return first + " and " + second + " differ on " + item + figures + "; such a difference rarely arises "
                   "by chance" + test;
  return "The difference between " + first + " and " + second + " on " + item + figures +
         " may be chance with these numbers" + test;
}

std::string StatisticsText::few_people(int n) const {
  if (n >= 5) return "";
  return language_ == Language::nl ? " Let op: dit zijn de antwoorden van maar " + std::to_string(n) +
                                         " mensen; één ander antwoord kan het beeld veranderen."
                                   : " Note: these are the answers of only " + std::to_string(n) +
                                         " people; one different answer can change the picture.";
}

std::string StatisticsText::withheld(const std::vector<std::string>& groups, int min_group) const {
  std::string names;
  for (std::size_t i = 0; i < groups.size(); ++i)
    names += std::string(i == 0 ? "" : i + 1 == groups.size() ? pick(language_, " en ", " and ") : ", ") + groups[i];
  return language_ == Language::nl
             ? names + " (minder dan " + std::to_string(min_group) + " respondenten) is niet getoetst en niet vergeleken."
             : names + " (fewer than " + std::to_string(min_group) + " respondents) is neither tested nor compared.";
}

std::string StatisticsText::interval(const std::string& low, const std::string& high) const {
  return low + std::string(pick(language_, " tot ", " to ")) + high;
}

std::string StatisticsText::sizes(const std::vector<int>& sizes) const {
  std::string text;
  for (std::size_t i = 0; i < sizes.size(); ++i)
    text += std::string(i == 0 ? "" : i + 1 == sizes.size() ? pick(language_, " en ", " and ") : ", ") +
            std::to_string(sizes[i]);
  return text;
}

std::vector<std::string> StatisticsText::explanations(long monte_carlo_samples, int bootstrap_resamples,
                                                      std::uint64_t seed) const {
  const std::string draws = whole_number(monte_carlo_samples, language_),
                    resamples = whole_number(bootstrap_resamples, language_),
                    start = std::to_string(seed);
  if (language_ == Language::nl)
    return {
        "n is het aantal mensen waarop een getal berust. Hoe kleiner n, hoe meer één antwoord het getal verschuift.",
        "W (Kendalls W, van 0 tot 1) zegt hoe eensgezind een groep de onderdelen ordent: 1 betekent dat iedereen "
        "precies dezelfde volgorde gaf, 0 dat er geen enkele lijn in zit. Getoetst met de Friedmantoets.",
        "p zegt hoe vaak je zo'n uitkomst, of een nog sterkere, zou zien als alleen toeval speelde: als iedereen "
        "willekeurig had gerangschikt, of als de groepen niet echt verschillen. Is p kleiner dan 0,05, dan noemen we "
        "dat hier 'zelden toeval'. Een grote p bewijst niet dat er geen verschil is: met kleine groepen is een echt "
        "verschil vaak niet aan te tonen. En wie veel vergelijkt, vindt altijd wel eens een kleine p.",
        "p = betekent exact geteld: alle mogelijke uitkomsten zijn nagelopen. p ≈ betekent geschat: met ten hoogste " + draws +
            " willekeurige herverdelingen (Monte Carlo, startgetal " + start +
            ", dus herhaalbaar; de geschatte p kan een paar duizendsten afwijken), of bij grote groepen met de "
            "chi-kwadraatbenadering.",
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
      "n is the number of people a figure rests on. The smaller n, the more a single answer shifts the figure.",
      "W (Kendall's W, from 0 to 1) says how much a group agrees on the order of the items: 1 means everyone gave "
      "exactly the same order, 0 that there is no common line at all. Tested with the Friedman test.",
      "p says how often you would see such a result, or a stronger one, if only chance were at work: if everyone "
      "had ranked at random, or if the groups did not really differ. When p is below 0.05 we call it 'rarely "
      "chance' here. A large p does not prove there is no difference: with small groups a real difference often "
      "cannot be shown. And whoever compares a lot will always find a small p somewhere.",
      "p = means counted exactly: every possible outcome was checked. p ≈ means estimated: with up to " + draws +
          " random rearrangements (Monte Carlo, seed " + start +
          ", so repeatable; the estimated p may be off by a few thousandths), or for large groups with the "
          "chi-square approximation.",
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
