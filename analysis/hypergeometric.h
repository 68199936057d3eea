// Random draws from the hypergeometric distribution: how many of `sample` respondents,
// taken without replacement from `good` + `bad`, are good. A Monte Carlo permutation test
// deals a value's respondents over the groups with a few of these per value, so a draw
// costs the same for 10 respondents as for 100,000. Large samples use Stadlober's
// ratio-of-uniforms method HRUA* (as numpy's random.hypergeometric does), small ones
// direct simulation; both give exactly hypergeometric draws.
#pragma once

#include <cstdint>
#include <random>

namespace peiling {

std::int64_t draw_hypergeometric(std::int64_t good, std::int64_t bad, std::int64_t sample, std::mt19937_64& random);

// log(k!), exact to double precision (a table below 126, Stirling's series above).
double log_factorial(std::int64_t k);

}  // namespace peiling
