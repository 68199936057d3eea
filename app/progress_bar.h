// A progress bar for long imports, drawn on stderr only when stderr is a terminal (a pipe
// or a log file gets nothing), redrawn at most ten times a second.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace peiling {

class ProgressBar {
 public:
  // `total` is the amount of work (e.g. bytes of the file); `label` is shown before the bar.
  ProgressBar(std::uint64_t total, std::string label);
  ~ProgressBar();  // ends the line when a bar was drawn

  void update(std::uint64_t done);
  // Wipes the bar so a message can take its line; the next update draws it again.
  void clear();
  // Draws the bar full and ends its line, before a final message on the terminal.
  void finish();
  bool enabled() const { return enabled_; }

 private:
  void draw(std::uint64_t done);

  std::uint64_t total_;
  std::string label_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace peiling
