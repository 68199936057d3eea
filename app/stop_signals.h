// Ctrl-C and SIGTERM for the verbs that run a web server until stopped (serve, workbench):
// the signals are blocked when a StopSignals is made, before any server thread starts, so
// only the waiter of run_until_stopped receives them and stops the server cleanly.
#pragma once

#include <pthread.h>
#include <signal.h>

#include <thread>

namespace peiling {

class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
  }

  // Runs `server` (anything with run() and stop()) until one of the signals arrives.
  template <typename Server>
  void run_until_stopped(Server& server) {
    std::thread waiter([&server, this] {
      int received = 0;
      sigwait(&signals_, &received);
      server.stop();
    });
    server.run();
    waiter.join();
  }

 private:
  sigset_t signals_;
};

}  // namespace peiling
