// The first guess of an exported form's columns for the workbench's import page.
#include <catch2/catch.hpp>

#include "engine/column_guess.h"
#include "engine/definition_loader.h"
#include "test_support.h"

using namespace peiling;

TEST_CASE("an exported form's headers are guessed by column name, question text and item in brackets",
          "[import][mapping]") {
  const Questionnaire greven =
      parse_definition(read_definition_text(std::string(PEILING_SOURCE_DIR) + "/questionnaires/greven-fasen.json"), "g");
  const Question& fasen = *greven.find_question("fasen");
  const std::vector<std::string> headers{"Tijdstempel",
                                         "Groep",
                                         "  HOEVEEL jaar werk je in het onderwijs ",
                                         fasen.text + " [" + fasen.items[1].label + "]",
                                         "fasen.f1",
                                         "E-mailadres",
                                         "jaren"};
  const auto guesses = guess_columns(greven, headers);
  CHECK(guesses == std::vector<std::string>{"", "groep", "jaren", "fasen." + fasen.items[1].id, "fasen.f1", "", ""});
}

TEST_CASE("the columns chosen on the page become a mapping that skips the others", "[import][mapping]") {
  const ColumnMapping mapping = mapping_from_choices({"Tijdstempel", "Ik werk als", "Hoe vaak?"}, {"", "groep", "hoe-vaak"});
  CHECK(mapping.ignored == std::set<std::string>{"tijdstempel"});
  CHECK(mapping.columns == std::map<std::string, std::string>{{"ik werk als", "groep"}, {"hoe vaak?", "hoe-vaak"}});
}
