// The --min-group rule across units (analysis/unit_disclosure.h): over many small boards,
// every figure the reports print is a sum over cells (unit x group); subtracting printed
// figures from each other is linear algebra, so a withheld figure can be computed exactly
// when its cells' indicator lies in the span of the printed sums. The test checks that no
// withheld cell, and no set of withheld cells with fewer than min_group respondents
// together, lies in that span.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "analysis/unit_disclosure.h"
#include "engine/definition_loader.h"

using namespace peiling;

namespace {

const char* kDefinition = R"({
  "id": "board", "version": "1", "title": "t", "language": "nl",
  "groups": [{"id": "directie", "label": "Directie"}, {"id": "ib", "label": "IB"}, {"id": "lk", "label": "Leerkrachten"}],
  "questions": [{"id": "fasen", "type": "rank", "text": "q", "items": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]}]
})";

using Vector = std::vector<double>;

// Whether `target` is a linear combination of `rows` (Gaussian elimination; small integers).
bool in_span(std::vector<Vector> rows, const Vector& target) {
  const auto rank_of = [](std::vector<Vector> m) {
    std::size_t rank = 0;
    const std::size_t columns = m.empty() ? 0 : m[0].size();
    for (std::size_t c = 0; c < columns && rank < m.size(); ++c) {
      std::size_t pivot = rank;
      while (pivot < m.size() && std::fabs(m[pivot][c]) < 1e-9) ++pivot;
      if (pivot == m.size()) continue;
      std::swap(m[pivot], m[rank]);
      for (std::size_t r = 0; r < m.size(); ++r) {
        if (r == rank || std::fabs(m[r][c]) < 1e-9) continue;
        const double factor = m[r][c] / m[rank][c];
        for (std::size_t k = 0; k < columns; ++k) m[r][k] -= factor * m[rank][k];
      }
      ++rank;
    }
    return rank;
  };
  const std::size_t before = rank_of(rows);
  rows.push_back(target);
  return rank_of(rows) == before;
}

struct Board {
  std::vector<UnitTally> units;
  std::size_t cell(std::size_t unit, std::size_t group) const { return unit * 3 + group; }
};

Board random_board(std::mt19937& random) {
  Board board;
  const int unit_count = std::uniform_int_distribution(1, 4)(random);
  std::uniform_int_distribution responded(0, 7);
  for (int u = 0; u < unit_count; ++u) {
    UnitTally unit{"u" + std::to_string(u), "", {}};
    for (const char* group : {"directie", "ib", "lk"}) unit.groups.push_back({group, 10, responded(random)});
    board.units.push_back(unit);
  }
  return board;
}

// Every sum the reports print, as an indicator over the cells.
std::vector<Vector> printed_sums(const Board& board, const UnitDisclosure& rule, const Question& question) {
  const std::size_t cells = board.units.size() * 3;
  std::vector<Vector> printed;
  const auto add = [&](auto&& member) {
    Vector row(cells, 0);
    for (std::size_t u = 0; u < board.units.size(); ++u)
      for (std::size_t g = 0; g < 3; ++g)
        if (member(u, g)) row[board.cell(u, g)] = 1;
    printed.push_back(row);
  };
  for (std::size_t u = 0; u < board.units.size(); ++u) {
    for (std::size_t g = 0; g < 3; ++g)
      if (rule.shows_cell(u, g)) add([&](std::size_t x, std::size_t y) { return x == u && y == g; });
    if (rule.shows_unit(u, question)) add([&](std::size_t x, std::size_t) { return x == u; });
  }
  for (std::size_t g = 0; g < 3; ++g)
    if (rule.shows_board_group(g)) add([&](std::size_t, std::size_t y) { return y == g; });
  if (rule.shows_board(question)) add([](std::size_t, std::size_t) { return true; });
  return printed;
}

}  // namespace

