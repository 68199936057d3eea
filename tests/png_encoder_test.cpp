// The PNG encoder's output is valid and lossless: each file is decoded here with zlib's
// inflate and a PNG un-filter written from the specification (all five filter types), and
// the pixels must equal the source exactly; chunk CRCs and IHDR are checked on the way.
// Images cover one colour, noise, stripes, tiny widths, every run length around deflate's
// 258-byte match limit, painted charts, and the PNGs of a real demo report.
#include <cairo.h>
#include <zlib.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "chart_fixtures.h"
#include "reports/bar_chart.h"
#include "reports/chart_painter.h"
#include "reports/png_encoder.h"
#include "test_support.h"

namespace fs = std::filesystem;
using peiling::testing::read_file;
using peiling::testing::ScratchDir;

namespace {

// A cairo-like RGB24 image: 0x??RRGGBB per pixel, rows `stride` bytes apart.
struct SourceImage {
  int width = 0, height = 0, stride = 0;
  std::vector<std::uint32_t> words;

  SourceImage(int w, int h, int padding_pixels = 0)
      : width(w), height(h), stride(4 * (w + padding_pixels)),
        words(static_cast<std::size_t>(w + padding_pixels) * static_cast<std::size_t>(h), 0xdeadbeef) {}
  std::uint32_t& at(int x, int y) { return words[static_cast<std::size_t>(y) * (stride / 4) + static_cast<std::size_t>(x)]; }
  peiling::Rgb24Image view() const {
    return {reinterpret_cast<const unsigned char*>(words.data()), width, height, stride};
  }
};

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

struct DecodedPng {
  int width = 0, height = 0;
  std::vector<unsigned char> rgb;  // 3 bytes per pixel, rows packed
};

int paeth(int a, int b, int c) {
  const int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

// Reverses PNG filtering (PNG spec section 9) of 8-bit RGB rows.
std::vector<unsigned char> unfilter(const std::vector<unsigned char>& data, int width, int height) {
  const std::size_t row_size = 3 * static_cast<std::size_t>(width);
  std::vector<unsigned char> rgb(row_size * static_cast<std::size_t>(height));
  for (int y = 0; y < height; ++y) {
    const unsigned char* in = &data[static_cast<std::size_t>(y) * (row_size + 1)];
    unsigned char* out = &rgb[static_cast<std::size_t>(y) * row_size];
    const unsigned char* up = y > 0 ? out - row_size : nullptr;
    const int filter = in[0];
    REQUIRE(filter <= 4);
    for (std::size_t i = 0; i < row_size; ++i) {
      const int left = i >= 3 ? out[i - 3] : 0, above = up ? up[i] : 0, corner = up && i >= 3 ? up[i - 3] : 0;
      const int predictor = filter == 0 ? 0 : filter == 1 ? left : filter == 2 ? above
                            : filter == 3 ? (left + above) / 2 : paeth(left, above, corner);
      out[i] = static_cast<unsigned char>(in[1 + i] + predictor);
    }
  }
  return rgb;
}

DecodedPng decode(const std::string& file) {
  REQUIRE(file.size() > 8);
  REQUIRE(file.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  DecodedPng png;
  std::string idat, order;
  for (std::size_t at = 8; at < file.size();) {
    REQUIRE(at + 12 <= file.size());
    const std::uint32_t length = big_endian(file, at);
    REQUIRE(at + 12 + length <= file.size());
    const std::string type = file.substr(at + 4, 4);
    const auto* typed = reinterpret_cast<const Bytef*>(file.data() + at + 4);
    CHECK(big_endian(file, at + 8 + length) == ::crc32(0, typed, length + 4));
    const std::string data = file.substr(at + 8, length);
    if (type == "IHDR") {
      REQUIRE(length == 13);
      png.width = static_cast<int>(big_endian(data, 0));
      png.height = static_cast<int>(big_endian(data, 4));
      CHECK(data.substr(8) == std::string("\x08\x02\x00\x00\x00", 5));  // 8-bit RGB, deflate, no interlace
    }
    if (type == "IDAT") idat += data;
    order += type == "IDAT" && order.ends_with("IDAT ") ? "" : type + " ";
    at += 12 + length;
  }
  CHECK(order == "IHDR IDAT IEND ");
  REQUIRE(png.width > 0);
  const std::size_t expected = static_cast<std::size_t>(png.height) * (3 * static_cast<std::size_t>(png.width) + 1);
  std::vector<unsigned char> filtered(expected + 1);
  uLongf size = static_cast<uLongf>(filtered.size());
  REQUIRE(::uncompress(filtered.data(), &size, reinterpret_cast<const Bytef*>(idat.data()),
                       static_cast<uLong>(idat.size())) == Z_OK);  // also checks the Adler-32
  REQUIRE(size == expected);
  png.rgb = unfilter(filtered, png.width, png.height);
  return png;
}

// Encodes `image`, decodes the file and compares every pixel; returns the file size.
std::size_t check_round_trip(const SourceImage& image) {
  ScratchDir dir;
  const fs::path path = dir.path() / "image.png";
  peiling::write_png_file(image.view(), path);
  const std::string file = read_file(path);
  const DecodedPng png = decode(file);
  REQUIRE(png.width == image.width);
  REQUIRE(png.height == image.height);
  std::size_t mismatches = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const std::uint32_t pixel = image.words[static_cast<std::size_t>(y) * (image.stride / 4) + static_cast<std::size_t>(x)];
      const unsigned char* decoded = &png.rgb[3 * (static_cast<std::size_t>(y) * image.width + x)];
      mismatches += decoded[0] != ((pixel >> 16) & 0xff) || decoded[1] != ((pixel >> 8) & 0xff) ||
                    decoded[2] != (pixel & 0xff);
    }
  CHECK(mismatches == 0);
  return file.size();
}

}  // namespace

TEST_CASE("one colour round-trips and compresses to a small file", "[png]") {
  SourceImage image(1600, 1024);
  for (auto& pixel : image.words) pixel = 0xff336699;
  const std::size_t size = check_round_trip(image);
  CHECK(size < 64 * 1024);  // 5 MB of pixels: identical rows must cost a few dozen bytes each
}

TEST_CASE("random pixels round-trip, with the unused top byte and row padding ignored", "[png]") {
  std::mt19937 random(7);
  for (const auto& [width, height] : {std::pair{37, 23}, std::pair{1, 9}, std::pair{2, 3}, std::pair{3, 1}, std::pair{640, 40}}) {
    SourceImage image(width, height, 3);
    for (auto& pixel : image.words) pixel = random();
    check_round_trip(image);
  }
}

TEST_CASE("few colours, as in charts, with repeated and nearly repeated rows", "[png]") {
  std::mt19937 random(11);
  for (int width : {1, 2, 3, 85, 86, 87, 88, 1600}) {
    SourceImage image(width, 40);
    const std::uint32_t palette[] = {0xffffff, 0x0072b2, 0xe69f00, 0x000000, 0x0072b3};
    for (int y = 0; y < image.height; ++y)
      for (int x = 0; x < width; ++x)
        image.at(x, y) = y % 7 == 3 ? palette[random() % 5] : palette[(x / 5 + y / 4) % 5];
    check_round_trip(image);
  }
}

TEST_CASE("vertical and horizontal stripes round-trip, whatever the unused top byte holds", "[png]") {
  std::mt19937 random(5);
  SourceImage vertical(301, 17), horizontal(301, 17), vertical_noisy_top(301, 17);
  for (int y = 0; y < 17; ++y)
    for (int x = 0; x < 301; ++x) {
      vertical.at(x, y) = x % 2 ? 0x00ff00 : 0x0000ff;
      horizontal.at(x, y) = y % 3 ? 0x102030 : 0xa0b0c0;
      vertical_noisy_top.at(x, y) = (x % 2 ? 0x00ff00 : 0x0000ff) | (x > 150 ? random() << 24 : 0);
    }
  check_round_trip(vertical);
  check_round_trip(horizontal);
  check_round_trip(vertical_noisy_top);  // rows equal in colour but not in memory
}

TEST_CASE("every run length from 1 to 200 pixels, across deflate's 258-byte copy limit", "[png]") {
  // Runs of 86 to 88 pixels copy 255, 258 and 261 bytes after their first pixel; a row of
  // 86 pixels is 259 bytes with its filter byte. Zero rows (repeats) get the same runs.
  int width = 0;
  for (int run = 1; run <= 200; ++run) width += run;
  SourceImage image(width, 4);
  for (int y = 0; y < image.height; ++y) {
    int x = 0;
    for (int run = 1; run <= 200; ++run)
      for (int i = 0; i < run; ++i) image.at(x++, y) = y == 2 ? 0 : run % 2 ? 0xfafafa : 0x123456;
  }
  check_round_trip(image);
  for (int row_width : {85, 86, 87, 88, 172, 173, 174}) {
    SourceImage row(row_width, 3);
    for (auto& pixel : row.words) pixel = 0x808080;
    check_round_trip(row);
  }
}

namespace {

// Paints a chart's scene 1600 px wide, as write_png does, into a source image.
SourceImage painted(const peiling::ChartScene& scene) {
  const int width = 1600, height = static_cast<int>(scene.height * width / scene.width);
  SourceImage image(width, height);
  cairo_surface_t* surface = cairo_image_surface_create_for_data(
      reinterpret_cast<unsigned char*>(image.words.data()), CAIRO_FORMAT_RGB24, width, height, image.stride);
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, width / scene.width, width / scene.width);
  peiling::paint_chart(cr, scene);
  cairo_destroy(cr);
  cairo_surface_flush(surface);
  cairo_surface_destroy(surface);
  return image;
}

}  // namespace

