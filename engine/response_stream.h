// Reading a survey's stored responses back one at a time, in response id order, for the
// exports: memory holds one response, however many the survey has.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "engine/response.h"
#include "engine/store.h"

namespace peiling {

struct StoredResponse {
  std::int64_t id = 0;
  std::string group;
  std::string source;        // web, terminal, import, demo
  std::string submitted_at;  // ISO 8601, UTC
  std::vector<Answer> answers;  // as stored: normalised numbers, option ids, verbatim text
};

// Calls `visit` for every response of the survey, ordered by id.
void for_each_stored_response(Store& store, std::int64_t survey_id,
                              const std::function<void(const StoredResponse&)>& visit);

}  // namespace peiling
