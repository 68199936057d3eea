// The method section's counts of the open answers are those of the ordered shoebox: an
// answer is "placed in the coding frame" only when the code the report uses for it (the
// agreed one, else the last coder's) is a code of the frame, so an answer marked 'niet te
// plaatsen' is counted as such and never as placed.
#include <catch2/catch.hpp>

#include "analysis/survey_analysis.h"
#include "app/demo_survey.h"
#include "reports/coding_sections.h"
#include "test_support.h"

using namespace peiling;
using peiling::testing::ScratchDir;

namespace {

std::string answers_paragraph(Store& store, std::int64_t survey_id, Language language) {
  const auto analysis = analyse_survey(store, survey_id);
  ReportOptions options;
  options.language = language;
  const ReportModel model = build_report_model(*analysis, open_answer_stream(store, *analysis), options);
  const ReportSection section = method_section(model);
  REQUIRE_FALSE(section.blocks.empty());
  return section.blocks.front().text;
}

}  // namespace

TEST_CASE("The coding method counts an answer marked 'niet te plaatsen' as not placed", "[method]") {
  ScratchDir dir;
  Store store{dir.file("demo.sqlite")};
  const auto survey_id = build_demo_survey(store, PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
  // The demo: 30 open answers, 28 of them under a frame code.
  CHECK(answers_paragraph(store, survey_id, Language::nl) ==
        "30 open antwoorden, waarvan er 28 letterlijk in het codeerschema zijn geplaatst (zie de geordende "
        "schoenendoos). 2 zijn (nog) niet gecodeerd.");
  // The last coder of three answers could not place them: they are not placed any more.
  int marked = 0;
  for (const CodingRecord& coding : store.codings_of(survey_id))
    if (coding.coder == "demo" && marked < 3 && coding.question == "taak") {
      store.record_decision(coding.response_id, coding.question, "derde-codeur", {kUnplaceable}, "");
      ++marked;
    }
  REQUIRE(marked == 3);
  CHECK(answers_paragraph(store, survey_id, Language::nl) ==
        "30 open antwoorden, waarvan er 25 letterlijk in het codeerschema zijn geplaatst (zie de geordende "
        "schoenendoos). 3 kon een codeur niet plaatsen; die staan onder 'niet te plaatsen'. 2 zijn (nog) niet "
        "gecodeerd.");
  CHECK(answers_paragraph(store, survey_id, Language::en) ==
        "30 open answers, of which 25 were placed in the coding frame (verbatim, see the ordered shoebox). A coder "
        "could not place 3; they are listed under 'could not be placed'. 2 are not (yet) coded.");
}
