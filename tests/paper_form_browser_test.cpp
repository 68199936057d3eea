// Looks at the paper form the way a person does: headless Chromium renders it at A4 width
// (a screenshot) and prints it to PDF, as a teacher's browser would on Ctrl-P.
#include <cairo.h>

#include <catch2/catch.hpp>
#include <regex>

#include "engine/definition_loader.h"
#include "reports/paper_form.h"
#include "test_support.h"

using namespace peiling;
using namespace peiling::testing;

namespace {

ProcessResult chromium(const ScratchDir& dir, std::vector<std::string> args) {
  std::vector<std::string> all{"120", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                               "--disable-background-networking", "--disable-component-update", "--disable-sync",
                               "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + dir.file("profile")};
  all.insert(all.end(), args.begin(), args.end());
  return run_process("/usr/bin/timeout", all, dir.path());
}

// Pixels in a horizontal band of the screenshot that are nearly black: the boxes' borders
// and the text.
int ink_pixels(const std::string& png) {
  cairo_surface_t* image = cairo_image_surface_create_from_png(png.c_str());
  REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
  const int width = cairo_image_surface_get_width(image), height = cairo_image_surface_get_height(image);
  const int stride = cairo_image_surface_get_stride(image);
  const unsigned char* data = cairo_image_surface_get_data(image);
  int count = 0;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const auto* pixel = data + y * stride + x * 4;  // ARGB32, little endian: B G R A
      if (pixel[0] < 60 && pixel[1] < 60 && pixel[2] < 60) ++count;
    }
  cairo_surface_destroy(image);
  return count;
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
