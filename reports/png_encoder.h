// Writing an opaque cairo image (RGB24) as a PNG file: a few fixed chunks around the
// rows as a zlib stream, from a run-length deflate encoder made for flat-colour charts
// (fast, larger files than zlib; any image is still encoded losslessly).
#pragma once

#include <filesystem>

namespace peiling {

struct Rgb24Image {
  const unsigned char* pixels = nullptr;  // cairo RGB24: each pixel a native-endian 0x00RRGGBB
  int width = 0;
  int height = 0;
  int stride = 0;  // bytes from one row to the next
};

// Throws std::runtime_error naming `png_path` when the file cannot be written.
void write_png_file(const Rgb24Image& image, const std::filesystem::path& png_path);

}  // namespace peiling
