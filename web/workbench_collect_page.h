// The workbench's Collect page as HTML (no HTTP here): start the respondent form of a
// survey for this computer or the network, then its address, QR code, links per group (for a
// survey with units: a link and QR code per unit, as `peiling serve` gives them) and presenter
// link, the stop button, and the form that makes one-time token slips (per unit, with units).
#pragma once

#include <string>
#include <vector>

#include "web/workbench_pages.h"

namespace peiling::web {

struct CollectView {
  SurveyListing survey;
  bool running = false;
  bool network = false;        // the running form listens on every address
  std::string public_url;      // how respondents reach the running form, without a trailing /
  std::string presenter_url;   // the presenter page with its key
  bool uses_tokens = false;    // the form opens only with a token
  std::vector<UnitTally> units;  // the survey's units (schools) in order; empty for none
  std::string csrf;
  std::string notice;  // plain text, or ""
  std::string error;   // plain text, or ""
};

std::string collect_page(const CollectView& view);

}  // namespace peiling::web
