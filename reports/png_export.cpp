// Rasterising chart SVGs to PNG with librsvg and cairo; see bar_chart.h.
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <png.h>

#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>
#include <new>

#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "reports/bar_chart.h"

namespace peiling {

namespace {

// Owners for the C resources, so every exit path releases them.
struct GObjectUnref {
  void operator()(gpointer object) const { g_object_unref(object); }
};
struct CairoSurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoDestroy {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct GErrorFree {
  void operator()(GError* error) const { g_error_free(error); }
};

using HandlePtr = std::unique_ptr<RsvgHandle, GObjectUnref>;
using SurfacePtr = std::unique_ptr<cairo_surface_t, CairoSurfaceDestroy>;
using ContextPtr = std::unique_ptr<cairo_t, CairoDestroy>;
using ErrorPtr = std::unique_ptr<GError, GErrorFree>;

[[noreturn]] void fail(const std::filesystem::path& png_path, const std::string& reason) {
  throw std::runtime_error("cannot write PNG file '" + png_path.string() + "': " + reason);
}

std::string error_text(GError* error) {
  const ErrorPtr owned(error);
  return owned && owned->message ? owned->message : "unknown librsvg error";
}

// The document's size in CSS pixels: from width/height when they are absolute, else from
// the viewBox (inline SVG uses width="100%").
void document_size(RsvgHandle* handle, const std::filesystem::path& png_path, double& width, double& height) {
  if (rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) && width > 0 && height > 0) return;
  gboolean has_width = FALSE;
  gboolean has_height = FALSE;
  gboolean has_viewbox = FALSE;
  RsvgLength length_w{};
  RsvgLength length_h{};
  RsvgRectangle viewbox{};
  rsvg_handle_get_intrinsic_dimensions(handle, &has_width, &length_w, &has_height, &length_h, &has_viewbox, &viewbox);
  if (!has_viewbox || !(viewbox.width > 0) || !(viewbox.height > 0))
    fail(png_path, "the SVG document has neither a pixel size nor a viewBox");
  width = viewbox.width;
  height = viewbox.height;
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

struct FileClose {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// Encodes an RGB24 cairo surface as PNG with fast zlib settings: charts are flat colour, so
// level 1 without row filters is about as small as cairo's default and several times
// faster (filters help photographs, not flat fills: "sub" made the demo's PNGs 16% larger).
void encode_png(cairo_surface_t* surface, const std::filesystem::path& png_path) {
  const std::unique_ptr<std::FILE, FileClose> file(std::fopen(png_path.c_str(), "wb"));
  if (!file) fail(png_path, "cannot open the file for writing");
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_write_struct(&png, nullptr);
    fail(png_path, "out of memory");
  }
  const int width = cairo_image_surface_get_width(surface);
  const int height = cairo_image_surface_get_height(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  const unsigned char* pixels = cairo_image_surface_get_data(surface);
  std::vector<png_byte> row(static_cast<std::size_t>(width) * 3);
  // libpng reports errors by longjmp; nothing with a destructor is created after this point.
  if (setjmp(png_jmpbuf(png))) {
    png_destroy_write_struct(&png, &info);
    fail(png_path, "the PNG encoder failed (disk full?)");
  }
  png_init_io(png, file.get());
  png_set_compression_level(png, 1);
  png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8, PNG_COLOR_TYPE_RGB,
               PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
  png_write_info(png, info);
  for (int y = 0; y < height; ++y) {
    const auto* source = reinterpret_cast<const std::uint32_t*>(pixels + static_cast<std::ptrdiff_t>(y) * stride);
    for (int x = 0; x < width; ++x) {  // RGB24 keeps each pixel as 0x00RRGGBB in native order
      row[static_cast<std::size_t>(x) * 3] = static_cast<png_byte>(source[x] >> 16);
      row[static_cast<std::size_t>(x) * 3 + 1] = static_cast<png_byte>(source[x] >> 8);
      row[static_cast<std::size_t>(x) * 3 + 2] = static_cast<png_byte>(source[x]);
    }
    png_write_row(png, row.data());
  }
  png_write_end(png, info);
  png_destroy_write_struct(&png, &info);
  if (std::fflush(file.get()) != 0) fail(png_path, "cannot write the file (disk full?)");
}

}  // namespace

void write_png(const std::string& svg_document, const std::filesystem::path& png_path, int width_px) {
  constexpr int kMaxSide = 16384;
  if (width_px <= 0 || width_px > kMaxSide)
    fail(png_path, "width " + std::to_string(width_px) + " px is outside 1.." + std::to_string(kMaxSide));

  GError* error = nullptr;
  const HandlePtr handle(rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg_document.data()),
                                                   svg_document.size(), &error));
  if (!handle) fail(png_path, "the SVG document cannot be read: " + error_text(error));

  double doc_width = 0;
  double doc_height = 0;
  document_size(handle.get(), png_path, doc_width, doc_height);
  const double height = std::round(width_px * doc_height / doc_width);
  if (!(height >= 1) || height > kMaxSide) fail(png_path, "the SVG document has an unusable aspect ratio");
  const int height_px = static_cast<int>(height);

  // RGB24: an opaque image, so slides and documents never show a transparent chart.
  const PixelBuffer pixels(width_px, height_px);
  const SurfacePtr surface(cairo_image_surface_create_for_data(pixels.data(), CAIRO_FORMAT_RGB24, width_px, height_px,
                                                               pixels.stride()));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    fail(png_path, cairo_status_to_string(cairo_surface_status(surface.get())));
  const ContextPtr cr(cairo_create(surface.get()));
  if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) fail(png_path, cairo_status_to_string(cairo_status(cr.get())));

  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());

  const RsvgRectangle viewport{0, 0, static_cast<double>(width_px), static_cast<double>(height_px)};
  if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error))
    fail(png_path, "the SVG document cannot be drawn: " + error_text(error));
  if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) fail(png_path, cairo_status_to_string(cairo_status(cr.get())));

  cairo_surface_flush(surface.get());
  encode_png(surface.get(), png_path);
}

}  // namespace peiling
