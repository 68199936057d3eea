// PNG files from cairo images with zlib; see png_encoder.h.
// Format: the PNG signature, then chunks of (length, type, data, CRC-32 of type and data):
// IHDR (size, 8-bit RGB), one IDAT (a zlib stream of the rows, each led by filter byte 0,
// "none": filters help photographs, not flat fills) and IEND.
#include "reports/png_encoder.h"

#include <zlib.h>

#include <array>
#include <cstdint>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace peiling {

namespace {

// zlib's fastest level: flat colour compresses about as well as at the default level, in a
// fraction of the time (libdeflate's level 1 was slower on these images).
constexpr int kCompressionLevel = 1;

void append_big_endian(std::vector<unsigned char>& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<unsigned char>(value >> shift));
}

void append_chunk(std::vector<unsigned char>& out, const char (&type)[5], const unsigned char* data, std::size_t size) {
  append_big_endian(out, static_cast<std::uint32_t>(size));
  const std::size_t type_at = out.size();
  out.insert(out.end(), type, type + 4);
  if (size > 0) out.insert(out.end(), data, data + size);
  const auto crc = static_cast<std::uint32_t>(::crc32(0, out.data() + type_at, static_cast<uInt>(4 + size)));
  append_big_endian(out, crc);
}

// One row as PNG wants it before compression: a filter byte, then R, G, B per pixel.
void filtered_row(const Rgb24Image& image, int y, std::vector<unsigned char>& row) {
  unsigned char* out = row.data();
  *out++ = 0;  // filter type "none"
  const auto* source = reinterpret_cast<const std::uint32_t*>(image.pixels + static_cast<std::ptrdiff_t>(y) * image.stride);
  for (int x = 0; x < image.width; ++x) {
    *out++ = static_cast<unsigned char>(source[x] >> 16);
    *out++ = static_cast<unsigned char>(source[x] >> 8);
    *out++ = static_cast<unsigned char>(source[x]);
  }
}

// The zlib stream of all rows, compressed row by row: no copy of the whole image is made,
// which for a 1600-px chart would be 5 MB to allocate, clear and fault in.
std::vector<unsigned char> compressed_rows(const Rgb24Image& image) {
  z_stream stream{};
  if (deflateInit(&stream, kCompressionLevel) != Z_OK) throw std::runtime_error("zlib cannot start");
  std::vector<unsigned char> row(1 + static_cast<std::size_t>(image.width) * 3);
  std::vector<unsigned char> compressed;
  unsigned char chunk[64 * 1024];
  int status = Z_OK;
  for (int y = 0; y < image.height && status == Z_OK; ++y) {
    filtered_row(image, y, row);
    stream.next_in = row.data();
    stream.avail_in = static_cast<uInt>(row.size());
    const int flush = y + 1 == image.height ? Z_FINISH : Z_NO_FLUSH;
    do {
      stream.next_out = chunk;
      stream.avail_out = sizeof chunk;
      status = deflate(&stream, flush);
      compressed.insert(compressed.end(), chunk, chunk + (sizeof chunk - stream.avail_out));
    } while (stream.avail_out == 0 && (status == Z_OK || status == Z_BUF_ERROR));
    if (status == Z_BUF_ERROR) status = Z_OK;  // no progress possible: all input taken
  }
  deflateEnd(&stream);
  if (status != Z_STREAM_END) throw std::runtime_error("the image cannot be compressed");
  return compressed;
}

}  // namespace

void write_png_file(const Rgb24Image& image, const std::filesystem::path& png_path) {
  const auto fail = [&](const std::string& reason) {
    throw std::runtime_error("cannot write PNG file '" + png_path.string() + "': " + reason);
  };
  if (image.width <= 0 || image.height <= 0) fail("the image is empty");

  std::vector<unsigned char> header;
  append_big_endian(header, static_cast<std::uint32_t>(image.width));
  append_big_endian(header, static_cast<std::uint32_t>(image.height));
  header.insert(header.end(), {8, 2, 0, 0, 0});  // 8 bits per channel, RGB, deflate, no filter variant, no interlace

  const std::vector<unsigned char> compressed = compressed_rows(image);
  std::vector<unsigned char> file{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  file.reserve(compressed.size() + 64);
  append_chunk(file, "IHDR", header.data(), header.size());
  append_chunk(file, "IDAT", compressed.data(), compressed.size());
  append_chunk(file, "IEND", nullptr, 0);

  std::ofstream out(png_path, std::ios::binary | std::ios::trunc);
  if (!out) fail("cannot open the file for writing");
  out.write(reinterpret_cast<const char*>(file.data()), static_cast<std::streamsize>(file.size()));
  out.flush();
  if (!out) fail("cannot write the file (disk full?)");
}

}  // namespace peiling
