// The web server's front door: one thread accepts connections and reads every request
// whole (head and body, under a deadline and the size limits) before a worker sees it.
//
// Why not the HTTP library's own loop: cpp-httplib 0.11 hands each new connection to a
// worker thread, which then reads the headers itself, with a timeout per read but no
// deadline for the whole head and no cap on the number of headers; a client that sends one
// header line every few seconds holds a worker for as long as it likes, and a few dozen
// such clients hold them all (the audit of issue 14: 120 slow connections, 96 workers,
// 0 of 7 respondents answered in 40 s). Its chunked bodies and bodies on routes without a
// handler are read whole, whatever their size. Here, a connection costs a worker only once
// its request is complete, so slow clients wait in this one thread, where each costs a
// socket and at most one request's bytes. The connections held in all (waiting, queued for
// a worker, being answered) are capped, which bounds memory and file descriptors; at the
// cap the waiting connection that has waited longest is let go, so a newcomer gets in
// (only when every held connection has a complete request is a newcomer closed).
// A worker answers one request and gives the connection back for the next (keep-alive).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "web/request_frame.h"

namespace peiling::web {

struct ConnectionLimits {
  RequestLimits request;                                  // head and body sizes
  std::chrono::milliseconds idle_timeout{5000};           // waiting for the first byte of a request
  std::chrono::milliseconds head_timeout{10000};          // its first byte to the end of its head
  std::chrono::milliseconds body_timeout{20000};          // the end of the head to the end of the body
  std::chrono::milliseconds write_timeout{10000};         // writing one answer
  std::size_t max_connections = 512;  // held at once: waiting for a request, or with one queued or answered
  std::size_t max_requests_per_connection = 1000;
};

class ConnectionGate {
 public:
  // Answers one complete request (the checked head, then the body) on `socket`, writing
  // within `limits.write_timeout`; `last` asks it to close the connection after. Returns
  // true when the connection may carry another request.
  using Answer = std::function<bool(int socket, const std::string& request, bool last)>;
  // The whole HTTP response (status line to body) for a request the gate refuses itself.
  using Refusal = std::function<std::string(int status)>;

  ConnectionGate(ConnectionLimits limits, std::size_t workers, Answer answer, Refusal refusal);
  ~ConnectionGate();
  ConnectionGate(const ConnectionGate&) = delete;
  ConnectionGate& operator=(const ConnectionGate&) = delete;

  // Listens on host:port (0: a free port) and returns the port; throws std::runtime_error.
  int bind(const std::string& host, int port);
  // Serves until stop(); every request already read whole is answered before it returns.
  void run();
  void stop();  // from any thread, also before run()

  struct Connection;  // internal (connection_gate.cpp)

 private:
  struct Loop;
  void work();
  void finish(std::unique_ptr<Connection> connection, bool keep);

  ConnectionLimits limits_;
  Answer answer_;
  Refusal refusal_;
  std::size_t worker_count_;
  int listener_ = -1;
  int wake_ = -1;  // an eventfd: stop() and returning workers wake the loop
  std::atomic<std::size_t> busy_{0};  // connections with a request queued or being answered

  std::mutex mutex_;  // guards what follows
  std::condition_variable work_ready_;
  std::deque<std::pair<std::unique_ptr<Connection>, std::string>> ready_;  // complete requests
  std::vector<std::unique_ptr<Connection>> returned_;  // from workers, for the next request
  bool stopping_ = false;
  bool workers_stopping_ = false;
};

}  // namespace peiling::web
