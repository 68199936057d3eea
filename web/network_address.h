// The address by which phones on the same network reach this computer, for the links and
// QR codes of a form that listens on every address (peiling serve --host 0.0.0.0, the
// workbench's Collect page).
#pragma once

#include <string>

namespace peiling::web {

// The first IPv4 address that is not loopback, or "127.0.0.1" when there is none.
std::string network_address();

}  // namespace peiling::web
