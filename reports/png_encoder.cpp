// PNG files from cairo images with a deflate encoder made for flat-colour charts; see
// png_encoder.h. zlib's deflate spent more time on a report's four 5 MB charts than
// everything else, searching for matches that in a chart are nearly always "the same
// pixel again" or "the same row again". So each row is PNG filter "up" (a row equal to the
// one above becomes all zeros, found with one memcmp), and the zlib stream is ONE deflate
// block of runs of equal filtered pixels: the first pixel as three literals, the rest as
// copies at distance 3 (one pixel back). A first pass collects the runs and counts the
// symbols; a second writes them with Huffman codes made from those counts (RFC 1951
// 3.2.7), a fifth smaller than deflate's fixed codes. Each pixel is read once, and the
// zlib stream's Adler-32 is summed per run, not per byte. Files come out about 1.5-2 times
// zlib's size; zlib itself is used only for the CRC-32.
// Format: the PNG signature, IHDR (size, 8-bit RGB), one IDAT (the zlib stream), IEND;
// each chunk is (length, type, data, CRC-32 of type and data).
#include "reports/png_encoder.h"

#include "reports/huffman_code.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace peiling {

namespace {

constexpr int kLongestMatch = 258;  // deflate's limit
constexpr int kEndOfBlock = 256;
constexpr std::uint32_t kAdlerBase = 65521;
constexpr unsigned kFilterUp = 2;

// Length symbols 257..285: the shortest length each stands for, and its extra bits.
constexpr std::array<int, 29> kLengthBase{3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                          31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
constexpr std::array<int, 29> kLengthExtra{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                           2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};

// For each copy length 3..258, the index of its length symbol (symbol 257 + index).
constexpr std::array<int, kLongestMatch + 1> kLengthIndex = [] {
  std::array<int, kLongestMatch + 1> index_of{};
  for (int length = 3, index = 0; length <= kLongestMatch; ++length) {
    while (index < 28 && kLengthBase[index + 1] <= length) ++index;
    index_of[length] = index;
  }
  return index_of;
}();

// The copies that repeat a pixel `count` - 1 more times: 258 bytes at a time, never
// leaving one shorter than deflate's 3 bytes.
template <typename Visit>
void for_each_copy(int count, Visit visit) {
  for (int left = 3 * (count - 1); left > 0;) {
    const int length = left <= kLongestMatch ? left : left - kLongestMatch >= 3 ? kLongestMatch : left - 3;
    visit(length);
    left -= length;
  }
}

// Each byte minus the byte above, modulo 256, for the three colour bytes at once.
std::uint32_t up_filtered(std::uint32_t pixel, std::uint32_t above) {
  constexpr std::uint32_t high = 0x80808080u;
  return (((pixel | high) - (above & ~high)) ^ ((pixel ^ ~above) & high)) & 0xffffffu;
}

// Adler-32 (RFC 1950) of the filtered bytes, taken a run of equal pixels at a time in
// closed form, so no row is ever laid out as bytes to be summed.
struct Adler32 {
  std::uint64_t a = 1, b = 0;
  void add_byte(unsigned byte) {
    a = (a + byte) % kAdlerBase;
    b = (b + a) % kAdlerBase;
  }
  // After bytes x_1..x_m, a grows by their sum and b by m a + sum of (m - i + 1) x_i.
  void add_run(std::uint32_t pixel, std::uint64_t count) {
    const std::uint64_t red = (pixel >> 16) & 0xff, green = (pixel >> 8) & 0xff, blue = pixel & 0xff;
    const std::uint64_t bytes = 3 * count;
    const std::uint64_t red_weight = count * bytes - 3 * count * (count - 1) / 2;  // sum over pixels k of m - 3k
    const std::uint64_t weighted = red * red_weight + green * (red_weight - count) + blue * (red_weight - 2 * count);
    b = (b + bytes % kAdlerBase * a + weighted % kAdlerBase) % kAdlerBase;
    a = (a + count * (red + green + blue)) % kAdlerBase;
  }
  std::uint32_t value() const { return static_cast<std::uint32_t>(b << 16 | a); }
};

// A run of `count` equal filtered pixels; count 0 stands for a row's filter byte.
struct Run {
  std::uint32_t pixel;
  std::uint32_t count;
};

// The first pass: every row's filter byte and runs, how often each deflate symbol will be
// sent, and the Adler-32 of the filtered bytes.
struct RunList {
  std::vector<Run> runs;
  SymbolCounts frequency{};
  std::uint64_t copies = 0;
  std::uint32_t adler = 0;
};

void add_run(RunList& list, Adler32& adler, std::uint32_t pixel, int count) {
  list.runs.push_back({pixel, static_cast<std::uint32_t>(count)});
  ++list.frequency[(pixel >> 16) & 0xff];
  ++list.frequency[(pixel >> 8) & 0xff];
  ++list.frequency[pixel & 0xff];
  for_each_copy(count, [&](int length) {
    ++list.frequency[257 + kLengthIndex[length]];
    ++list.copies;
  });
  adler.add_run(pixel, static_cast<std::uint64_t>(count));
}

// The first x from `x` on where `row` differs from `above`, four pixels at a time: in a
// chart, most of a row that changed is still the row above.
int first_difference(const std::uint32_t* row, const std::uint32_t* above, int x, int width) {
  while (x + 4 <= width && std::memcmp(row + x, above + x, 16) == 0) x += 4;
  while (x < width && up_filtered(row[x], above[x]) == 0) ++x;
  return x;
}

void add_row_runs(RunList& list, Adler32& adler, const std::uint32_t* row, const std::uint32_t* above, int width) {
  std::uint32_t run_pixel = up_filtered(row[0], above[0]);
  int run_start = 0;
  for (int x = 1; x < width; ++x) {
    if (run_pixel == 0 && (x = first_difference(row, above, x, width)) == width) break;
    const std::uint32_t pixel = up_filtered(row[x], above[x]);
    if (pixel == run_pixel) continue;
    add_run(list, adler, run_pixel, x - run_start);
    run_pixel = pixel;
    run_start = x;
  }
  add_run(list, adler, run_pixel, width - run_start);
}

RunList collect_runs(const Rgb24Image& image) {
  RunList list;
  // Room for a run per four pixels, far more than a chart has: only the part used is
  // touched, so this costs address space rather than memory, and the list is not copied as
  // it grows (a photograph would still fit, in a few more steps).
  const auto pixels = static_cast<std::size_t>(image.height) * static_cast<std::size_t>(image.width);
  list.runs.reserve(pixels / 4 + 2 * static_cast<std::size_t>(image.height));
  Adler32 adler;
  const std::vector<std::uint32_t> zero_row(static_cast<std::size_t>(image.width), 0);  // row -1 for "up"
  const std::uint32_t* above = zero_row.data();
  for (int y = 0; y < image.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(image.pixels + static_cast<std::ptrdiff_t>(y) * image.stride);
    list.runs.push_back({kFilterUp, 0});
    ++list.frequency[kFilterUp];
    adler.add_byte(kFilterUp);
    if (y > 0 && std::memcmp(row, above, 4 * zero_row.size()) == 0) {
      add_run(list, adler, 0, image.width);
    } else {
      add_row_runs(list, adler, row, above, image.width);
    }
    above = row;
  }
  ++list.frequency[kEndOfBlock];
  list.adler = adler.value();
  return list;
}

// The dynamic block header's size: BFINAL, BTYPE, HLIT, HDIST, HCLEN, 19 code length code
// lengths, then 4 bits for each literal/length and distance code length.
constexpr std::uint64_t kHeaderBits = 3 + 5 + 5 + 4 + 19 * 3 + (kLiteralLengthSymbols + 3) * 4;

// Every code the encoder sends: a literal byte, and a copy of each length at distance 3
// (its length symbol, the extra bits, then the one distance symbol in use: 2, one bit).
struct BlockCodes {
  CodeLengths lengths{};
  std::array<HuffmanCode, 256> literal{};
  std::array<HuffmanCode, kLongestMatch + 1> copy{};  // index = length, 3..258
  HuffmanCode end_of_block;

  explicit BlockCodes(const RunList& list) : lengths(code_lengths(list.frequency)) {
    const auto codes = canonical_codes(lengths);
    std::copy_n(codes.begin(), 256, literal.begin());
    end_of_block = codes[kEndOfBlock];
    for (int length = 3; length <= kLongestMatch; ++length) {
      const int index = kLengthIndex[length];
      const HuffmanCode symbol = codes[257 + index];  // unused lengths get a zero-length code, never sent
      copy[length].bits = symbol.bits | static_cast<std::uint32_t>(length - kLengthBase[index]) << symbol.length;
      copy[length].length = symbol.length + kLengthExtra[index] + 1;  // + the distance code, bit 0
    }
  }

  // The bits of the whole block, header included, to size the output exactly.
  std::uint64_t block_bits(const RunList& list) const {
    std::uint64_t bits = kHeaderBits + list.copies;  // and one bit of distance code per copy
    for (int symbol = 0; symbol < kLiteralLengthSymbols; ++symbol)
      bits += list.frequency[symbol] * static_cast<std::uint64_t>(lengths[symbol]);
    for (int index = 0; index < 29; ++index) bits += list.frequency[257 + index] * kLengthExtra[index];
    return bits;
  }
};

// The deflate bit stream, least significant bit first (RFC 1951 3.1.1), into a buffer the
// caller sized from the symbol counts; a miscount throws rather than overruns it.
class BitWriter {
 public:
  BitWriter(unsigned char* out, const unsigned char* end) : out_(out), end_(end) {}
  void put(std::uint64_t bits, int count) {  // count <= 32
    buffer_ |= bits << filled_;
    filled_ += count;
    if (filled_ >= 32) {
      if (end_ - out_ < 4) throw std::logic_error("PNG encoder: the output is larger than counted");
      for (int i = 0; i < 4; ++i) *out_++ = static_cast<unsigned char>(buffer_ >> (8 * i));
      buffer_ >>= 32;
      filled_ -= 32;
    }
  }
  void put(const HuffmanCode& code) { put(code.bits, code.length); }
  // Pads to a whole byte; returns the end of the written bytes.
  unsigned char* finish() {
    for (; filled_ > 0; filled_ -= 8, buffer_ >>= 8) *out_++ = static_cast<unsigned char>(buffer_);
    filled_ = 0;
    return out_;
  }

 private:
  unsigned char* out_;
  const unsigned char* end_;
  std::uint64_t buffer_ = 0;
  int filled_ = 0;
};

// A dynamic-Huffman block header (RFC 1951 3.2.7). The code lengths are sent with a
// code-length code in which each length 0..15 takes 4 bits: a complete code, so there is
// no tree to build for it, at a cost of about 150 bytes a file.
void put_block_header(BitWriter& bits, const BlockCodes& codes) {
  bits.put(1, 1);                            // the final block
  bits.put(2, 2);                            // with dynamic Huffman codes
  bits.put(kLiteralLengthSymbols - 257, 5);  // HLIT
  bits.put(3 - 1, 5);                        // HDIST: distance codes 0..2
  bits.put(19 - 4, 4);                       // HCLEN: all 19 code length codes follow
  constexpr std::array<int, 19> order{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
  for (int symbol : order) bits.put(symbol <= kLongestCode ? 4 : 0, 3);
  for (int length : codes.lengths) bits.put(reverse_bits(static_cast<std::uint32_t>(length), 4), 4);
  for (std::uint32_t length : {0, 0, 1}) bits.put(reverse_bits(length, 4), 4);  // only distance 3 (code 2) is used
}

// A run: R, G, B as literals, then the copies of the pixel before.
void put_run(BitWriter& bits, const BlockCodes& codes, const Run& run) {
  bits.put(codes.literal[(run.pixel >> 16) & 0xff]);
  bits.put(codes.literal[(run.pixel >> 8) & 0xff]);
  bits.put(codes.literal[run.pixel & 0xff]);
  for_each_copy(static_cast<int>(run.count), [&](int length) { bits.put(codes.copy[length]); });
}

void put_big_endian(unsigned char*& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) *out++ = static_cast<unsigned char>(value >> shift);
}

// Ends the chunk whose length field starts at `chunk`: fills in the length, appends the CRC.
void close_chunk(unsigned char* chunk, unsigned char*& out) {
  unsigned char* length_field = chunk;
  const auto data_size = static_cast<std::uint32_t>(out - chunk - 8);
  put_big_endian(length_field, data_size);
  put_big_endian(out, static_cast<std::uint32_t>(::crc32(0, chunk + 4, data_size + 4)));
}

unsigned char* open_chunk(unsigned char*& out, const char (&type)[5]) {
  unsigned char* chunk = out;
  out += 4;
  std::memcpy(out, type, 4);
  out += 4;
  return chunk;
}

}  // namespace

void write_png_file(const Rgb24Image& image, const std::filesystem::path& png_path) {
  const auto fail = [&](const std::string& reason) {
    throw std::runtime_error("cannot write PNG file '" + png_path.string() + "': " + reason);
  };
  if (image.width <= 0 || image.height <= 0) fail("the image is empty");

  const RunList list = collect_runs(image);
  const BlockCodes codes(list);
  // The block's exact size, plus the signature, chunk frames and zlib's 6 bytes.
  const std::size_t capacity = static_cast<std::size_t>(codes.block_bits(list) / 8) + 128;
  const auto file = std::make_unique_for_overwrite<unsigned char[]>(capacity);
  unsigned char* out = file.get();
  constexpr unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  out = std::copy(std::begin(kSignature), std::end(kSignature), out);

  unsigned char* chunk = open_chunk(out, "IHDR");
  put_big_endian(out, static_cast<std::uint32_t>(image.width));
  put_big_endian(out, static_cast<std::uint32_t>(image.height));
  constexpr unsigned char kFormat[5] = {8, 2, 0, 0, 0};  // 8-bit channels, RGB, deflate, adaptive filters, no interlace
  out = std::copy(std::begin(kFormat), std::end(kFormat), out);
  close_chunk(chunk, out);

  chunk = open_chunk(out, "IDAT");
  *out++ = 0x78;  // deflate with a 32 KB window
  *out++ = 0x01;  // no preset dictionary, "fastest"; makes the header a multiple of 31
  BitWriter bits(out, file.get() + capacity - 32);  // room for the last bits, Adler-32, CRC, IEND
  put_block_header(bits, codes);
  for (const Run& run : list.runs) {
    if (run.count == 0) bits.put(codes.literal[run.pixel]);  // a row's filter byte
    else put_run(bits, codes, run);
  }
  bits.put(codes.end_of_block);
  out = bits.finish();
  put_big_endian(out, list.adler);
  close_chunk(chunk, out);

  chunk = open_chunk(out, "IEND");
  close_chunk(chunk, out);

  std::ofstream stream(png_path, std::ios::binary | std::ios::trunc);
  if (!stream) fail("cannot open the file for writing");
  stream.write(reinterpret_cast<const char*>(file.get()), out - file.get());
  stream.flush();
  if (!stream) fail("cannot write the file (disk full?)");
}

}  // namespace peiling
