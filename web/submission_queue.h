// Group commit for web submissions: request threads queue valid submissions and wait; one
// writer thread takes everything queued and commits it in one durable transaction, so
// many phones cost one disk flush instead of one each.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <future>
#include <mutex>
#include <string>
#include <thread>

#include "engine/store.h"

namespace peiling::web {

enum class SubmitResult {
  stored,     // committed durably (or stored before: a resubmission of the same form)
  refused,    // the one-time token is unknown or used
  closed,     // the survey takes no more responses
  failed,     // the database refused; nothing of this submission is stored
};

class SubmissionQueue {
 public:
  // Opens its own connection to the database with synchronous=FULL, so a commit is on
  // disk before submit() returns.
  SubmissionQueue(const std::string& db_path, std::int64_t survey_id);
  ~SubmissionQueue();  // stops after committing everything queued
  SubmissionQueue(const SubmissionQueue&) = delete;
  SubmissionQueue& operator=(const SubmissionQueue&) = delete;

  // Queues one (already validated) submission and waits until its batch is committed.
  SubmitResult submit(WebSubmission submission);

  // Commits what is queued and ends the writer; later submit() calls return failed.
  void stop();

 private:
  struct Pending {
    WebSubmission submission;
    std::promise<SubmitResult> done;
  };
  void write_loop();
  void checkpoint_loop();
  void commit_batch(std::deque<Pending>& batch);

  Store store_;
  std::int64_t survey_id_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Pending> queue_;
  bool stopping_ = false;
  std::thread writer_;
  std::string db_path_;
  std::thread checkpointer_;  // copies the WAL into the database beside the writer
  std::condition_variable checkpoint_wake_;  // only for stopping the checkpointer
};

}  // namespace peiling::web
