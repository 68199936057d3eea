// The terminal progress bar; see progress_bar.h.
#include "app/progress_bar.h"

#include <unistd.h>

#include <cstdio>

namespace peiling {

ProgressBar::ProgressBar(std::uint64_t total, std::string label)
    : total_(total), label_(std::move(label)), enabled_(total > 0 && ::isatty(STDERR_FILENO) == 1) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::clear() {
  if (!drawn_) return;
  std::fputs("\r\x1b[K", stderr);
  drawn_ = false;
}

void ProgressBar::finish() {
  if (!drawn_) return;
  draw(total_);
  std::fputc('\n', stderr);
  std::fflush(stderr);
  drawn_ = false;
}

void ProgressBar::update(std::uint64_t done) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  draw(done);
}

void ProgressBar::draw(std::uint64_t done) {
  constexpr int kWidth = 40;
  const double fraction = done >= total_ ? 1.0 : static_cast<double>(done) / static_cast<double>(total_);
  const int filled = static_cast<int>(fraction * kWidth);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(kWidth - filled), '-');
  std::fprintf(stderr, "\r%s [%s] %3d%%", label_.c_str(), bar.c_str(), static_cast<int>(fraction * 100));
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace peiling
