// An urn holding a tally's respondents, to draw them one by one without replacement: how
// a Monte Carlo permutation test deals the pooled answers out over the groups without
// writing them out one per respondent. Memory and the cost of a draw grow with the number
// of distinct values (log of it, through a Fenwick tree of the counts left), not with
// the number of respondents.
#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace peiling {

class TallyUrn {
 public:
  // counts[v] respondents hold value index v.
  explicit TallyUrn(const std::vector<int>& counts);

  // Puts every respondent back.
  void refill();

  // Draws one respondent still in the urn at random and returns its value index. The urn
  // must not be empty.
  std::size_t draw(std::mt19937_64& random);

 private:
  std::vector<std::int64_t> full_tree_;  // Fenwick tree of counts_, copied back by refill
  std::vector<std::int64_t> tree_;
  std::int64_t left_ = 0, total_ = 0;
  std::size_t top_bit_ = 1;  // the largest power of two not above the tree size
};

}  // namespace peiling
