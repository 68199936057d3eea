// What an import counts of the responses it stores, kept beside them in the import's own
// transaction. Its one use: a board's import adds its responses to the board's kept tallies
// (analysis/import_board_tallies.h), so that the first school's report after the import reads
// only its own school and not the whole board again. The engine hands over each stored
// response and writes what comes back; what is counted, and how, is the analysis's.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "engine/store.h"

namespace peiling {

class ImportTallies {
 public:
  virtual ~ImportTallies() = default;
  // A response the import stores: its group and its answers as stored (answer_json.h).
  virtual void stored(std::string_view group, std::string_view answer_data) = 0;
  // After the import's last response, inside its transaction: what to keep for the survey
  // instead of `before` (what was kept so far), now that its responses run up to id
  // `last_response`; nullopt leaves `before` as it is.
  virtual std::optional<Store::KeptTallies> kept_after(const std::optional<Store::KeptTallies>& before,
                                                       std::int64_t last_response) = 0;
};

}  // namespace peiling
