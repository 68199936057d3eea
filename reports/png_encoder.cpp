// PNG files from cairo images with a deflate encoder made for flat-colour charts; see
// png_encoder.h. zlib's deflate spent more time on a report's four 5 MB charts than
// everything else, searching for matches that in a chart are nearly always "the same
// pixel again" or "the same row again". So each row is PNG filter "up" (a row equal to the
// one above becomes all zeros, found with one memcmp), and the zlib stream is ONE
// fixed-Huffman deflate block (RFC 1951 3.2.6) of runs of equal filtered pixels: the first
// pixel as three literals, the rest as matches at distance 3 (one pixel back). Files come
// out larger than zlib's, but the encoder touches each pixel about once, and the zlib
// stream's Adler-32 is summed per run, not per byte. zlib is used only for the CRC-32.
// Format: the PNG signature, IHDR (size, 8-bit RGB), one IDAT (the zlib stream), IEND;
// each chunk is (length, type, data, CRC-32 of type and data).
#include "reports/png_encoder.h"

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
#include <vector>

namespace peiling {

namespace {

constexpr int kLongestMatch = 258;    // deflate's limit
constexpr std::uint32_t kAdlerBase = 65521;

struct Code {
  std::uint32_t bits = 0;  // in stream order: the first bit to send is bit 0
  int length = 0;
};

constexpr std::uint32_t reversed(std::uint32_t code, int length) {
  std::uint32_t out = 0;
  for (int i = 0; i < length; ++i) out |= ((code >> i) & 1u) << (length - 1 - i);
  return out;
}

// The fixed literal/length code of RFC 1951 3.2.6; Huffman codes go most significant bit first.
constexpr Code fixed_code(int symbol) {
  if (symbol < 144) return {reversed(0x30 + symbol, 8), 8};
  if (symbol < 256) return {reversed(0x190 + symbol - 144, 9), 9};
  if (symbol < 280) return {reversed(symbol - 256, 7), 7};
  return {reversed(0xC0 + symbol - 280, 8), 8};
}

// Every code the encoder sends, worked out once: a literal byte, and a match of each length
// at distance 3 (length symbol, its extra bits, then distance symbol 2, which has none).
struct FixedCodes {
  std::array<Code, 256> literal{};
  std::array<Code, kLongestMatch + 1> match{};  // index = length, 3..258

  constexpr FixedCodes() {
    for (int byte = 0; byte < 256; ++byte) literal[byte] = fixed_code(byte);
    constexpr std::array<int, 29> base{3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                       31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
    constexpr std::array<int, 29> extra{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                        2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    const Code distance_3{reversed(2, 5), 5};
    for (int length = 3; length <= kLongestMatch; ++length) {
      int index = 28;
      while (base[index] > length) --index;
      const Code symbol = fixed_code(257 + index);
      Code& code = match[length];
      code.bits = symbol.bits | static_cast<std::uint32_t>(length - base[index]) << symbol.length;
      code.length = symbol.length + extra[index];
      code.bits |= distance_3.bits << code.length;
      code.length += distance_3.length;
    }
  }
};
constexpr FixedCodes kCodes;

// The deflate bit stream, least significant bit first (RFC 1951 3.1.1), into a buffer the
// caller sized for the worst case.
class BitWriter {
 public:
  explicit BitWriter(unsigned char* out) : out_(out) {}
  void put(std::uint64_t bits, int count) {  // count <= 32
    buffer_ |= bits << filled_;
    filled_ += count;
    if (filled_ >= 32) {
      for (int i = 0; i < 4; ++i) *out_++ = static_cast<unsigned char>(buffer_ >> (8 * i));
      buffer_ >>= 32;
      filled_ -= 32;
    }
  }
  // Pads to a whole byte; returns the end of the written bytes.
  unsigned char* finish() {
    for (; filled_ > 0; filled_ -= 8, buffer_ >>= 8) *out_++ = static_cast<unsigned char>(buffer_);
    filled_ = 0;
    return out_;
  }

 private:
  unsigned char* out_;
  std::uint64_t buffer_ = 0;
  int filled_ = 0;
};

void put_byte(BitWriter& bits, unsigned byte) { bits.put(kCodes.literal[byte].bits, kCodes.literal[byte].length); }

// `count` >= 1 pixels equal to `pixel` (0x00RRGGBB): R, G, B as literals, then copies of
// the pixel before, 258 bytes at a time, never leaving a copy shorter than deflate's 3.
void put_run(BitWriter& bits, std::uint32_t pixel, int count) {
  const Code& r = kCodes.literal[(pixel >> 16) & 0xff];
  const Code& g = kCodes.literal[(pixel >> 8) & 0xff];
  const Code& b = kCodes.literal[pixel & 0xff];
  bits.put(r.bits | g.bits << r.length | static_cast<std::uint64_t>(b.bits) << (r.length + g.length),
           r.length + g.length + b.length);
  for (int left = 3 * (count - 1); left > 0;) {
    const int length = left <= kLongestMatch ? left : left - kLongestMatch >= 3 ? kLongestMatch : left - 3;
    bits.put(kCodes.match[length].bits, kCodes.match[length].length);
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

constexpr unsigned kFilterUp = 2;

void put_run_and_sum(BitWriter& bits, Adler32& adler, std::uint32_t pixel, int count) {
  put_run(bits, pixel, count);
  adler.add_run(pixel, static_cast<std::uint64_t>(count));
}

// The deflate block of all rows after filtering, written to `bits`; returns its Adler-32.
std::uint32_t encode_rows(const Rgb24Image& image, BitWriter& bits) {
  Adler32 adler;
  const std::vector<std::uint32_t> zero_row(static_cast<std::size_t>(image.width), 0);  // row -1 for "up"
  const std::uint32_t* above = zero_row.data();
  const std::size_t row_bytes = 4 * zero_row.size();
  for (int y = 0; y < image.height; ++y) {
    const auto* row = reinterpret_cast<const std::uint32_t*>(image.pixels + static_cast<std::ptrdiff_t>(y) * image.stride);
    put_byte(bits, kFilterUp);
    adler.add_byte(kFilterUp);
    if (y > 0 && std::memcmp(row, above, row_bytes) == 0) {
      put_run_and_sum(bits, adler, 0, image.width);
    } else {
      std::uint32_t run_pixel = up_filtered(row[0], above[0]);
      int run_start = 0;
      for (int x = 1; x < image.width; ++x) {
        const std::uint32_t pixel = up_filtered(row[x], above[x]);
        if (pixel == run_pixel) continue;
        put_run_and_sum(bits, adler, run_pixel, x - run_start);
        run_pixel = pixel;
        run_start = x;
      }
      put_run_and_sum(bits, adler, run_pixel, image.width - run_start);
    }
    above = row;
  }
  return adler.value();
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

  // Worst case: every byte a 9-bit literal; plus the signature, chunk frames and zlib's 6 bytes.
  const std::size_t deflate_bound =
      static_cast<std::size_t>(image.height) * ((static_cast<std::size_t>(image.width) * 27 + 9) / 8 + 2) + 16;
  const std::size_t capacity = deflate_bound + 128;
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
  BitWriter bits(out);
  bits.put(0b011, 3);  // the final block, fixed Huffman codes
  const std::uint32_t adler = encode_rows(image, bits);
  const Code end_of_block = fixed_code(256);
  bits.put(end_of_block.bits, end_of_block.length);
  out = bits.finish();
  put_big_endian(out, adler);
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
