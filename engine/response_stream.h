// Reading a survey's stored responses back one at a time, in response id order, for the
// passes over a whole survey (the analysis, the exports): one SQL scan of the survey's rows,
// each response's answers decoded once (answer_data_reader.h). Memory holds one response,
// however many the survey has.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/answer_data_reader.h"
#include "engine/response.h"
#include "engine/store.h"

namespace peiling {

// One response as the stream hands it over: views valid during the visit only.
struct ResponseView {
  std::int64_t id = 0;
  std::string_view group;
  std::string_view unit;          // the unit (school) it came through; "" in a survey without units
  std::string_view source;        // web, terminal, import, demo ("" unless asked for)
  std::string_view submitted_at;  // ISO 8601, UTC ("" unless asked for)
  const std::vector<StoredAnswerView>* answers = nullptr;  // by question id, then item id
};

enum class ResponseFields { answers, with_origin };  // with_origin adds source and time

// Response ids first..last (both included), for a pass over part of a survey.
struct ResponseRange {
  std::int64_t first = 0;
  std::int64_t last = 0;
  bool empty() const { return last < first; }
};

// The ids of the survey's responses lie in this range (others' may lie in it too).
ResponseRange response_range(Store& store, std::int64_t survey_id);

// Calls `visit` for every response of the survey, ordered by id; with a range, only for
// those whose id lies in it; with a unit, only for that unit's (read through its index).
void for_each_response(Store& store, std::int64_t survey_id, ResponseFields fields,
                       const std::function<void(const ResponseView&)>& visit,
                       std::optional<ResponseRange> range = std::nullopt, const std::string& unit = "");

struct StoredResponse {
  std::int64_t id = 0;
  std::string group;
  std::string source;        // web, terminal, import, demo
  std::string submitted_at;  // ISO 8601, UTC
  std::string unit;          // the unit (school) it came through; "" in a survey without units
  std::vector<Answer> answers;  // as stored: normalised numbers, option ids, verbatim text
};

// The same stream with each response copied into a StoredResponse, for callers that keep it.
void for_each_stored_response(Store& store, std::int64_t survey_id,
                              const std::function<void(const StoredResponse&)>& visit);

}  // namespace peiling
