// Pairing the responses of two waves by their anonymous linking code (linking_code.h):
// a sorted join on the code rather than a map in the analysis's pass. The join walks the
// index responses_by_link_code (survey, group, code): per coded response of the earlier
// wave one look-up in the later wave and one in each wave for a second respondent with
// the same code, so memory stays constant however large the waves, and the code itself
// never leaves SQLite: the query returns the two responses' answers, not the code. It
// reads the paired responses once more (the analysis's pass read them already); a map
// from code to answers in the pass would save that read but hold the code and the answers
// of every coded respondent of a wave in memory. A code given by two respondents of a
// group in one wave pairs nobody: which of them came back cannot be known.
#include <string>

#include "engine/store.h"

namespace peiling {

namespace {

// The pairs of waves ?1 (before) and ?2 (after): a response of each with the same group
// and code, where no other response of that group and wave has the code.
constexpr std::string_view kPairs =
    " FROM responses b JOIN responses a"
    "   ON a.survey_id = ?2 AND a.group_id = b.group_id AND a.link_code = b.link_code"
    " WHERE b.survey_id = ?1 AND b.link_code IS NOT NULL"
    "   AND NOT EXISTS (SELECT 1 FROM responses o WHERE o.survey_id = ?1 AND o.group_id = b.group_id"
    "                   AND o.link_code = b.link_code AND o.id <> b.id)"
    "   AND NOT EXISTS (SELECT 1 FROM responses o WHERE o.survey_id = ?2 AND o.group_id = a.group_id"
    "                   AND o.link_code = a.link_code AND o.id <> a.id)";

LinkTally& tally_of(std::vector<LinkTally>& tallies, const std::string& group) {
  for (LinkTally& tally : tallies)
    if (tally.group == group) return tally;
  tallies.push_back({group});
  return tallies.back();
}

// Per group of one wave: responses with a code, and those whose code another gave too.
void count_codes(Database& db, std::int64_t survey_id, std::vector<LinkTally>& tallies, bool before) {
  Statement query(db,
                  "SELECT group_id, sum(n), sum(CASE WHEN n > 1 THEN n ELSE 0 END) FROM ("
                  " SELECT group_id, count(*) AS n FROM responses WHERE survey_id = ?1 AND link_code IS NOT NULL"
                  " GROUP BY group_id, link_code) AS codes GROUP BY group_id ORDER BY group_id");
  query.bind(1, survey_id);
  while (query.step()) {
    LinkTally& tally = tally_of(tallies, query.column_text(0));
    (before ? tally.coded_before : tally.coded_after) = static_cast<int>(query.column_int(1));
    (before ? tally.shared_before : tally.shared_after) = static_cast<int>(query.column_int(2));
  }
}

}  // namespace

std::vector<LinkTally> Store::link_tallies(std::int64_t before, std::int64_t after) {
  std::vector<LinkTally> tallies;
  count_codes(db_, before, tallies, true);
  count_codes(db_, after, tallies, false);
  Statement pairs(db_, "SELECT b.group_id, count(*)" + std::string(kPairs) + " GROUP BY b.group_id");
  pairs.bind(1, before).bind(2, after);
  while (pairs.step()) tally_of(tallies, pairs.column_text(0)).pairs = static_cast<int>(pairs.column_int(1));
  return tallies;
}

void Store::for_each_linked_pair(std::int64_t before, std::int64_t after, const std::vector<std::string>& groups,
                                 const std::function<void(std::string_view group, std::string_view answers_before,
                                                          std::string_view answers_after)>& visit) {
  Statement pairs(db_, "SELECT b.group_id, b.answer_data, a.answer_data" + std::string(kPairs) + " AND b.group_id = ?3",
                  RowCount::many);
  std::string answers_before;  // a copy: a view lasts only until the next column is read
  for (const std::string& group : groups) {
    pairs.reset();
    pairs.bind(1, before).bind(2, after).bind(3, group);
    while (pairs.step()) {
      answers_before.assign(pairs.column_view(1));
      visit(group, answers_before, pairs.column_view(2));
    }
  }
}

}  // namespace peiling
