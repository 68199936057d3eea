// Rasterising chart SVGs to PNG with librsvg and cairo; see bar_chart.h.
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <memory>
#include <stdexcept>
#include <string>

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
  const SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width_px, height_px));
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
  const cairo_status_t status = cairo_surface_write_to_png(surface.get(), png_path.c_str());
  if (status != CAIRO_STATUS_SUCCESS) fail(png_path, cairo_status_to_string(status));
}

}  // namespace peiling
