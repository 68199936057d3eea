// The gate's loop (poll over the listening socket, an eventfd and every waiting connection)
// and its workers. Deadlines, not per-read timeouts: a head has head_timeout from its first
// byte to its last, a body body_timeout after that, however their bytes are spread (a
// 64 KiB form body over a poor phone connection needs more time than a head ever does). A refused or finished connection is
// closed gently (shut for writing, then what the client still sends is read and dropped for
// a moment), so the client reads the refusal instead of a reset.
#include "web/connection_gate.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <stdexcept>

namespace peiling::web {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kDrainTime = std::chrono::milliseconds(1000);  // reading after a refusal, at most
constexpr std::size_t kDrainBytes = 1 << 20;
constexpr std::size_t kAcceptsPerWakeup = 64;
constexpr auto kAcceptPause = std::chrono::milliseconds(100);  // when out of file descriptors

void send_best_effort(int socket, const std::string& bytes) {
  // The socket buffer holds a refusal page whole; a client that does not read gets less.
  [[maybe_unused]] const ssize_t sent = ::send(socket, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

int milliseconds_until(Clock::time_point deadline, Clock::time_point now) {
  if (deadline <= now) return 0;
  return static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(deadline - now).count());
}

}  // namespace

struct ConnectionGate::Connection {
  explicit Connection(int socket) : fd(socket), since(Clock::now()) {}
  ~Connection() {
    if (fd >= 0) close(fd);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  int fd;
  std::string received;       // bytes of the next request(s) not yet handed to a worker
  Clock::time_point since;    // waiting for the current request (or draining) since then
  Clock::time_point first_byte;  // of the current request, when `received` is not empty
  Clock::time_point head_end;    // of the current request, once its head is in
  bool head_read = false;
  bool continue_sent = false;
  bool draining = false;
  std::size_t drained = 0;
  std::size_t served = 0;
};

// What only the gate's thread touches: the connections waiting for a request.
struct ConnectionGate::Loop {
  explicit Loop(ConnectionGate& gate) : gate(gate) {}

  ConnectionGate& gate;
  std::vector<std::unique_ptr<Connection>> waiting;  // a slot is empty once dispatched or closed
  Clock::time_point accept_paused_until{};

  void take_returned() {
    std::vector<std::unique_ptr<Connection>> returned;
    {
      std::lock_guard lock(gate.mutex_);
      returned.swap(gate.returned_);
    }
    for (auto& connection : returned) {
      connection->since = Clock::now();
      connection->first_byte = connection->since;
      waiting.push_back(std::move(connection));
      examine(waiting.back());  // a pipelined request may be complete already
    }
  }

  std::size_t live() const {
    return static_cast<std::size_t>(std::count_if(waiting.begin(), waiting.end(), [](const auto& c) { return c != nullptr; }));
  }

  // Makes room: a connection already closing, else the one that has waited longest.
  bool evict_longest_waiting() {
    std::unique_ptr<Connection>* chosen = nullptr;
    for (auto& slot : waiting) {
      if (!slot) continue;
      if (slot->draining) {
        chosen = &slot;
        break;
      }
      if (!chosen || slot->since < (*chosen)->since) chosen = &slot;
    }
    if (!chosen) return false;
    chosen->reset();
    return true;
  }