TEST_CASE("a painted chart round-trips pixel for pixel", "[png]") {
  peiling::BarChart chart;
  chart.title = "Alle groepen: gemiddelde score per fase";
  chart.categories = {"Fase 1: remedial teacher plus", "Fase 2: systeemontwikkelaar", "Fase 3: consultant",
                      "Fase 4: coach", "Fase 5: kenniscoördinator"};
  chart.series = {{"Directie", {1.0, 3.3, 3.7, 5.0, 2.0}, {"1,0", "3,3", "3,7", "5,0", "2,0"},
                   {std::pair{0.8, 1.4}, std::pair{2.9, 3.6}, std::nullopt, std::pair{4.5, 5.0}, std::pair{1.5, 2.5}}},
                  {"IB'ers", {1.3, 2.8, 4.0, 4.3, 2.8}, {"1,3", "2,8", "4,0", "4,3", "2,8"}, {}}};
  chart.axis_min = 1;
  chart.axis_max = 5;
  chart.axis_step = 1;
  chart.axis_label = "gemiddelde score";
  const SourceImage image = painted(peiling::lay_out_chart(chart));
  const std::size_t size = check_round_trip(image);
  CHECK(size < static_cast<std::size_t>(image.width) * image.height * 3 / 8);  // far below the raw pixels
}

