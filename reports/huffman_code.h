// Huffman codes as deflate sends them (RFC 1951 3.2.2): code lengths built from symbol
// counts, none longer than deflate's 15 bits, and the canonical codes for those lengths.
// Used by the chart PNG encoder (png_encoder.cpp) for its one dynamic-Huffman block.
#pragma once

#include <array>
#include <cstdint>

namespace peiling {

inline constexpr int kLiteralLengthSymbols = 286;  // bytes, end of block (256), lengths 257..285
inline constexpr int kLongestCode = 15;

using SymbolCounts = std::array<std::uint64_t, kLiteralLengthSymbols>;
using CodeLengths = std::array<int, kLiteralLengthSymbols>;

struct HuffmanCode {
  std::uint32_t bits = 0;  // in stream order: the first bit to send is bit 0
  int length = 0;
};

// Huffman code lengths for `frequency`, none longer than kLongestCode: when the tree is
// too deep, the counts are halved (keeping every used symbol) and it is built again.
// Unused symbols get length 0.
CodeLengths code_lengths(SymbolCounts frequency);

// The `length` low bits of `code` in reverse order: deflate sends Huffman codes from their
// most significant bit, into a stream written from each byte's least significant bit.
std::uint32_t reverse_bits(std::uint32_t code, int length);

// The canonical codes for `lengths` (RFC 1951 3.2.2), bit-reversed for sending.
std::array<HuffmanCode, kLiteralLengthSymbols> canonical_codes(const CodeLengths& lengths);

}  // namespace peiling