TEST_CASE("no withheld unit's group can be worked out from the figures shown beside it", "[units][disclosure]") {
  const Questionnaire questionnaire = parse_definition(kDefinition, "board");
  const Question& question = questionnaire.questions[0];
  std::mt19937 random(18);
  int boards_with_withheld = 0, board_figures_shown = 0;
  for (int round = 0; round < 400; ++round) {
    const Board board = random_board(random);
    const int min_group = std::uniform_int_distribution(2, 4)(random);
    const UnitDisclosure rule(questionnaire, board.units, min_group);
    const std::vector<Vector> printed = printed_sums(board, rule, question);
    std::vector<std::size_t> withheld;  // cells with answers that are not shown
    for (std::size_t u = 0; u < board.units.size(); ++u)
      for (std::size_t g = 0; g < 3; ++g)
        if (!rule.shows_cell(u, g) && board.units[u].groups[g].responded > 0) withheld.push_back(board.cell(u, g));
    boards_with_withheld += withheld.empty() ? 0 : 1;
    board_figures_shown += rule.shows_board(question) && !withheld.empty() ? 1 : 0;
    // Every set of withheld cells with fewer than min_group respondents together.
    for (std::size_t subset = 1; subset < (std::size_t{1} << withheld.size()); ++subset) {
      Vector target(board.units.size() * 3, 0);
      int respondents = 0;
      for (std::size_t i = 0; i < withheld.size(); ++i)
        if (subset & (std::size_t{1} << i)) {
          target[withheld[i]] = 1;
          respondents += board.units[withheld[i] / 3].groups[withheld[i] % 3].responded;
        }
      if (respondents >= min_group) continue;
      std::string table;  // respondents per unit (rows) and group (columns)
      for (const UnitTally& unit : board.units) {
        for (const GroupTally& group : unit.groups) table += std::to_string(group.responded) + " ";
        table += "/ ";
      }
      INFO("round " << round << ", min_group " << min_group << ", cells " << subset << ", table " << table);
      REQUIRE_FALSE(in_span(printed, target));
    }
  }
  CHECK(boards_with_withheld > 100);  // the rule was put to the test
  CHECK(board_figures_shown > 10);    // and does not simply hide every total
}

TEST_CASE("one withheld unit's group leaves the board's figure for that group out", "[units][disclosure]") {
  const Questionnaire questionnaire = parse_definition(kDefinition, "board");
  const Question& question = questionnaire.questions[0];
  std::vector<UnitTally> units{{"a", "", {{"directie", 3, 3}, {"ib", 3, 3}, {"lk", 20, 12}}},
                               {"b", "", {{"directie", 3, 3}, {"ib", 3, 3}, {"lk", 20, 2}}},
                               {"c", "", {{"directie", 4, 4}, {"ib", 3, 3}, {"lk", 20, 9}}}};
  const UnitDisclosure rule(questionnaire, units, 3);
  CHECK(rule.shows_cell(0, 2));
  CHECK_FALSE(rule.shows_cell(1, 2));
  CHECK_FALSE(rule.shows_board_group(2));  // 23 - 12 - 9 would give unit b's 2 teachers
  CHECK(rule.shows_board_group(0));        // nobody withheld there
  CHECK(rule.shows_unit(0, question));
  CHECK_FALSE(rule.shows_unit(1, question));  // b's all groups minus its shown groups: its 2 teachers
  CHECK_FALSE(rule.shows_board(question));    // the board minus everything shown: b's 2 teachers again
}

TEST_CASE("withheld directors of every school show on the board together, not in each school's total",
          "[units][disclosure]") {
  const Questionnaire questionnaire = parse_definition(kDefinition, "board");
  const Question& question = questionnaire.questions[0];
  std::vector<UnitTally> units{{"a", "", {{"directie", 1, 1}, {"ib", 3, 3}, {"lk", 20, 12}}},
                               {"b", "", {{"directie", 1, 1}, {"ib", 3, 3}, {"lk", 20, 8}}},
                               {"c", "", {{"directie", 1, 1}, {"ib", 3, 3}, {"lk", 20, 9}}}};
  const UnitDisclosure rule(questionnaire, units, 3);
  CHECK(rule.shows_board_group(0));  // three directors together
  // A school's total minus its ib'ers and teachers would be its director; with the board's
  // directors beside it, so would the others' totals: the schools' totals are left out.
  CHECK_FALSE(rule.shows_unit(0, question));
  CHECK(rule.shows_board(question));
}
