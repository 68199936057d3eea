// Looks at the paper form the way a person does: headless Chromium renders it at A4 width
// (a screenshot) and prints it to PDF, as a teacher's browser would on Ctrl-P.
#include <catch2/catch.hpp>
#include <regex>

#include "engine/definition_loader.h"
#include "reports/paper_form.h"
#include "browser_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

// Pixels of the screenshot that are nearly black: the boxes' borders and the text.
int ink_pixels(const std::string& png) {
  return count_pixels(png, [](int red, int green, int blue) { return red < 60 && green < 60 && blue < 60; });
}

struct PrintedForm {
  ScratchDir dir;
  std::string page;
  PrintedForm() {
    const auto questionnaire = load_definition_file(PEILING_SOURCE_DIR "/questionnaires/greven-fasen.json");
    write_file(dir.file("formulier.html"), paper_form_html(questionnaire, "leerkrachten", {1, "nulmeting", Language::nl}));
    page = "file://" + dir.file("formulier.html");
  }
};

}  // namespace

TEST_CASE("browser: the paper form renders at A4 width with its boxes and text", "[browser][paper]") {
  PrintedForm form;
  const std::string png = form.dir.file("formulier.png");
  const auto shot = chromium(form.dir, {"--window-size=794,2300", "--screenshot=" + png, form.page});
  INFO(shot.err);
  REQUIRE(shot.exit_code == 0);
  // An empty or unstyled page has a few hundred dark pixels at most; the form's borders,
  // lines and text give tens of thousands.
  CHECK(ink_pixels(png) > 20000);
  if (const char* keep = std::getenv("PEILING_KEEP_SCREENSHOTS"))
    std::filesystem::copy_file(png, std::string(keep) + "/formulier.png",
                               std::filesystem::copy_options::overwrite_existing);
}

TEST_CASE("browser: the paper form prints to A4 pages", "[browser][paper]") {
  PrintedForm form;
  const std::string pdf = form.dir.file("formulier.pdf");
  const auto printed = chromium(form.dir, {"--no-pdf-header-footer", "--print-to-pdf=" + pdf, form.page});
  INFO(printed.err);
  REQUIRE(printed.exit_code == 0);
  const std::string document = read_file(pdf);
  REQUIRE_THAT(document, Catch::StartsWith("%PDF"));
  const std::regex media_box(R"(/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\])");
  int pages = 0;
  for (std::sregex_iterator box(document.begin(), document.end(), media_box), end; box != end; ++box, ++pages) {
    CHECK(std::stod((*box)[1]) == Approx(595.3).margin(1.0));  // A4: 210 x 297 mm in points
    CHECK(std::stod((*box)[2]) == Approx(841.9).margin(1.0));
  }
  // The teacher's form (five phases with their descriptions, two open questions) needs
  // two sheets; more would mean the print style broke.
  CHECK(pages >= 1);
  CHECK(pages <= 2);
}
