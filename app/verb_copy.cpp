// `peiling copy --from DATABASE --to DATABASE`: a whole database into an empty one (issue
// 18: a school's SQLite survey onto the board's PostgreSQL server, or back), all or nothing.
#include <ostream>

#include "app/verbs.h"
#include "base/messages.h"
#include "engine/postgres.h"
#include "engine/store_copy.h"

namespace peiling {

int run_copy(const std::vector<std::string>& args, VerbIo& io) {
  VerbOptions options(text(Msg::copy_usage), text(Msg::copy_purpose));
  options.add()(
      "from", po::value<std::string>()->required(), text(Msg::option_copy_from).c_str())(
      "to", po::value<std::string>()->required(), text(Msg::option_copy_to).c_str());
  if (!options.parse(args, io)) return 0;
  const std::string from = options.get<std::string>("from");
  const std::string to = options.get<std::string>("to");
  const auto copied = copy_store(from, to);
  io.out << text(Msg::copy_done, redact_uri(from), redact_uri(to)) << "\n";
  for (const auto& table : copied)
    io.out << (table.rows == 1 ? text(Msg::copy_table_one_row, table.name) : text(Msg::copy_table_rows, table.name, table.rows))
           << "\n";
  return 0;
}

}  // namespace peiling
