// Keyword suggestion and text folding: matching ignores case and accents.
#include <catch2/catch.hpp>

#include "analysis/code_suggestion.h"
#include "analysis/text_fold.h"

using namespace peiling;

TEST_CASE("folding ignores case and accents", "[coding][suggestion]") {
  CHECK(fold_text("Coördinator") == "coordinator");
  CHECK(fold_text("ÉÉN Café") == "een cafe");
  CHECK(fold_text("IB'er") == "ib'er");
  CHECK(fold_text(std::string("LVS \xff")) == std::string("lvs \xff"));  // not UTF-8: ASCII lowered only
  CHECK(contains_word(fold_text("De Coördinator van de zorg"), fold_text("coordinator")));
  CHECK(contains_word("leerkrachten coachen", "coach"));  // a word that starts with the keyword
  CHECK_FALSE(contains_word("autocoach", "coach"));       // not inside another word
}

TEST_CASE("WordStarts finds many words at once exactly as contains_word finds each", "[coding][suggestion]") {
  const std::vector<std::string> words{"coach", "extra hulp", "ouders", "-x", "c", "lvs", "zorg"};
  const WordStarts starts(words);
  for (const std::string text : {"leerkrachten coachen en ouders", "autocoach", "extra hulp bij zorgleerlingen",
                                 "-x of y-x", "", "c", "de lvs-toets", "ouder", "zorg\nextra hulp"}) {
    std::vector<bool> found(words.size(), false);
    starts.find_in(text, found);
    for (std::size_t w = 0; w < words.size(); ++w) {
      INFO("'" << words[w] << "' in '" << text << "'");
      CHECK(found[w] == contains_word(text, words[w]));
    }
  }
}

TEST_CASE("the code whose keywords occur most is suggested", "[coding][suggestion]") {
  CodingFrame frame{"f", "F", {}};
  frame.codes.push_back({"rt", "RT+", "", {"leerling", "remedial"}});
  frame.codes.push_back({"coach", "Coach", "", {"coach", "feedback", "klassenbezoek"}});
  frame.codes.push_back({"kennis", "Kenniscoördinator", "", {"kenniscoördinator", "kennis delen"}});
  CHECK(suggest_code(frame, "Als COACH feedback geven na een klassenbezoek")->id == "coach");
  CHECK(suggest_code(frame, "Zij is de KENNISCOORDINATOR van de school")->id == "kennis");
  CHECK(suggest_code(frame, "Kennis Delen met het team")->id == "kennis");
  CHECK(suggest_code(frame, "een leerling coachen")->id == "rt");  // one hit each: the earlier code, 'leerling' is longer
  CHECK(suggest_code(frame, "Eigenlijk bij alles") == nullptr);
}
