// Reading from memory, and writing to a non-blocking socket until everything is sent or the
// deadline for the whole answer has passed.
#include "web/server_request_stream.h"

#include <arpa/inet.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace peiling::web {

namespace {

void address_text(const sockaddr_storage& address, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = {};
  if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
    inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
    port = ntohs(v6.sin6_port);
  } else {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
    inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
    port = ntohs(v4.sin_port);
  }
  ip = text;
}

}  // namespace

RequestStream::RequestStream(int socket, const std::string& request, std::chrono::milliseconds write_timeout)
    : socket_(socket), request_(request), write_timeout_(write_timeout) {}

bool RequestStream::is_readable() const { return read_ < request_.size(); }
bool RequestStream::is_writable() const { return !write_failed_; }

ssize_t RequestStream::read(char* ptr, size_t size) {
  const std::size_t count = std::min(size, request_.size() - read_);
  std::memcpy(ptr, request_.data() + read_, count);
  read_ += count;
  return static_cast<ssize_t>(count);
}

ssize_t RequestStream::write(const char* ptr, size_t size) {
  using Clock = std::chrono::steady_clock;
  if (write_failed_) return -1;
  if (write_deadline_ == Clock::time_point{}) write_deadline_ = Clock::now() + write_timeout_;
  std::size_t sent = 0;
  while (sent < size) {
    const ssize_t n = ::send(socket_, ptr + sent, size - sent, MSG_NOSIGNAL);
    if (n > 0) {
      sent += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(write_deadline_ - Clock::now()).count();
    pollfd writable{socket_, POLLOUT, 0};
    if ((n < 0 && errno != EAGAIN) || left <= 0 || poll(&writable, 1, static_cast<int>(left)) <= 0) {
      write_failed_ = true;
      return -1;
    }
  }
  return static_cast<ssize_t>(size);
}

void RequestStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (getpeername(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0) address_text(address, ip, port);
}

void RequestStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0) address_text(address, ip, port);
}

socket_t RequestStream::socket() const { return socket_; }

}  // namespace peiling::web
