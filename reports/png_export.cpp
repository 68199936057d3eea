// Charts as PNG files: the chart's scene painted by cairo into an opaque image and written
// by libpng; see bar_chart.h and stacked_bar_chart.h.
#include <cairo.h>
#include <png.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

#include "base/messages.h"
#include "reports/chart_painter.h"
#include "reports/chart_scene.h"

namespace peiling {

namespace {

struct CairoSurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoDestroy {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};

[[noreturn]] void fail(const std::filesystem::path& png_path, const std::string& reason) {
  throw std::runtime_error(text(Msg::png_cannot_write, png_path.string(), reason));
}

// Writes cairo's RGB24 pixels (each a native-endian 0x00RRGGBB word) as an RGB PNG through
// libpng's simplified API with PNG_IMAGE_FLAG_FAST: cairo_surface_write_to_png leaves
// libpng's default, which tries every filter on every row and took 40 ms per 1600-px chart,
// five times the rest of the demo report; the flat colours of a chart hardly compress better.
// The pixels are packed to 3 bytes in place (each byte goes to a place at or before the one
// it is read from), so no second image of 5 MB is held; the surface is spent afterwards.
void write_rgb24_png(cairo_surface_t* surface, const std::filesystem::path& png_path) {
  cairo_surface_flush(surface);
  const int width = cairo_image_surface_get_width(surface);
  const int height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  unsigned char* data = cairo_image_surface_get_data(surface);
  unsigned char* out = data;
  for (int y = 0; y < height; ++y) {
    const unsigned char* row = data + static_cast<std::ptrdiff_t>(y) * stride;
    for (int x = 0; x < width; ++x) {
      std::uint32_t pixel = 0;
      std::memcpy(&pixel, row + 4 * static_cast<std::ptrdiff_t>(x), sizeof pixel);
      *out++ = static_cast<unsigned char>(pixel >> 16);
      *out++ = static_cast<unsigned char>(pixel >> 8);
      *out++ = static_cast<unsigned char>(pixel);
    }
  }
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = static_cast<png_uint_32>(width);
  image.height = static_cast<png_uint_32>(height);
  image.format = PNG_FORMAT_RGB;
  image.flags = PNG_IMAGE_FLAG_FAST;
  const bool written = png_image_write_to_file(&image, png_path.c_str(), 0, data, 0, nullptr) != 0;
  const std::string message = image.message;
  png_image_free(&image);
  if (!written) fail(png_path, message);
}

}  // namespace

void write_scene_png(const ChartScene& scene, const std::filesystem::path& png_path, int width_px) {
  constexpr int kMaxSide = 16384;
  if (width_px <= 0 || width_px > kMaxSide)
    fail(png_path, text(Msg::png_width_out_of_range, width_px, kMaxSide));
  const double scale = width_px / scene.width;
  const double height = std::round(scene.height * scale);
  if (!(height >= 1) || height > kMaxSide) fail(png_path, text(Msg::png_unusable_aspect_ratio));
  const int height_px = static_cast<int>(height);

  // RGB24: an opaque image, so slides and documents never show a transparent chart.
  const std::unique_ptr<cairo_surface_t, CairoSurfaceDestroy> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    fail(png_path, cairo_status_to_string(cairo_surface_status(surface.get())));
  const std::unique_ptr<cairo_t, CairoDestroy> cr(cairo_create(surface.get()));
  cairo_scale(cr.get(), scale, scale);
  paint_chart(cr.get(), scene);
  if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) fail(png_path, cairo_status_to_string(cairo_status(cr.get())));
  cairo_surface_flush(surface.get());
  write_rgb24_png(surface.get(), png_path);
}

void write_png(const BarChart& chart, const std::filesystem::path& png_path, int width_px, ChartSize size) {
  write_scene_png(lay_out_chart(chart, ChartStyle{size, false}), png_path, width_px);
}

void write_png(const StackedBarChart& chart, const std::filesystem::path& png_path, int width_px, ChartSize size) {
  write_scene_png(lay_out_chart(chart, ChartStyle{size, false}), png_path, width_px);
}

}  // namespace peiling
