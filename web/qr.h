// QR codes of links (libqrencode): as text for the terminal and as SVG for web pages and
// printed slips.
#pragma once

#include <string>
#include <string_view>

namespace peiling::web {

// Half-height block characters (two modules per character row), dark on light, with the
// quiet zone a phone camera needs. Throws std::runtime_error when the text cannot be encoded.
std::string qr_terminal(std::string_view text);

// A standalone <svg> element, one rect path, sized by CSS (viewBox in modules).
std::string qr_svg(std::string_view text, std::string_view label);

}  // namespace peiling::web
