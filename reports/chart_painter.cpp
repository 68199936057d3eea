// Painting a chart scene with cairo; see chart_painter.h.
#include "reports/chart_painter.h"

#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>
#include <stdexcept>
#include <string>

#include "base/escape.h"
#include "base/messages.h"

namespace peiling {

namespace {

constexpr const char* kRegularFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBoldFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

// The two faces of the chart font, loaded once per process and shared by the threads
// that draw charts (cairo locks a FreeType face while it uses it). Never freed: cairo may
// still hold glyphs of them in its caches at exit.
struct ChartFonts {
  cairo_font_face_t* regular = nullptr;
  cairo_font_face_t* bold = nullptr;
};

cairo_font_face_t* load_face(FT_Library library, const char* file) {
  FT_Face face = nullptr;
  if (FT_New_Face(library, file, 0, &face) != 0)
    throw std::runtime_error(text(Msg::chart_font_missing, file));
  return cairo_ft_font_face_create_for_ft_face(face, 0);
}

const ChartFonts& chart_fonts() {
  static const ChartFonts fonts = [] {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) throw std::runtime_error(text(Msg::chart_font_engine));
    return ChartFonts{load_face(library, kRegularFontFile), load_face(library, kBoldFontFile)};
  }();
  return fonts;
}

void set_colour(cairo_t* cr, std::string_view hex) {
  auto channel = [&](std::size_t at) { return std::stoi(std::string(hex.substr(at, 2)), nullptr, 16) / 255.0; };
  cairo_set_source_rgb(cr, channel(1), channel(3), channel(5));
}

// Unhinted outlines at their true advance widths, as in a browser, so text lands where the
// layout measured it.
void set_font_options(cairo_t* cr) {
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options(cr, options);
  cairo_font_options_destroy(options);
}

void draw_text(cairo_t* cr, const SceneText& text) {
  if (text.lines.empty()) return;
  const ChartFonts& fonts = chart_fonts();
  cairo_save(cr);
  if (text.rotated) {  // like SVG's rotate(-90 x y)
    cairo_translate(cr, text.x, text.baseline);
    cairo_rotate(cr, -M_PI / 2);
    cairo_translate(cr, -text.x, -text.baseline);
  }
  cairo_set_font_face(cr, text.bold ? fonts.bold : fonts.regular);
  cairo_set_font_size(cr, text.size);
  for (std::size_t i = 0; i < text.lines.size(); ++i) {
    const std::string painted = escape_painted_text(text.lines[i]);
    const char* line = painted.c_str();
    cairo_text_extents_t extents;
    cairo_text_extents(cr, line, &extents);
    const double shift = text.anchor == TextAnchor::middle ? extents.x_advance / 2
                         : text.anchor == TextAnchor::end  ? extents.x_advance
                                                           : 0;
    cairo_move_to(cr, text.x - shift, text.baseline + i * text.line_height);
    if (text.halo) {  // SVG's paint-order="stroke": the white outline first, the glyphs over it
      cairo_text_path(cr, line);
      cairo_set_source_rgb(cr, 1, 1, 1);
      cairo_set_line_width(cr, kHaloWidth);
      cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke_preserve(cr);
      set_colour(cr, text.colour);
      cairo_fill(cr);
    } else {
      set_colour(cr, text.colour);
      cairo_show_text(cr, line);
    }
  }
  cairo_restore(cr);
}

void draw_line(cairo_t* cr, double x1, double y1, double x2, double y2, std::string_view colour, double width) {
  cairo_move_to(cr, x1, y1);
  cairo_line_to(cr, x2, y2);
  set_colour(cr, colour);
  cairo_set_line_width(cr, width);
  cairo_stroke(cr);
}

// A box in its fill's colour with the fill's texture over it.
void draw_box(cairo_t* cr, const ChartFill& fill, const ChartBox& box) {
  cairo_rectangle(cr, box.x, box.y, box.width, box.height);
  set_colour(cr, fill.colour);
  cairo_fill(cr);
  const TextureGeometry texture = texture_geometry(fill, box);
  if (texture.empty()) return;
  for (const auto& segment : texture.segments) {
    cairo_move_to(cr, segment.x1, segment.y1);
    cairo_line_to(cr, segment.x2, segment.y2);
  }
  for (const ChartPoint& dot : texture.dots) {
    cairo_new_sub_path(cr);
    cairo_arc(cr, dot.x, dot.y, texture.dot_radius, 0, 2 * M_PI);
  }
  set_colour(cr, texture.ink);
  if (texture.dots.empty()) {
    cairo_set_line_width(cr, texture.stroke_width);
    cairo_stroke(cr);
  } else {
    cairo_fill(cr);
  }
}

// The outlines of a group of boxes, drawn after their textures, which they hide at the edge.
template <typename Items, typename BoxOf>
void draw_outlines(cairo_t* cr, const Items& items, BoxOf box_of) {
  bool any = false;
  for (const auto& item : items) {
    const ChartBox& box = box_of(item);
    if (!has_outline(box)) continue;
    cairo_rectangle(cr, box.x, box.y, box.width, box.height);
    any = true;
  }
  if (!any) return;
  set_colour(cr, kChartInk);
  cairo_set_line_width(cr, kOutlineWidth);
  cairo_stroke(cr);
}

void draw_legend(cairo_t* cr, const ChartScene& scene) {
  for (const SceneLegendEntry& entry : scene.legend) {
    draw_box(cr, scene.fill(entry.fill), entry.swatch);
    draw_text(cr, entry.label);
  }
  draw_outlines(cr, scene.legend, [](const SceneLegendEntry& entry) -> const ChartBox& { return entry.swatch; });
}

void draw_axis(cairo_t* cr, const ChartScene& scene) {
  for (const SceneTick& tick : scene.ticks) {
    for (const SceneLine& line : tick.gridlines)
      draw_line(cr, line.x1, line.y1, line.x2, line.y2, kGridlineColour, kGridlineWidth);
    draw_text(cr, tick.label);
  }
  for (const SceneText& line : scene.axis_label) draw_text(cr, line);
}

void draw_bars(cairo_t* cr, const ChartScene& scene) {
  for (const SceneBar& bar : scene.bars) draw_box(cr, scene.fill(bar.fill), bar.box);
  draw_outlines(cr, scene.bars, [](const SceneBar& bar) -> const ChartBox& { return bar.box; });
  for (const SceneBar& bar : scene.bars)
    if (bar.stub)
      draw_line(cr, bar.stub->x1, bar.stub->y1, bar.stub->x2, bar.stub->y2, scene.fill(bar.fill).colour, kStubWidth);
  for (const SceneBar& bar : scene.bars) {
    if (!bar.whisker) continue;
    for (const SceneLine& line : bar.whisker->lines())
      draw_line(cr, line.x1, line.y1, line.x2, line.y2, kChartInk, kWhiskerWidth);
  }
  for (const SceneBar& bar : scene.bars) {
    if (!bar.plate) continue;
    cairo_rectangle(cr, bar.plate->x, bar.plate->y, bar.plate->width, bar.plate->height);
    set_colour(cr, scene.fill(bar.fill).label_plate);
    cairo_fill(cr);
  }
}

void draw_axis_line(cairo_t* cr, const ChartScene& scene) {
  if (!scene.axis_line) return;
  cairo_move_to(cr, scene.plot_left, scene.axis_line_top());
  cairo_line_to(cr, scene.plot_left, scene.plot_bottom);
  cairo_line_to(cr, scene.plot_right, scene.plot_bottom);
  set_colour(cr, kChartGreyInk);
  cairo_set_line_width(cr, kAxisLineWidth);
  cairo_stroke(cr);
}

// Like SVG's paint-order="stroke": the white outlines first, the ink over them.
void draw_markers(cairo_t* cr, const ChartScene& scene) {
  if (scene.markers.empty()) return;
  for (const SceneMarker& marker : scene.markers) {
    cairo_move_to(cr, marker.x, marker.tip_y);
    cairo_rel_line_to(cr, marker.half_width, marker.height);
    cairo_rel_line_to(cr, -2 * marker.half_width, 0);
    cairo_close_path(cr);
  }
  set_colour(cr, kChartWhite);
  cairo_set_line_width(cr, kMarkerOutlineWidth);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke_preserve(cr);
  set_colour(cr, kChartInk);
  cairo_fill(cr);
}

}  // namespace

// The same layers, in the same order, as scene_svg.
void paint_chart(cairo_t* cr, const ChartScene& scene) {
  cairo_save(cr);
  set_font_options(cr);
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  draw_text(cr, scene.title_text);
  draw_legend(cr, scene);
  draw_axis(cr, scene);
  draw_bars(cr, scene);
  draw_axis_line(cr, scene);
  for (const SceneBar& bar : scene.bars) draw_text(cr, bar.value);
  draw_markers(cr, scene);
  for (const SceneText& category : scene.categories) draw_text(cr, category);
  for (const SceneText& text : scene.texts) draw_text(cr, text);
  draw_text(cr, scene.footnotes);
  cairo_restore(cr);
}

}  // namespace peiling
