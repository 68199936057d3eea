// Charts as SVG: a chart's scene (chart_scene.h) written out element by element. The PNG
// is painted from the same scene in chart_painter.cpp. Everything that comes from the
// caller passes through escape_svg, after wrapping, so no entity is ever split.
#include "reports/chart_scene.h"
#include "base/escape.h"

namespace peiling {

namespace {

std::string anchor_attribute(TextAnchor anchor) {
  switch (anchor) {
    case TextAnchor::middle: return " text-anchor=\"middle\"";
    case TextAnchor::end: return " text-anchor=\"end\"";
    case TextAnchor::start: break;
  }
  return {};
}

// font-size, font-weight and fill of a text, in that order.
std::string font_attributes(const SceneText& text) {
  return "font-size=\"" + svg_number(text.size) + "\"" + (text.bold ? " font-weight=\"bold\"" : "") + " fill=\"" +
         std::string(text.colour) + "\"";
}

// A rotated text turns about its anchor point, as chart_painter.cpp turns it.
std::string rotation_attribute(const SceneText& text) {
  if (!text.rotated) return {};
  return " transform=\"rotate(-90 " + svg_number(text.x) + " " + svg_number(text.baseline) + ")\"";
}

// A text without a halo in a group that draws one (the values) turns it off.
std::string halo_attribute(const SceneText& text) { return text.halo ? std::string() : " stroke=\"none\""; }

// A one-line <text> with its class (if any), position, anchor, font and `extra` attributes.
std::string text_line(std::string_view css_class, const SceneText& text, std::string_view extra = {}) {
  if (text.lines.empty()) return {};
  std::string out = "<text";
  if (!css_class.empty()) out += " class=\"" + std::string(css_class) + "\"";
  out += " x=\"" + svg_number(text.x) + "\" y=\"" + svg_number(text.baseline) + "\"" + rotation_attribute(text) +
         anchor_attribute(text.anchor) + " " + font_attributes(text) + std::string(extra) + ">";
  return out + escape_svg(text.lines.front()) + "</text>\n";
}

// A <text> element of several lines, one <tspan> per line, with no whitespace between
// them (whitespace would shift centred lines).
std::string text_block(std::string_view css_class, const SceneText& text) {
  if (text.lines.empty()) return {};
  std::string out = "<text x=\"" + svg_number(text.x) + "\" y=\"" + svg_number(text.baseline) + "\" class=\"" +
                    std::string(css_class) + "\"" + anchor_attribute(text.anchor) + " " + font_attributes(text) + ">";
  for (std::size_t i = 0; i < text.lines.size(); ++i)
    out += "<tspan x=\"" + svg_number(text.x) + "\" y=\"" + svg_number(text.baseline + i * text.line_height) + "\">" +
           escape_svg(text.lines[i]) + "</tspan>";
  return out + "</text>\n";
}

// The opening <svg> tag, the accessible title and the white background. A standalone file
// has a fixed size; inline, the chart scales to the width of its container.
std::string svg_header(const ChartScene& scene, bool standalone) {
  const std::string w = svg_number(scene.width);
  const std::string h = svg_number(scene.height);
  std::string svg =
      standalone ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                       w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\""
                 : "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h +
                       "\" width=\"100%\" style=\"display:block;width:100%;height:auto\"";
  svg += " class=\"" + scene.css_class + "\" role=\"img\" font-family=\"" + std::string(kChartFontFamily) + "\">\n";
  if (!scene.accessible_name.empty()) svg += "<title>" + escape_svg(scene.accessible_name) + "</title>\n";
  svg += "<rect class=\"background\" width=\"" + w + "\" height=\"" + h + "\" fill=\"#ffffff\"/>\n";
  return svg;
}

std::string box_attributes(const ChartBox& box) {
  return "x=\"" + svg_number(box.x) + "\" y=\"" + svg_number(box.y) + "\" width=\"" + svg_number(box.width) +
         "\" height=\"" + svg_number(box.height) + "\"";
}

// Swatches with their series' colour and texture, so the legend matches the bars even in
// greyscale; the outlines of all swatches go into one path after them.
std::string legend_svg(const ChartScene& scene) {
  if (scene.legend.empty()) return {};
  std::string svg = "<g class=\"legend\">\n";
  std::string outlines;
  for (const SceneLegendEntry& entry : scene.legend) {
    const ChartFill fill = scene.fill(entry.fill);
    const std::string data = scene.fill_attribute(entry.fill);
    svg += "<rect class=\"legend-swatch\" " + data + " " + box_attributes(entry.swatch) + " fill=\"" +
           std::string(fill.colour) + "\"/>" + texture_path(fill, entry.swatch, data);
    outlines += outline_subpath(entry.swatch);
    svg += text_line({}, entry.label);
  }
  svg += outlines_path("legend-outlines", outlines);
  return svg + "</g>\n";
}

std::string axis_svg(const ChartScene& scene) {
  std::string svg = "<g class=\"axis\">\n";
  for (const SceneTick& tick : scene.ticks) {
    for (const SceneLine& line : tick.gridlines)
      svg += "<line class=\"gridline\" x1=\"" + svg_number(line.x1) + "\" y1=\"" + svg_number(line.y1) +
             "\" x2=\"" + svg_number(line.x2) + "\" y2=\"" + svg_number(line.y2) + "\" stroke=\"" +
             std::string(kGridlineColour) + "\" stroke-width=\"" + svg_number(kGridlineWidth) + "\"/>";
    svg += text_line("tick", tick.label);
  }
  for (const SceneText& line : scene.axis_label) svg += text_line("axis-label", line);
  return svg + "</g>\n";
}

std::string whisker_svg(const SceneWhisker& whisker) {
  std::string d;
  for (const SceneLine& line : whisker.lines())
    d += "M" + svg_number(line.x1) + " " + svg_number(line.y1) + "L" + svg_number(line.x2) + " " + svg_number(line.y2);
  return "<path class=\"error-bar\" d=\"" + d + "\" fill=\"none\" stroke=\"" + std::string(kChartInk) +
         "\" stroke-width=\"" + svg_number(kWhiskerWidth) + "\"/>\n";
}

std::string bars_svg(const ChartScene& scene) {
  std::string svg = "<g class=\"bars\">\n";
  std::string outlines;
  std::string stubs;     // drawn over the outlines
  std::string whiskers;  // drawn over everything in the group
  std::string plates;    // behind values inside bars, over the textures
  for (const SceneBar& bar : scene.bars) {
    const ChartFill fill = scene.fill(bar.fill);
    const std::string colour(fill.colour);
    const std::string data = scene.fill_attribute(bar.fill);
    svg += "<rect class=\"bar\" " + data + " " + box_attributes(bar.box) + " fill=\"" + colour + "\"><title>" +
           escape_svg(bar.tooltip) + "</title></rect>\n";
    const std::string texture = texture_path(fill, bar.box, data);
    if (!texture.empty()) svg += texture + "\n";
    outlines += outline_subpath(bar.box);
    if (bar.stub)
      stubs += "<line class=\"bar-stub\" x1=\"" + svg_number(bar.stub->x1) + "\" y1=\"" + svg_number(bar.stub->y1) +
               "\" x2=\"" + svg_number(bar.stub->x2) + "\" y2=\"" + svg_number(bar.stub->y2) + "\" stroke=\"" +
               colour + "\" stroke-width=\"" + svg_number(kStubWidth) + "\"/>\n";
    if (bar.whisker) whiskers += whisker_svg(*bar.whisker);
    if (bar.plate)
      plates += "<rect class=\"value-plate\" " + box_attributes(*bar.plate) + " fill=\"" +
                std::string(fill.label_plate) + "\"/>\n";
  }
  return svg + outlines_path("bar-outlines", outlines) + stubs + whiskers + plates + "</g>\n";
}

// The axis lines go over the bars' feet; a halo keeps value labels readable where they
// cross a gridline or a texture.
std::string axis_line_and_values_svg(const ChartScene& scene) {
  std::string svg;
  if (scene.axis_line)
    svg += "<path class=\"axis-line\" d=\"M" + svg_number(scene.plot_left) + " " + svg_number(scene.axis_line_top()) +
           "V" + svg_number(scene.plot_bottom) + "H" + svg_number(scene.plot_right) + "\" fill=\"none\" stroke=\"" +
           std::string(kChartGreyInk) + "\" stroke-width=\"" + svg_number(kAxisLineWidth) + "\"/>\n";
  svg += "<g class=\"values\" stroke=\"#ffffff\" stroke-width=\"" + svg_number(kHaloWidth) +
         "\" stroke-linejoin=\"round\" paint-order=\"stroke\">\n";
  for (const SceneBar& bar : scene.bars) svg += text_line("value", bar.value, halo_attribute(bar.value));
  return svg + "</g>\n";
}

// All markers in one path: an ink triangle each, outlined in white so it stands out where it
// touches a bar.
std::string markers_svg(const ChartScene& scene) {
  if (scene.markers.empty()) return {};
  std::string d;
  for (const SceneMarker& marker : scene.markers)
    d += "M" + svg_number(marker.x) + " " + svg_number(marker.tip_y) + "l" + svg_number(marker.half_width) + " " +
         svg_number(marker.height) + "h" + svg_number(-2 * marker.half_width) + "z";
  return "<path class=\"markers\" d=\"" + d + "\" fill=\"" + std::string(kChartInk) + "\" stroke=\"" +
         std::string(kChartWhite) + "\" stroke-width=\"" + svg_number(kMarkerOutlineWidth) +
         "\" stroke-linejoin=\"round\" paint-order=\"stroke\"/>\n";
}

std::string categories_svg(const ChartScene& scene) {
  if (scene.categories.empty() && !scene.texts.empty()) return {};
  std::string svg = "<g class=\"categories\">\n";
  for (const SceneText& category : scene.categories) svg += text_block("category", category);
  return svg + "</g>\n";
}

// Row labels, headings and notes, each with its own class.
std::string texts_svg(const ChartScene& scene) {
  if (scene.texts.empty()) return {};
  std::string svg = "<g class=\"labels\">\n";
  for (const SceneText& text : scene.texts) svg += text_block(text.css_class, text);
  return svg + "</g>\n";
}

}  // namespace

// Layers in painting order: later elements are drawn over earlier ones.
std::string scene_svg(const ChartScene& scene, bool standalone) {
  std::string svg;
  svg.reserve(16384);
  svg += svg_header(scene, standalone) + text_block("title", scene.title_text) + legend_svg(scene) + axis_svg(scene);
  svg += bars_svg(scene) + axis_line_and_values_svg(scene) + markers_svg(scene);
  svg += categories_svg(scene) + texts_svg(scene) + text_block("footnote", scene.footnotes) + "</svg>\n";
  return svg;
}

}  // namespace peiling
