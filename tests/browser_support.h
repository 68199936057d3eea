// Shared by the tests that look at pages the way a person does: headless Chromium with the
// flags that keep it offline and quiet, and counting the pixels of a screenshot.
#pragma once

#include <cairo.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "test_support.h"

namespace peiling::testing {

// Runs headless Chromium (at most 120 s) with `args` after the common flags, with its
// profile in `dir`.
inline ProcessResult chromium(const ScratchDir& dir, const std::vector<std::string>& args) {
  std::vector<std::string> all{"120", "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                               "--disable-background-networking", "--disable-component-update", "--disable-sync",
                               "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + dir.file("profile")};
  all.insert(all.end(), args.begin(), args.end());
  return run_process("/usr/bin/timeout", all, dir.path());
}

// Whether `name` is a program on the PATH.
inline bool program_available(const std::string& name) {
  return run_process("/bin/sh", {"-c", "command -v " + name}, std::filesystem::temp_directory_path()).exit_code == 0;
}

// Whether node and chromium are there for the scripts in tests/e2e; warns that the test
// is skipped when they are not.
inline bool have_browser_tools() {
  if (program_available("node") && program_available("chromium")) return true;
  WARN("skipped: node and chromium are needed for this browser test (scripts/setup.sh --with-browser)");
  return false;
}

// How many pixels of the PNG screenshot `png` satisfy `counts(red, green, blue)`.
template <typename Predicate>
int count_pixels(const std::string& png, Predicate counts) {
  cairo_surface_t* image = cairo_image_surface_create_from_png(png.c_str());
  REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
  const int width = cairo_image_surface_get_width(image), height = cairo_image_surface_get_height(image);
  const int stride = cairo_image_surface_get_stride(image);
  const unsigned char* data = cairo_image_surface_get_data(image);
  int count = 0;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const auto* pixel = data + y * stride + x * 4;  // ARGB32, little endian: B G R A
      if (counts(pixel[2], pixel[1], pixel[0])) ++count;
    }
  cairo_surface_destroy(image);
  return count;
}

}  // namespace peiling::testing
