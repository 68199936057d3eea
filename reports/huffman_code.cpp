// Length-limited Huffman codes for deflate; see huffman_code.h.
#include "reports/huffman_code.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace peiling {

CodeLengths code_lengths(SymbolCounts frequency) {
  for (;;) {
    using Node = std::pair<std::uint64_t, int>;  // weight, node
    std::priority_queue<Node, std::vector<Node>, std::greater<>> queue;
    std::vector<int> parent(2 * kLiteralLengthSymbols, -1);
    for (int symbol = 0; symbol < kLiteralLengthSymbols; ++symbol)
      if (frequency[symbol] > 0) queue.push({frequency[symbol], symbol});
    int next_node = kLiteralLengthSymbols;
    while (queue.size() > 1) {
      const Node a = queue.top();
      queue.pop();
      const Node b = queue.top();
      queue.pop();
      parent[a.second] = parent[b.second] = next_node;
      queue.push({a.first + b.first, next_node++});
    }
    CodeLengths lengths{};
    int longest = 0;
    for (int symbol = 0; symbol < kLiteralLengthSymbols; ++symbol) {
      if (frequency[symbol] == 0) continue;
      for (int node = symbol; parent[node] >= 0; node = parent[node]) ++lengths[symbol];
      lengths[symbol] = std::max(lengths[symbol], 1);
      longest = std::max(longest, lengths[symbol]);
    }
    if (longest <= kLongestCode) return lengths;
    for (auto& count : frequency)
      if (count > 0) count = (count + 1) / 2;
  }
}

std::uint32_t reverse_bits(std::uint32_t code, int length) {
  std::uint32_t out = 0;
  for (int i = 0; i < length; ++i) out |= ((code >> i) & 1u) << (length - 1 - i);
  return out;
}

std::array<HuffmanCode, kLiteralLengthSymbols> canonical_codes(const CodeLengths& lengths) {
  std::array<std::uint32_t, kLongestCode + 2> next{};
  for (int length : lengths) ++next[length + 1];
  next[1] = 0;
  for (int length = 2; length <= kLongestCode + 1; ++length) next[length] = (next[length] + next[length - 1]) << 1;
  std::array<HuffmanCode, kLiteralLengthSymbols> codes{};
  for (int symbol = 0; symbol < kLiteralLengthSymbols; ++symbol)
    if (lengths[symbol] > 0) codes[symbol] = {reverse_bits(next[lengths[symbol]]++, lengths[symbol]), lengths[symbol]};
  return codes;
}

}  // namespace peiling
