// What cpp-httplib reads a request from and writes its answer to, once the connection gate
// has read the request whole: reads come from memory (the checked head, then the body, then
// nothing: the gate decided where the request ends), writes go to the socket and must be
// done within a deadline, so a client that stops reading cannot hold a worker either.
#pragma once

#include <httplib.h>

#include <chrono>
#include <string>

namespace peiling::web {

class RequestStream final : public httplib::Stream {
 public:
  RequestStream(int socket, const std::string& request, std::chrono::milliseconds write_timeout);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override;

  bool write_failed() const { return write_failed_; }

 private:
  int socket_;
  const std::string& request_;
  std::size_t read_ = 0;
  std::chrono::milliseconds write_timeout_;
  std::chrono::steady_clock::time_point write_deadline_{};  // set by the first write
  bool write_failed_ = false;
};

}  // namespace peiling::web
