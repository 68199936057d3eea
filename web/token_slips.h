// The printable slips of one-time tokens: one slip per token with its link as a QR code.
#pragma once

#include <string>
#include <vector>

namespace peiling::web {

// A self-contained HTML page (no outside assets) to print and cut: per token a slip with
// the title, the group, a QR code of base_url/t/TOKEN and the link written out. `unit_label`:
// the school the tokens are for (named on the page and on every slip), "" for none.
std::string token_slips_page(const std::string& title, const std::string& group_label, const std::string& base_url,
                             const std::vector<std::string>& tokens, const std::string& unit_label = "");

}  // namespace peiling::web
