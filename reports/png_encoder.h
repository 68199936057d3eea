// Writing an opaque cairo image (RGB24) as a PNG file: a few fixed chunks around the
// zlib-compressed rows, with settings for flat-colour charts rather than photographs.
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
