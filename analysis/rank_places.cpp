// Rank places with shared places; see rank_places.h.
#include "analysis/rank_places.h"

#include "analysis/hand_arithmetic.h"

namespace peiling {

void assign_rank_places(RankSummary& summary, RankDirection direction) {
  auto printed_mean = [](const RankItemScore& score) { return rounded_fraction(score.sum, score.answered, 1); };
  auto better = [&](const RankItemScore& a, const RankItemScore& b) {
    return direction == RankDirection::high_is_most ? printed_mean(a) > printed_mean(b)
                                                    : printed_mean(a) < printed_mean(b);
  };
  for (auto& score : summary.items) {
    score.place = 0;
    score.shared_place = false;
    if (score.answered == 0) continue;
    score.place = 1;
    for (const auto& other : summary.items)
      if (other.answered > 0 && better(other, score)) ++score.place;
  }
  for (auto& score : summary.items)
    for (const auto& other : summary.items)
      if (&other != &score && score.place != 0 && other.place == score.place) score.shared_place = true;
}

}  // namespace peiling
