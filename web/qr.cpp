// QR encoding with libqrencode (error correction M), drawn as terminal text or SVG.
#include "web/qr.h"

#include <qrencode.h>

#include <memory>
#include <stdexcept>
#include <vector>

#include "base/escape.h"

namespace peiling::web {

namespace {

constexpr int kQuietZone = 4;  // modules of light margin the QR standard asks for

// The modules as rows of booleans (true = dark), quiet zone included.
std::vector<std::vector<bool>> modules_of(std::string_view text) {
  const std::string data(text);
  std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString8bit(data.c_str(), 0, QR_ECLEVEL_M),
                                                  QRcode_free);
  if (!code) throw std::runtime_error("cannot make a QR code of " + data);
  const int width = code->width;
  const int size = width + 2 * kQuietZone;
  std::vector<std::vector<bool>> rows(static_cast<std::size_t>(size), std::vector<bool>(static_cast<std::size_t>(size)));
  for (int y = 0; y < width; ++y)
    for (int x = 0; x < width; ++x)
      rows[static_cast<std::size_t>(y + kQuietZone)][static_cast<std::size_t>(x + kQuietZone)] =
          (code->data[y * width + x] & 1) != 0;
  return rows;
}

}  // namespace

std::string qr_terminal(std::string_view text) {
  const auto rows = modules_of(text);
  // Light modules are drawn as full blocks, so the code reads dark-on-light on a dark terminal.
  static const char* const glyph[2][2] = {{"\u2588", "\u2580"}, {"\u2584", " "}};  // [top dark][bottom dark]
  std::string out;
  for (std::size_t y = 0; y < rows.size(); y += 2) {
    for (std::size_t x = 0; x < rows[y].size(); ++x) {
      const bool top = rows[y][x];
      const bool bottom = y + 1 < rows.size() ? rows[y + 1][x] : false;
      out += glyph[top][bottom];
    }
    out += '\n';
  }
  return out;
}

std::string qr_svg(std::string_view text, std::string_view label) {
  const auto rows = modules_of(text);
  const std::string size = std::to_string(rows.size());
  std::string path;
  for (std::size_t y = 0; y < rows.size(); ++y)
    for (std::size_t x = 0; x < rows[y].size(); ++x)
      if (rows[y][x]) path += "M" + std::to_string(x) + " " + std::to_string(y) + "h1v1h-1z";
  return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size +
         "\" role=\"img\" aria-label=\"" + escape_svg(label) + "\" shape-rendering=\"crispEdges\">" +
         "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path +
         "\"/></svg>";
}

}  // namespace peiling::web
