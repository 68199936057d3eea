// A plain TCP connection to a loopback test server, for the clients a library would not
// make: ones that send a request a line at a time, never finish it, send more than they
// should, or keep sending while the server answers. Every wait has a bound, so a server
// that never answers fails the test instead of hanging it.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <string>

namespace peiling::testing {

class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = fd_ >= 0 && connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    if (connected_) fcntl(fd_, F_SETFL, fcntl(fd_, F_GETFL) | O_NONBLOCK);
  }
  ~RawConnection() {
    if (fd_ >= 0) close(fd_);
  }
  RawConnection(RawConnection&& other) noexcept
      : fd_(other.fd_), connected_(other.connected_), received_(std::move(other.received_)), closed_(other.closed_) {
    other.fd_ = -1;
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;
  RawConnection& operator=(RawConnection&&) = delete;

  bool connected() const { return connected_; }

  // Sends all of `bytes` within `limit`; false when the server closed, or stopped reading.
  bool send(const std::string& bytes, std::chrono::milliseconds limit = std::chrono::milliseconds(2000)) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    std::size_t sent = 0;
    while (sent < bytes.size()) {
      const ssize_t n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
      if (n > 0) {
        sent += static_cast<std::size_t>(n);
        continue;
      }
      if (n < 0 && errno != EAGAIN && errno != EINTR) return false;
      if (!wait_for(POLLOUT, deadline)) return false;
    }
    return true;
  }

  // The status line of the server's answer ("HTTP/1.1 413 Payload Too Large"), or "" when
  // none arrived within `limit` (or the connection closed first).
  std::string status_line(std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (received_.find("\r\n") == std::string::npos && !closed_ && receive_until(deadline)) {
    }
    const auto end = received_.find("\r\n");
    return end == std::string::npos ? "" : received_.substr(0, end);
  }

  // The next whole answer up to the end of its body (by Content-Length), taken from what
  // was received; "" when it did not arrive within `limit`.
  std::string response(std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    for (;;) {
      const auto head_end = received_.find("\r\n\r\n");
      if (head_end != std::string::npos) {
        const std::size_t body = content_length(received_.substr(0, head_end));
        if (received_.size() >= head_end + 4 + body) {
          const std::string answer = received_.substr(0, head_end + 4 + body);
          received_.erase(0, answer.size());
          return answer;
        }
      }
      if (closed_ || !receive_until(deadline)) return "";
    }
  }

  // True when the server closed the connection within `limit` (whatever it said first).
  bool closed_within(std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (!closed_ && receive_until(deadline)) {
    }
    return closed_;
  }

 private:
  static std::size_t content_length(const std::string& head) {
    const auto at = head.find("\r\nContent-Length: ");
    return at == std::string::npos ? 0 : std::stoul(head.substr(at + 18));
  }

  bool wait_for(short events, std::chrono::steady_clock::time_point deadline) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd entry{fd_, events, 0};
    return poll(&entry, 1, static_cast<int>(left.count())) > 0;
  }

  // Reads what has arrived; false when nothing came before the deadline.
  bool receive_until(std::chrono::steady_clock::time_point deadline) {
    if (!wait_for(POLLIN, deadline)) return false;
    char buffer[65536];
    const ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
    if (n > 0) received_.append(buffer, static_cast<std::size_t>(n));
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) closed_ = true;
    return true;
  }

  int fd_;
  bool connected_ = false;
  std::string received_;
  bool closed_ = false;
};

}  // namespace peiling::testing