  void accept_new() {
    for (std::size_t i = 0; i < kAcceptsPerWakeup; ++i) {
      const int fd = accept4(gate.listener_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (fd < 0) {
        if (errno == EINTR || errno == ECONNABORTED) continue;
        if ((errno == EMFILE || errno == ENFILE) && !evict_longest_waiting())
          accept_paused_until = Clock::now() + kAcceptPause;
        return;  // EAGAIN: all taken
      }
      if (live() + gate.busy_ >= gate.limits_.max_connections && !evict_longest_waiting()) {
        close(fd);  // every connection held has a request in hand: overloaded, come back later
        accept_paused_until = Clock::now() + kAcceptPause;
        return;
      }
      const int on = 1;
      // Head and body of an answer go out in separate writes; without this, Nagle's
      // algorithm meets the client's delayed ACK and every answer waits ~40 ms.
      setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
      waiting.push_back(std::make_unique<Connection>(fd));
    }
  }

  void refuse(std::unique_ptr<Connection>& connection, int status) {
    send_best_effort(connection->fd, gate.refusal_(status));
    start_draining(*connection);
  }

  static void start_draining(Connection& connection) {
    shutdown(connection.fd, SHUT_WR);
    connection.draining = true;
    connection.since = Clock::now();
    connection.received.clear();
  }

  void dispatch(std::unique_ptr<Connection>& connection, const RequestFrame& frame) {
    std::string request = frame.forwarded_head;
    request.append(connection->received, frame.head_bytes, frame.body_bytes);
    connection->received.erase(0, frame.head_bytes + frame.body_bytes);
    connection->head_read = false;
    connection->continue_sent = false;
    ++connection->served;
    ++gate.busy_;
    {
      std::lock_guard lock(gate.mutex_);
      gate.ready_.emplace_back(std::move(connection), std::move(request));
    }
    gate.work_ready_.notify_one();
  }

  // Acts on what a connection has sent: nothing yet, a refusal, or a whole request.
  void examine(std::unique_ptr<Connection>& connection) {
    if (connection->received.empty()) return;
    const RequestFrame frame = frame_request(connection->received, gate.limits_.request);
    switch (frame.state) {
      case RequestFrame::State::head_incomplete: return;
      case RequestFrame::State::body_incomplete:
        if (!connection->head_read) {
          connection->head_read = true;
          connection->head_end = Clock::now();
        }
        if (frame.expects_continue && !connection->continue_sent) {
          send_best_effort(connection->fd, "HTTP/1.1 100 Continue\r\n\r\n");
          connection->continue_sent = true;
        }
        return;
      case RequestFrame::State::refused: return refuse(connection, frame.refusal_status);
      case RequestFrame::State::complete: return dispatch(connection, frame);
    }
  }

  void receive(std::unique_ptr<Connection>& connection) {
    char buffer[16 * 1024];
    const ssize_t got = recv(connection->fd, buffer, sizeof buffer, 0);
    if (got < 0 && (errno == EAGAIN || errno == EINTR)) return;
    if (got <= 0) return connection.reset();  // closed by the client, or broken
    if (connection->draining) {
      connection->drained += static_cast<std::size_t>(got);
      if (connection->drained > kDrainBytes) connection.reset();
      return;
    }
    if (connection->received.empty()) connection->first_byte = Clock::now();
    connection->received.append(buffer, static_cast<std::size_t>(got));
    examine(connection);
  }

  Clock::time_point deadline(const Connection& connection) const {
    if (connection.draining) return connection.since + kDrainTime;
    if (connection.received.empty()) return connection.since + gate.limits_.idle_timeout;
    if (connection.head_read) return connection.head_end + gate.limits_.body_timeout;
    return connection.first_byte + gate.limits_.head_timeout;
  }

  // Idle connections are closed without a word; a request too slow to arrive gets a 408.
  void enforce_deadlines() {
    const auto now = Clock::now();
    for (auto& connection : waiting) {
      if (!connection || deadline(*connection) > now) continue;
      if (connection->draining || connection->received.empty()) connection.reset();
      else refuse(connection, 408);
    }
  }

  int poll_timeout() const {
    const auto now = Clock::now();
    auto nearest = now + std::chrono::seconds(1);
    for (const auto& connection : waiting)
      if (connection) nearest = std::min(nearest, deadline(*connection));
    if (accept_paused_until > now) nearest = std::min(nearest, accept_paused_until);
    return milliseconds_until(nearest, now);
  }

  // One round: wait for anything to happen, then act on it.
  void turn() {
    waiting.erase(std::remove(waiting.begin(), waiting.end(), nullptr), waiting.end());
    std::vector<pollfd> polled{{gate.wake_, POLLIN, 0}};
    const bool accepting = accept_paused_until <= Clock::now();
    if (accepting) polled.push_back({gate.listener_, POLLIN, 0});
    const std::size_t first_connection = polled.size();
    for (const auto& connection : waiting) polled.push_back({connection->fd, POLLIN, 0});
    if (poll(polled.data(), polled.size(), poll_timeout()) < 0 && errno != EINTR)
      throw std::runtime_error("the web server's poll failed");
    if (polled[0].revents) {
      std::uint64_t count = 0;
      [[maybe_unused]] const ssize_t got = read(gate.wake_, &count, sizeof count);
    }
    for (std::size_t i = first_connection; i < polled.size(); ++i)
      if (polled[i].revents && waiting[i - first_connection]) receive(waiting[i - first_connection]);
    if (accepting && polled[1].revents) accept_new();
    enforce_deadlines();
  }
};

ConnectionGate::ConnectionGate(ConnectionLimits limits, std::size_t workers, Answer answer, Refusal refusal)
    : limits_(limits),
      answer_(std::move(answer)),
      refusal_(std::move(refusal)),
      worker_count_(std::max<std::size_t>(workers, 1)),
      wake_(eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {
  if (wake_ < 0) throw std::runtime_error("the web server cannot make an eventfd");
}

ConnectionGate::~ConnectionGate() {
  stop();
  if (listener_ >= 0) close(listener_);
  close(wake_);
}

int ConnectionGate::bind(const std::string& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE;
  addrinfo* found = nullptr;
  if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0) found = nullptr;
  for (addrinfo* address = found; address && listener_ < 0; address = address->ai_next) {
    const int fd = socket(address->ai_family, address->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, address->ai_protocol);
    if (fd < 0) continue;
    const int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    // The backlog is the kernel's maximum: a burst of phones waits there, it is not refused.
    if (::bind(fd, address->ai_addr, address->ai_addrlen) == 0 && listen(fd, SOMAXCONN) == 0) listener_ = fd;
    else close(fd);
  }
  if (found) freeaddrinfo(found);
  if (listener_ < 0) throw std::runtime_error("cannot listen on " + host + ":" + std::to_string(port));
  sockaddr_storage bound{};
  socklen_t length = sizeof bound;
  getsockname(listener_, reinterpret_cast<sockaddr*>(&bound), &length);
  return ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                           : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
}

void ConnectionGate::run() {
  if (listener_ < 0) throw std::runtime_error("the web server runs only after bind()");
  std::vector<std::thread> workers;
  for (std::size_t i = 0; i < worker_count_; ++i) workers.emplace_back([this] { work(); });
  std::exception_ptr failure;
  try {
    Loop loop(*this);
    for (;;) {
      {
        std::lock_guard lock(mutex_);
        if (stopping_) break;
      }
      loop.take_returned();
      loop.turn();
    }
  } catch (...) {  // the workers are stopped first, then the caller hears of it
    failure = std::current_exception();
    stop();
  }  // the connections still waiting for a request are closed: none of them was answered
  {
    std::lock_guard lock(mutex_);
    workers_stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& worker : workers) worker.join();  // after answering every complete request
  {
    std::lock_guard lock(mutex_);
    returned_.clear();
  }
  if (failure) std::rethrow_exception(failure);
}

void ConnectionGate::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  const std::uint64_t one = 1;
  [[maybe_unused]] const ssize_t written = write(wake_, &one, sizeof one);
}

void ConnectionGate::work() {
  for (;;) {
    std::unique_ptr<Connection> connection;
    std::string request;
    bool last = false;
    {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [this] { return workers_stopping_ || !ready_.empty(); });
      if (ready_.empty()) return;
      connection = std::move(ready_.front().first);
      request = std::move(ready_.front().second);
      ready_.pop_front();
      last = stopping_ || connection->served >= limits_.max_requests_per_connection;
    }
    bool keep = false;
    try {
      keep = answer_(connection->fd, request, last) && !last;
    } catch (...) {  // the answer's own errors are pages; this is only what escaped it
      keep = false;
    }
    finish(std::move(connection), keep);
  }
}

// Back to the gate: for the next request, or to be closed gently.
void ConnectionGate::finish(std::unique_ptr<Connection> connection, bool keep) {
  if (!keep) Loop::start_draining(*connection);
  --busy_;
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return;  // closed here (the unique_ptr)
    returned_.push_back(std::move(connection));
  }
  const std::uint64_t one = 1;
  [[maybe_unused]] const ssize_t written = write(wake_, &one, sizeof one);
}

}  // namespace peiling::web
