// Charts as PNG files: the chart's scene painted by cairo into an opaque pixel buffer,
// then encoded; see bar_chart.h and stacked_bar_chart.h.
#include <sys/mman.h>

#include <cairo.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>

#include "reports/chart_painter.h"
#include "reports/chart_scene.h"
#include "reports/png_encoder.h"

namespace peiling {

namespace {

struct CairoSurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoDestroy {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};

[[noreturn]] void fail(const std::filesystem::path& png_path, const std::string& reason) {
  throw std::runtime_error("cannot write PNG file '" + png_path.string() + "': " + reason);
}

// The pixels of one chart, in memory asked for as transparent huge pages: a 1600-px chart
// is 6 MB, and touching it page by page costs ~1,500 page faults, which on a virtual
// machine were a fifth of a small report's time. Without huge pages it works the same.
class PixelBuffer {
 public:
  PixelBuffer(int width_px, int height_px)
      : stride_(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, width_px)),
        size_(round_up(static_cast<std::size_t>(stride_) * static_cast<std::size_t>(height_px))),
        data_(static_cast<unsigned char*>(std::aligned_alloc(kHugePage, size_))) {
    if (!data_) throw std::bad_alloc();
    ::madvise(data_, size_, MADV_HUGEPAGE);
  }
  ~PixelBuffer() { std::free(data_); }
  PixelBuffer(const PixelBuffer&) = delete;
  PixelBuffer& operator=(const PixelBuffer&) = delete;
  unsigned char* data() const { return data_; }
  int stride() const { return stride_; }

 private:
  static constexpr std::size_t kHugePage = 2 * 1024 * 1024;
  static std::size_t round_up(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }
  int stride_;
  std::size_t size_;
  unsigned char* data_;
};

}  // namespace

void write_scene_png(const ChartScene& scene, const std::filesystem::path& png_path, int width_px) {
  constexpr int kMaxSide = 16384;
  if (width_px <= 0 || width_px > kMaxSide)
    fail(png_path, "width " + std::to_string(width_px) + " px is outside 1.." + std::to_string(kMaxSide));
  const double scale = width_px / scene.width;
  const double height = std::round(scene.height * scale);
  if (!(height >= 1) || height > kMaxSide) fail(png_path, "the chart has an unusable aspect ratio");
  const int height_px = static_cast<int>(height);

  // RGB24: an opaque image, so slides and documents never show a transparent chart.
  const PixelBuffer pixels(width_px, height_px);
  const std::unique_ptr<cairo_surface_t, CairoSurfaceDestroy> surface(cairo_image_surface_create_for_data(
      pixels.data(), CAIRO_FORMAT_RGB24, width_px, height_px, pixels.stride()));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    fail(png_path, cairo_status_to_string(cairo_surface_status(surface.get())));
  const std::unique_ptr<cairo_t, CairoDestroy> cr(cairo_create(surface.get()));
  cairo_scale(cr.get(), scale, scale);
  paint_chart(cr.get(), scene);
  if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) fail(png_path, cairo_status_to_string(cairo_status(cr.get())));
  cairo_surface_flush(surface.get());
  write_png_file({pixels.data(), width_px, height_px, pixels.stride()}, png_path);
}

void write_png(const BarChart& chart, const std::filesystem::path& png_path, int width_px, ChartSize size) {
  write_scene_png(lay_out_chart(chart, ChartStyle{size, false}), png_path, width_px);
}

void write_png(const StackedBarChart& chart, const std::filesystem::path& png_path, int width_px, ChartSize size) {
  write_scene_png(lay_out_chart(chart, ChartStyle{size, false}), png_path, width_px);
}

}  // namespace peiling
