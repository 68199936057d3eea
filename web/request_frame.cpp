// Framing a request head by hand, strictly: a line that could be read two ways (a bare CR
// or LF, a folded line, a name with spaces, two Content-Lengths) is refused rather than
// guessed at, so nothing behind the gate can see a different request than the gate did.
#include "web/request_frame.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace peiling::web {

namespace {

constexpr std::string_view kLineEnd = "\r\n";
constexpr std::string_view kHeadEnd = "\r\n\r\n";

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

RequestFrame refused(int status) {
  RequestFrame frame;
  frame.state = RequestFrame::State::refused;
  frame.refusal_status = status;
  return frame;
}

std::vector<std::string_view> split_lines(std::string_view head) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (;;) {
    const auto end = head.find(kLineEnd, start);
    lines.push_back(head.substr(start, end == std::string_view::npos ? head.size() - start : end - start));
    if (end == std::string_view::npos) return lines;
    start = end + kLineEnd.size();
  }
}

bool has_stray_line_break(std::string_view line) { return line.find_first_of("\r\n") != std::string_view::npos; }

// METHOD SP TARGET SP HTTP/1.x, one space each.
bool is_request_line(std::string_view line) {
  if (has_stray_line_break(line) || std::count(line.begin(), line.end(), ' ') != 2) return false;
  const auto first = line.find(' ');
  const auto second = line.find(' ', first + 1);
  const std::string_view version = line.substr(second + 1);
  return first > 0 && second > first + 1 && (version == "HTTP/1.1" || version == "HTTP/1.0");
}

bool parse_length(std::string_view value, std::size_t& length) {
  if (value.empty() || value.size() > 15) return false;
  length = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return false;
    length = length * 10 + static_cast<std::size_t>(c - '0');
  }
  return true;
}

// Reads one header line into the frame; 0 when it is fine, else the status to refuse with.
int take_header(std::string_view line, const RequestLimits& limits, bool& length_seen, RequestFrame& frame) {
  if (line.empty() || has_stray_line_break(line) || line.front() == ' ' || line.front() == '\t') return 400;
  const auto colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return 400;
  const std::string_view name = line.substr(0, colon);
  if (name.find_first_of(" \t") != std::string_view::npos) return 400;
  const std::string_view value = trimmed(line.substr(colon + 1));
  if (same_name(name, "Transfer-Encoding")) return 411;  // send the body with its length
  if (same_name(name, "Content-Length")) {
    if (length_seen || !parse_length(value, frame.body_bytes)) return 400;
    if (frame.body_bytes > limits.max_body_bytes) return 413;
    length_seen = true;
  } else if (same_name(name, "Expect")) {
    if (!same_name(value, "100-continue")) return 417;
    frame.expects_continue = true;
    return 0;
  } else if (same_name(name, "Range") || same_name(name, "If-Range")) {
    return 0;  // every page is generated: it comes whole, never in byte ranges
  }
  frame.forwarded_head.append(line).append(kLineEnd);
  return 0;
}

}  // namespace

RequestFrame frame_request(std::string_view received, const RequestLimits& limits) {
  // Empty lines before a request are allowed (RFC 9112, 2.2); they count towards the limit.
  std::size_t start = 0;
  while (received.substr(start, kLineEnd.size()) == kLineEnd) start += kLineEnd.size();
  const auto end = received.find(kHeadEnd, start);
  if (end == std::string_view::npos) {
    const auto lines = static_cast<std::size_t>(std::count(received.begin() + static_cast<std::ptrdiff_t>(start),
                                                           received.end(), '\n'));
    if (received.size() > limits.max_head_bytes || lines > limits.max_header_lines + 1) return refused(431);
    return {};
  }
  RequestFrame frame;
  frame.head_bytes = end + kHeadEnd.size();
  if (frame.head_bytes > limits.max_head_bytes) return refused(431);
  const auto lines = split_lines(received.substr(start, end - start));
  if (lines.size() - 1 > limits.max_header_lines) return refused(431);
  if (!is_request_line(lines.front())) return refused(400);
  frame.forwarded_head.append(lines.front()).append(kLineEnd);
  bool length_seen = false;
  for (std::size_t i = 1; i < lines.size(); ++i)
    if (const int status = take_header(lines[i], limits, length_seen, frame)) return refused(status);
  frame.forwarded_head.append(kLineEnd);
  frame.state = received.size() - frame.head_bytes >= frame.body_bytes ? RequestFrame::State::complete
                                                                       : RequestFrame::State::body_incomplete;
  return frame;
}

}  // namespace peiling::web
