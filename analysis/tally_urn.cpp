// Drawing without replacement from a tally; see tally_urn.h.
#include "analysis/tally_urn.h"

namespace peiling {

TallyUrn::TallyUrn(const std::vector<int>& counts) : full_tree_(counts.size() + 1, 0) {
  for (std::size_t v = 0; v < counts.size(); ++v) {
    total_ += counts[v];
    for (std::size_t i = v + 1; i < full_tree_.size(); i += i & (~i + 1)) full_tree_[i] += counts[v];
  }
  while (top_bit_ * 2 <= counts.size()) top_bit_ *= 2;
  refill();
}

void TallyUrn::refill() {
  tree_ = full_tree_;
  left_ = total_;
}

std::size_t TallyUrn::draw(std::mt19937_64& random) {
  // The respondent at place `target` (0-based) among those left, counted value by value.
  std::int64_t target = std::uniform_int_distribution<std::int64_t>(0, left_ - 1)(random);
  std::size_t position = 0;
  for (std::size_t bit = top_bit_; bit > 0; bit /= 2)
    if (position + bit < tree_.size() && tree_[position + bit] <= target) {
      position += bit;
      target -= tree_[position];
    }
  for (std::size_t i = position + 1; i < tree_.size(); i += i & (~i + 1)) --tree_[i];
  --left_;
  return position;
}

}  // namespace peiling