TEST_CASE("a painted stacked chart and a slide chart round-trip pixel for pixel", "[png]") {
  using namespace peiling::chart_fixtures;
  for (const peiling::ChartScene& scene :
       {peiling::lay_out_chart(matrix_combined_chart()), peiling::lay_out_chart(likert_chart(), {peiling::ChartSize::slide, true}),
        peiling::lay_out_chart(choice_chart(true), {peiling::ChartSize::slide, true})}) {
    const SourceImage image = painted(scene);
    const std::size_t size = check_round_trip(image);
    CHECK(size < static_cast<std::size_t>(image.width) * image.height * 3 / 8);
  }
}

#ifdef PEILING_BINARY
TEST_CASE("the demo report's PNGs decode the same with libpng as with this test's decoder", "[png]") {
  using peiling::testing::run_process;
  ScratchDir dir;
  REQUIRE(run_process(PEILING_BINARY, {"demo", "--out", dir.file("demo")}, dir.path()).exit_code == 0);
  int charts = 0;
  for (const auto& entry : fs::directory_iterator(dir.path() / "demo")) {
    if (entry.path().extension() != ".png") continue;
    ++charts;
    const DecodedPng ours = decode(read_file(entry.path()));
    cairo_surface_t* surface = cairo_image_surface_create_from_png(entry.path().c_str());
    REQUIRE(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS);
    REQUIRE(cairo_image_surface_get_width(surface) == ours.width);
    REQUIRE(cairo_image_surface_get_height(surface) == ours.height);
    const int stride = cairo_image_surface_get_stride(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    std::size_t mismatches = 0;
    for (int y = 0; y < ours.height; ++y)
      for (int x = 0; x < ours.width; ++x) {
        std::uint32_t pixel;
        std::memcpy(&pixel, data + static_cast<std::ptrdiff_t>(y) * stride + 4 * x, 4);
        const unsigned char* decoded = &ours.rgb[3 * (static_cast<std::size_t>(y) * ours.width + x)];
        mismatches += decoded[0] != ((pixel >> 16) & 0xff) || decoded[1] != ((pixel >> 8) & 0xff) ||
                      decoded[2] != (pixel & 0xff);
      }
    cairo_surface_destroy(surface);
    CHECK(mismatches == 0);
  }
  CHECK(charts >= 4);
}
#endif

TEST_CASE("byte counts skewed enough to need Huffman codes over 15 bits still round-trip", "[png]") {
  // Byte k is as common as the k-th Fibonacci number: an unlimited Huffman code would give
  // the rarest bytes codes of about 20 bits, more than deflate allows.
  std::vector<std::uint32_t> pixels;
  std::uint64_t count = 1, next = 1;
  for (std::uint32_t k = 1; k <= 22; ++k) {
    pixels.insert(pixels.end(), count, k * 0x010101u);
    count = std::exchange(next, count + next);
  }
  std::shuffle(pixels.begin(), pixels.end(), std::mt19937(3));
  SourceImage image(static_cast<int>(pixels.size()), 1);
  image.words = pixels;
  check_round_trip(image);
}
